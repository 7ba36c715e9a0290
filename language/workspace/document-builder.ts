import {
    Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, isReference, OperationCancelled,
    URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices
} from 'langium';
import { isGemeente, isModel } from '../generated/ast.js';
import { jarenVan } from '../util/periode.js';
import type { SturingDocumentFactory } from './document-factory.js';

type CancellationToken = Cancellation.CancellationToken;

/** At most this long a build waits for a burst of edits to end before it parses (Keuze: a quarter of a second). */
export const MAX_WACHTEN_OP_RUST_MS = 250;

/**
 * Langium's document builder, with the file in front of the advisor first and less work while they type.
 *
 * **Open files first.** Langium runs every phase over all documents before the next phase starts, so
 * the file open in the editor waited for the linking and validation of the whole workspace. Here every
 * document is parsed and its names indexed (linking needs all names), then each open document is
 * scoped, linked, validated and its findings published, and only then are the other documents linked
 * and validated. Langium checks for cancellation between documents and yields to waiting messages
 * every few milliseconds, so the rest is validated in slices: a request is answered between two
 * slices, and an edit cancels the build, whose successor takes up every document not yet validated
 * (again the open ones first). What is reported does not change, only when
 * (tests/document-builder.test.ts compares with Langium's own order).
 *
 * **A burst of edits is one parse.** A parse cannot be interrupted, so a build that starts while the
 * next edit of a burst is still on its way parses a version nobody will see. Waiting one turn of the
 * event loop (as before) only lets the edits through that were already read: a full-text edit of a
 * 5 000-line file arrives over the pipe in several pieces, and between two edits the input is empty for
 * a moment, so 300 such edits were still parsed 30–40 times (counted in the server; bench/README.md).
 * Now a build waits, before parsing, until no change has arrived for as long as parsing the changed
 * documents takes (at most MAX_WACHTEN_OP_RUST_MS); a change that arrives meanwhile cancels it. A
 * single keystroke in a file of a hundred lines waits well under a millisecond; waiting never costs more
 * than the parse it may save (the rule of the ski-rental problem: rent until the rent paid equals the
 * price of buying).
 *
 * **Fewer rebuilds.** Langium relinks and revalidates, after every change, each document that still
 * has an unresolved reference (the change might declare the missing name). In a real workspace some
 * files always have one, so every keystroke rebuilt them all. Here a document is relinked when it
 * refers to a changed document (as in Langium), or when a change adds or removes a name it looks for:
 * a party it could not find or refers to in another file, or the name of its own gemeente or regio
 * (which must be unique in the workspace, or for a gemeente unique per period: a changed period counts
 * as a change of name). Those names are only known once the changed documents are read, so that
 * second group is rebuilt right after, in the same update.
 */
export class SturingDocumentBuilder extends DefaultDocumentBuilder {
    /** Names exported before an update that was cancelled before its follow-up: checked at the next one. */
    private readonly openstaand = new Set<string>();
    /** When the last change (an edit, a file changed on disk) arrived. */
    private laatsteWijziging = -Infinity;
    private readonly factory: SturingDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.factory = services.workspace.LangiumDocumentFactory as SturingDocumentFactory;
    }

    /** Called for every change as it arrives, before the update it causes waits for the workspace lock. */
    wijzigingOntvangen(): void {
        this.laatsteWijziging = performance.now();
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const geraakt = this.documentenOnder([...changed, ...deleted]);
        for (const naam of this.geexporteerd(geraakt)) this.openstaand.add(naam);
        // Documents linked in this build already saw every new name (all content is indexed before linking).
        const gekoppeld = new Set<string>();
        const luisteraar = this.onDocumentPhase(DocumentState.Linked, doc => { gekoppeld.add(doc.uri.toString()); });
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            luisteraar.dispose();
        }
        const nieuw = this.geexporteerd(this.documentenOnder(changed));
        const veranderd = new Set([...this.openstaand].filter(n => !nieuw.has(n)));
        for (const naam of nieuw) if (!this.openstaand.has(naam)) veranderd.add(naam);
        this.openstaand.clear();
        if (veranderd.size === 0) return;
        const namen = new Set([...veranderd].map(naamUitSleutel));
        const opnieuw = this.langiumDocuments.all
            .filter(doc => doc.state >= DocumentState.ComputedScopes && !gekoppeld.has(doc.uri.toString()) && zoektEenVan(doc, namen))
            .toArray();
        if (opnieuw.length === 0) return;
        for (const doc of opnieuw) this.resetToState(doc, DocumentState.ComputedScopes);
        // If this is cancelled, the documents stay reset: the next update builds every document below Validated.
        await super.update([], [], cancelToken);
    }

    /** Langium's phases (DefaultDocumentBuilder.buildDocuments), with the open documents taken through them first. */
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None) await this.wachtOpRust(documents, cancelToken);
        this.prepareBuild(documents, options);
        // 0. Parse, 1. index the names every document exports: for all documents, as linking needs every name.
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        await this.runCancelable(documents, DocumentState.IndexedContent, cancelToken, doc => this.indexManager.updateContent(doc, cancelToken));
        // The open documents to the end, with their findings published. (When all are open, Langium's order is the same.)
        const open = documents.filter(doc => this.textDocuments?.get(doc.uri) !== undefined);
        if (open.length > 0 && open.length < documents.length) {
            for (const doc of open) await this.bouwAf(doc, cancelToken);
        }
        // 2. Local symbols, 3. linking, 4. the reference index, 5. validation: the others, as Langium does.
        await this.runCancelable(documents, DocumentState.ComputedScopes, cancelToken, doc => this.berekenScopes(doc, cancelToken));
        const teKoppelen = documents.filter(doc => this.shouldLink(doc));
        await this.runCancelable(teKoppelen, DocumentState.Linked, cancelToken, doc => this.koppel(doc, cancelToken));
        await this.runCancelable(teKoppelen, DocumentState.IndexedReferences, cancelToken, doc => this.indexManager.updateReferences(doc, cancelToken));
        const teValideren = documents.filter(doc => {
            if (this.shouldValidate(doc)) return true;
            // Validation is skipped for this document, so its build is complete now.
            this.markAsCompleted(doc);
            return false;
        });
        await this.runCancelable(teValideren, DocumentState.Validated, cancelToken, async doc => {
            await this.validate(doc, cancelToken);
            this.markAsCompleted(doc);
        });
    }

    /**
     * Takes one (open) document through scopes, linking, the reference index and validation, with the
     * same per-document notifications as Langium's phases (so its findings are published at once), but
     * without announcing a phase of the whole workspace: a request that needs every document linked (find
     * references, rename) still waits for the others.
     */
    private async bouwAf(doc: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const stap = async (doel: DocumentState, werk: () => Promise<unknown> | unknown) => {
            if (doc.state >= doel) return;
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
            await werk();
            doc.state = doel;
            await this.notifyDocumentPhase(doc, doel, cancelToken);
        };
        await stap(DocumentState.ComputedScopes, () => this.berekenScopes(doc, cancelToken));
        if (!this.shouldLink(doc)) return;
        await stap(DocumentState.Linked, () => this.koppel(doc, cancelToken));
        await stap(DocumentState.IndexedReferences, () => this.indexManager.updateReferences(doc, cancelToken));
        if (!this.shouldValidate(doc)) return;
        await stap(DocumentState.Validated, async () => {
            await this.validate(doc, cancelToken);
            this.markAsCompleted(doc);
        });
    }

    private async berekenScopes(doc: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const scopeComputation = this.serviceRegistry.getServices(doc.uri).references.ScopeComputation;
        doc.localSymbols = await scopeComputation.collectLocalSymbols(doc, cancelToken);
    }

    private koppel(doc: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        return this.serviceRegistry.getServices(doc.uri).references.Linker.link(doc, cancelToken);
    }

    /**
     * Lets the messages that are already waiting be handled first, and while changes keep arriving, waits
     * until none has come for as long as parsing the changed documents would take. A newer change cancels
     * this build (the workspace lock cancels a write when the next one is queued), so only the build of the
     * last change of a burst gets to parse.
     */
    private async wachtOpRust(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<void> {
        await delayNextTick();
        if (cancelToken.isCancellationRequested) throw OperationCancelled;
        const tekens = documents.reduce((som, doc) => doc.state < DocumentState.Parsed ? som + this.lengteVan(doc) : som, 0);
        if (tekens === 0) return;
        const rust = Math.min(MAX_WACHTEN_OP_RUST_MS, this.factory.geschatteParsetijd(tekens));
        for (let stil = performance.now() - this.laatsteWijziging; stil < rust; stil = performance.now() - this.laatsteWijziging) {
            await wachtOfAfgebroken(rust - stil, cancelToken);
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
        }
    }

    /** The length of the text a document will be parsed from: the editor's, or else the last one read. */
    private lengteVan(doc: LangiumDocument): number {
        return this.textDocuments?.get(doc.uri)?.getText().length ?? doc.parseResult.value.$cstNode?.root.fullText.length ?? 0;
    }

    /** Relink a document when it refers to a changed one; names that appear or vanish are handled in `update`. */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.indexManager.isAffected(document, changedUris);
    }

    /** The documents at these URIs, or under them when a URI is a folder. */
    private documentenOnder(uris: URI[]): Set<string> {
        const uit = new Set<string>();
        if (uris.length === 0) return uit;
        const teksten = uris.map(u => u.toString());
        for (const doc of this.langiumDocuments.all) {
            const uri = doc.uri.toString();
            if (teksten.some(t => uri === t || uri.startsWith(t.endsWith('/') ? t : `${t}/`))) uit.add(uri);
        }
        return uit;
    }

    /**
     * The names these documents export (gemeenten, regio's, regio parties plain and qualified), from the
     * index, and a key per gemeente with its period: the same gemeente may be described for other
     * periods elsewhere, so a changed period changes which of those overlap.
     */
    private geexporteerd(uris: Set<string>): Set<string> {
        const namen = new Set<string>();
        if (uris.size === 0) return namen;
        for (const d of this.indexManager.allElements(undefined, uris)) namen.add(d.name);
        for (const uri of uris) {
            const model = this.langiumDocuments.getDocument(URI.parse(uri))?.parseResult.value;
            if (!isModel(model)) continue;
            for (const g of model.elementen ?? []) if (isGemeente(g) && g.name) namen.add(periodeSleutel(g.name, jarenVan(g)?.tekst));
        }
        return namen;
    }
}

const SCHEIDING = '\u0000';

/** A gemeente's name and period as one key (a name cannot hold the separator). */
function periodeSleutel(naam: string, periode: string | undefined): string {
    return `${naam}${SCHEIDING}${periode ?? ''}`;
}

function naamUitSleutel(sleutel: string): string {
    const i = sleutel.indexOf(SCHEIDING);
    return i < 0 ? sleutel : sleutel.slice(0, i);
}

/** Resolves after `ms`, or as soon as the token is cancelled. */
function wachtOfAfgebroken(ms: number, cancelToken: CancellationToken): Promise<void> {
    return new Promise(klaar => {
        let luisteraar: { dispose(): void } | undefined;
        const klok = setTimeout(() => { luisteraar?.dispose(); klaar(); }, Math.max(1, ms));
        luisteraar = cancelToken.onCancellationRequested(() => { clearTimeout(klok); luisteraar?.dispose(); klaar(); });
    });
}

/**
 * Whether a document looks for one of these names: the name of its own gemeente or regio, a party
 * it could not find, or a party it found in another file (another regio may now declare the same name).
 */
function zoektEenVan(document: LangiumDocument, namen: Set<string>): boolean {
    const model = document.parseResult.value;
    if (isModel(model) && model.elementen.some(e => e.name !== undefined && namen.has(e.name))) return true;
    const eigen = document.uri.toString();
    return document.references.some(ref => namen.has(ref.$refText) && (ref.error !== undefined
        || (isReference(ref) && ref.$nodeDescription !== undefined && ref.$nodeDescription.documentUri.toString() !== eigen)));
}
