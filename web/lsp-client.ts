import * as monaco from 'monaco-editor/editor';
import {
    CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    HoverRequest, LogMessageNotification, LSPErrorCodes, PublishDiagnosticsNotification, ResponseError, ShowMessageNotification, ShowMessageRequest,
    type Diagnostic, type MessageType, type ProtocolConnection, type ServerCapabilities
} from 'vscode-languageserver-protocol/browser';
import type { Taalserver, VroegDocument } from './taalserver.js';
import { markerSleutel, naarCodeActies, naarCompletion, naarHover, naarLspBereik, naarLspPositie, naarMarker } from './lsp-omzetting.js';

export const MARKER_EIGENAAR = 'sturing';

export interface Luisteraars {
    /** Every publishDiagnostics, also for files without an editor (sturing.json). */
    diagnostiek(uri: string, diagnostics: Diagnostic[]): void;
    /** window/showMessage and the like: a sentence for the user. */
    bericht(tekst: string, soort: MessageType): void;
}

/**
 * The page's LSP client: a small bridge between Monaco and the Sturing language server in a Web
 * Worker, covering exactly what the page uses — open/change/close, diagnostics as markers, hover,
 * completion, code actions with their edits — plus custom requests (the summary).
 */
export class SturingClient {
    private readonly verbinding: ProtocolConnection;
    /** Per document: the diagnostics by marker key, so a code action gets the diagnostic (code, data) back. */
    private readonly diagnostiek = new Map<string, Map<string, Diagnostic>>();
    private capabilities: ServerCapabilities = {};
    /** Document notifications wait here until the server is initialised, and then go out in order. */
    private rij: Promise<void>;
    /** The latest diagnostics per URI, also those that came before their editor. */
    private readonly ontvangen: Map<string, Diagnostic[]>;
    /** Opened by taalserver.ts before there was an editor; the first model with this URI takes it over. */
    private vroeg: VroegDocument | undefined;
    /**
     * Per open document: resolves when the server has built it (its first diagnostics after the
     * didOpen). Langium adds a document to its workspace only in the build that follows didOpen; a
     * request that comes before (Monaco asks for code actions as soon as a model is shown) was
     * answered with "No document found for URI", which surfaced as a page error.
     */
    private readonly bijServer = new Map<string, { klaar: Promise<void>; meld: () => void }>();

    constructor(taalserver: Taalserver, private readonly taal: string, private readonly luisteraars: Luisteraars) {
        this.verbinding = taalserver.verbinding;
        this.ontvangen = new Map(taalserver.vroegeDiagnostiek);
        this.vroeg = taalserver.vroeg;
        this.verbinding.onNotification(PublishDiagnosticsNotification.type, p => this.toonDiagnostiek(p.uri, p.diagnostics));
        this.verbinding.onNotification(ShowMessageNotification.type, p => this.luisteraars.bericht(p.message, p.type));
        this.verbinding.onNotification(LogMessageNotification.type, p => { if (p.type === 1) console.error(p.message); });
        this.verbinding.onRequest(ShowMessageRequest.type, p => { this.luisteraars.bericht(p.message, p.type); return null; });
        // Anything else the server might ask (registrations, progress) it does not: the page declares no such capability.
        this.gestart = taalserver.gestart.then(r => {
            this.capabilities = r.capabilities;
            this.registreer();
        });
        this.rij = this.gestart;
    }

    /** Resolves when the server is initialised and the providers are registered. */
    readonly gestart: Promise<void>;

    private straks(stap: () => Promise<void>): void {
        this.rij = this.rij.then(stap).catch(err => console.error(err));
    }

    /**
     * A request goes out after every notification before it (a completion never overtakes the edit it
     * completes) and, for a document, once the server has built that document. A request the server
     * cancels (the document changed or closed meanwhile) ends as a cancellation, which Monaco drops
     * silently, as VS Code's own language client does.
     */
    private async vraag<R>(uri: string | undefined, stuur: () => Promise<R>): Promise<R> {
        await this.rij;
        if (uri !== undefined) await this.bijServer.get(uri)?.klaar;
        try {
            return await stuur();
        } catch (err) {
            throw isGeannuleerd(err) ? annulering() : err;
        }
    }

    /** From now on requests for `uri` wait until the server has built it. */
    private wachtOpServer(uri: string): void {
        let meld = () => undefined as void;
        const klaar = new Promise<void>(resolve => { meld = resolve; });
        this.bijServer.set(uri, { klaar, meld });
    }

    /** Keeps the server in step with a model: didOpen, didChange on every edit, didClose on dispose. */
    volg(model: monaco.editor.ITextModel): monaco.IDisposable {
        const uri = model.uri.toString();
        let versie = -1;
        const vroeg = this.vroeg;
        this.vroeg = undefined;
        if (vroeg?.uri === uri && vroeg.tekst === model.getValue() && model.getVersionId() === 1) {
            // Already open (version 1, this text): show what the server found so far.
            versie = 1;
            const gevonden = this.ontvangen.get(uri);
            if (gevonden) this.toonDiagnostiek(uri, gevonden);
            else this.wachtOpServer(uri);
        } else {
            this.ontvangen.delete(uri);
            this.wachtOpServer(uri);
            if (vroeg) this.straks(() => this.verbinding.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: vroeg.uri } }));
            // The text and version are read when the notification goes out, so nothing typed before the server was ready is lost.
            this.straks(() => {
                if (model.isDisposed()) return Promise.resolve();
                versie = model.getVersionId();
                return this.verbinding.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: this.taal, version: versie, text: model.getValue() } });
            });
        }
        // The whole text each time: a few kB, and always right whatever the edit was.
        const wijziging = model.onDidChangeContent(() => this.straks(() => {
            if (model.isDisposed() || model.getVersionId() <= versie) return Promise.resolve();
            versie = model.getVersionId();
            return this.verbinding.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: versie }, contentChanges: [{ text: model.getValue() }] });
        }));
        return {
            dispose: () => {
                wijziging.dispose();
                this.diagnostiek.delete(uri);
                this.ontvangen.delete(uri);
                // Requests still waiting for this document go out and end as cancellations.
                this.bijServer.get(uri)?.meld();
                this.bijServer.delete(uri);
                this.straks(() => versie < 0 ? Promise.resolve() : this.verbinding.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }));
            }
        };
    }

    /** A custom request; with `uri`, it goes out once the server has built that document. */
    verzoek<R>(methode: string, params: unknown, uri?: string): Promise<R> {
        return this.vraag(uri, () => this.verbinding.sendRequest<R>(methode, params));
    }

    melding(methode: string, params: unknown): Promise<void> {
        return this.verbinding.sendNotification(methode, params);
    }

    private toonDiagnostiek(uri: string, diagnostics: Diagnostic[]): void {
        this.ontvangen.set(uri, diagnostics);
        const wacht = this.bijServer.get(uri);
        if (wacht) {
            wacht.meld();
            this.bijServer.delete(uri);
        }
        const model = monaco.editor.getModel(monaco.Uri.parse(uri));
        if (model) {
            const markers = diagnostics.map(d => naarMarker(monaco, d));
            this.diagnostiek.set(uri, new Map(markers.map((m, i) => [markerSleutel(m, m.message), diagnostics[i]])));
            monaco.editor.setModelMarkers(model, MARKER_EIGENAAR, markers);
        }
        this.luisteraars.diagnostiek(uri, diagnostics);
    }

    private diagnosticVan(model: monaco.editor.ITextModel, marker: monaco.editor.IMarkerData): Diagnostic | undefined {
        return this.diagnostiek.get(model.uri.toString())?.get(markerSleutel(marker, marker.message));
    }

    private registreer(): void {
        const doc = (model: monaco.editor.ITextModel) => ({ uri: model.uri.toString() });
        if (this.capabilities.hoverProvider) {
            monaco.languages.registerHoverProvider(this.taal, {
                provideHover: async (model, positie, token) => naarHover(await this.vraag(model.uri.toString(), () => this.verbinding.sendRequest(HoverRequest.type, { textDocument: doc(model), position: naarLspPositie(positie) }, token)))
            });
        }
        const aanvullen = this.capabilities.completionProvider;
        if (aanvullen) {
            monaco.languages.registerCompletionItemProvider(this.taal, {
                triggerCharacters: aanvullen.triggerCharacters,
                provideCompletionItems: async (model, positie, _context, token) => {
                    const woord = model.getWordUntilPosition(positie);
                    const bereik = { startLineNumber: positie.lineNumber, startColumn: woord.startColumn, endLineNumber: positie.lineNumber, endColumn: woord.endColumn };
                    const lijst = await this.vraag(model.uri.toString(), () => this.verbinding.sendRequest(CompletionRequest.type, { textDocument: doc(model), position: naarLspPositie(positie) }, token));
                    return naarCompletion(monaco, lijst, bereik);
                }
            });
        }
        if (this.capabilities.codeActionProvider) {
            monaco.languages.registerCodeActionProvider(this.taal, {
                provideCodeActions: async (model, bereik, context, token) => {
                    const diagnostics = context.markers.map(m => this.diagnosticVan(model, m)).filter((d): d is Diagnostic => !!d);
                    const acties = await this.vraag(model.uri.toString(), () => this.verbinding.sendRequest(CodeActionRequest.type, {
                        textDocument: doc(model), range: naarLspBereik(bereik), context: { diagnostics, only: context.only ? [context.only] : undefined }
                    }, token));
                    return { actions: naarCodeActies(monaco, acties, d => naarMarker(monaco, d)), dispose: () => undefined };
                }
            });
        }
    }
}

/** The server cancelled the request, or the document changed or closed meanwhile: nothing to show. */
export function isGeannuleerd(err: unknown): boolean {
    return err instanceof ResponseError && (err.code === LSPErrorCodes.RequestCancelled || err.code === LSPErrorCodes.ServerCancelled || err.code === LSPErrorCodes.ContentModified);
}

/** The error Monaco recognises as a cancellation and does not report (its `isCancellationError`). */
function annulering(): Error {
    const fout = new Error('Canceled');
    fout.name = 'Canceled';
    return fout;
}
