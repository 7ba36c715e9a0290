import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** A fresh nonce for the one <style> and <script> a webview page may run. */
export function nonce(): string {
    return randomBytes(16).toString('base64');
}

/** Webview options: scripts on, and resources only from the extension itself. */
export function webviewOpties(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [context.extensionUri], enableFindWidget: true };
}

export function isSturing(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return document?.languageId === 'sturing';
}
