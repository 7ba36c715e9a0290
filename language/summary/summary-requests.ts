import { Cancellation, DocumentState, isOperationCancelled, OperationCancelled, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { SturingServices } from '../sturing-module.js';
import { maakVergelijking } from './comparison.js';
import { andereBeschrijvingen } from './ontwikkeling.js';
import { maakSamenvatting } from './summary-model.js';
import { typeUitleg, type TypeUitleg } from '../presentation/type-uitleg.js';
import { gemeentenIn } from '../inference/onderwerp.js';
import {
    SAMENVATTING_VERZOEK, TYPE_UITLEG_VERZOEK, VERGELIJKING_VERZOEK, type Samenvatting, type TypeUitlegParams, type VergelijkingsRij
} from './summary-types.js';

type CancellationToken = Cancellation.CancellationToken;

export interface SamenvattingParams {
    uri: string;
}

function bestandsnaam(uri: URI): string {
    return uri.path.split('/').pop() ?? uri.toString();
}

/**
 * The custom requests `sturing/samenvatting` (one document), `sturing/typeUitleg` (the whole reasoning
 * for one gemeente, "Meer uitleg" under its hover) and `sturing/vergelijking` (every gemeente in the
 * workspace). All answer with the documents validated, so the summary always includes the current findings: they wait for the workspace to be loaded and for the builds of open
 * documents, and have files nobody opened validated first. A request that cannot be answered gets an
 * LSP error with a Dutch message, never a stack trace.
 */
export function registreerSamenvattingVerzoeken(shared: LangiumSharedServices, sturing: SturingServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const bronnen = {
        profielen: sturing.inference.ProfileProvider,
        documentatie: sturing.documentation.DocumentationProvider,
        andere: andereBeschrijvingen(sturing, bestandsnaam)
    };
    const documenten = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    let gestart = false;
    shared.lsp.LanguageServer.onInitialize(() => { gestart = true; });
    // One validation of the unopened files at a time, shared by all requests: two requests that each
    // started their own would cancel each other's build forever.
    let valideren: Promise<void> | undefined;
    const valideerRest = () => valideren ??= shared.workspace.WorkspaceLock.write(t => builder.update([], [], t)).finally(() => { valideren = undefined; });

    /** Waits until the workspace is loaded and the given documents (all when none are given) are validated. */
    const gevalideerd = async (token: CancellationToken, uri?: URI): Promise<void> => {
        if (!gestart) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'Sturing is nog niet gestart; probeer het zo opnieuw.');
        await shared.workspace.WorkspaceManager.ready;
        const welke = () => (uri ? [documenten.getDocument(uri)].filter(d => d !== undefined) : documenten.all.toArray());
        for (;;) {
            if (token.isCancellationRequested) throw OperationCancelled;
            // Open documents are validated by the builds that follow the editor's edits: wait for those.
            for (const doc of welke().filter(d => shared.workspace.TextDocuments.get(d.uri))) {
                await builder.waitUntil(DocumentState.Validated, doc.uri, token).catch(err => {
                    if (isOperationCancelled(err)) throw err;
                    // Langium thinks the build has passed this document by; the update below validates it.
                });
            }
            // Files nobody opened are only indexed and linked: validate them now.
            if (welke().every(d => d.state >= DocumentState.Validated)) return;
            await valideerRest();
        }
    };

    connection.onRequest(SAMENVATTING_VERZOEK, (params: SamenvattingParams, token) => beantwoord('de samenvatting', async (): Promise<Samenvatting | null> => {
        const uri = URI.parse(params.uri);
        await gevalideerd(token, uri);
        const doc = documenten.getDocument(uri);
        return doc ? maakSamenvatting(doc, bestandsnaam(uri), bronnen) : null;
    }));
    connection.onRequest(TYPE_UITLEG_VERZOEK, (params: TypeUitlegParams, token) => beantwoord('de uitleg', async (): Promise<TypeUitleg | null> => {
        const uri = URI.parse(params.uri);
        await gevalideerd(token, uri);
        const doc = documenten.getDocument(uri);
        const gemeente = doc && gemeentenIn(doc, true).find(g => g.name === params.gemeente);
        return gemeente ? typeUitleg(bronnen.profielen.profiel(gemeente), bronnen.profielen.feiten(gemeente).periode?.tekst ?? null, params.algemeen) : null;
    }));
    connection.onRequest(VERGELIJKING_VERZOEK, (_params: unknown, token) => beantwoord('de vergelijking', async (): Promise<VergelijkingsRij[]> => {
        await gevalideerd(token);
        // Every document of the workspace is a Sturing document, whatever its name (an untitled buffer too).
        const rijen = documenten.all
            .map((document: LangiumDocument) => ({ document, bestand: bestandsnaam(document.uri) }))
            .toArray();
        return maakVergelijking(rijen, bronnen);
    }));
}

/** Runs a request; whatever goes wrong becomes an LSP error with a Dutch message (the details go to the output channel). */
async function beantwoord<T>(wat: string, werk: () => Promise<T>): Promise<T> {
    try {
        return await werk();
    } catch (err) {
        if (isOperationCancelled(err)) throw new ResponseError(LSPErrorCodes.RequestCancelled, `Sturing heeft het maken van ${wat} afgebroken; er kwam een nieuwere vraag.`);
        if (err instanceof ResponseError && err.code === ErrorCodes.ServerNotInitialized) throw err;
        if (err instanceof ResponseError && (err.code === LSPErrorCodes.ServerCancelled || err.code === LSPErrorCodes.ContentModified)) {
            throw new ResponseError(LSPErrorCodes.ContentModified, `Het bestand veranderde terwijl Sturing ${wat} maakte; vraag het opnieuw.`);
        }
        console.error(`Sturing kon ${wat} niet maken: ${(err as Error)?.stack ?? err}`);
        throw new ResponseError(LSPErrorCodes.RequestFailed, `Sturing kon ${wat} niet maken door een fout in Sturing zelf. De details staan in het uitvoervenster Sturing; meld dit alstublieft als probleem.`);
    }
}
