import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { GESTART_NOTIFICATIE, type BrowserStartOpties } from '../server/browser-protocol.js';
import { clientOpties, registreerOpdrachten } from './commands.js';

let client: LanguageClient | undefined;

/**
 * The web extension (package.json `browser`, out/extension-browser.js): Sturing in VS Code for the Web, where an organisation
 * hosts it. The language server is the browser page's worker (server/main-browser.ts, bundled as
 * out/server-browser.js); the commands and panels are the desktop extension's.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const worker = await startServer(context);
    const opties: BrowserStartOpties = {
        regelDocumentatie: vscode.Uri.joinPath(context.extensionUri, 'docs', 'regels').toString(true) + '/',
        documentatieExtensie: '.md'
    };
    const clientOptions = clientOpties({
        documentSelector: [{ language: 'sturing' }],
        synchronize: { configurationSection: 'sturing' },
        initializationOptions: opties
    });
    const c = new LanguageClient('sturing', 'Sturing', worker, clientOptions);
    client = c;
    context.subscriptions.push(c);
    // The server says it has started (the page waits for that); here the client's own start covers it.
    c.onNotification(GESTART_NOTIFICATIE, () => undefined);
    const klaar = c.start();
    registreerOpdrachten(context, c, klaar);
    await klaar;
}

/**
 * The worker from the server's source text, as on the page: VS Code for the Web refuses
 * `new Worker(url)` for an extension installed on a remote (code-server), while fetching the file
 * works wherever the extension comes from.
 */
async function startServer(context: vscode.ExtensionContext): Promise<Worker> {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'out', 'server-browser.js');
    const antwoord = await fetch(uri.toString(true));
    if (!antwoord.ok) throw new Error(`De taalserver van Sturing kon niet geladen worden (${antwoord.status} ${antwoord.statusText}).`);
    const code = await antwoord.text();
    return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: 'sturing-taalserver' });
}

export async function deactivate(): Promise<void> {
    if (client) {
        await client.stop();
        client = undefined;
    }
}
