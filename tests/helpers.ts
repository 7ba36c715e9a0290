import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { Model } from '../language/generated/ast.js';
import { createSturingServices, type SturingServices } from '../language/sturing-module.js';

export function nieuweServices(): SturingServices {
    return createSturingServices(EmptyFileSystem).Sturing;
}

export const services = nieuweServices();
export const parse = parseHelper<Model>(services);

export function leesVoorbeeld(naam: string): string {
    return readFileSync(new URL(`../examples/${naam}`, import.meta.url), 'utf8');
}

/** Parses and validates one document on its own (earlier test documents are removed first). */
export async function valideer(tekst: string, uri?: string): Promise<LangiumDocument<Model>> {
    await clearDocuments(services);
    return parse(tekst, { validation: true, documentUri: uri });
}

/** Several files in one workspace, built together as the editor does. */
export async function werkruimte(bestanden: Record<string, string>, s: SturingServices = services): Promise<Record<string, LangiumDocument<Model>>> {
    await clearDocuments(s);
    const docs: Record<string, LangiumDocument<Model>> = {};
    for (const [naam, tekst] of Object.entries(bestanden)) {
        const doc = s.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, URI.file(`/werkruimte/${naam}`));
        s.shared.workspace.LangiumDocuments.addDocument(doc);
        docs[naam] = doc;
    }
    await s.shared.workspace.DocumentBuilder.build(Object.values(docs), { validation: true });
    return docs;
}

/** `regel:kolom-regel:kolom message [code]`, 1-based, for readable assertions. */
export function toon(d: Diagnostic): string {
    const r = d.range;
    return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${d.message} [${d.code}]`;
}

export function metCode(doc: LangiumDocument, code: string): Diagnostic[] {
    return (doc.diagnostics ?? []).filter(d => d.code === code);
}

/** The text a diagnostic's range covers. */
export function bereik(doc: LangiumDocument, d: Diagnostic): string {
    return doc.textDocument.getText(d.range);
}

/** A fresh temporary folder holding the given files (paths may contain sub-folders). */
export function tijdelijkeMap(bestanden: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'sturing-test-'));
    for (const [naam, tekst] of Object.entries(bestanden)) {
        mkdirSync(path.dirname(path.join(dir, naam)), { recursive: true });
        writeFileSync(path.join(dir, naam), tekst);
    }
    return dir;
}
