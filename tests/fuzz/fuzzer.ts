import type { AstNode, LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isGemeente, type Model } from '../../language/generated/ast.js';
import { samenvattingAlsHtml } from '../../language/summary/render-html.js';
import { samenvattingAlsMarkdown } from '../../language/summary/render-markdown.js';
import { maakSamenvatting } from '../../language/summary/summary-model.js';
import type { SturingServices } from '../../language/sturing-module.js';
import { willekeur } from '../../bench/generate-workspace.js';

export interface FuzzProbleem {
    index: number;
    mutatie: string;
    soort: 'uitzondering' | 'te-traag' | 'opmaak-verandert-betekenis';
    detail: string;
    tekst: string;
}

export interface FuzzResultaat {
    documenten: number;
    problemen: FuzzProbleem[];
    traagsteMs: number;
    /** Duration of each heavy case (5 MB line, 10 000 braces); these may exceed the limit and are reported apart. */
    zwaar: Array<{ naam: string; ms: number }>;
}

const TEKENS = ['\u202E', '\u200F', 'مرحبا', 'שלום', '🚀', '👩‍👩‍👧', '\u0000', '\uFFFD', '\uD800', '́', '\t', '"', '{', '}', '//', '/*', '*/', '\\', 'é', 'ß', ','];

/** Token-ish pieces: whitespace, punctuation and words, so mutations act on the language's units. */
function stukken(tekst: string): string[] {
    return tekst.match(/\s+|[{}",.]|[^\s{}",.]+/g) ?? [];
}

type Mutatie = (tekst: string, r: () => number) => string;

const MUTATIES: Record<string, Mutatie> = {
    'token-weg': (t, r) => { const s = stukken(t); s.splice(Math.floor(r() * s.length), 1); return s.join(''); },
    'token-dubbel': (t, r) => { const s = stukken(t); const i = Math.floor(r() * s.length); s.splice(i, 0, s[i] ?? ''); return s.join(''); },
    'tokens-wisselen': (t, r) => { const s = stukken(t); const i = Math.floor(r() * s.length), j = Math.floor(r() * s.length); [s[i], s[j]] = [s[j], s[i]]; return s.join(''); },
    'afkappen': (t, r) => t.slice(0, Math.floor(r() * t.length)),
    'unicode': (t, r) => { let u = t; for (let k = 0; k < 5; k++) { const i = Math.floor(r() * u.length); u = u.slice(0, i) + TEKENS[Math.floor(r() * TEKENS.length)] + u.slice(i); } return u; },
    'regeleinden': (t, r) => t.split('\n').map(l => l + (r() < 0.3 ? '\r' : '')).join(r() < 0.5 ? '\n' : '\r'),
    'nul-bytes': (t, r) => t.replace(/ /g, c => r() < 0.05 ? '\u0000' : c),
    'veel-mutaties': (t, r) => { let u = t; for (let k = 0; k < 10; k++) u = MUTATIES[Object.keys(MUTATIES)[Math.floor(r() * 7)]](u, r); return u; }
};

/** Rare, heavy inputs: each is run once per fuzz run. */
export const ZWARE_GEVALLEN: Record<string, () => string> = {
    'regel-van-5-MB': () => 'gemeente X { ' + 'partij A "'.padEnd(20, 'x') + '" '.repeat(1) + 'team T { doel "' + 'x'.repeat(5_000_000) + '" } }',
    '10000-accolades': () => 'gemeente X ' + '{ fase verkenning '.repeat(10_000) + '}'.repeat(10_000)
};

/** The AST as JSON with reference texts, for "formatting must not change the meaning". */
export function astDump(services: SturingServices, doc: LangiumDocument): string {
    return services.serializer.JsonSerializer.serialize(doc.parseResult.value as AstNode, { refText: true, textRegions: false, sourceText: false });
}

/**
 * Mutates the seed texts and runs every mutant through parsing, linking, validation, inference,
 * hover and completion at random places, formatting (which must keep the meaning) and the summary.
 * Exceptions anywhere, also those Langium catches and logs, count as problems.
 */
export async function fuzz(services: SturingServices, zaden: readonly string[], opties: { n: number; seed: number; zwaar?: boolean; grensMs?: number; voortgang?: (i: number) => void }): Promise<FuzzResultaat> {
    const r = willekeur(opties.seed);
    const parse = parseHelper<Model>(services);
    const problemen: FuzzProbleem[] = [];
    const grens = opties.grensMs ?? 2000;
    const zwaar: FuzzResultaat['zwaar'] = [];
    let traagste = 0;
    const gevallen: Array<[string, () => string]> = [];
    for (let i = 0; i < opties.n; i++) {
        const naam = Object.keys(MUTATIES)[Math.floor(r() * Object.keys(MUTATIES).length)];
        const zaad = zaden[Math.floor(r() * zaden.length)];
        gevallen.push([naam, () => MUTATIES[naam](zaad, r)]);
    }
    if (opties.zwaar) gevallen.push(...Object.entries(ZWARE_GEVALLEN));

    const origineel = console.error;
    let gelogd: string[] = [];
    console.error = (...args: unknown[]) => { gelogd.push(args.map(a => a instanceof Error ? a.stack : String(a)).join(' ')); };
    try {
        for (let index = 0; index < gevallen.length; index++) {
            const [mutatie, maak] = gevallen[index];
            const tekst = maak();
            gelogd = [];
            const t0 = performance.now();
            try {
                const probleem = await verwerk(services, parse, tekst, r);
                if (probleem) problemen.push({ index, mutatie, soort: 'opmaak-verandert-betekenis', detail: probleem, tekst });
            } catch (err) {
                problemen.push({ index, mutatie, soort: 'uitzondering', detail: (err as Error)?.stack ?? String(err), tekst });
            }
            const duur = performance.now() - t0;
            if (!(mutatie in ZWARE_GEVALLEN)) traagste = Math.max(traagste, duur);
            if (gelogd.length) problemen.push({ index, mutatie, soort: 'uitzondering', detail: gelogd.join('\n'), tekst });
            if (mutatie in ZWARE_GEVALLEN) zwaar.push({ naam: mutatie, ms: Math.round(duur) });
            else if (duur > grens) problemen.push({ index, mutatie, soort: 'te-traag', detail: `${Math.round(duur)} ms`, tekst });
            opties.voortgang?.(index);
        }
    } finally {
        console.error = origineel;
    }
    return { documenten: gevallen.length, problemen, traagsteMs: Math.round(traagste), zwaar };
}

/** Runs one text through every service; returns a description when formatting changed its meaning. */
export async function verwerk(services: SturingServices, parse: ReturnType<typeof parseHelper<Model>>, tekst: string, r: () => number): Promise<string | undefined> {
        await clearDocuments(services);
        const doc = await parse(tekst, { validation: true });
        const uri = { uri: doc.uri.toString() };
        for (const g of doc.parseResult.value.elementen?.filter(isGemeente) ?? []) services.inference.ProfileProvider.profiel(g);
        for (let k = 0; k < 3; k++) {
            const position = doc.textDocument.positionAt(Math.floor(r() * (tekst.length + 1)));
            await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: uri, position });
            await services.lsp.CompletionProvider!.getCompletion(doc, { textDocument: uri, position });
        }
        const edits = await services.lsp.Formatter!.formatDocument(doc, { textDocument: uri, options: { tabSize: 4, insertSpaces: true } });
        if (doc.parseResult.parserErrors.length === 0 && doc.parseResult.lexerErrors.length === 0 && edits.length > 0) {
            const opgemaakt = TextDocument.applyEdits(doc.textDocument as TextDocument, edits);
            const voor = astDump(services, doc);
            const na = await parse(opgemaakt);
            if (na.parseResult.parserErrors.length > 0 || astDump(services, na) !== voor) {
                return 'na opmaak is de AST anders';
            }
        }
        const s = maakSamenvatting(doc, 'fuzz.sturing', { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider });
        samenvattingAlsHtml(s, { modus: 'export' });
        samenvattingAlsMarkdown(s);
        return undefined;
}
