import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { uitlegAlsHtml } from '../language/summary/render-uitleg.js';
import { TYPE_UITLEG_OPDRACHT, TYPE_UITLEG_VERZOEK, type TypeUitleg, type TypeUitlegParams } from '../language/summary/summary-types.js';
import { ALGEMENE_UITLEG, UITLEG_OPDRACHT } from './rule-pages.js';
import { meldVerzoekFout, nonce } from './webview-util.js';

/**
 * "Meer uitleg" under the hover on a gemeente (the hover's command link): the whole reasoning for that
 * gemeente, rendered beside the editor in one panel that the next explanation reuses. The page has no
 * script; its link to the general explanation runs the command that opens that page rendered.
 */
export class TypeUitlegPaneel {
    static huidig: TypeUitlegPaneel | undefined;

    private constructor(private readonly panel: vscode.WebviewPanel) {
        panel.onDidDispose(() => { if (TypeUitlegPaneel.huidig === this) TypeUitlegPaneel.huidig = undefined; });
    }

    static async toon(context: vscode.ExtensionContext, client: BaseLanguageClient, uri: unknown, gemeente: unknown): Promise<void> {
        if (typeof uri !== 'string' || typeof gemeente !== 'string') return;
        const params: TypeUitlegParams = { uri, gemeente, algemeen: `command:${UITLEG_OPDRACHT}?${encodeURIComponent(JSON.stringify([ALGEMENE_UITLEG]))}` };
        let uitleg: TypeUitleg | null;
        try {
            uitleg = await client.sendRequest<TypeUitleg | null>(TYPE_UITLEG_VERZOEK, params);
        } catch (err) {
            meldVerzoekFout(err);
            return;
        }
        if (!uitleg) {
            await vscode.window.showInformationMessage(`Gemeente ${gemeente} staat niet (meer) in het bestand; er is niets uit te leggen.`);
            return;
        }
        if (!TypeUitlegPaneel.huidig) {
            const panel = vscode.window.createWebviewPanel('sturing.typeUitleg', 'Uitleg', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
                enableScripts: false, enableCommandUris: [UITLEG_OPDRACHT], enableFindWidget: true, localResourceRoots: [context.extensionUri]
            });
            panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
            TypeUitlegPaneel.huidig = new TypeUitlegPaneel(panel);
        } else {
            TypeUitlegPaneel.huidig.panel.reveal(vscode.ViewColumn.Beside);
        }
        const panel = TypeUitlegPaneel.huidig.panel;
        panel.title = `Uitleg — gemeente ${gemeente}`;
        panel.webview.html = uitlegAlsHtml(uitleg, { modus: 'webview', nonce: nonce() });
    }
}

export { TYPE_UITLEG_OPDRACHT };
