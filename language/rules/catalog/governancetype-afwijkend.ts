import { INGREDIENTEN, type GovernanceTypeId } from '../../framework/governance-types.js';
import { procent, typeLabel } from '../../inference/infer-profile.js';
import { geschrevenZin } from '../../presentation/profile-text.js';
import { eerste } from '../../util/ast-util.js';
import { actie, vervang } from '../edits.js';
import type { Regel } from '../rule-types.js';

export const governancetypeAfwijkend: Regel = {
    id: 'governancetype-afwijkend',
    standaard: 'waarschuwing',
    titel: 'Het zelf opgegeven governancetype wijkt af van het type dat Sturing afleidt.',
    bron: 'R1 §2.2 fig. 2',
    checks: {
        Gemeente: (g, ctx) => {
            const opgegeven = eerste(g.governancetype) as GovernanceTypeId | undefined;
            const p = ctx.profiel(g);
            const afgeleid = p.governancetype.primair;
            if (!opgegeven || !afgeleid || opgegeven === afgeleid) return;
            const scores = p.governancetype.scores;
            const verschillen = p.governancetype.ingredienten
                .filter(i => i.feiten.length > 0 && i.scores[opgegeven] < i.scores[afgeleid])
                .map(i => `${INGREDIENTEN.find(x => x.id === i.ingredient)!.label} (${geschrevenZin(i)})`);
            const trekjes = p.governancetype.secundair === opgegeven ? ` ${typeLabel(opgegeven)} komt wel terug als tweede type.` : '';
            ctx.meld(g, `U typeert de aanpak als ${typeLabel(opgegeven)} (${procent(scores[opgegeven])}), maar wat er staat wijst vooral op ${typeLabel(afgeleid)} (${procent(scores[afgeleid])}).${trekjes} Het verschil zit in: ${verschillen.join('; ') || 'de weging van alle ingrediënten samen'} (R1 §2.2 fig. 2).`,
                { property: 'governancetype', index: 0, fix: { afgeleid } });
        }
    },
    herstel: ctx => {
        const afgeleid = ctx.fix.afgeleid as string | undefined;
        return afgeleid ? [actie(`Neem het afgeleide type over: ${afgeleid}`, ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, afgeleid)])] : [];
    }
};
