import { begrip } from '../../framework/vocabulary.js';
import { eerste } from '../../util/ast-util.js';
import { actie, vervang } from '../edits.js';
import type { Regel } from '../rule-types.js';

export const uitkomstMetProductbekostiging: Regel = {
    id: 'uitkomst-met-productbekostiging',
    standaard: 'waarschuwing',
    titel: 'Een fase stuurt op outcome, maar bekostigt per product (p-x-q, contract) of alleen met inputsubsidie.',
    bron: 'R1 §2.5',
    checks: {
        Fase: (f, ctx) => {
            if (eerste(f.sturingOp) !== 'outcome' || f.bekostigingen.length === 0) return;
            const alleenSubsidie = f.bekostigingen.every(b => b.model === 'subsidie');
            for (const b of f.bekostigingen) {
                if (!(begrip('Bekostigingsmodel', b.model)?.productie && (b.model !== 'subsidie' || alleenSubsidie))) continue;
                const soort = b.model === 'subsidie' ? 'inputsubsidie' : `productiefinanciering (${b.model})`;
                ctx.meld(b, `In fase ${f.soort} wordt op outcome gestuurd, maar ${b.partij?.$refText ?? 'deze partij'} krijgt ${soort}. Zo'n bekostiging beloont volume of inzet, niet resultaat, en prikkelt niet tot samenwerken; denk aan resultaatfinanciering of een populatiegebonden budget (R1 §2.5, voorwaarde 3).`,
                    { property: 'model' });
            }
        }
    },
    herstel: ctx => [
        actie('Vervang door resultaatfinanciering', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'resultaatfinanciering')], true),
        actie('Vervang door populatiegebonden', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'populatiegebonden')])
    ]
};
