import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { SturingServices } from '../sturing-module.js';
import { maakVergelijking } from './comparison.js';
import { maakSamenvatting } from './summary-model.js';
import { SAMENVATTING_VERZOEK, VERGELIJKING_VERZOEK, type Samenvatting, type VergelijkingsRij } from './summary-types.js';

export interface SamenvattingParams {
    uri: string;
}

function bestandsnaam(uri: URI): string {
    return uri.path.split('/').pop() ?? uri.toString();
}

/**
 * The custom requests `sturing/samenvatting` (one document) and `sturing/vergelijking` (every
 * gemeente in the workspace). Both wait until the documents are validated, so the summary always
 * includes the current findings.
 */
export function registreerSamenvattingVerzoeken(shared: LangiumSharedServices, sturing: SturingServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const bronnen = { profielen: sturing.inference.ProfileProvider, documentatie: sturing.documentation.DocumentationProvider };
    connection.onRequest(SAMENVATTING_VERZOEK, async (params: SamenvattingParams, token): Promise<Samenvatting | null> => {
        const uri = URI.parse(params.uri);
        if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return null;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const doc = shared.workspace.LangiumDocuments.getDocument(uri);
        return doc ? maakSamenvatting(doc, bestandsnaam(uri), bronnen) : null;
    });
    connection.onRequest(VERGELIJKING_VERZOEK, async (_params: unknown, token): Promise<VergelijkingsRij[]> => {
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        const documenten = shared.workspace.LangiumDocuments.all
            .filter(d => d.uri.path.endsWith('.sturing'))
            .map((document: LangiumDocument) => ({ document, bestand: bestandsnaam(document.uri) }))
            .toArray();
        return maakVergelijking(documenten, bronnen);
    });
}
