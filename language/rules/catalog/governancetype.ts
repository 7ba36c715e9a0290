import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import { typeZin } from '../../presentation/profile-text.js';
import type { Regel } from '../rule-types.js';

export const governancetype: Regel = {
    id: 'governancetype',
    standaard: 'info',
    titel: 'Het afgeleide governancetype van de gemeente, met de regels die de doorslag gaven.',
    bron: 'R1 §2.2 fig. 2',
    checks: {
        Gemeente: (g, ctx) => {
            if (!g.name) return;
            const p = ctx.profiel(g);
            const primair = p.governancetype.primair;
            if (!primair) return;
            const uri = AstUtils.getDocument(g).uri.toString();
            const relatedInformation: DiagnosticRelatedInformation[] = p.governancetype.ingredienten.flatMap(i =>
                [...i.feiten].filter(f => (f.affiniteit[primair] ?? 0) > 0)
                    .sort((a, b) => (b.affiniteit[primair] ?? 0) - (a.affiniteit[primair] ?? 0))
                    .slice(0, 2)
                    .map(f => ({ location: { uri, range: f.plek.bereik }, message: `${f.label} (${i.ingredient}) wijst op ${primair}` })));
            ctx.meld(g, `Afgeleid governancetype: ${typeZin(p)}.`, { property: 'name', relatedInformation });
        }
    }
};
