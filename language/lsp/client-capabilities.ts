import type { LangiumSharedServices } from 'langium/lsp';

/**
 * What the connected editor says it can do, where Sturing's answers depend on it. Outside a language
 * server (CLI, tests without a client) nothing is assumed.
 */
export class ClientCapabilities {
    /** Snippet text with tab stops in the edits of a quick fix (LSP 3.18 SnippetTextEdit; VS Code does). */
    snippetsInBewerkingen = false;
    /**
     * The editor completes words (Ctrl+Spatie in VS Code and on the browser page): a message that lists
     * the choices may point to it. On the command line there is no client, and no such key.
     */
    aanvullen = false;

    constructor(shared: LangiumSharedServices) {
        shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetsInBewerkingen = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
            this.aanvullen = params.capabilities.textDocument?.completion !== undefined;
        });
    }
}
