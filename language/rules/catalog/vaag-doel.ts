import { AstUtils } from 'langium';
import { isDoel } from '../../generated/ast.js';
import { actie, dieper, inspringingVan } from '../edits.js';
import { TextEdit } from 'vscode-languageserver';
import type { Regel } from '../rule-types.js';

export const vaagDoel: Regel = {
    id: 'vaag-doel',
    standaard: 'info',
    titel: 'Een doel heeft geen indicator.',
    bron: 'R1 §5.2 concl. 2, §5.3',
    checks: {
        Doel: (d, ctx) => {
            if (d.indicatoren.length > 0 || d.omschrijving === undefined) return;
            ctx.meld(d, `Het doel "${d.omschrijving}" heeft geen indicator. Doelen in algemene termen zijn lastig te volgen; vertaal het in een beoogde uitkomst die u kunt meten (R1 §5.2 concl. 2, §5.3).`, { property: 'omschrijving' });
        }
    },
    herstel: ctx => {
        const doel = AstUtils.getContainerOfType(ctx.node, isDoel);
        if (!doel?.$cstNode) return [];
        const basis = inspringingVan(ctx.document, doel.$cstNode.range.start.line);
        const binnen = dieper(ctx.document, basis);
        const heeftBlok = doel.$cstNode.text.trimEnd().endsWith('}');
        if (heeftBlok) return [];
        const edit = TextEdit.insert(doel.$cstNode.range.end, ` {\n${binnen}indicator "Beschrijf hier hoe u ziet dat het doel bereikt wordt" streefwaarde "…"\n${basis}}`);
        return [actie('Voeg een indicator toe', ctx.document, ctx.diagnostic, [edit], true)];
    }
};
