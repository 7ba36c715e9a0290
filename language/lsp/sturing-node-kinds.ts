import type { AstNode } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { isGemeente, isPartij, isRegio, isTeam } from '../generated/ast.js';

/** Icons in the outline and in completion lists. */
export class SturingNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode): SymbolKind {
        if (isGemeente(node)) return SymbolKind.Module;
        if (isRegio(node)) return SymbolKind.Namespace;
        if (isTeam(node)) return SymbolKind.Class;
        if (isPartij(node)) return SymbolKind.Object;
        return super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode): CompletionItemKind {
        if (isPartij(node)) return CompletionItemKind.Reference;
        if (isGemeente(node) || isRegio(node)) return CompletionItemKind.Module;
        return super.getCompletionItemKind(node);
    }
}
