import type { AstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { isAmbitie, isFase, isPartij, isRegie, isTeam } from '../generated/ast.js';
import { WOORDENSCHAT } from '../framework/vocabulary.js';

/**
 * The outline: gemeente → partijen, teams, fasen, regie, ambitie. Phases have no name of their
 * own, so they appear as "fase verkenning" with the phase's full name as detail.
 */
export class SturingDocumentSymbolProvider extends DefaultDocumentSymbolProvider {

    override getSymbol(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] {
        const cst = astNode.$cstNode;
        if (cst && (isFase(astNode) || isRegie(astNode) || isAmbitie(astNode))) {
            const keyword = GrammarUtils.findNodeForKeyword(cst, isFase(astNode) ? 'fase' : isRegie(astNode) ? 'regie' : 'ambitie') ?? cst;
            const soortNode = isFase(astNode) ? GrammarUtils.findNodeForProperty(cst, 'soort') : undefined;
            return [{
                kind: isFase(astNode) ? SymbolKind.Event : SymbolKind.Struct,
                name: isFase(astNode) ? `fase ${astNode.soort ?? '(soort ontbreekt)'}` : isRegie(astNode) ? 'regie' : 'ambitie',
                detail: isFase(astNode) ? WOORDENSCHAT.FaseSoort[astNode.soort]?.label : undefined,
                range: cst.range,
                selectionRange: (soortNode ?? keyword).range
            }];
        }
        const symbols = super.getSymbol(document, astNode);
        if ((isPartij(astNode) || isTeam(astNode)) && astNode.naam && symbols[0]) {
            symbols[0].detail = isPartij(astNode) ? `${astNode.soort}: ${astNode.naam}` : astNode.naam;
        }
        return symbols;
    }
}
