import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { samenvattingAlsHtml, samenvattingInhoud } from '../language/summary/render-html.js';
import { SAMENVATTING_VERZOEK, type Samenvatting } from '../language/summary/summary-types.js';
import { isSturing, naamVan, nonce, webviewOpties } from './webview-util.js';

const VERTRAGING_MS = 300;

/**
 * The live governance summary beside the editor. It follows the active .sturing editor, refreshes
 * (debounced) whenever that document's diagnostics change, keeps its scroll position, reveals a
 * finding's source when clicked, and exports itself as HTML.
 */
export class SamenvattingPaneel implements vscode.Disposable {
    static huidig: SamenvattingPaneel | undefined;

    private uri: vscode.Uri | undefined;
    private laatste: Samenvatting | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private geladen = false;
    private readonly wegwerp: vscode.Disposable[] = [];

    static toon(context: vscode.ExtensionContext, client: BaseLanguageClient, uri: vscode.Uri, gemeente?: string): SamenvattingPaneel {
        if (!SamenvattingPaneel.huidig) {
            const panel = vscode.window.createWebviewPanel('sturing.samenvatting', 'Sturingsprofiel', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOpties(context));
            panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
            SamenvattingPaneel.huidig = new SamenvattingPaneel(panel, client);
        } else {
            SamenvattingPaneel.huidig.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        void SamenvattingPaneel.huidig.volg(uri, gemeente);
        return SamenvattingPaneel.huidig;
    }

    private constructor(private readonly panel: vscode.WebviewPanel, private readonly client: BaseLanguageClient) {
        this.wegwerp.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage(m => this.bericht(m)),
            // A hidden webview is reloaded from its first page when shown again: bring it up to date.
            panel.onDidChangeViewState(e => { if (e.webviewPanel.visible) void this.ververs(); }),
            vscode.window.onDidChangeActiveTextEditor(e => { if (isSturing(e?.document)) void this.volg(e.document.uri); }),
            vscode.languages.onDidChangeDiagnostics(e => { if (this.uri && e.uris.some(u => u.toString() === this.uri!.toString())) this.later(); }),
            vscode.workspace.onDidChangeTextDocument(e => { if (this.uri && e.document.uri.toString() === this.uri.toString()) this.later(); })
        );
    }

    private async volg(uri: vscode.Uri, gemeente?: string): Promise<void> {
        this.uri = uri;
        this.panel.title = `Sturingsprofiel — ${naamVan(uri)}`;
        await this.ververs();
        if (gemeente) void this.panel.webview.postMessage({ type: 'ga', gemeente });
    }

    private later(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.ververs(), VERTRAGING_MS);
    }

    async ververs(): Promise<void> {
        if (!this.uri) return;
        const model = await this.client.sendRequest<Samenvatting | null>(SAMENVATTING_VERZOEK, { uri: this.uri.toString() });
        if (!model) return;
        this.laatste = model;
        if (!this.geladen) {
            this.panel.webview.html = samenvattingAlsHtml(model, { modus: 'webview', nonce: nonce(), cspBron: this.panel.webview.cspSource });
            this.geladen = true;
        } else {
            await this.panel.webview.postMessage({ type: 'update', html: samenvattingInhoud(model, { modus: 'webview' }) });
        }
    }

    private async bericht(m: { type: string; range?: vscode.Range }): Promise<void> {
        if (m.type === 'toon' && this.uri && m.range) {
            const r = m.range;
            const bereik = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
            const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One, selection: bereik });
            editor.revealRange(bereik, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } else if (m.type === 'exporteer') {
            await this.exporteer();
        }
    }

    /** Writes the summary as a self-contained HTML file next to the .sturing file. */
    async exporteer(): Promise<vscode.Uri | undefined> {
        if (!this.uri || !this.laatste) return undefined;
        const doel = this.uri.with({ path: this.uri.path.replace(/\.sturing$/, '') + '.samenvatting.html' });
        await vscode.workspace.fs.writeFile(doel, new TextEncoder().encode(samenvattingAlsHtml(this.laatste, { modus: 'export' })));
        const keuze = await vscode.window.showInformationMessage(`Samenvatting geschreven naar ${naamVan(doel)}.`, 'Openen in browser');
        if (keuze) await vscode.env.openExternal(doel);
        return doel;
    }

    dispose(): void {
        SamenvattingPaneel.huidig = undefined;
        if (this.timer) clearTimeout(this.timer);
        this.wegwerp.forEach(d => d.dispose());
        this.panel.dispose();
    }
}
