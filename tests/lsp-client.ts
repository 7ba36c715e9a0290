import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type CodeAction, type Diagnostic, type InitializeResult, type MessageConnection,
    type PublishDiagnosticsParams, type TextEdit, type WorkspaceEdit
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

    /** `capabilities` adds to what this client says it can do (e.g. snippets in workspace edits). */
    async start(rootUri: string | null = null, capabilities: Record<string, unknown> = {}): Promise<InitializeResult> {
        const workspaceFolders = rootUri ? [{ uri: rootUri, name: 'werkruimte' }] : null;
        const resultaat = await this.verbinding.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: { ...capabilities, workspace: { configuration: true, ...(capabilities.workspace as object ?? {}) } }, workspaceFolders }) as InitializeResult;
        await this.verbinding.sendNotification('initialized', {});
        return resultaat;
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

    /** The code actions the server offers for one diagnostic, as VS Code asks when the cursor is on it. */
    async codeActies(uri: string, diagnostic: Diagnostic, alle: Diagnostic[] = [diagnostic]): Promise<CodeAction[]> {
        return await this.verbinding.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: alle.length ? alle : [diagnostic] }
        }) as CodeAction[];
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

/** The text of `uri` after a workspace edit (plain `changes` or `documentChanges` with text edits). */
export function pasBewerkingToe(tekst: string, uri: string, edit: WorkspaceEdit): string {
    const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
    for (const d of edit.documentChanges ?? []) {
        if ('textDocument' in d && d.textDocument.uri === uri) edits.push(...d.edits.map(e => 'newText' in e ? e : { range: e.range, newText: (e as { snippet: { value: string } }).snippet.value }));
    }
    return TextDocument.applyEdits(TextDocument.create(uri, 'sturing', 1, tekst), edits);
}
