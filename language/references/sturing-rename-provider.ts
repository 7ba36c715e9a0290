import type { AstNode, IndexManager, LangiumDocument, LangiumDocuments, ReferenceDescription } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, URI, UriUtils } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ResponseError, TextEdit, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isGemeente, isPartij, isRegio, isTeam, type Partij, type Team } from '../generated/ast.js';

const NAAM = /^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/;

/**
 * Renames parties, teams, gemeenten and regio's across the workspace. A qualified reference
 * (`Noord.Zorgcoop`) keeps its qualifier when the party is renamed, and gets the new qualifier when
 * the regio is renamed; every other character stays as the user wrote it.
 */
export class SturingRenameProvider extends DefaultRenameProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly keywords: Set<string>;
    protected readonly indexManager: IndexManager;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.indexManager = services.shared.workspace.IndexManager;
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
        const bezet = this.bezetDoor(target, params.newName);
        if (bezet) throw new ResponseError(0, bezet);
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

    /**
     * Why the new name cannot be used: another party or team in the same gemeente or regio, or another
     * gemeente or regio in the workspace, already has it. Renaming would merge the two silently.
     */
    private bezetDoor(target: AstNode, naam: string): string | undefined {
        if (this.nameProvider.getName(target) === naam) return undefined;
        const container = target.$container;
        if ((isPartij(target) || isTeam(target)) && (isGemeente(container) || isRegio(container))) {
            const buren: Array<Partij | Team> = isGemeente(container) ? [...container.partijen, ...container.teams] : container.partijen;
            const ander = buren.find(b => b !== target && b.name === naam);
            if (ander) {
                const waar = `${isGemeente(container) ? 'gemeente' : 'regio'} ${container.name}`;
                return `In ${waar} is er al een ${isPartij(ander) ? ander.soort : 'team'} met de naam ${naam} (r. ${(ander.$cstNode?.range.start.line ?? 0) + 1}). Met twee keer dezelfde naam kan Sturing ze niet meer uit elkaar houden; kies een andere naam.`;
            }
        }
        if (isGemeente(target) || isRegio(target)) {
            const ander = this.indexManager.allElements(target.$type).find(d => d.name === naam);
            if (ander) {
                const soort = isGemeente(target) ? 'gemeente' : 'regio';
                return `Er is al een ${soort} met de naam ${naam} (in ${UriUtils.basename(ander.documentUri)}). Met twee keer dezelfde naam kan Sturing ze niet meer uit elkaar houden; kies een andere naam.`;
            }
        }
        return undefined;
    }

    private tekstVan(ref: ReferenceDescription): string {
        const doc = this.documents.getDocument(URI.parse(ref.sourceUri.toString()));
        return doc ? doc.textDocument.getText(ref.segment.range) : '';
    }
}
