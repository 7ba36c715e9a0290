import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver/node';

export const SERVER = fileURLToPath(new URL('../out/server.cjs', import.meta.url));

/**
 * A minimal LSP client that starts the bundled server (out/server.cjs) as a separate process,
 * the way VS Code does, and collects the diagnostics it publishes.
 */
export class TestClient {
    readonly proces: ChildProcess;
    readonly verbinding: MessageConnection;
    readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
    private wachtenden: Array<() => void> = [];
    stderr = '';

    constructor() {
        if (!existsSync(SERVER)) throw new Error(`${SERVER} ontbreekt: draai eerst 'npm run build' (npm test doet dat zelf).`);
        this.proces = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.proces.stderr!.on('data', d => { this.stderr += d; });
        this.verbinding = createMessageConnection(new StreamMessageReader(this.proces.stdout!), new StreamMessageWriter(this.proces.stdin!));
        this.verbinding.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
            this.diagnostics.set(p.uri, [...(this.diagnostics.get(p.uri) ?? []), p]);
            this.wachtenden.forEach(w => w());
        });
        this.verbinding.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
        this.verbinding.onRequest('client/registerCapability', () => null);
        this.verbinding.onRequest('window/workDoneProgress/create', () => null);
        this.verbinding.onNotification('window/logMessage', () => undefined);
        this.verbinding.listen();
    }

    async start(rootUri: string | null = null): Promise<void> {
        await this.verbinding.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: { workspace: { configuration: true } }, workspaceFolders: null });
        await this.verbinding.sendNotification('initialized', {});
    }

    open(uri: string, tekst: string, versie = 1): Promise<void> {
        return this.verbinding.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sturing', version: versie, text: tekst } });
    }

    wijzig(uri: string, tekst: string, versie: number): Promise<void> {
        return this.verbinding.sendNotification('textDocument/didChange', { textDocument: { uri, version: versie }, contentChanges: [{ text: tekst }] });
    }

    /** Waits (at most `ms`) until the server has published diagnostics for `uri` matching `klaar`. */
    async wachtOpDiagnostics(uri: string, klaar: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 15000): Promise<PublishDiagnosticsParams> {
        const vind = () => [...(this.diagnostics.get(uri) ?? [])].reverse().find(klaar);
        const eind = Date.now() + ms;
        while (!vind()) {
            if (Date.now() > eind) throw new Error(`Geen passende diagnostics voor ${uri} binnen ${ms} ms. stderr: ${this.stderr}`);
            await new Promise<void>(resolve => { const t = setTimeout(resolve, 200); this.wachtenden.push(() => { clearTimeout(t); resolve(); }); });
            this.wachtenden = [];
        }
        return vind()!;
    }

    async stop(): Promise<void> {
        try {
            await this.verbinding.sendRequest('shutdown');
            await this.verbinding.sendNotification('exit');
        } finally {
            this.verbinding.dispose();
            this.proces.kill();
        }
    }
}
