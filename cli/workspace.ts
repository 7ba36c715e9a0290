import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { Model } from '../language/generated/ast.js';
import { createSturingServices, SturingProductionModule, type SturingServices } from '../language/sturing-module.js';
import { leesBestand, verzamelBestanden } from './files.js';

export interface GeladenWerkruimte {
    services: SturingServices;
    documenten: LangiumDocument<Model>[];
}

/**
 * Loads every named file into one Langium workspace and builds it (parse, link, validate), so
 * cross-file references resolve exactly as they do in the editor.
 */
export async function laadWerkruimte(paden: readonly string[], waarschuw?: (tekst: string) => void): Promise<GeladenWerkruimte> {
    const { bestanden, mappen } = await verzamelBestanden(paden, waarschuw);
    const services = createSturingServices(NodeFileSystem, SturingProductionModule).Sturing;
    // The folders given are the roots, as workspace folders are in the editor: no sturing.json above them counts.
    services.rules.Configuration.stelWortelsIn(mappen.map(m => URI.file(m)));
    const documenten: LangiumDocument<Model>[] = [];
    for (const bestand of bestanden) {
        const tekst = await leesBestand(bestand);
        const doc = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, URI.file(path.resolve(bestand)));
        services.shared.workspace.LangiumDocuments.addDocument(doc);
        documenten.push(doc);
    }
    await services.shared.workspace.DocumentBuilder.build(documenten, { validation: true });
    return { services, documenten };
}

export function diagnosticsVan(doc: LangiumDocument): Diagnostic[] {
    return [...(doc.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
