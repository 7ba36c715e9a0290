import type { LangiumSharedServices } from 'langium/lsp';
import type { SturingDocumentFactory } from '../workspace/document-factory.js';

/** The request `sturing/bouwstatistiek`: what the server's builds did, for the bench and the tests. */
export const BOUWSTATISTIEK_VERZOEK = 'sturing/bouwstatistiek';

export interface Bouwstatistiek {
    /** How often each document (by URI) was parsed since the server started. */
    parsesPerDocument: Record<string, number>;
}

/**
 * Answers `sturing/bouwstatistiek`. Not for the editor: the bench reads it to report how often a burst of
 * edits was parsed, and tests/server-robustness.test.ts to check that a burst costs one parse.
 */
export function registreerBouwstatistiek(shared: LangiumSharedServices): void {
    const factory = shared.workspace.LangiumDocumentFactory as SturingDocumentFactory;
    shared.lsp.Connection?.onRequest(BOUWSTATISTIEK_VERZOEK, (): Bouwstatistiek => ({ parsesPerDocument: Object.fromEntries(factory.parses) }));
}
