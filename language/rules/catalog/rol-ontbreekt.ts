import { AstUtils } from 'langium';
import { isFase } from '../../generated/ast.js';
import { gemeenteVan } from '../../util/ast-util.js';
import { actie, voegToeAanBegin } from '../edits.js';
import { regel } from '../rule-types.js';

export const rolOntbreekt = regel({
    id: 'rol-ontbreekt',
    standaard: 'waarschuwing',
    titel: 'Een fase noemt geen rol voor de gemeente.',
    bron: 'R1 §4.4, §5.3',
    aanbeveling: 'rollen-per-fase',
    berichten: {
        geenRol: 'In de {{fase}} staat niet welke rol de gemeente speelt. Partners moeten per fase weten wat zij van de gemeente kunnen verwachten; schrijf haar rol erbij, bijvoorbeeld gemeente regisseur.'
    },
    afwezigheid: 'element',
    checks: {
        Fase: (f, ctx) => {
            if (!f.soort || f.rollen.length > 0) return;
            // A phase written twice is read as one phase (fase-volgorde reports the second block): a role in
            // the other block is the role of this phase too.
            const gemeente = gemeenteVan(f);
            if (gemeente && ctx.feiten(gemeente).fase(f.soort)?.van('rol').length) return;
            ctx.meld(f, 'geenRol', { property: 'soort', data: { fase: f.soort } });
        }
    },
    herstel: ctx => {
        const fase = AstUtils.getContainerOfType(ctx.node, isFase);
        const edit = fase && voegToeAanBegin(ctx.document, fase, 'gemeente regisseur');
        return edit ? [actie("Voeg 'gemeente regisseur' toe", ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
});
