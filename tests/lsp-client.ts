import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type CodeAction, type Diagnostic, type InitializeResult, type MessageConnection,
    type PublishDiagnosticsParams, type Range, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver/node';

export const SERVER = fileURLToPath(new URL('../out/server.cjs', import.meta.url));

/** A message the server wrote to the output channel (window/logMessage) or showed (window/showMessage). */
export interface Logregel {
    type: number;
    message: string;
}

export interface ClientOpties {
    /** Run the server as an ordinary user (nobody) when the tests run as root, so file permissions apply. */
    gewoneGebruiker?: boolean;
    /** What the server gets for `workspace/configuration`, per section. */
    instellingen?: Record<string, unknown>;
    /** Options for Node itself, before the server's path (the bench tries `--max-semi-space-size=…`). */
    nodeArgs?: readonly string[];
    /** The bundled server to start; out/server.cjs of this checkout unless given (a script bundled elsewhere gives its own). */
    server?: string;
}

const ALS_ROOT = process.getuid?.() === 0;

/** Spawn options that run a process as the user nobody when we are root (root reads every file). */
export function alsGewoneGebruiker(): SpawnOptions {
    return ALS_ROOT ? { uid: 65534, gid: 65534 } : {};
}

/**
 * A minimal LSP client that starts the bundled server (out/server.cjs) as a separate process,
 * the way VS Code does, and collects the diagnostics it publishes and the messages it logs.
 */
export class TestClient {
    readonly proces: ChildProcess;
    readonly verbinding: MessageConnection;
    readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
    readonly logs: Logregel[] = [];
    private wachtenden: Array<() => void> = [];
    /** A copy of the bundle that the user nobody can read (a checkout may sit in a private folder). */
    private readonly kopie: string | undefined;
    stderr = '';

    constructor(opties: ClientOpties = {}) {
        let server = opties.server ?? SERVER;
        if (!existsSync(server)) throw new Error(`${server} ontbreekt: draai eerst 'npm run build' (npm test doet dat zelf).`);
        if (opties.gewoneGebruiker && ALS_ROOT) {
            this.kopie = mkdtempSync(path.join(tmpdir(), 'sturing-server-'));
            server = path.join(this.kopie, 'server.cjs');
            copyFileSync(opties.server ?? SERVER, server);
            chmodSync(this.kopie, 0o755);
            chmodSync(server, 0o644);
        }
        this.proces = spawn(process.execPath, [...opties.nodeArgs ?? [], server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], ...(opties.gewoneGebruiker ? alsGewoneGebruiker() : {}) });
        this.proces.stderr!.on('data', d => { this.stderr += d; });
        this.verbinding = createMessageConnection(new StreamMessageReader(this.proces.stdout!), new StreamMessageWriter(this.proces.stdin!));
        this.verbinding.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
            this.diagnostics.set(p.uri, [...(this.diagnostics.get(p.uri) ?? []), p]);
            this.wachtenden.forEach(w => w());
        });
        this.verbinding.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map(i => opties.instellingen?.[i.section ?? ''] ?? null));
        this.verbinding.onRequest('client/registerCapability', () => null);
        this.verbinding.onRequest('window/workDoneProgress/create', () => null);
        this.verbinding.onNotification('window/logMessage', (m: Logregel) => { this.logs.push(m); });
        this.verbinding.onNotification('window/showMessage', (m: Logregel) => { this.logs.push(m); });
        this.verbinding.onRequest('window/showMessageRequest', (m: Logregel) => { this.logs.push(m); return null; });
        this.verbinding.listen();
    }

    /** `capabilities` adds to what this client says it can do (e.g. snippets in workspace edits). */
    async start(rootUri: string | null = null, capabilities: Record<string, unknown> = {}): Promise<InitializeResult> {
        const workspaceFolders = rootUri ? [{ uri: rootUri, name: 'werkruimte' }] : null;
        const resultaat = await this.verbinding.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: { ...capabilities, workspace: { configuration: true, ...(capabilities.workspace as object ?? {}) } }, workspaceFolders }) as InitializeResult;
        await this.verbinding.sendNotification('initialized', {});
        return resultaat;
    }

    open(uri: string, tekst: string, versie = 1, languageId = 'sturing'): Promise<void> {
        return this.verbinding.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: versie, text: tekst } });
    }

    wijzig(uri: string, tekst: string, versie: number): Promise<void> {
        return this.verbinding.sendNotification('textDocument/didChange', { textDocument: { uri, version: versie }, contentChanges: [{ text: tekst }] });
    }

    /** An incremental edit, as VS Code sends one per keystroke. */
    wijzigBereik(uri: string, range: Range, tekst: string, versie: number): Promise<void> {
        return this.verbinding.sendNotification('textDocument/didChange', { textDocument: { uri, version: versie }, contentChanges: [{ range, text: tekst }] });
    }

    sluit(uri: string): Promise<void> {
        return this.verbinding.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** A request's answer, or the LSP error it ended with (code and message), without throwing. */
    async vraag<T>(methode: string, params: unknown): Promise<{ resultaat?: T; fout?: { code: number; message: string } }> {
        try {
            return { resultaat: await this.verbinding.sendRequest<T>(methode, params) };
        } catch (err) {
            return { fout: { code: (err as { code: number }).code, message: (err as Error).message } };
        }
    }

    /** Waits (at most `ms`) until the server has published diagnostics for `uri` matching `klaar`. */
    async wachtOpDiagnostics(uri: string, klaar: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 15000): Promise<PublishDiagnosticsParams> {
        const vind = () => [...(this.diagnostics.get(uri) ?? [])].reverse().find(klaar);
        await this.wachtTot(() => vind() !== undefined, `passende diagnostics voor ${uri}`, ms);
        return vind()!;
    }

    /** Waits (at most `ms`) until `klaar()` holds; checked whenever the server publishes, and every 200 ms. */
    async wachtTot(klaar: () => boolean, wat: string, ms = 15000): Promise<void> {
        const eind = Date.now() + ms;
        while (!klaar()) {
            if (this.proces.exitCode !== null) throw new Error(`De server is gestopt (afsluitcode ${this.proces.exitCode}) terwijl de test wachtte op ${wat}. stderr: ${this.stderr}`);
            if (Date.now() > eind) throw new Error(`Geen ${wat} binnen ${ms} ms. stderr: ${this.stderr}`);
            await new Promise<void>(resolve => { const t = setTimeout(resolve, 200); this.wachtenden.push(() => { clearTimeout(t); resolve(); }); });
            this.wachtenden = [];
        }
    }

    /** The code actions the server offers for one diagnostic, as VS Code asks when the cursor is on it. */
    async codeActies(uri: string, diagnostic: Diagnostic, alle: Diagnostic[] = [diagnostic]): Promise<CodeAction[]> {
        return await this.verbinding.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: alle.length ? alle : [diagnostic] }
        }) as CodeAction[];
    }

    async stop(): Promise<void> {
        try {
            if (this.proces.exitCode === null) {
                await this.verbinding.sendRequest('shutdown');
                await this.verbinding.sendNotification('exit');
            }
        } finally {
            this.verbinding.dispose();
            this.proces.kill();
            if (this.kopie) rmSync(this.kopie, { recursive: true, force: true });
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
