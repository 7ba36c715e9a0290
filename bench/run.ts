import '../language/node20-polyfill.js';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments, setTextDocument } from 'langium/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isGemeente, type Model } from '../language/generated/ast.js';
import { createSturingServices, type SturingServices } from '../language/sturing-module.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import { genereerWerkruimte } from './generate-workspace.js';

/**
 * `npm run bench`: builds synthetic workspaces of 1, 50 and 342 gemeenten and measures parsing,
 * the full build, an edit, hover, completion and the summary, as medians after warm-up. Prints a
 * table and writes bench/results.json; `--json` prints the JSON instead. Figures, not a test.
 */
const ALLEEN_JSON = process.argv.includes('--json');
const GROOTTES = (process.argv.find(a => a.startsWith('--sizes='))?.slice(8).split(',').map(Number)) ?? [1, 50, 342];
const HERHALINGEN = 5;

function mediaan(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}

async function meet(n: number, f: () => Promise<unknown> | unknown, opwarmen = 1): Promise<number> {
    for (let i = 0; i < opwarmen; i++) await f();
    const tijden: number[] = [];
    for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await f();
        tijden.push(performance.now() - t0);
    }
    return mediaan(tijden);
}

async function laad(services: SturingServices, bestanden: Map<string, string>): Promise<LangiumDocument<Model>[]> {
    await clearDocuments(services);
    const docs: LangiumDocument<Model>[] = [];
    for (const [naam, tekst] of bestanden) {
        const uri = URI.file(`/bench/${naam}`);
        setTextDocument(services, TextDocument.create(uri.toString(), 'sturing', 1, tekst));
        const doc = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, uri);
        services.shared.workspace.LangiumDocuments.addDocument(doc);
        docs.push(doc);
    }
    await services.shared.workspace.DocumentBuilder.build(docs, { validation: true });
    return docs;
}

interface Resultaat {
    gemeenten: number;
    files: number;
    lines: number;
    parseOnlyMs: number;
    fullBuildMs: number;
    ratioFullToParse: number;
    editToDiagnosticsMs: number;
    hoverMs: number;
    completionMs: number;
    summaryMs: number;
    rssMB: number;
}

async function meetGrootte(aantal: number): Promise<Resultaat> {
    const bestanden = genereerWerkruimte(aantal);
    const teksten = [...bestanden.values()];
    const lines = teksten.reduce((s, t) => s + t.split('\n').length, 0);
    const services = createSturingServices(EmptyFileSystem).Sturing;

    const parser = services.parser.LangiumParser;
    const parseOnlyMs = await meet(HERHALINGEN, () => { for (const t of teksten) parser.parse(t); });
    const fullBuildMs = await meet(HERHALINGEN, () => laad(services, bestanden));

    // The workspace stays loaded for the editor measurements.
    const docs = await laad(services, bestanden);
    const doel = docs.find(d => d.uri.path.includes('gemeente-'))!;
    const builder = services.shared.workspace.DocumentBuilder;
    let versie = 1;
    const editToDiagnosticsMs = await meet(HERHALINGEN * 2, async () => {
        const tekst = doel.textDocument.getText();
        const nieuw = tekst.replace(/Wijk (\d)/, (_, d) => `Wijk ${(Number(d) + 1) % 10}`);
        setTextDocument(services, TextDocument.create(doel.uri.toString(), 'sturing', ++versie, nieuw));
        let klaar: number | undefined;
        const t0 = performance.now();
        const luisteraar = builder.onDocumentPhase(DocumentState.Validated, d => { if (d.uri.toString() === doel.uri.toString() && klaar === undefined) klaar = performance.now() - t0; });
        await builder.update([doel.uri], []);
        luisteraar.dispose();
        return klaar;
    }, 2);
    const huidig = services.shared.workspace.LangiumDocuments.getDocument(doel.uri)! as LangiumDocument<Model>;
    const gemeente = huidig.parseResult.value.elementen.find(isGemeente)!;
    const hoverPositie = huidig.textDocument.positionAt(gemeente.$cstNode!.offset + 'gemeente '.length + 1);
    const params = { textDocument: { uri: huidig.uri.toString() } };
    const hoverMs = await meet(20, () => {
        // A fresh profile each time, as after an edit (profiles are cached per AST node).
        (services.inference.ProfileProvider as unknown as { cache: WeakMap<object, unknown> }).cache.delete(gemeente);
        return services.lsp.HoverProvider!.getHoverContent(huidig, { ...params, position: hoverPositie });
    }, 3);
    const fasePositie = huidig.textDocument.positionAt(huidig.textDocument.getText().indexOf('fase uitvoering {') + 'fase uitvoering {\n        '.length);
    const completionMs = await meet(20, () => services.lsp.CompletionProvider!.getCompletion(huidig, { ...params, position: fasePositie }), 3);
    const bronnen = { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider };
    const summaryMs = await meet(20, () => maakSamenvatting(huidig, 'bench.sturing', bronnen), 3);
    return {
        gemeenten: aantal, files: bestanden.size, lines,
        parseOnlyMs: rond(parseOnlyMs), fullBuildMs: rond(fullBuildMs), ratioFullToParse: rond(fullBuildMs / parseOnlyMs, 2),
        editToDiagnosticsMs: rond(editToDiagnosticsMs), hoverMs: rond(hoverMs, 2), completionMs: rond(completionMs, 2), summaryMs: rond(summaryMs, 2),
        rssMB: piekRssInNieuwProces(aantal)
    };
}

function rond(x: number, d = 1): number {
    const f = 10 ** d;
    return Math.round(x * f) / f;
}

/**
 * Peak RSS as an editor session would see it: a fresh process that loads the workspace once and
 * answers an edit, hovers and completions. (The timing runs above build the workspace many times
 * over in one process, which says more about the garbage collector than about the server.)
 */
const RSS_KIND = process.argv.find(a => a.startsWith('--rss-kind='));
if (RSS_KIND) {
    const services = createSturingServices(EmptyFileSystem).Sturing;
    const docs = await laad(services, genereerWerkruimte(Number(RSS_KIND.slice(11))));
    const doc = docs[docs.length - 1];
    for (let i = 0; i < 20; i++) {
        await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(12) });
    }
    process.stdout.write(JSON.stringify({ rssMB: rond(process.resourceUsage().maxRSS / 1024) }));
    process.exit(0);
}

function piekRssInNieuwProces(aantal: number): number {
    const uit = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/run.ts', `--rss-kind=${aantal}`], { encoding: 'utf8' });
    return (JSON.parse(uit) as { rssMB: number }).rssMB;
}

const resultaten: Resultaat[] = [];
for (const n of GROOTTES) {
    resultaten.push(await meetGrootte(n));
    if (!ALLEEN_JSON) process.stderr.write(`  ${n} gemeenten gemeten\n`);
}
const os = await import('node:os');
const uit = {
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', geheugenGB: Math.round(os.totalmem() / 2 ** 30) },
    /** Peak RSS of this benchmark process itself, which rebuilds every workspace many times. */
    piekRssBenchmarkMB: rond(process.resourceUsage().maxRSS / 1024),
    resultaten
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(uit, null, 2) + '\n');
if (ALLEEN_JSON) {
    process.stdout.write(JSON.stringify(uit, null, 2) + '\n');
} else {
    const kop = ['gemeenten', 'files', 'lines', 'parseOnlyMs', 'fullBuildMs', 'ratioFullToParse', 'editToDiagnosticsMs', 'hoverMs', 'completionMs', 'summaryMs', 'rssMB'] as const;
    console.log(kop.join('\t'));
    for (const r of resultaten) console.log(kop.map(k => r[k]).join('\t'));
    console.log(`rssMB: piek-RSS van een nieuw proces dat de werkruimte één keer laadt · ${uit.machine.node} · ${uit.machine.cpus} kernen (${uit.machine.cpu}) · bench/results.json geschreven`);
}
