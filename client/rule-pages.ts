import * as vscode from 'vscode';

/** The command that opens a rule's page rendered; quick fixes ("Uitleg over …") and finding links use it. */
export const UITLEG_OPDRACHT = 'sturing.toonUitleg';

/** The id under which the same command opens docs/hoe-sturing-het-governancetype-bepaalt.md, the page on how the type is inferred. */
export const ALGEMENE_UITLEG = 'hoe-sturing-het-governancetype-bepaalt';

const REGEL_ID = /^[a-z][a-z-]*$/;

/**
 * Opens docs/regels/<id>.md of the extension (or, for ALGEMENE_UITLEG, docs/hoe-sturing-het-governancetype-bepaalt.md)
 * in the Markdown preview, beside the editor: rendered, not as source.
 */
export async function toonUitleg(context: vscode.ExtensionContext, id: unknown): Promise<void> {
    if (typeof id !== 'string' || !REGEL_ID.test(id)) return;
    const pagina = id === ALGEMENE_UITLEG
        ? vscode.Uri.joinPath(context.extensionUri, 'docs', `${id}.md`)
        : vscode.Uri.joinPath(context.extensionUri, 'docs', 'regels', `${id}.md`);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', pagina);
}

/**
 * A finding's code links to its rule page (codeDescription, a file link that would open the Markdown
 * source); in VS Code the link runs the command that shows the page rendered.
 */
export function metGerenderdeUitleg(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
    const code = diagnostic.code;
    if (typeof code !== 'object' || !code.target) return diagnostic;
    const id = /\/docs\/regels\/([a-z-]+)\.md$/.exec(code.target.path)?.[1];
    if (!id) return diagnostic;
    diagnostic.code = { value: code.value, target: vscode.Uri.parse(`command:${UITLEG_OPDRACHT}?${encodeURIComponent(JSON.stringify([id]))}`) };
    return diagnostic;
}
