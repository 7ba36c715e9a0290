import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { VergelijkingPaneel } from './comparison-panel.js';
import { nieuwSturingsontwerp } from './new-design.js';
import { metGerenderdeUitleg, toonUitleg, UITLEG_OPDRACHT } from './rule-pages.js';
import { SamenvattingPaneel } from './summary-panel.js';
import { isSturing } from './webview-util.js';

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
        // sturing.json changes which rules apply: the server re-validates when it changes.
        synchronize: { configurationSection: 'sturing', fileEvents: vscode.workspace.createFileSystemWatcher('**/sturing.json') },
        outputChannelName: 'Sturing',
        middleware: {
            handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(metGerenderdeUitleg))
        }
    };
    const c = new LanguageClient('sturing', 'Sturing', serverOptions, clientOptions);
    client = c;
    context.subscriptions.push(c);

    const doelUri = (uri?: unknown): vscode.Uri | undefined => {
        if (typeof uri === 'string') return vscode.Uri.parse(uri);
        if (uri instanceof vscode.Uri) return uri;
        const editor = vscode.window.activeTextEditor;
        return isSturing(editor?.document) ? editor.document.uri : undefined;
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('sturing.toonSamenvatting', async (uri?: unknown, gemeente?: string) => {
            const doel = doelUri(uri);
            if (!doel) {
                await vscode.window.showInformationMessage('Open eerst een .sturing-bestand; dan toont Sturing de samenvatting ernaast.');
                return;
            }
            SamenvattingPaneel.toon(context, c, doel, gemeente);
        }),
        vscode.commands.registerCommand('sturing.exporteerSamenvatting', async (uri?: unknown) => {
            const doel = doelUri(uri);
            if (!doel) {
                await vscode.window.showInformationMessage('Open eerst een .sturing-bestand om de samenvatting te exporteren.');
                return;
            }
            const paneel = SamenvattingPaneel.toon(context, c, doel);
            await paneel.ververs();
            await paneel.exporteer();
        }),
        vscode.commands.registerCommand('sturing.vergelijkGemeenten', () => VergelijkingPaneel.toon(context, c)),
        vscode.commands.registerCommand(UITLEG_OPDRACHT, (id: unknown) => toonUitleg(context, id)),
        vscode.commands.registerCommand('sturing.nieuwSturingsontwerp', () => nieuwSturingsontwerp(c, klaar))
    );
    const klaar = c.start();
    await klaar;
}

export async function deactivate(): Promise<void> {
    if (client) {
        await client.stop();
        client = undefined;
    }
}
