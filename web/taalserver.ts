/// <reference lib="dom" />
import serverCode from 'sturing:server';
import voorbeelden from 'sturing:voorbeelden';
import {
    BrowserMessageReader, BrowserMessageWriter, createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, type Diagnostic, type InitializeResult, type ProtocolConnection
} from 'vscode-languageserver-protocol/browser';
import { GESTART_NOTIFICATIE, type BrowserStartOpties } from '../server/browser-protocol.js';

/**
 * Starts the Sturing language server in a Web Worker, initialises it and opens the first document.
 * main.ts imports this module first, so the server loads and checks the example while Monaco's own
 * code is still starting on the page: the markers can be there as soon as the editor is.
 */
export interface Taalserver {
    verbinding: ProtocolConnection;
    /** Resolves after `initialize` and `initialized` (and the didOpen of `vroeg`). */
    gestart: Promise<InitializeResult>;
    /** The document opened before there was an editor (version 1). */
    vroeg?: VroegDocument;
    /** Diagnostics that arrived before the page listened, by URI. */
    vroegeDiagnostiek: Map<string, Diagnostic[]>;
    /** Resolves when the worker's script runs (its first message). */
    levend: Promise<void>;
}

export interface VroegDocument {
    uri: string;
    naam: string;
    languageId: string;
    tekst: string;
}

/** A worker from source text: Chromium allows blob: workers even on a page opened from disk (file://). */
export function alsWorker(code: string, naam: string): Worker {
    return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: naam });
}

export function startTaalserver(opties: BrowserStartOpties, vroeg?: VroegDocument): Taalserver {
    const worker = alsWorker(serverCode, 'sturing-taalserver');
    const verbinding = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    const levend = new Promise<void>(resolve => worker.addEventListener('message', () => resolve(), { once: true }));
    const vroegeDiagnostiek = new Map<string, Diagnostic[]>();
    verbinding.onNotification(PublishDiagnosticsNotification.type, p => { vroegeDiagnostiek.set(p.uri, p.diagnostics); });
    verbinding.listen();
    const gestart = verbinding.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        initializationOptions: opties,
        capabilities: {
            textDocument: {
                synchronization: { dynamicRegistration: false },
                publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                completion: { completionItem: { snippetSupport: true, insertReplaceSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                codeAction: { isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } }
            },
            workspace: { workspaceEdit: { documentChanges: true } },
            window: { showMessage: {} }
        }
    }).then(async resultaat => {
        await verbinding.sendNotification(InitializedNotification.type, {});
        if (vroeg) await verbinding.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: vroeg.uri, languageId: vroeg.languageId, version: 1, text: vroeg.tekst } });
        return resultaat;
    });
    verbinding.onNotification(GESTART_NOTIFICATIE, () => undefined);
    return { verbinding, gestart, vroeg, vroegeDiagnostiek, levend };
}

/** The folder the page's documents live in, as far as the server can tell. */
export const WERKMAP = '/werkmap/';

/** The example the page opens with. */
export const eersteVoorbeeld = voorbeelden[0];

/**
 * The page's server, started as soon as this module runs, with the first example already open; its
 * rule links go to the page's own rule pages.
 */
export const taalserver = startTaalserver(
    { regelDocumentatie: new URL('regels/', location.href).href, documentatieExtensie: '.html' },
    { uri: `file://${WERKMAP}${eersteVoorbeeld.naam}`, naam: eersteVoorbeeld.naam, languageId: 'sturing', tekst: eersteVoorbeeld.tekst }
);
