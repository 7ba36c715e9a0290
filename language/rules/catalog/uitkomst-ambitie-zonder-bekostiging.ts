import { vervoeg } from '../../presentation/namen.js';
import { AstUtils } from 'langium';
import { isAmbitie } from '../../generated/ast.js';
import { begrip } from '../../framework/vocabulary.js';
import type { Feit } from '../../inference/facts.js';
import { opsomming } from '../../presentation/profile-text.js';
import { actie, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

/** Funding in the ambition that rewards results, or a lump sum that can be tied to outcomes (rules.md). */
const UITKOMSTGERICHT = new Set(['resultaatfinanciering', 'populatiegebonden', 'lumpsum']);

/** Funding in a few words, for a message that names every party: "inputsubsidie", "een contract". */
const KORT: Record<string, string> = {
    subsidie: 'inputsubsidie', contract: 'een contract', 'p-x-q': 'geld per product', bcf: 'BCF', resultaatfinanciering: 'resultaatfinanciering', populatiegebonden: 'een populatiegebonden budget'
};

/** The parties per funding model, each once, in the order written: subsidie → Welzijn, Zorg. */
function perModel(regels: readonly Feit[]): Map<string, string[]> {
    const uit = new Map<string, string[]>();
    for (const b of regels) {
        const naam = b.partij?.$refText;
        if (!naam) continue;
        const lijst = uit.get(b.kern) ?? [];
        if (!lijst.includes(naam)) lijst.push(naam);
        uit.set(b.kern, lijst);
    }
    return uit;
}

export const uitkomstAmbitieZonderBekostiging = regel({
    id: 'uitkomst-ambitie-zonder-bekostiging',
    standaard: 'waarschuwing',
    titel: 'De ambitie is sturen op outcome, terwijl de uitvoerders nu op input of productie worden bekostigd en de ambitie geen bekostiging noemt die resultaat beloont.',
    bron: 'R1 §2.5, voorwaarde 3; R1 §4.2',
    aanbeveling: 'uitkomst-voorwaarden',
    berichten: {
        geenBekostiging: 'De ambitie is sturen op outcome, maar {{nu}}{{al}}. Noem in de ambitie bekostiging die resultaat beloont, zoals resultaatfinanciering.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const ambitie = feiten.van('ambitie-sturing-op').find(f => f.kern === 'outcome');
            if (!ambitie) return;
            if (feiten.van('ambitie-bekostiging').some(f => UITKOMSTGERICHT.has(f.kern))) return;
            const nu = feiten.van('bekostiging');
            const productie = perModel(nu.filter(b => begrip('Bekostigingsmodel', b.kern)?.productie));
            if (productie.size === 0) return;
            // Every party named with its own funding, as written: never "the executing parties" for some of them.
            const resultaat = perModel(nu.filter(b => begrip('Bekostigingsmodel', b.kern)?.beloontResultaat));
            const zin = (groepen: Map<string, string[]>) => opsomming([...groepen].map(([model, namen], i) =>
                `${opsomming(namen)} ${i === 0 ? `${vervoeg(namen, 'krijgt', 'krijgen')} nog ` : ''}${KORT[model] ?? begrip('Bekostigingsmodel', model)!.label}`));
            const al = resultaat.size ? `, terwijl ${opsomming([...resultaat].map(([model, namen]) => `${opsomming(namen)} al ${KORT[model] ?? begrip('Bekostigingsmodel', model)!.label} ${vervoeg(namen, 'krijgt', 'krijgen')}`))}` : '';
            ctx.meldBij(ambitie, 'geenBekostiging', { data: { nu: zin(productie), al } });
        }
    },
    herstel: ctx => {
        const ambitie = AstUtils.getContainerOfType(ctx.node, isAmbitie);
        return ['resultaatfinanciering', 'populatiegebonden'].flatMap((model, i) => {
            const edit = ambitie && voegToeAanEind(ctx.document, ambitie, `bekostiging ${model}`);
            return edit ? [actie(`Voeg 'bekostiging ${model}' toe aan de ambitie`, ctx.document, ctx.diagnostic, [edit], i === 0)] : [];
        });
    }
});
