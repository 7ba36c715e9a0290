import { AstUtils } from 'langium';
import { isFase } from '../../generated/ast.js';
import { actie, voegToeAanBegin } from '../edits.js';
import type { Regel } from '../rule-types.js';

export const rolOntbreekt: Regel = {
    id: 'rol-ontbreekt',
    standaard: 'waarschuwing',
    titel: 'Een fase noemt geen rol voor de gemeente.',
    bron: 'R1 §4.4, §5.3',
    checks: {
        Fase: (f, ctx) => {
            if (!f.soort || f.rollen.length > 0) return;
            ctx.meld(f, `In fase ${f.soort} staat niet welke rol de gemeente speelt. Partners moeten per fase weten wat zij van de gemeente kunnen verwachten; voeg een regel 'gemeente …' toe (R1 §4.4, §5.3).`, { property: 'soort' });
        }
    },
    herstel: ctx => {
        const fase = AstUtils.getContainerOfType(ctx.node, isFase);
        const edit = fase && voegToeAanBegin(ctx.document, fase, 'gemeente regisseur');
        return edit ? [actie("Voeg 'gemeente regisseur' toe", ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
};
