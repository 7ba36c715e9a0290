import { AstUtils } from 'langium';
import { TextEdit, type CodeAction } from 'vscode-languageserver';
import { isFase } from '../generated/ast.js';
import { cstVan } from '../util/ast-util.js';
import { actie } from './edits.js';
import type { FixContext } from './rule-types.js';

/**
 * Two quick fixes that say which of two roles of the municipality leads in a phase, as R1's own
 * summaries do: `vooral a, soms b`, or the other way round (the first is preferred).
 */
export function weegRollen(ctx: FixContext, a: string, b: string): CodeAction[] {
    const fase = AstUtils.getContainerOfType(ctx.node, isFase);
    const plek = (rol: string) => {
        const keuze = fase?.rollen.find(r => r.rol === rol && !r.mate);
        return keuze && cstVan(keuze, 'rol')?.range.start;
    };
    const pa = plek(a), pb = plek(b);
    if (!pa || !pb) return [];
    return [
        actie(`Schrijf 'vooral ${a}, soms ${b}'`, ctx.document, ctx.diagnostic, [TextEdit.insert(pa, 'vooral '), TextEdit.insert(pb, 'soms ')], true),
        actie(`Schrijf 'vooral ${b}, soms ${a}'`, ctx.document, ctx.diagnostic, [TextEdit.insert(pb, 'vooral '), TextEdit.insert(pa, 'soms ')])
    ];
}
