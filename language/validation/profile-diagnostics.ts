import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Gemeente } from '../generated/ast.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import { typeZin } from '../presentation/profile-text.js';
import type { SturingServices } from '../sturing-module.js';

/**
 * The inferred governance type as an information-level finding on the gemeente's name, so it
 * shows in the Problems panel and in `sturing check`; the related information points at the facts
 * that decided it.
 */
export class ProfileDiagnostics {
    private readonly profielen: GovernanceProfileProvider;

    constructor(services: SturingServices) {
        this.profielen = services.inference.ProfileProvider;
    }

    register(services: SturingServices): void {
        services.validation.ValidationRegistry.register({ Gemeente: this.checkGovernancetype }, this);
    }

    checkGovernancetype(gemeente: Gemeente, accept: ValidationAcceptor): void {
        if (!gemeente.name) return;
        const p = this.profielen.profiel(gemeente);
        const primair = p.governancetype.primair;
        if (!primair) return;
        const uri = AstUtils.getDocument(gemeente).uri.toString();
        const relatedInformation: DiagnosticRelatedInformation[] = p.governancetype.ingredienten.flatMap(i =>
            [...i.feiten].filter(f => (f.affiniteit[primair] ?? 0) > 0)
                .sort((a, b) => (b.affiniteit[primair] ?? 0) - (a.affiniteit[primair] ?? 0))
                .slice(0, 2)
                .map(f => ({ location: { uri, range: f.plek.bereik }, message: `${f.label} (${i.ingredient}) wijst op ${primair}` })));
        accept('info', `Afgeleid governancetype: ${typeZin(p)}.`, { node: gemeente, property: 'name', code: 'governancetype', relatedInformation });
    }
}
