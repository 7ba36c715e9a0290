import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { samenvattingAlsDocx } from '../language/summary/render-docx.js';
import { samenvattingAlsHtml, samenvattingInhoud } from '../language/summary/render-html.js';
import { SAMENVATTING_VERZOEK, type Samenvatting } from '../language/summary/summary-types.js';
import { isLink, isSturing, meldVerzoekFout, naamVan, nonce, toonGeschreven, webviewOpties } from './webview-util.js';

/** What the summary can be exported as: a self-contained HTML page, or a Word document. */
export type ExportFormaat = 'html' | 'docx';

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
    /** Closed by the user: a refresh that was still waiting for the server must not touch the webview. */
    private weg = false;
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
        if (this.weg) return;
        this.uri = uri;
        this.panel.title = `Sturingsprofiel — ${naamVan(uri)}`;
        await this.ververs();
        if (gemeente && !this.weg) void this.panel.webview.postMessage({ type: 'ga', gemeente });
    }

    private later(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.ververs(), VERTRAGING_MS);
    }

    async ververs(): Promise<void> {
        if (!this.uri || this.weg) return;
        let model: Samenvatting | null;
        try {
            model = await this.client.sendRequest<Samenvatting | null>(SAMENVATTING_VERZOEK, { uri: this.uri.toString() });
        } catch (err) {
            if (!this.weg) meldVerzoekFout(err);
            return;
        }
        if (!model || this.weg) return;
        this.laatste = model;
        if (!this.geladen) {
            this.panel.webview.html = samenvattingAlsHtml(model, { modus: 'webview', nonce: nonce(), cspBron: this.panel.webview.cspSource });
            this.geladen = true;
        } else {
            await this.panel.webview.postMessage({ type: 'update', html: samenvattingInhoud(model, { modus: 'webview' }) });
        }
    }

    private async bericht(m: { type: string; range?: vscode.Range; formaat?: string }): Promise<void> {
        if (m.type === 'toon' && this.uri && m.range) {
            const r = m.range;
            const bereik = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
            const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One, selection: bereik });
            editor.revealRange(bereik, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } else if (m.type === 'exporteer') {
            await this.exporteer(m.formaat === 'docx' ? 'docx' : 'html');
        }
    }

    /**
     * Writes the summary next to the .sturing file, as a self-contained HTML file or as a Word document:
     * never for a document that has no place yet (untitled), never through a symbolic link or onto the
     * source itself.
     */
    async exporteer(formaat: ExportFormaat = 'html'): Promise<vscode.Uri | undefined> {
        if (!this.uri || !this.laatste) return undefined;
        if (this.uri.scheme === 'untitled') {
            void vscode.window.showInformationMessage('Sla het bestand eerst op. Sturing schrijft de samenvatting naast het .sturing-bestand, en dit bestand heeft nog geen plek.');
            return undefined;
        }
        const doel = this.uri.with({ path: this.uri.path.replace(/\.sturing$/i, '') + `.samenvatting.${formaat}` });
        // Through the editor's file system, so that it works in VS Code for the Web too.
        if (await isLink(doel)) {
            void vscode.window.showWarningMessage(`Kan '${naamVan(doel)}' niet schrijven: het is een symbolische link, en Sturing schrijft niet via een link (dan kan het een ander bestand overschrijven). Verwijder de link of exporteer vanuit een andere map.`);
            return undefined;
        }
        try {
            const inhoud = formaat === 'docx' ? await samenvattingAlsDocx(this.laatste) : new TextEncoder().encode(samenvattingAlsHtml(this.laatste, { modus: 'export' }));
            await vscode.workspace.fs.writeFile(doel, inhoud);
        } catch (err) {
            void vscode.window.showWarningMessage(`Sturing kon de samenvatting niet schrijven naar ${naamVan(doel)}: ${(err as Error)?.message ?? err}`);
            return undefined;
        }
        void toonGeschreven(doel, 'Samenvatting');
        return doel;
    }

    dispose(): void {
        this.weg = true;
        SamenvattingPaneel.huidig = undefined;
        if (this.timer) clearTimeout(this.timer);
        this.wegwerp.forEach(d => d.dispose());
        this.panel.dispose();
    }
}
