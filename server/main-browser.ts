import './browser-start.js';
import '../language/node20-polyfill.js';
import { URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, FileChangeType } from 'vscode-languageserver/browser';
import { koppelRegelConfiguratie } from '../language/rules/config-sync.js';
import { stelDocumentatieAdresIn } from '../language/rules/rule-documentation.js';
import { registreerSamenvattingVerzoeken } from '../language/summary/summary-requests.js';
import { createSturingServices, SturingProductionModule } from '../language/sturing-module.js';
import { BESTAND_NOTIFICATIE, type BestandParams, type BrowserStartOpties } from './browser-protocol.js';
import { GeheugenBestandssysteem } from './memory-file-system.js';

// The language server in a Web Worker: the same language/ core and the same requests as the Node
// server (server/main.ts), over postMessage instead of IPC, with files in memory instead of on disk.
// Bundled for the browser page (inlined into dist/web/sturing.js) and as out/server-browser.js for
// the web extension (client/extension-browser.ts).
const poort = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(poort), new BrowserMessageWriter(poort));
const bestanden = new GeheugenBestandssysteem();
// 'production' skips Chevrotain's self-check of the grammar (the tests run it): the parser is ready in
// a fraction of the time, which is most of the wait before the first diagnostics.
const { shared, Sturing } = createSturingServices({ connection, fileSystemProvider: () => bestanden }, SturingProductionModule);

shared.lsp.LanguageServer.onInitialize(params => {
    const opties = (params.initializationOptions ?? {}) as BrowserStartOpties;
    if (opties.regelDocumentatie) stelDocumentatieAdresIn(opties.regelDocumentatie, opties.documentatieExtensie ?? '.md');
});

connection.onNotification(BESTAND_NOTIFICATIE, (params: BestandParams) => {
    const uri = URI.parse(params.uri);
    const bestond = bestanden.existsSync(uri);
    bestanden.schrijf(uri, params.tekst ?? undefined);
    const type = params.tekst === null ? FileChangeType.Deleted : bestond ? FileChangeType.Changed : FileChangeType.Created;
    shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({ changes: [{ uri: params.uri, type }] });
});

// A closed document that is not in the in-memory file system is gone: there is no disk to read it
// back from. (Langium keeps closed documents, and would try to reread them at the next rebuild.)
shared.workspace.TextDocuments?.onDidClose(e => {
    const uri = URI.parse(e.document.uri);
    if (bestanden.existsSync(uri)) return;
    void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([], [uri], token));
});

koppelRegelConfiguratie(shared, Sturing);
registreerSamenvattingVerzoeken(shared, Sturing);
startLanguageServer(shared);
