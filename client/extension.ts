import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registreerOpdrachten } from './commands.js';

let client: LanguageClient | undefined;

/** Called by VS Code when a .sturing file is opened: starts the Sturing language server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'sturing' },
            { scheme: 'untitled', language: 'sturing' }
        ],
        synchronize: { configurationSection: 'sturing' },
        outputChannelName: 'Sturing'
    };
    const c = new LanguageClient('sturing', 'Sturing', serverOptions, clientOptions);
    client = c;
    context.subscriptions.push(c);

    registreerOpdrachten(context, c);
    await c.start();
}

export async function deactivate(): Promise<void> {
    if (client) {
        await client.stop();
        client = undefined;
    }
}
