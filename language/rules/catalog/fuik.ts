import { AstUtils } from 'langium';
import { isFase } from '../../generated/ast.js';
import { eerste, fase, gemeenteVan } from '../../util/ast-util.js';
import { actie, vervang, voegToeAanEind } from '../edits.js';
import type { Regel } from '../rule-types.js';
import { GrammarUtils } from 'langium';

export const fuik: Regel = {
    id: 'fuik',
    standaard: 'info',
    titel: 'Na een gezamenlijke verkenning wordt de gemeente opdrachtgever zonder de eisen samen op te stellen: de "fuik".',
    bron: 'R1 §5.3; §4.2',
    checks: {
        Fase: (f, ctx) => {
            if (f.soort !== 'kaderstelling') return;
            const index = f.rollen.indexOf('opdrachtgever');
            const gemeente = gemeenteVan(f);
            const verkenning = gemeente && fase(gemeente, 'verkenning');
            if (index < 0 || !verkenning) return;
            if (!verkenning.rollen.some(r => r === 'regisseur' || r === 'coproducent' || r === 'ruimte-latende-regisseur')) return;
            if (eerste(f.eisen) === 'gezamenlijk') return;
            const nu = eerste(f.eisen) === 'gemeente' ? 'de gemeente stelt de eisen alleen op' : 'er staat niet dat de eisen samen worden opgesteld';
            ctx.meld(f, `Na een verkenning als ${verkenning.rollen.join('/')} wordt de gemeente hier opdrachtgever, en ${nu}: partners "zwemmen de fuik in", van samen verkennen naar eisen opgelegd krijgen. Stel de eisen samen met de uitvoerende partijen op, dan houdt de contractering een governancekarakter (R1 §5.3).`,
                { property: 'rollen', index });
        }
    },
    herstel: ctx => {
        const f = AstUtils.getContainerOfType(ctx.node, isFase);
        if (!f) return [];
        if (eerste(f.eisen) === 'gemeente' && f.$cstNode) {
            const waarde = GrammarUtils.findNodesForProperty(f.$cstNode, 'eisen')[0];
            return waarde ? [actie("Vervang door 'eisen gezamenlijk'", ctx.document, ctx.diagnostic, [vervang(waarde.range, 'gezamenlijk')], true)] : [];
        }
        const edit = voegToeAanEind(ctx.document, f, 'eisen gezamenlijk');
        return edit ? [actie("Voeg 'eisen gezamenlijk' toe", ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
};
