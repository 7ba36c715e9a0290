import { AstUtils } from 'langium';
import { isAmbitie } from '../../generated/ast.js';
import { begrip } from '../../framework/vocabulary.js';
import { opsomming } from '../../presentation/profile-text.js';
import { actie, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

/** Funding in the ambition that rewards results, or a lump sum that can be tied to outcomes (rules.md). */
const UITKOMSTGERICHT = new Set(['resultaatfinanciering', 'populatiegebonden', 'lumpsum']);

export const uitkomstAmbitieZonderBekostiging = regel({
    id: 'uitkomst-ambitie-zonder-bekostiging',
    standaard: 'waarschuwing',
    titel: 'De ambitie is sturen op outcome, terwijl de uitvoerders nu op input of productie worden bekostigd en de ambitie geen bekostiging noemt die resultaat beloont.',
    bron: 'R1 §2.5, voorwaarde 3; R1 §4.2',
    berichten: {
        geenBekostiging: 'De ambitie is sturen op outcome, maar de uitvoerders worden nu bekostigd via {{nu}}, en de ambitie noemt geen bekostiging die resultaat beloont. Zolang geld de inzet of het aantal producten volgt, loont het voor aanbieders niet om inwoners minder afhankelijk te maken; noem in de ambitie hoe de bekostiging meegaat, bijvoorbeeld resultaatfinanciering of een populatiegebonden budget.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const ambitie = feiten.van('ambitie-sturing-op').find(f => f.kern === 'outcome');
            if (!ambitie) return;
            if (feiten.van('ambitie-bekostiging').some(f => UITKOMSTGERICHT.has(f.kern))) return;
            const nu = feiten.van('bekostiging');
            if (nu.some(b => begrip('Bekostigingsmodel', b.kern)?.beloontResultaat)) return;
            const productie = [...new Set(nu.filter(b => begrip('Bekostigingsmodel', b.kern)?.productie).map(b => begrip('Bekostigingsmodel', b.kern)!.label))];
            if (productie.length === 0) return;
            ctx.meldBij(ambitie, 'geenBekostiging', { data: { nu: opsomming(productie) } });
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
