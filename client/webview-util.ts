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

/**
 * Says where an export went and offers to show the file: in the explorer, or on the desktop in the
 * system's file manager. Never `env.openExternal` with a file: URI, which froze the workbench in the
 * browser (code-server); nothing here waits for anything but the user's click.
 */
export async function toonGeschreven(doel: vscode.Uri, wat: string): Promise<void> {
    const keuze = await vscode.window.showInformationMessage(`${wat} geschreven naar ${naamVan(doel)}.`, 'Toon het bestand');
    if (!keuze) return;
    const lokaal = vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
    await vscode.commands.executeCommand(lokaal ? 'revealFileInOS' : 'revealInExplorer', doel);
}

/** Whether a file exists and is a symbolic link. */
export async function isLink(uri: vscode.Uri): Promise<boolean> {
    try {
        return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.SymbolicLink) !== 0;
    } catch {
        return false;
    }
}
