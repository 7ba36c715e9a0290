import { AstUtils } from 'langium';
import { isGemeente } from '../../generated/ast.js';
import { fase } from '../../util/ast-util.js';
import { actie, sjabloon, voegToeAanEind } from '../edits.js';
import { faseNaam, opsomming } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';
import { voegFaseToe } from '../fase-toevoegen.js';

/**
 * What must be known to establish outcomes (R1 §2.5, condition 1). What is measured is for the advisor
 * to write: the quotes stay empty, with the cursor between them.
 */
const SJABLOON = 'effectmeting "$1"';

export const uitkomstZonderEffectmeting = regel({
    id: 'uitkomst-zonder-effectmeting',
    standaard: 'waarschuwing',
    titel: 'Er wordt op outcome gestuurd (in een fase of als ambitie), maar nergens staat een effectmeting.',
    bron: 'R1 §2.5, voorwaarde 1',
    aanbeveling: 'uitkomst-voorwaarden',
    berichten: {
        fase: 'In {{waar}} wordt op outcome gestuurd, maar nergens staat een effectmeting. Beschrijf in de evaluatie hoe u meet hoe zelfredzaam inwoners zijn en hoe zij meedoen.',
        ambitie: 'De ambitie is sturen op outcome, maar nergens staat een effectmeting. Beschrijf in de evaluatie hoe u gaat meten hoe zelfredzaam inwoners zijn en hoe zij meedoen.',
        leeg: 'Er wordt op outcome gestuurd, maar de effectmeting is nog leeg. Beschrijf hoe u het effect voor inwoners meet, bijvoorbeeld met een zelfredzaamheidsmatrix bij de start en het einde van elk traject.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const metingen = feiten.van('effectmeting');
            if (metingen.some(f => f.waarde.trim() !== '')) return;
            const uitkomst = [...feiten.van('sturing-op'), ...feiten.van('ambitie-sturing-op')].some(f => f.kern === 'outcome');
            // An empty description does not count as a measurement; the quotes are where it goes (the fix's template).
            if (uitkomst && metingen.length > 0) {
                ctx.meldBij(metingen[0], 'leeg');
                return;
            }
            // One cause, said once: at the first place outcome is named, with the other places in the message.
            const fasen = feiten.van('sturing-op').filter(f => f.kern === 'outcome');
            const ambitie = feiten.van('ambitie-sturing-op').find(f => f.kern === 'outcome');
            if (fasen.length > 0) {
                const waar = [...new Set(fasen.map(f => f.fase!))];
                const ook = ambitie ? ' (en in de ambitie)' : '';
                ctx.meldBij(fasen[0], 'fase', { data: { waar: `${opsomming(waar.map(faseNaam))}${ook}` } });
            } else if (ambitie) {
                ctx.meldBij(ambitie, 'ambitie');
            }
        }
    },
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        if (!gemeente) return [];
        if (ctx.feiten(gemeente).van('effectmeting').length > 0) return [];
        const evaluatie = fase(gemeente, 'evaluatie');
        const edit = evaluatie ? voegToeAanEind(ctx.document, evaluatie, SJABLOON) : voegFaseToe(ctx.document, gemeente, 'evaluatie', [SJABLOON]);
        return edit ? [actie(evaluatie ? 'Voeg een effectmeting toe aan de evaluatie' : 'Voeg een evaluatiefase met effectmeting toe', ctx.document, ctx.diagnostic, [sjabloon(edit)], true)] : [];
    }
});
