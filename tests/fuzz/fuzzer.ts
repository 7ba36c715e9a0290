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
import { REGELS } from '../../language/rules/catalog/index.js';

export interface FuzzProbleem {
    index: number;
    mutatie: string;
    soort: 'uitzondering' | 'te-traag' | 'opmaak-verandert-betekenis' | 'opmaak-verandert-bevindingen';
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
    'regels-samen': (t, r) => t.replace(/[ \t]*\r?\n[ \t]*/g, m => r() < 0.15 ? ' ' : m),
    'veel-mutaties': (t, r) => { let u = t; for (let k = 0; k < 10; k++) u = MUTATIES[Object.keys(MUTATIES)[Math.floor(r() * 7)]](u, r); return u; }
};

/**
 * A statement being typed: one line cut off after one of its words and a space, with the cursor
 * there. Completion and hover are asked at the cursor, where a user asks for them.
 */
function halfGetypt(t: string, r: () => number): { tekst: string; cursor: number } {
    const regels = t.split('\n');
    const kandidaten = regels.map((_, i) => i).filter(i => /\S/.test(regels[i]));
    const i = kandidaten[Math.floor(r() * kandidaten.length)] ?? 0;
    const woorden = [...(regels[i] ?? '').matchAll(/\S+/g)];
    const k = r() < 0.5 ? 0 : Math.floor(r() * woorden.length);
    const eind = woorden.length ? woorden[k].index! + woorden[k][0].length : 0;
    regels[i] = (regels[i] ?? '').slice(0, eind) + ' ';
    const cursor = regels.slice(0, i).reduce((n, l) => n + l.length + 1, 0) + regels[i].length;
    return { tekst: regels.join('\n'), cursor };
}

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
    const gevallen: Array<[string, () => { tekst: string; cursor?: number }]> = [];
    const namen = [...Object.keys(MUTATIES), 'half-getypt'];
    for (let i = 0; i < opties.n; i++) {
        const naam = namen[Math.floor(r() * namen.length)];
        const zaad = zaden[Math.floor(r() * zaden.length)];
        gevallen.push([naam, () => naam === 'half-getypt' ? halfGetypt(zaad, r) : { tekst: MUTATIES[naam](zaad, r) }]);
    }
    if (opties.zwaar) gevallen.push(...Object.entries(ZWARE_GEVALLEN).map(([naam, maak]) => [naam, () => ({ tekst: maak() })] as [string, () => { tekst: string }]));

    const origineel = console.error;
    let gelogd: string[] = [];
    console.error = (...args: unknown[]) => { gelogd.push(args.map(a => a instanceof Error ? a.stack : String(a)).join(' ')); };
    try {
        for (let index = 0; index < gevallen.length; index++) {
            const [mutatie, maak] = gevallen[index];
            const { tekst, cursor } = maak();
            gelogd = [];
            const t0 = performance.now();
            try {
                const probleem = await verwerk(services, parse, tekst, r, cursor);
                if (probleem) problemen.push({ index, mutatie, ...probleem });
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

/** Runs one text through every service; returns a problem when formatting changed its meaning or its findings. */
export async function verwerk(services: SturingServices, parse: ReturnType<typeof parseHelper<Model>>, tekst: string, r: () => number, cursor?: number): Promise<Omit<FuzzProbleem, 'index' | 'mutatie'> | undefined> {
        await clearDocuments(services);
        const doc = await parse(tekst, { validation: true });
        const uri = { uri: doc.uri.toString() };
        for (const g of doc.parseResult.value.elementen?.filter(isGemeente) ?? []) services.inference.ProfileProvider.profiel(g);
        const plekken = [...(cursor === undefined ? [] : [cursor]), ...[0, 1, 2].map(() => Math.floor(r() * (tekst.length + 1)))];
        for (const plek of plekken) {
            const position = doc.textDocument.positionAt(plek);
            await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: uri, position });
            await services.lsp.CompletionProvider!.getCompletion(doc, { textDocument: uri, position });
        }
        const edits = await services.lsp.Formatter!.formatDocument(doc, { textDocument: uri, options: { tabSize: 4, insertSpaces: true } });
        if (doc.parseResult.parserErrors.length === 0 && doc.parseResult.lexerErrors.length === 0 && edits.length > 0) {
            const opgemaakt = TextDocument.applyEdits(doc.textDocument as TextDocument, edits);
            const voor = astDump(services, doc);
            const na = await parse(opgemaakt);
            if (na.parseResult.parserErrors.length > 0 || astDump(services, na) !== voor) {
                return { soort: 'opmaak-verandert-betekenis', detail: 'na opmaak is de AST anders', tekst };
            }
            const negeer = await opmaakHoudtBevindingen(services, parse, metNegeerCommentaar(doc));
            if (negeer) return negeer;
        }
        const s = maakSamenvatting(doc, 'fuzz.sturing', { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider });
        samenvattingAlsHtml(s, { modus: 'export' });
        samenvattingAlsMarkdown(s);
        return undefined;
}

/**
 * The text with `// sturing-negeer` comments for some of its findings: at the end of the finding's
 * line or on a line of its own before it, as users write them.
 */
export function metNegeerCommentaar(doc: LangiumDocument): string {
    const regels = new Set(REGELS.map(r => r.id));
    const kandidaten = (doc.diagnostics ?? []).filter(d => regels.has(String(d.code)));
    const r = willekeur(doc.textDocument.getText().length + kandidaten.length);
    const gekozen = kandidaten.filter(() => r() < 0.5).slice(0, 4);
    const invoegingen = gekozen.map(d => {
        const regel = d.range.start.line;
        return r() < 0.5
            ? { offset: doc.textDocument.offsetAt({ line: regel, character: Number.MAX_SAFE_INTEGER }), tekst: ` // sturing-negeer ${d.code}: fuzz` }
            : { offset: doc.textDocument.offsetAt({ line: regel, character: 0 }), tekst: `// sturing-negeer ${d.code}: fuzz\n` };
    }).sort((a, b) => b.offset - a.offset);
    let tekst = doc.textDocument.getText();
    for (const i of invoegingen) tekst = tekst.slice(0, i.offset) + i.tekst + tekst.slice(i.offset);
    return tekst;
}

/** The findings of a document as a set that does not depend on the layout: code, severity, the text they point at, the message. */
export function bevindingenSet(doc: LangiumDocument): string[] {
    const plat = (t: string) => t.replace(/\s+/g, ' ').trim();
    return (doc.diagnostics ?? [])
        .map(d => `${d.code} ${d.severity} «${plat(doc.textDocument.getText(d.range))}» ${plat(String(d.message)).replace(/regel \d+/g, 'regel #')}`)
        .sort();
}

/** Formatting must not change which findings a text has, also not what its `// sturing-negeer` comments switch off. */
async function opmaakHoudtBevindingen(services: SturingServices, parse: ReturnType<typeof parseHelper<Model>>, tekst: string): Promise<Omit<FuzzProbleem, 'index' | 'mutatie'> | undefined> {
    await clearDocuments(services);
    const voor = await parse(tekst, { validation: true });
    if (voor.parseResult.parserErrors.length > 0 || voor.parseResult.lexerErrors.length > 0) return undefined;
    const edits = await services.lsp.Formatter!.formatDocument(voor, { textDocument: { uri: voor.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    const opgemaakt = TextDocument.applyEdits(voor.textDocument as TextDocument, edits);
    const a = bevindingenSet(voor);
    await clearDocuments(services);
    const b = bevindingenSet(await parse(opgemaakt, { validation: true }));
    if (a.join('\n') === b.join('\n')) return undefined;
    const verschil = [...a.filter(x => !b.includes(x)).map(x => `- ${x}`), ...b.filter(x => !a.includes(x)).map(x => `+ ${x}`)];
    return { soort: 'opmaak-verandert-bevindingen', detail: `na opmaak zijn de bevindingen anders:\n${verschil.join('\n')}`, tekst };
}

/**
 * Every statement of the seed texts being typed: each line cut off after its first word and a
 * space, with completion and hover asked at the cursor; once with the rest of the text as it was,
 * once as the last statement of its block (the lines up to the block's `}` removed, and asked after
 * that `}` too). Deterministic, and where users ask.
 */
export async function halfGetyptOveral(services: SturingServices, zaden: readonly string[]): Promise<FuzzProbleem[]> {
    const parse = parseHelper<Model>(services);
    const problemen: FuzzProbleem[] = [];
    const origineel = console.error;
    let gelogd: string[] = [];
    console.error = (...args: unknown[]) => { gelogd.push(args.map(a => a instanceof Error ? a.stack : String(a)).join(' ')); };
    try {
        for (const zaad of zaden) {
            const regels = zaad.split('\n');
            for (const [index, regel] of regels.entries()) {
                const woord = /^\s*\S+/.exec(regel);
                if (!woord) continue;
                const voor = regels.slice(0, index).join('\n') + (index > 0 ? '\n' : '');
                const blokEinde = regels.findIndex((l, j) => j > index && l.trim().startsWith('}'));
                const varianten = [{ na: regels.slice(index + 1), blok: false }, { na: regels.slice(blokEinde < 0 ? regels.length : blokEinde), blok: blokEinde >= 0 }];
                for (const { na, blok } of varianten) {
                    const tekst = voor + woord[0] + ' \n' + na.join('\n');
                    const cursor = voor.length + woord[0].length + 1;
                    const naBlok = blok ? [cursor + 1 + na[0].indexOf('}') + 1] : [];
                    gelogd = [];
                    try {
                        await clearDocuments(services);
                        const doc = await parse(tekst);
                        for (const plek of [cursor, ...naBlok]) {
                            const params = { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(plek) };
                            await services.lsp.CompletionProvider!.getCompletion(doc, params);
                            await services.lsp.HoverProvider!.getHoverContent(doc, params);
                        }
                    } catch (err) {
                        gelogd.push((err as Error)?.stack ?? String(err));
                    }
                    if (gelogd.length) problemen.push({ index, mutatie: 'half-getypt', soort: 'uitzondering', detail: gelogd.join('\n'), tekst });
                }
            }
        }
    } finally {
        console.error = origineel;
    }
    return problemen;
}
