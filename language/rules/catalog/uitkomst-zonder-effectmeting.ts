import { AstUtils } from 'langium';
import { isGemeente } from '../../generated/ast.js';
import { fase } from '../../util/ast-util.js';
import { actie, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';
import { voegFaseToe } from './kleine-cyclus.js';

/** What must be known to establish outcomes (R1 §2.5, condition 1); the advisor adds how and when. */
const SJABLOON = 'effectmeting "Zelfredzaamheid en participatie van inwoners"';

export const uitkomstZonderEffectmeting = regel({
    id: 'uitkomst-zonder-effectmeting',
    standaard: 'waarschuwing',
    titel: 'Er wordt op outcome gestuurd (in een fase of als ambitie), maar nergens staat een effectmeting.',
    bron: 'R1 §2.5, voorwaarde 1',
    berichten: {
        fase: 'In de {{fase}} wordt op outcome gestuurd, maar nergens staat een effectmeting. Om op uitkomsten te sturen moet bekend zijn hoe het met de zelfredzaamheid en participatie van inwoners staat; beschrijf in de evaluatie hoe u het effect meet.',
        ambitie: 'De ambitie is sturen op outcome, maar nergens staat een effectmeting. Om op uitkomsten te kunnen sturen moet eerst bekend zijn hoe het met de zelfredzaamheid en participatie van inwoners staat; beschrijf in de evaluatie hoe u het effect gaat meten.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            // An empty description does not count as a measurement.
            if (feiten.van('effectmeting').some(f => f.waarde.trim() !== '')) return;
            for (const f of feiten.van('sturing-op')) if (f.kern === 'outcome') ctx.meldBij(f, 'fase', { data: { fase: f.fase! } });
            for (const f of feiten.van('ambitie-sturing-op')) if (f.kern === 'outcome') ctx.meldBij(f, 'ambitie');
        }
    },
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        if (!gemeente) return [];
        const evaluatie = fase(gemeente, 'evaluatie');
        const edit = evaluatie ? voegToeAanEind(ctx.document, evaluatie, SJABLOON) : voegFaseToe(ctx.document, gemeente, 'evaluatie', [SJABLOON]);
        return edit ? [actie(evaluatie ? 'Voeg een effectmeting toe aan de evaluatie' : 'Voeg een evaluatiefase met effectmeting toe', ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
});
