import type { LangiumDocument, LangiumDocuments, ReferenceDescription } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, URI } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ResponseError, TextEdit, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isRegio } from '../generated/ast.js';

const NAAM = /^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/;

/**
 * Renames parties, teams, gemeenten and regio's across the workspace. A qualified reference
 * (`Noord.Zorgcoop`) keeps its qualifier when the party is renamed, and gets the new qualifier when
 * the regio is renamed; every other character stays as the user wrote it.
 */
export class SturingRenameProvider extends DefaultRenameProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly keywords: Set<string>;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.keywords = new Set([...GrammarUtils.getAllReachableRules(services.Grammar, false)]
            .flatMap(rule => AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(k => k.value).toArray()));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!NAAM.test(params.newName) || this.keywords.has(params.newName)) {
            throw new ResponseError(0, `'${params.newName}' kan geen naam zijn: gebruik letters, cijfers en _ zonder spaties, en geen woord dat Sturing zelf gebruikt (zoals 'gemeente' of 'regisseur').`);
        }
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const target = this.references.findDeclarations(leaf)[0];
        if (!target) return undefined;
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, edit: TextEdit) => (changes[uri] ??= []).push(edit);
        for (const ref of this.references.findReferences(target, { includeDeclaration: true })) {
            const tekst = this.tekstVan(ref);
            const punt = tekst.lastIndexOf('.');
            const range = punt < 0 ? ref.segment.range : {
                start: { line: ref.segment.range.start.line, character: ref.segment.range.start.character + punt + 1 },
                end: ref.segment.range.end
            };
            add(ref.sourceUri.toString(), TextEdit.replace(range, params.newName));
        }
        if (isRegio(target)) {
            // Qualified references to this regio's parties carry the regio's name as qualifier.
            for (const partij of target.partijen) {
                for (const ref of this.references.findReferences(partij, { includeDeclaration: false })) {
                    const tekst = this.tekstVan(ref);
                    const punt = tekst.lastIndexOf('.');
                    if (punt < 0) continue;
                    const start = ref.segment.range.start;
                    add(ref.sourceUri.toString(), TextEdit.replace({ start, end: { line: start.line, character: start.character + punt } }, params.newName));
                }
            }
        }
        return { changes };
    }

    private tekstVan(ref: ReferenceDescription): string {
        const doc = this.documents.getDocument(URI.parse(ref.sourceUri.toString()));
        return doc ? doc.textDocument.getText(ref.segment.range) : '';
    }
}
