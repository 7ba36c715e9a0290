import * as vscode from 'vscode';

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

/** The file name of a URI, for titles and messages (path.basename works only on disk). */
export function naamVan(uri: vscode.Uri): string {
    return uri.path.split('/').pop() ?? uri.toString();
}
