import { DefaultServiceRegistry, URI, UriUtils, type LangiumCoreServices } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Finds the language of a document by its language id first, also after the editor closed it, and
 * otherwise by its file extension, ignoring case. Langium's own registry only knows the language id
 * while a document is open; a `.txt` file or an untitled buffer switched to Sturing then has no
 * language left once it is closed, and the next build stopped the server.
 */
export class SturingServiceRegistry extends DefaultServiceRegistry {
    /** The language id each document had when the editor opened it, until it leaves the workspace. */
    private readonly talen = new Map<string, string>();

    constructor(shared?: LangiumSharedServices) {
        super(shared);
        shared?.workspace.TextDocuments.onDidOpen(e => this.talen.set(URI.parse(e.document.uri).toString(), e.document.languageId));
    }

    override getServices(uri: URI): LangiumCoreServices {
        const taal = this.textDocuments?.get(uri)?.languageId ?? this.talen.get(uri.toString());
        return (taal !== undefined ? this.languageIdMap.get(taal) : undefined)
            ?? this.fileExtensionMap.get(UriUtils.extname(uri).toLowerCase())
            ?? super.getServices(uri);
    }

    /** Whether a file with this name belongs to the workspace of its own accord (by its extension). */
    viaExtensie(uri: URI): boolean {
        return this.fileExtensionMap.has(UriUtils.extname(uri).toLowerCase());
    }

    /** Forget the language id of a document that has left the workspace. */
    vergeet(uri: URI): void {
        this.talen.delete(uri.toString());
    }
}
