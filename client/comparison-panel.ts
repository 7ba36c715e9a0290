import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { vergelijkingAlsCsv } from '../language/summary/render-csv.js';
import { vergelijkingAlsHtml, vergelijkingInhoud } from '../language/summary/render-html.js';
import { VERGELIJKING_VERZOEK, type VergelijkingsRij } from '../language/summary/summary-types.js';
import { isLink, meldVerzoekFout, naamVan, nonce, toonGeschreven, webviewOpties } from './webview-util.js';

/**
 * `Sturing: Vergelijk gemeenten`: one sortable row per gemeente per period in the workspace; a row
 * opens its file, and the table can be exported as a spreadsheet (CSV).
 */
export class VergelijkingPaneel implements vscode.Disposable {
    static huidig: VergelijkingPaneel | undefined;
    private readonly wegwerp: vscode.Disposable[] = [];
    private geladen = false;
    private rijen: VergelijkingsRij[] = [];
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
            panel.webview.onDidReceiveMessage(async (m: { type: string; uri?: string; formaat?: string }) => {
                if (m.type === 'open' && m.uri) await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { viewColumn: vscode.ViewColumn.One });
                if (m.type === 'exporteer' && m.formaat === 'csv') await this.exporteerCsv();
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
        this.rijen = rijen;
        if (!this.geladen) {
            this.panel.webview.html = vergelijkingAlsHtml(rijen, { modus: 'webview', nonce: nonce(), cspBron: this.panel.webview.cspSource });
            this.geladen = true;
        } else {
            await this.panel.webview.postMessage({ type: 'update', html: vergelijkingInhoud(rijen, { modus: 'webview' }) });
        }
    }

    /**
     * The comparison as a CSV file for a spreadsheet, where the user chooses (the dialog asks before it
     * replaces a file); never through a symbolic link, never onto a .sturing file.
     */
    async exporteerCsv(): Promise<vscode.Uri | undefined> {
        const map = vscode.workspace.workspaceFolders?.[0]?.uri;
        const doel = await vscode.window.showSaveDialog({
            title: 'Vergelijking als spreadsheet (CSV)', saveLabel: 'Exporteer',
            defaultUri: map ? vscode.Uri.joinPath(map, 'vergelijking.csv') : undefined,
            filters: { 'Spreadsheet (CSV)': ['csv'] }
        });
        if (!doel) return undefined;
        if (/\.sturing$/i.test(doel.path)) {
            void vscode.window.showWarningMessage(`Sturing schrijft de vergelijking niet in een .sturing-bestand (${naamVan(doel)}); kies een naam die op .csv eindigt.`);
            return undefined;
        }
        if (await isLink(doel)) {
            void vscode.window.showWarningMessage(`Kan '${naamVan(doel)}' niet schrijven: het is een symbolische link, en Sturing schrijft niet via een link. Kies een andere naam.`);
            return undefined;
        }
        try {
            await vscode.workspace.fs.writeFile(doel, new TextEncoder().encode(vergelijkingAlsCsv(this.rijen)));
        } catch (err) {
            void vscode.window.showWarningMessage(`Sturing kon de vergelijking niet schrijven naar ${naamVan(doel)}: ${(err as Error)?.message ?? err}`);
            return undefined;
        }
        void toonGeschreven(doel, 'Vergelijking');
        return doel;
    }

    dispose(): void {
        this.weg = true;
        VergelijkingPaneel.huidig = undefined;
        this.wegwerp.forEach(d => d.dispose());
        this.panel.dispose();
    }
}
