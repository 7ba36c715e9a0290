import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOpties, registreerOpdrachten } from './commands.js';

let client: LanguageClient | undefined;

/** Called by VS Code when a .sturing file is opened: starts the Sturing language server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions = clientOpties({
        documentSelector: [
            { scheme: 'file', language: 'sturing' },
            { scheme: 'untitled', language: 'sturing' }
        ],
        // sturing.json changes which rules apply: the server re-validates when it changes.
        synchronize: { configurationSection: 'sturing', fileEvents: vscode.workspace.createFileSystemWatcher('**/sturing.json') }
    });
    const c = new LanguageClient('sturing', 'Sturing', serverOptions, clientOptions);
    client = c;
    context.subscriptions.push(c);

    const klaar = c.start();
    registreerOpdrachten(context, c, klaar);
    await klaar;
}

export async function deactivate(): Promise<void> {
    if (client) {
        await client.stop();
        client = undefined;
    }
}
