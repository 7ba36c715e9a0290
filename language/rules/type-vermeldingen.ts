import type { AstNode } from 'langium';
import type { GovernanceTypeId } from '../framework/governance-type-model.js';
import type { Feit, GemeenteFeiten } from '../inference/facts.js';
import type { GovernanceProfile } from '../inference/profile-types.js';
import { typeLabel, zekerheidWoord } from '../presentation/profile-text.js';

/** Where a governance type is said to apply to a gemeente: declared by the advisor, as ambition, or inferred. */
export interface TypeVermelding {
    bron: 'opgegeven' | 'ambitie' | 'afgeleid';
    type: GovernanceTypeId;
    /** As a subordinate clause: "u de aanpak als frontlijnsturing typeert". */
    bijzin: string;
    /** Where to report: the declaration, the ambition's type, or (for an inferred type) the gemeente's name. */
    feit?: Feit;
    node?: AstNode;
}

/**
 * The mentions of the given types for a gemeente. An inferred type counts only where it is at least
 * reasonably founded: no finding is built on a type the profile itself calls weak.
 */
export function typeVermeldingen(feiten: GemeenteFeiten, p: GovernanceProfile, typen: readonly GovernanceTypeId[]): TypeVermelding[] {
    const uit: TypeVermelding[] = [];
    for (const f of feiten.algemeen) {
        if (f.soort === 'governancetype' && typen.includes(f.kern as GovernanceTypeId)) {
            uit.push({ bron: 'opgegeven', type: f.kern as GovernanceTypeId, bijzin: `u de aanpak als ${typeLabel(f.kern as GovernanceTypeId)} typeert`, feit: f });
        }
    }
    for (const f of feiten.van('ambitie-type')) {
        if (typen.includes(f.kern as GovernanceTypeId)) uit.push({ bron: 'ambitie', type: f.kern as GovernanceTypeId, bijzin: `de ambitie ${typeLabel(f.kern as GovernanceTypeId)} is`, feit: f });
    }
    const t = p.governancetype;
    if (t.primair && typen.includes(t.primair) && (t.zekerheid === 'sterk' || t.zekerheid === 'matig')) {
        uit.push({ bron: 'afgeleid', type: t.primair, bijzin: `het ontwerp op ${typeLabel(t.primair)} wijst (${zekerheidWoord(t.zekerheid)})`, node: feiten.gemeente });
    }
    return uit;
}
