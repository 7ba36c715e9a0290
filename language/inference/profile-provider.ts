import type { Gemeente } from '../generated/ast.js';
import { inferProfile } from './infer-profile.js';
import type { GovernanceProfile } from './profile-types.js';

/**
 * The one place hovers, hints, code lenses, rules, the summary and the CLI get a gemeente's
 * profile from. A re-parse creates new AST nodes, so a cache keyed by node is always current.
 */
export class GovernanceProfileProvider {
    private readonly cache = new WeakMap<Gemeente, GovernanceProfile>();

    profiel(gemeente: Gemeente): GovernanceProfile {
        let profiel = this.cache.get(gemeente);
        if (!profiel) {
            profiel = inferProfile(gemeente);
            this.cache.set(gemeente, profiel);
        }
        return profiel;
    }
}
