import '../language/node20-polyfill.js';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { clearDocuments, setTextDocument } from 'langium/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isGemeente, type Model } from '../language/generated/ast.js';
import type { SturingServices } from '../language/sturing-module.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import { opzet, processortijd, werkruimteServices, type Werkruimte } from './workspace-files.js';

/**
 * `npm run bench`: builds two kinds of workspace and measures parsing, the full build, an edit,
 * hover, completion and the summary, as medians after warm-up. Figures, not a test.
 *
 * - `realistisch` at scale 1, 2 and 4: 342 × scale municipalities with one small file (35–115
 *   lines) per period, regio files, sturing.json files, some syntax errors, undeclared parties
 *   and `// sturing-negeer` comments (bench/generate-workspace.ts).
 * - `zwaar`: 342 municipalities of ~300 lines each (eight teams, eight roles per phase), about
 *   the same number of lines in a quarter of the files.
 *
 * Prints a table and writes bench/results.json; `--json` prints the JSON instead;
 * `--werkruimte=realistisch|zwaar` and `--schalen=1,2` limit what is measured.
 */
const ALLEEN_JSON = process.argv.includes('--json');
const argument = (naam: string) => process.argv.find(a => a.startsWith(`--${naam}=`))?.slice(naam.length + 3);
const SCHALEN = argument('schalen')?.split(',').map(Number) ?? [1, 2, 4];
const SOORTEN = (argument('werkruimte')?.split(',') ?? ['realistisch', 'zwaar']) as Werkruimte[];
/** Medians over this many runs after one warm-up; fewer for the largest workspaces, whose runs take seconds. */
const herhalingen = (regels: number) => regels > 250_000 ? 3 : 5;

function mediaan(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}

async function meet(n: number, f: () => Promise<unknown> | unknown, opwarmen = 1): Promise<number> {
    return (await meetMetProcessortijd(n, f, opwarmen)).ms;
}

/**
 * Median wall-clock time and median processor time. On a shared machine other processes stretch the
 * wall-clock time; the processor time shows the work itself (it counts the garbage collector's
 * helper threads too, so on an idle machine it is somewhat higher than the wall-clock time).
 */
async function meetMetProcessortijd(n: number, f: () => Promise<unknown> | unknown, opwarmen = 1): Promise<{ ms: number; cpuMs: number }> {
    for (let i = 0; i < opwarmen; i++) await f();
    const tijden: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < n; i++) {
        const t0 = performance.now(), c0 = processortijd();
        await f();
        tijden.push(performance.now() - t0);
        cpu.push(processortijd() - c0);
    }
    return { ms: mediaan(tijden), cpuMs: mediaan(cpu) };
}

/** Loads the workspace and builds it: fully, or without validation (Langium's own steps only). */
async function laad(services: SturingServices, bestanden: Map<string, string>, validation = true): Promise<LangiumDocument<Model>[]> {
    await clearDocuments(services);
    const docs: LangiumDocument<Model>[] = [];
    for (const [naam, tekst] of bestanden) {
        // As the server loads a workspace: files from disk, none of them open in the editor.
        const uri = URI.file(`/bench/${naam}`);
        const doc = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, uri);
        services.shared.workspace.LangiumDocuments.addDocument(doc);
        docs.push(doc);
    }
    await services.shared.workspace.DocumentBuilder.build(docs, { validation });
    return docs;
}

interface Resultaat {
    werkruimte: Werkruimte;
    schaal: number;
    gemeenten: number;
    files: number;
    lines: number;
    parseOnlyMs: number;
    parseRetainMs: number;
    /** Built without validation: Langium's own steps only. */
    linkOnlyMs: number;
    fullBuildMs: number;
    ratioFullToParse: number;
    ratioFullToRetain: number;
    ratioLinkToRetain: number;
    /** The same two measurements in processor time, and their ratio. */
    parseRetainCpuMs: number;
    fullBuildCpuMs: number;
    ratioFullToRetainCpu: number;
    editToDiagnosticsMs: number;
    editedFileLines: number;
    hoverMs: number;
    completionMs: number;
    summaryMs: number;
    findings: number;
    rssMB: number;
}

async function meetWerkruimte(werkruimte: Werkruimte, schaal: number): Promise<Resultaat> {
    const { bestanden, fs } = opzet(werkruimte, schaal, '/bench');
    const teksten = [...bestanden.values()];
    const lines = teksten.reduce((s, t) => s + t.split('\n').length, 0);
    const gemeenten = teksten.reduce((s, t) => s + (t.match(/^gemeente /gm)?.length ?? 0), 0);
    const services = werkruimteServices(fs, '/bench');
    const n = herhalingen(lines);

    const parser = services.parser.LangiumParser;
    const parseOnlyMs = await meet(n, () => { for (const t of teksten) parser.parse(t); });
    // The floor for a build: parse every file into a document and keep them all, as the build must.
    // Keeping the trees alive makes the garbage collector work harder than for parse-only.
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const namen = [...bestanden.keys()].map(naam => URI.file(`/bench/${naam}`));
    const bewaard: LangiumDocument[][] = [];
    const parseRetain = await meetMetProcessortijd(n, () => { bewaard[0] = teksten.map((t, i) => factory.fromString(t, namen[i])); });
    bewaard.length = 0;
    // Langium's own steps without a single check (index, scopes, linking, reference index): what any
    // Langium language pays above the floor, before its checks, rules and inference run.
    const linkOnly = await meetMetProcessortijd(n, () => laad(services, bestanden, false));
    const fullBuild = await meetMetProcessortijd(n, () => laad(services, bestanden));
    const [parseRetainMs, fullBuildMs] = [parseRetain.ms, fullBuild.ms];

    // The workspace stays loaded for the editor measurements.
    const docs = await laad(services, bestanden);
    const findings = docs.reduce((s, d) => s + (d.diagnostics?.length ?? 0), 0);
    const doel = docs.find(d => d.uri.path.includes('gemeente-') && d.parseResult.parserErrors.length === 0 && d.textDocument.getText().includes('fase uitvoering {'))!;
    const builder = services.shared.workspace.DocumentBuilder;
    let versie = 1;
    const editToDiagnosticsMs = await meet(n * 2, async () => {
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
        // A fresh profile each time, as after an edit (facts and profiles are cached per document).
        services.inference.ProfileProvider.vergeet(huidig);
        return services.lsp.HoverProvider!.getHoverContent(huidig, { ...params, position: hoverPositie });
    }, 3);
    const fasePositie = huidig.textDocument.positionAt(huidig.textDocument.getText().indexOf('fase uitvoering {') + 'fase uitvoering {\n        '.length);
    const completionMs = await meet(20, () => services.lsp.CompletionProvider!.getCompletion(huidig, { ...params, position: fasePositie }), 3);
    const bronnen = { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider };
    const summaryMs = await meet(20, () => maakSamenvatting(huidig, 'bench.sturing', bronnen), 3);
    return {
        werkruimte, schaal, gemeenten, files: bestanden.size, lines,
        parseOnlyMs: rond(parseOnlyMs), parseRetainMs: rond(parseRetainMs), linkOnlyMs: rond(linkOnly.ms), fullBuildMs: rond(fullBuildMs),
        ratioFullToParse: rond(fullBuildMs / parseOnlyMs, 2), ratioFullToRetain: rond(fullBuildMs / parseRetainMs, 2), ratioLinkToRetain: rond(linkOnly.ms / parseRetainMs, 2),
        parseRetainCpuMs: rond(parseRetain.cpuMs), fullBuildCpuMs: rond(fullBuild.cpuMs), ratioFullToRetainCpu: rond(fullBuild.cpuMs / parseRetain.cpuMs, 2),
        editToDiagnosticsMs: rond(editToDiagnosticsMs), editedFileLines: doel.textDocument.lineCount,
        hoverMs: rond(hoverMs, 2), completionMs: rond(completionMs, 2), summaryMs: rond(summaryMs, 2), findings,
        rssMB: piekRssInNieuwProces(werkruimte, schaal)
    };
}

function rond(x: number, d = 1): number {
    const f = 10 ** d;
    return Math.round(x * f) / f;
}

/**
 * Peak RSS as an editor session would see it: a fresh process that loads the workspace once and
 * answers hovers. (The timing runs build the workspace many times over in one process, which says
 * more about the garbage collector than about the server.)
 */
const RSS_VAN = argument('rss-van');
if (RSS_VAN) {
    const [werkruimte, schaal] = RSS_VAN.split(':') as [Werkruimte, string];
    const { bestanden, fs } = opzet(werkruimte, Number(schaal), '/bench');
    const services = werkruimteServices(fs, '/bench');
    const docs = await laad(services, bestanden);
    const doc = docs[docs.length - 1];
    for (let i = 0; i < 20; i++) {
        await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(12) });
    }
    process.stdout.write(JSON.stringify({ rssMB: rond(process.resourceUsage().maxRSS / 1024) }));
    process.exit(0);
}

function piekRssInNieuwProces(werkruimte: Werkruimte, schaal: number): number {
    const uit = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/run.ts', `--rss-van=${werkruimte}:${schaal}`], { encoding: 'utf8' });
    return (JSON.parse(uit) as { rssMB: number }).rssMB;
}

/**
 * Each workspace is measured in a process of its own: in one process the heap that earlier, smaller
 * workspaces left behind slowed the larger ones down (parse-only at scale 4 took 1.8 × longer than in
 * a fresh process), which says nothing about the server. (Forcing a garbage collection before each
 * timed run was tried too: it made the build slower, not truer, because the collector then shrinks
 * the heap and the run pays for growing it again; bench/README.md.)
 */
const EEN = argument('een');
if (EEN) {
    const [werkruimte, schaal] = EEN.split(':') as [Werkruimte, string];
    process.stdout.write(JSON.stringify(await meetWerkruimte(werkruimte, Number(schaal))));
    process.exit(0);
}

function meetInNieuwProces(werkruimte: Werkruimte, schaal: number): Resultaat {
    const uit = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'bench/run.ts', `--een=${werkruimte}:${schaal}`], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(uit) as Resultaat;
}

const resultaten: Resultaat[] = [];
for (const werkruimte of SOORTEN) {
    // The heavy workspace is the labelled second row, at scale 1 only unless asked.
    const schalen = werkruimte === 'zwaar' && !argument('schalen') ? [1] : SCHALEN;
    for (const schaal of schalen) {
        resultaten.push(meetInNieuwProces(werkruimte, schaal));
        if (!ALLEEN_JSON) process.stderr.write(`  ${werkruimte} ×${schaal} gemeten\n`);
    }
}
const os = await import('node:os');
const realistisch = (s: number) => resultaten.find(r => r.werkruimte === 'realistisch' && r.schaal === s);
const uit = {
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', geheugenGB: Math.round(os.totalmem() / 2 ** 30), belasting: os.loadavg().map(l => rond(l)) },
    /** Full build at 4× the realistic workspace divided by the build at 1× (linear: 4), in wall-clock and in processor time. */
    groeiRealistisch4x: realistisch(1) && realistisch(4) ? rond(realistisch(4)!.fullBuildMs / realistisch(1)!.fullBuildMs, 2) : undefined,
    groeiRealistisch4xCpu: realistisch(1) && realistisch(4) ? rond(realistisch(4)!.fullBuildCpuMs / realistisch(1)!.fullBuildCpuMs, 2) : undefined,
    resultaten
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(uit, null, 2) + '\n');
if (ALLEEN_JSON) {
    process.stdout.write(JSON.stringify(uit, null, 2) + '\n');
} else {
    const kop = ['werkruimte', 'schaal', 'gemeenten', 'files', 'lines', 'parseOnlyMs', 'parseRetainMs', 'linkOnlyMs', 'fullBuildMs', 'ratioFullToParse', 'ratioLinkToRetain', 'ratioFullToRetain', 'ratioFullToRetainCpu',
        'editToDiagnosticsMs', 'editedFileLines', 'hoverMs', 'completionMs', 'summaryMs', 'findings', 'rssMB'] as const;
    console.log(kop.join('\t'));
    for (const r of resultaten) console.log(kop.map(k => r[k]).join('\t'));
    if (uit.groeiRealistisch4x !== undefined) console.log(`groei realistisch 1× → 4×: ${uit.groeiRealistisch4x} × in kloktijd, ${uit.groeiRealistisch4xCpu} × in processortijd (lineair is 4)`);
    console.log(`belasting van de machine (1, 5, 15 min): ${os.loadavg().map(l => l.toFixed(1)).join(' ')} — boven ${uit.machine.cpus} strekken andere processen de kloktijd`);
    console.log(`rssMB: piek-RSS van een nieuw proces dat de werkruimte één keer laadt · ${uit.machine.node} · ${uit.machine.cpus} kernen (${uit.machine.cpu}) · bench/results.json geschreven`);
}
