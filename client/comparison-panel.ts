import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { vergelijkingAlsHtml, vergelijkingInhoud } from '../language/summary/render-html.js';
import { VERGELIJKING_VERZOEK, type VergelijkingsRij } from '../language/summary/summary-types.js';
import { meldVerzoekFout, nonce, webviewOpties } from './webview-util.js';

/** `Sturing: Vergelijk gemeenten`: one sortable row per gemeente in the workspace; a row opens its file. */
export class VergelijkingPaneel implements vscode.Disposable {
    static huidig: VergelijkingPaneel | undefined;
    private readonly wegwerp: vscode.Disposable[] = [];
    private geladen = false;
    /** Closed by the user: a refresh that was still waiting for the server must not touch the webview. */
    private weg = false;

    static async toon(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
        if (!VergelijkingPaneel.huidig) {
            const panel = vscode.window.createWebviewPanel('sturing.vergelijking', 'Vergelijking van gemeenten', vscode.ViewColumn.Active, webviewOpties(context));
            VergelijkingPaneel.huidig = new VergelijkingPaneel(panel, client);
        }
        VergelijkingPaneel.huidig.panel.reveal();
        await VergelijkingPaneel.huidig.ververs();
    }

    private constructor(private readonly panel: vscode.WebviewPanel, private readonly client: BaseLanguageClient) {
        this.wegwerp.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage(async (m: { type: string; uri?: string }) => {
                if (m.type === 'open' && m.uri) await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { viewColumn: vscode.ViewColumn.One });
            }),
            panel.onDidChangeViewState(e => { if (e.webviewPanel.visible) void this.ververs(); })
        );
    }

    async ververs(): Promise<void> {
        if (this.weg) return;
        let rijen: VergelijkingsRij[];
        try {
            rijen = await this.client.sendRequest<VergelijkingsRij[]>(VERGELIJKING_VERZOEK, {});
        } catch (err) {
            if (!this.weg) meldVerzoekFout(err);
            return;
        }
        if (this.weg) return;
        if (!this.geladen) {
            this.panel.webview.html = vergelijkingAlsHtml(rijen, { modus: 'webview', nonce: nonce(), cspBron: this.panel.webview.cspSource });
            this.geladen = true;
        } else {
            await this.panel.webview.postMessage({ type: 'update', html: vergelijkingInhoud(rijen, { modus: 'webview' }) });
        }
    }

    dispose(): void {
        this.weg = true;
        VergelijkingPaneel.huidig = undefined;
        this.wegwerp.forEach(d => d.dispose());
        this.panel.dispose();
    }
}
