import type { AstNode, LangiumDocument, Reference } from 'langium';
import { CstUtils, isReference } from 'langium';
import type { ScopeProvider } from 'langium';
import { CodeActionKind, TextEdit, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range } from 'vscode-languageserver';
import { SturingCodeActionProvider } from '../rules/code-actions.js';
import type { SturingServices } from '../sturing-module.js';
import { naastBij } from '../util/nearest-names.js';
import { TAAL_CODES } from '../validation/language-codes.js';

/**
 * The rules' quick fixes, plus one for a name that does not resolve: "Bedoelt u 'Welzijn'?" in the
 * message becomes "Vervang door 'Welzijn'" behind the light bulb, with the same suggestions (the
 * parties in scope that are nearest to what was typed, as the linker computes them).
 */
export class SturingCodeActions extends SturingCodeActionProvider {
    private readonly scopes: ScopeProvider;

    constructor(services: SturingServices) {
        super(services);
        this.scopes = services.references.ScopeProvider;
    }

    override getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const acties = super.getCodeActions(document, params);
        for (const diagnostic of params.context.diagnostics) {
            if (diagnostic.code === TAAL_CODES.onbekendeVerwijzing) acties.push(...this.vervangNaam(document, diagnostic));
        }
        return acties;
    }

    private vervangNaam(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const property = (diagnostic.data as { property?: string } | undefined)?.property;
        const root = document.parseResult.value.$cstNode;
        if (!property || !root) return [];
        const container = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start))?.astNode;
        const waarde = (container as unknown as Record<string, unknown> | undefined)?.[property];
        const lijst = Array.isArray(waarde) ? waarde : [waarde];
        const reference = lijst.find((r): r is Reference => isReference(r) && !!r.$refNode && gelijk(r.$refNode.range, diagnostic.range));
        if (!container || !reference) return [];
        const index = Array.isArray(waarde) ? waarde.indexOf(reference) : undefined;
        // The same candidates as SturingLinker: declared parties, without the region-qualified names.
        const kandidaten = this.scopes.getScope({ container: container as AstNode, property, reference, index }).getAllElements()
            .filter(d => d.type === 'Partij' && !d.name.includes('.'))
            .map(d => d.name)
            .distinct()
            .toArray();
        return naastBij(reference.$refText, kandidaten).map((naam, i) => ({
            title: `Vervang door '${naam}'`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: i === 0,
            edit: { changes: { [document.uri.toString()]: [TextEdit.replace(diagnostic.range, naam)] } }
        }));
    }
}

function gelijk(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
