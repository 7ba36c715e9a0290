import * as vscode from 'vscode';
import { ResponseError } from 'vscode-languageclient';

/** A fresh nonce for the one <style> and <script> a webview page may run. */
export function nonce(): string {
    // Web Crypto: in Node 20 (desktop) and in the browser (VS Code for the Web) alike.
    return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** Webview options: scripts on, and resources only from the extension itself. */
export function webviewOpties(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [context.extensionUri], enableFindWidget: true };
}

export function isSturing(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return document?.languageId === 'sturing';
}

/** Error codes of a request that a newer one replaces (cancelled, content modified): nothing to tell the user. */
const VERVANGEN = new Set([-32800, -32801, -32802]);

/** A request to the server failed: say so in the server's own (Dutch) words, unless a newer request replaces it. */
export function meldVerzoekFout(err: unknown): void {
    if (err instanceof ResponseError && VERVANGEN.has(err.code)) return;
    void vscode.window.showWarningMessage(err instanceof Error ? err.message : String(err));
}

/** The file name of a URI, for titles and messages (path.basename works only on disk). */
export function naamVan(uri: vscode.Uri): string {
    return uri.path.split('/').pop() ?? uri.toString();
}
