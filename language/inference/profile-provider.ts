import { AstUtils, DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Gemeente } from '../generated/ast.js';
import { verzamelFeiten, type GemeenteFeiten } from './facts.js';
import { inferProfile } from './infer-profile.js';
import { gemeentenIn } from './onderwerp.js';
import type { GovernanceProfile } from './profile-types.js';

/**
 * The one place rules, hovers, hints, code lenses, the summary and the CLI get a gemeente's facts and
 * profile from: computed once per document version. A re-parse creates new AST nodes, so a cache
 * keyed by node follows edits; when a document is linked again (a file it refers to changed), its
 * entries are dropped, because facts hold resolved references.
 *
 * Once a document is validated, its entries are kept only while it is open in the editor (where
 * hovers, hints and code lenses ask for them again). For the thousands of other files of a workspace
 * they are dropped: keeping every profile alive made the garbage collector's work grow with the
 * workspace, and nearly doubled the time of a full build (bench/README.md). A summary or comparison of such
 * a file computes them again, in a fraction of a millisecond per gemeente.
 */
export class GovernanceProfileProvider {
    private readonly feitenCache = new WeakMap<Gemeente, GemeenteFeiten>();
    private readonly profielCache = new WeakMap<Gemeente, GovernanceProfile>();

    constructor(shared?: LangiumSharedCoreServices) {
        shared?.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, doc => this.vergeet(doc));
        const open = (shared as Partial<LangiumSharedServices> | undefined)?.workspace?.TextDocuments;
        shared?.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, doc => {
            if (!open?.get(doc.uri)) this.vergeet(doc);
        });
    }

    feiten(gemeente: Gemeente): GemeenteFeiten {
        let feiten = this.feitenCache.get(gemeente);
        if (!feiten) {
            feiten = verzamelFeiten(gemeente);
            this.feitenCache.set(gemeente, feiten);
        }
        return feiten;
    }

    profiel(gemeente: Gemeente): GovernanceProfile {
        let profiel = this.profielCache.get(gemeente);
        if (!profiel) {
            profiel = inferProfile(gemeente, this.feiten(gemeente), heeftSyntaxfouten(gemeente));
            this.profielCache.set(gemeente, profiel);
        }
        return profiel;
    }

    vergeet(document: LangiumDocument): void {
        for (const gemeente of gemeentenIn(document, true)) {
            this.feitenCache.delete(gemeente);
            this.profielCache.delete(gemeente);
        }
    }
}

/** Whether the document a gemeente stands in could not be read completely. */
function heeftSyntaxfouten(gemeente: Gemeente): boolean {
    const document = gemeente.$document ?? AstUtils.findRootNode(gemeente).$document;
    const r = document?.parseResult;
    return !!r && (r.parserErrors.length > 0 || r.lexerErrors.length > 0);
}
