import { DefaultLangiumDocumentFactory, type Cancellation, type LangiumDocument, type TextDocument, type URI } from 'langium';
import { uitleg } from '../util/bestanden.js';

type CancellationToken = Cancellation.CancellationToken;

/**
 * Langium's document factory, plus: a `.sturing` file in the workspace that cannot be read (no read
 * permission, a link to nothing, removed in the meantime) counts as empty instead of stopping the
 * loading of the whole workspace. The output channel says so once; when the file can be read again
 * (the file watcher reports the change), it is read as usual.
 */
export class SturingDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly overgeslagen = new Set<string>();

    protected override getInitialText(uri: URI, _token: CancellationToken): Promise<string> {
        return this.leesVeilig(uri);
    }

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, _token: CancellationToken): Promise<string> {
        return textDocument ? textDocument.getText() : this.leesVeilig(document.uri);
    }

    private async leesVeilig(uri: URI): Promise<string> {
        const sleutel = uri.toString();
        try {
            const tekst = await this.fileSystemProvider.readFile(uri);
            this.overgeslagen.delete(sleutel);
            return tekst;
        } catch (err) {
            if (!this.overgeslagen.has(sleutel)) {
                this.overgeslagen.add(sleutel);
                console.warn(`Sturing slaat ${uri.scheme === 'file' ? uri.fsPath : uri.toString(true)} over: het bestand kan niet gelezen worden (${uitleg(err)}). De andere bestanden worden gewoon gecontroleerd.`);
            }
            return '';
        }
    }
}
