import { DefaultLangiumDocumentFactory, type AstNode, type Cancellation, type LangiumDocument, type ParseResult, type ParserOptions, type TextDocument, type URI } from 'langium';
import { uitleg } from '../util/bestanden.js';

type CancellationToken = Cancellation.CancellationToken;

/**
 * Langium's document factory, plus: a `.sturing` file in the workspace that cannot be read (no read
 * permission, a link to nothing, removed in the meantime) counts as empty instead of stopping the
 * loading of the whole workspace. The output channel says so once; when the file can be read again
 * (the file watcher reports the change), it is read as usual.
 *
 * It also counts the parses per document (the bench and the tests read them: a burst of edits must
 * cost one parse) and keeps track of how long parsing takes per character on this machine, now: the
 * document builder waits that long for an edit to be followed by another before it parses.
 */
export class SturingDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly overgeslagen = new Set<string>();
    /** Parses per document URI since the server started. */
    readonly parses = new Map<string, number>();
    /**
     * Milliseconds per character of the recent parses of texts of some size (a moving average, so that a
     * machine that gets busier is noticed). Until the first is measured: 0.2 µs, about what this machine
     * took on an idle day (Keuze: only a starting value).
     */
    private msPerTeken = 0.0002;

    /** How long parsing a text of this length takes now, in milliseconds. */
    geschatteParsetijd(tekens: number): number {
        return tekens * this.msPerTeken;
    }

    protected override parse<T extends AstNode = AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const begin = performance.now();
        const uit = super.parse<T>(uri, text, options);
        this.geparsed(uri, text, performance.now() - begin);
        return uit;
    }

    protected override async parseAsync<T extends AstNode = AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const begin = performance.now();
        const uit = await super.parseAsync<T>(uri, text, cancellationToken);
        this.geparsed(uri, text, performance.now() - begin);
        return uit;
    }

    private geparsed(uri: URI, text: string, ms: number): void {
        const sleutel = uri.toString();
        this.parses.set(sleutel, (this.parses.get(sleutel) ?? 0) + 1);
        // Short texts say more about timer resolution than about parsing.
        if (text.length >= 2000) this.msPerTeken = 0.8 * this.msPerTeken + 0.2 * (ms / text.length);
    }

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
