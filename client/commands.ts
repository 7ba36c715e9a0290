import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { VergelijkingPaneel } from './comparison-panel.js';
import { nieuwSturingsontwerp } from './new-design.js';
import { metGerenderdeUitleg, toonUitleg, UITLEG_OPDRACHT } from './rule-pages.js';
import { SamenvattingPaneel, type ExportFormaat } from './summary-panel.js';
import { TYPE_UITLEG_OPDRACHT, TypeUitlegPaneel } from './type-uitleg-panel.js';
import { isSturing } from './webview-util.js';

/**
 * What both extensions tell their language client besides where the server is: the same output
 * channel, and a finding's rule link that opens the page rendered.
 */
export function clientOpties(opties: Pick<LanguageClientOptions, 'documentSelector' | 'synchronize' | 'initializationOptions'>): LanguageClientOptions {
    return {
        ...opties,
        outputChannelName: 'Sturing',
        // The hover on a gemeente ends in a link "Meer uitleg" that runs this one command; no other command link is trusted.
        markdown: { isTrusted: { enabledCommands: [TYPE_UITLEG_OPDRACHT] } },
        middleware: {
            handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(metGerenderdeUitleg))
        }
    };
}

/** The Sturing commands, the same in the desktop extension (extension.ts) and the web extension (extension-browser.ts). */
export function registreerOpdrachten(context: vscode.ExtensionContext, c: BaseLanguageClient, klaar: Promise<void>): void {
    const doelUri = (uri?: unknown): vscode.Uri | undefined => {
        if (typeof uri === 'string') return vscode.Uri.parse(uri);
        if (uri instanceof vscode.Uri) return uri;
        const editor = vscode.window.activeTextEditor;
        return isSturing(editor?.document) ? editor.document.uri : undefined;
    };
    /** Exports the summary of a .sturing file next to it, as HTML or as a Word document. */
    const exporteer = async (uri: unknown, formaat: ExportFormaat) => {
        const doel = doelUri(uri);
        if (!doel) {
            await vscode.window.showInformationMessage('Open eerst een .sturing-bestand om de samenvatting te exporteren.');
            return;
        }
        const paneel = SamenvattingPaneel.toon(context, c, doel);
        await paneel.ververs();
        await paneel.exporteer(formaat);
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
        vscode.commands.registerCommand('sturing.exporteerSamenvatting', (uri?: unknown) => exporteer(uri, 'html')),
        vscode.commands.registerCommand('sturing.exporteerSamenvattingWord', (uri?: unknown) => exporteer(uri, 'docx')),
        vscode.commands.registerCommand('sturing.vergelijkGemeenten', () => VergelijkingPaneel.toon(context, c)),
        vscode.commands.registerCommand(UITLEG_OPDRACHT, (id: unknown) => toonUitleg(context, id)),
        vscode.commands.registerCommand(TYPE_UITLEG_OPDRACHT, (uri: unknown, gemeente: unknown) => TypeUitlegPaneel.toon(context, c, uri, gemeente)),
        vscode.commands.registerCommand('sturing.nieuwSturingsontwerp', () => nieuwSturingsontwerp(c, klaar))
    );
}
