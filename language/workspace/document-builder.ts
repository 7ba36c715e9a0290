import {
    Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, isReference, OperationCancelled,
    URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices
} from 'langium';
import { isGemeente, isModel } from '../generated/ast.js';
import { jarenVan } from '../util/periode.js';

type CancellationToken = Cancellation.CancellationToken;

/**
 * Langium's document builder, doing less while the advisor types.
 *
 * A build first lets the messages that are already waiting in (the next edits of a burst) be handled.
 * Langium handles one message per turn of the event loop, and a build that started on the first edit
 * parsed the whole document before the second was even read; so 300 quick edits were 300 parses. Now a
 * newer edit cancels the build before it has parsed anything, and a burst costs one build.
 *
 * Langium relinks and revalidates, after every change, each document that still has an unresolved
 * reference (the change might declare the missing name). In a real workspace some files always have
 * one, so every keystroke rebuilt them all. Here a document is relinked when it refers to a changed
 * document (as in Langium), or when a change adds or removes a name it looks for: a party it could
 * not find or refers to in another file, or the name of its own gemeente or regio (which must be
 * unique in the workspace, or for a gemeente unique per period: a changed period counts as a change
 * of name). Those names are only known once the changed documents are read, so that
 * second group is rebuilt right after, in the same update.
 */
export class SturingDocumentBuilder extends DefaultDocumentBuilder {
    /** Names exported before an update that was cancelled before its follow-up: checked at the next one. */
    private readonly openstaand = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
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

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        if (cancelToken !== Cancellation.CancellationToken.None) {
            await delayNextTick();
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
        }
        return super.buildDocuments(documents, options, cancelToken);
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
