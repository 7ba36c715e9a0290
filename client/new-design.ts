import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';

/** The server command that writes the starter text (language/lsp/sturing-commands.ts). */
const STARTBESTAND_OPDRACHT = 'sturing.startbestand';

/**
 * "Sturing: Nieuw sturingsontwerp": asks for the gemeente's name and writes the same starter file as
 * `sturing init` in the workspace folder, then opens it. An existing file is never overwritten.
 */
export async function nieuwSturingsontwerp(client: BaseLanguageClient, klaar: Promise<void>): Promise<void> {
    const naam = await vscode.window.showInputBox({
        title: 'Nieuw sturingsontwerp',
        prompt: 'Hoe heet de gemeente?',
        placeHolder: 'Voorbeeldstad',
        validateInput: v => /^\s*\p{L}/u.test(v) ? undefined : 'Begin de naam met een letter.'
    });
    if (!naam) return;
    await klaar;
    const antwoord = await client.sendRequest(ExecuteCommandRequest.type, { command: STARTBESTAND_OPDRACHT, arguments: [naam] }) as { gemeente: string; tekst: string } | null;
    if (!antwoord) {
        await vscode.window.showWarningMessage(`Van '${naam}' kan Sturing geen naam voor een gemeente maken. Gebruik letters en cijfers.`);
        return;
    }
    const bestandsnaam = `${naam.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.sturing`;
    const map = vscode.workspace.workspaceFolders?.[0]?.uri;
    const doel = map ? vscode.Uri.joinPath(map, bestandsnaam) : await vscode.window.showSaveDialog({ title: 'Nieuw sturingsontwerp opslaan', filters: { Sturing: ['sturing'] } });
    if (!doel) return;
    if (await bestaat(doel)) {
        await vscode.window.showWarningMessage(`${bestandsnaam} bestaat al. Sturing overschrijft geen bestanden; kies een andere naam of open dat bestand.`);
        return;
    }
    await vscode.workspace.fs.writeFile(doel, new TextEncoder().encode(antwoord.tekst));
    await vscode.window.showTextDocument(doel);
}

async function bestaat(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
