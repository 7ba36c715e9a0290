import { AstUtils } from 'langium';
import { isGemeente } from '../../generated/ast.js';
import { actie } from '../edits.js';
import { regel } from '../rule-types.js';
import { voegFaseToe } from '../fase-toevoegen.js';

export const evaluatieOntbreekt = regel({
    id: 'evaluatie-ontbreekt',
    standaard: 'hint',
    titel: 'Verkenning, kaderstelling en/of uitvoering zijn beschreven, maar nog geen evaluatie (een stille hint, geen kleine cyclus).',
    bron: 'R1 §2.4 fase 4; R1 hfst. 3',
    aanbeveling: 'cyclus',
    berichten: {
        geenEvaluatie: 'Er staat nog geen evaluatie in het ontwerp. Beschrijf haar, ook als zij pas gepland is: het effect voor inwoners voedt de volgende verkenning. Bij een jonge aanpak komt zij vaak nog.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            if (!feiten.fase('verkenning') || feiten.fase('evaluatie')) return;
            if (!feiten.fase('kaderstelling') && !feiten.fase('uitvoering')) return;
            ctx.meld(g, 'geenEvaluatie', { property: 'name' });
        }
    },
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        const edit = gemeente && voegFaseToe(ctx.document, gemeente, 'evaluatie');
        return edit ? [actie('Voeg fase evaluatie toe', ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
});
