import { URI, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { SturingDocumentBuilder } from './document-builder.js';
import type { SturingServiceRegistry } from './service-registry.js';

/**
 * Langium's update handler, plus: a document that is only a Sturing document because the editor
 * said so (an untitled buffer, a `.txt` file switched to Sturing) leaves the workspace when it is
 * closed, with its findings. A `.sturing` file stays, as every `.sturing` file in the workspace does.
 *
 * It tells the document builder when each change arrives: in a burst of edits the builder waits for
 * the last one before it parses.
 */
export class SturingDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly registry: SturingServiceRegistry;
    private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.registry = shared.ServiceRegistry as SturingServiceRegistry;
        this.textDocuments = shared.workspace.TextDocuments;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        (this.documentBuilder as SturingDocumentBuilder).wijzigingOntvangen();
        super.didChangeContent(change);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        (this.documentBuilder as SturingDocumentBuilder).wijzigingOntvangen();
        super.didChangeWatchedFiles(params);
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme === 'file' && this.registry.viaExtensie(uri)) return;
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update([], [uri], token)))
            .then(() => { if (!this.textDocuments.get(uri)) this.registry.vergeet(uri); })
            .catch(err => console.error(`Sturing kon ${uri.toString(true)} niet uit de werkruimte halen: ${(err as Error)?.stack ?? err}`));
    }
}
