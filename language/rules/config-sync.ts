import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, MessageType, ShowMessageNotification, type Diagnostic } from 'vscode-languageserver';
import type { SturingServices } from '../sturing-module.js';
import { CONFIG_BESTAND, CONFIG_CODE, type ConfigProbleem } from './configuration.js';
import { lspErnst } from './severity.js';

export function alsDiagnostic(p: ConfigProbleem): Diagnostic {
    return { range: p.range, severity: lspErnst(p.ernst), message: p.bericht, code: CONFIG_CODE, source: 'sturing' };
}

/**
 * In the language server: shows problems in sturing.json as diagnostics in that file, shows problems
 * in the `sturing.regels` setting as a message, and re-validates every document when either changes.
 */
export function koppelRegelConfiguratie(shared: LangiumSharedServices, sturing: SturingServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const configuratie = sturing.rules.Configuration;
    const builder = shared.workspace.DocumentBuilder;
    let getoondeInstelling = '';

    const herbouw = () => {
        configuratie.vergeet();
        const uris = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
        return shared.workspace.WorkspaceLock.write(token => builder.update(uris, [], token));
    };

    builder.onBuildPhase(DocumentState.Validated, async () => {
        for (const [uri, problemen] of await configuratie.problemenPerBestand()) {
            await connection.sendDiagnostics({ uri, diagnostics: problemen.map(alsDiagnostic) });
        }
        const instelling = await configuratie.instelling();
        const tekst = instelling.problemen.map(p => p.bericht).join(' ');
        if (tekst && tekst !== getoondeInstelling) {
            // A notification, not a request: nothing waits for an answer that a client may not give.
            void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Sturing, instelling sturing.regels: ${tekst}` });
        }
        getoondeInstelling = tekst;
    });

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const geraakt = params.changes.filter(c => URI.parse(c.uri).path.endsWith('/' + CONFIG_BESTAND));
        if (geraakt.length === 0) return;
        for (const c of geraakt) {
            if (c.type === FileChangeType.Deleted) void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
        }
        void herbouw();
    });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'sturing') void herbouw();
    });
}
