import { vervoeg } from '../../presentation/namen.js';
import { begrip } from '../../framework/vocabulary.js';
import type { Feit } from '../../inference/facts.js';
import { actie, vervang } from '../edits.js';
import { regel } from '../rule-types.js';

export const uitkomstMetProductbekostiging = regel({
    id: 'uitkomst-met-productbekostiging',
    standaard: 'waarschuwing',
    titel: 'Een fase stuurt (ook) op outcome, maar bekostigt per product (p-x-q, contract) of alleen met inputsubsidie.',
    bron: 'R1 §2.5, voorwaarde 3',
    aanbeveling: 'uitkomst-voorwaarden',
    berichten: {
        productie: 'De {{fase}} stuurt op outcome, maar {{partij}} {{krijgt}} {{soort}}{{waar}}: dat beloont volume, geen resultaat voor inwoners. Denk aan resultaatfinanciering of een populatiegebonden budget.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const gemeld = new Set<Feit>();
            for (const fase of feiten.fasen) {
                // Any of the phase's levels counts: a phase may steer on several at once.
                if (!fase.van('sturing-op').some(f => f.kern === 'outcome')) continue;
                // Funding is agreed in the contracting (R1 §2.4 fase 2): an execution that names none of its
                // own runs on what the kaderstelling says.
                let bekostiging = fase.van('bekostiging');
                if (bekostiging.length === 0 && fase.soort === 'uitvoering') bekostiging = feiten.fase('kaderstelling')?.van('bekostiging') ?? [];
                for (const b of bekostiging) {
                    if (gemeld.has(b) || !begrip('Bekostigingsmodel', b.kern)?.productie) continue;
                    // Input subsidy only counts when it is all the party gets here: next to BCF or result
                    // funding the subsidy is not what rewards the work.
                    const vanPartij = bekostiging.filter(x => x.partij?.$refText === b.partij?.$refText);
                    if (b.kern === 'subsidie' && !vanPartij.every(x => x.kern === 'subsidie')) continue;
                    gemeld.add(b);
                    ctx.meldBij(b, 'productie', {
                        data: {
                            fase: fase.soort,
                            partij: b.partij?.$refText ?? 'deze partij',
                            krijgt: vervoeg([b.partij?.$refText ?? 'deze partij'], 'krijgt', 'krijgen'),
                            soort: b.kern === 'subsidie' ? 'alleen inputsubsidie' : b.kern === 'p-x-q' ? 'geld per product' : `productiefinanciering (${begrip('Bekostigingsmodel', b.kern)!.label})`,
                            waar: b.fase !== fase.soort && b.fase ? ` volgens de ${b.fase}` : ''
                        }
                    });
                }
            }
        }
    },
    herstel: ctx => [
        actie('Vervang door resultaatfinanciering', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'resultaatfinanciering')], true),
        actie('Vervang door populatiegebonden', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'populatiegebonden')])
    ]
});
