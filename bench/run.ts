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
import { cpus, loadavg, totalmem } from 'node:os';
import { meetBurst, type BurstResultaat } from './server-burst.js';
import { mediaan, rond, spreiding, toonSpreiding, type Spreiding } from './statistics.js';
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
 * The floor (parse and retain) and the build are measured in turns in one process, floor, build, floor,
 * build, seven pairs, so that a change in the machine's load strikes both alike; each ratio is the median of
 * the seven pairs' ratios with its spread. Then a burst of edits over the real, bundled server.
 *
 * Prints a table and writes bench/results.json; `--json` prints the JSON instead;
 * `--werkruimte=realistisch|zwaar` and `--schalen=1,2` limit what is measured; `--burst=0` skips the burst,
 * `--burst=N` measures N bursts; `--node-opties=--max-semi-space-size=32` runs every measurement (and the server)
 * with that option for Node.
 */
const ALLEEN_JSON = process.argv.includes('--json');
const argument = (naam: string) => process.argv.find(a => a.startsWith(`--${naam}=`))?.slice(naam.length + 3);
const SCHALEN = argument('schalen')?.split(',').map(Number) ?? [1, 2, 4];
const SOORTEN = (argument('werkruimte')?.split(',') ?? ['realistisch', 'zwaar']) as Werkruimte[];
const BURSTS = Number(argument('burst') ?? 5);
/** Options for Node in every process the bench starts (the measurements and the server), e.g. `--max-semi-space-size=64`. */
const NODE_OPTIES = argument('node-opties')?.split(' ').filter(Boolean) ?? [];
/** Medians over this many runs after one warm-up; fewer for the largest workspaces, whose runs take seconds. */
const herhalingen = (regels: number) => regels > 250_000 ? 3 : 5;
/** Pairs of floor and build, measured in turns. */
const PAREN = 7;

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

/** The time and processor time of one build, at its end and when the file open in the editor had its findings. */
interface Bouwtijd {
    ms: number;
    cpuMs: number;
    eersteMs: number | undefined;
    eersteCpuMs: number | undefined;
}

/**
 * Loads the workspace and builds it, as the server does at start-up: every file parsed from its text (none
 * open, except `open`, which the editor shows), then built fully, or without validation (Langium's own steps
 * only). The previous workspace is removed before the clock starts.
 */
async function laad(services: SturingServices, bestanden: Map<string, string>, opties: { validation?: boolean; open?: URI } = {}): Promise<{ docs: LangiumDocument<Model>[]; tijd: Bouwtijd }> {
    await clearDocuments(services);
    const builder = services.shared.workspace.DocumentBuilder;
    const open = opties.open?.toString();
    let eerste: { ms: number; cpu: number } | undefined;
    const t0 = performance.now(), c0 = processortijd();
    const luisteraar = builder.onDocumentPhase(DocumentState.Validated, d => {
        if (eerste === undefined && d.uri.toString() === open) eerste = { ms: performance.now() - t0, cpu: processortijd() - c0 };
    });
    const docs: LangiumDocument<Model>[] = [];
    for (const [naam, tekst] of bestanden) {
        const uri = URI.file(`/bench/${naam}`);
        const doc = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, uri);
        services.shared.workspace.LangiumDocuments.addDocument(doc);
        docs.push(doc);
    }
    await builder.build(docs, { validation: opties.validation ?? true });
    const tijd = { ms: performance.now() - t0, cpuMs: processortijd() - c0, eersteMs: eerste?.ms, eersteCpuMs: eerste?.cpu };
    luisteraar.dispose();
    return { docs, tijd };
}

/** Heap in use after two full garbage collections, in MB (undefined without `--expose-gc`). */
function heapNaGc(): number | undefined {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return undefined;
    gc();
    gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
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
    /** From the start of loading (one file open in the editor) until that file's findings were ready, and until the whole workspace's were. */
    firstOpenDiagnosticsMs: number;
    firstOpenDiagnosticsCpuMs: number;
    workspaceCompleteMs: number;
    workspaceCompleteCpuMs: number;
    /** Per pair of floor and build: the ratio to the floor, in processor time and in wall-clock time (median, min, max). */
    pairs: {
        n: number;
        ratioFirstOpenToRetainCpu: Spreiding;
        ratioCompleteToRetainCpu: Spreiding;
        ratioFirstOpenToRetain: Spreiding;
        ratioCompleteToRetain: Spreiding;
        parseRetainCpuMs: Spreiding;
        workspaceCompleteCpuMs: Spreiding;
        metingenCpuMs: number[][];
    };
    /** Heap kept (after garbage collection) by the parsed documents alone and after a full build, and their ratio. */
    heapRetainMB: number | undefined;
    heapBuildMB: number | undefined;
    ratioHeapBuildToRetain: number | undefined;
    /** The machine's load average (1, 5, 15 min) before and after this workspace was measured. */
    belastingVoor: number[];
    belastingNa: number[];
}

async function meetWerkruimte(werkruimte: Werkruimte, schaal: number): Promise<Resultaat> {
    const belastingVoor = loadavg().map(l => rond(l, 2));
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
    /** The documents of the floor, kept until the next run, as a build keeps its documents. */
    const bewaard: { docs: LangiumDocument[] } = { docs: [] };
    const vloer = async () => {
        bewaard.docs = [];
        await clearDocuments(services);
        const t0 = performance.now(), c0 = processortijd();
        bewaard.docs = teksten.map((t, i) => factory.fromString(t, namen[i]));
        return { ms: performance.now() - t0, cpuMs: processortijd() - c0 };
    };

    // The file open in the editor: a gemeente that reads without syntax errors, also used for the edit below.
    const { docs: eerste } = await laad(services, bestanden);
    const doel = eerste.find(d => d.uri.path.includes('gemeente-') && d.parseResult.parserErrors.length === 0 && d.textDocument.getText().includes('fase uitvoering {'))!;
    const doelUri = doel.uri;
    const doelTekst = doel.textDocument.getText();
    let versie = 1;
    setTextDocument(services, TextDocument.create(doelUri.toString(), 'sturing', versie, doelTekst));

    // Floor and build in turns: one warm-up pair, then PAREN measured pairs.
    await vloer();
    await laad(services, bestanden, { open: doelUri });
    const vloeren: Array<{ ms: number; cpuMs: number }> = [];
    const builds: Bouwtijd[] = [];
    for (let i = 0; i < PAREN; i++) {
        vloeren.push(await vloer());
        bewaard.docs = [];
        builds.push((await laad(services, bestanden, { open: doelUri })).tijd);
    }
    const verhouding = (teller: (b: Bouwtijd) => number | undefined, noemer: (v: { ms: number; cpuMs: number }) => number) =>
        spreiding(builds.map((b, i) => teller(b)! / noemer(vloeren[i])), 2);
    const pairs = {
        n: PAREN,
        ratioFirstOpenToRetainCpu: verhouding(b => b.eersteCpuMs, v => v.cpuMs),
        ratioCompleteToRetainCpu: verhouding(b => b.cpuMs, v => v.cpuMs),
        ratioFirstOpenToRetain: verhouding(b => b.eersteMs, v => v.ms),
        ratioCompleteToRetain: verhouding(b => b.ms, v => v.ms),
        parseRetainCpuMs: spreiding(vloeren.map(v => v.cpuMs), 0),
        workspaceCompleteCpuMs: spreiding(builds.map(b => b.cpuMs), 0),
        /** Every pair as measured, in processor time: floor, first diagnostics of the open file, workspace complete. */
        metingenCpuMs: vloeren.map((v, i) => [Math.round(v.cpuMs), Math.round(builds[i].eersteCpuMs!), Math.round(builds[i].cpuMs)])
    };
    const parseRetainMs = mediaan(vloeren.map(v => v.ms)), parseRetainCpuMs = mediaan(vloeren.map(v => v.cpuMs));
    const fullBuildMs = mediaan(builds.map(b => b.ms)), fullBuildCpuMs = mediaan(builds.map(b => b.cpuMs));

    // Langium's own steps without a single check (index, scopes, linking, reference index): what any
    // Langium language pays above the floor, before its checks, rules and inference run.
    const zonderControles: Bouwtijd[] = [];
    for (let i = 0; i <= n; i++) {
        const { tijd } = await laad(services, bestanden, { validation: false, open: doelUri });
        if (i > 0) zonderControles.push(tijd);
    }
    const linkOnly = { ms: mediaan(zonderControles.map(t => t.ms)) };

    // The heap that the parsed documents alone keep, and the heap a full build keeps.
    bewaard.docs = [];
    await clearDocuments(services);
    const heapLeeg = heapNaGc();
    bewaard.docs = teksten.map((t, i) => factory.fromString(t, namen[i]));
    const heapVloer = heapNaGc();
    bewaard.docs = [];
    await clearDocuments(services);
    const heapLeeg2 = heapNaGc();
    const { docs } = await laad(services, bestanden, { open: doelUri });
    const heapBuild = heapNaGc();
    const heapRetainMB = heapVloer !== undefined ? heapVloer - heapLeeg! : undefined;
    const heapBuildMB = heapBuild !== undefined ? heapBuild - heapLeeg2! : undefined;

    // The workspace stays loaded for the editor measurements.
    const findings = docs.reduce((s, d) => s + (d.diagnostics?.length ?? 0), 0);
    const builder = services.shared.workspace.DocumentBuilder;
    const editToDiagnosticsMs = await meet(n * 2, async () => {
        const doc = services.shared.workspace.LangiumDocuments.getDocument(doelUri)!;
        const tekst = doc.textDocument.getText();
        const nieuw = tekst.replace(/Wijk (\d)/, (_, d) => `Wijk ${(Number(d) + 1) % 10}`);
        setTextDocument(services, TextDocument.create(doelUri.toString(), 'sturing', ++versie, nieuw));
        let klaar: number | undefined;
        const t0 = performance.now();
        const luisteraar = builder.onDocumentPhase(DocumentState.Validated, d => { if (d.uri.toString() === doelUri.toString() && klaar === undefined) klaar = performance.now() - t0; });
        await builder.update([doelUri], []);
        luisteraar.dispose();
        return klaar;
    }, 2);
    const huidig = services.shared.workspace.LangiumDocuments.getDocument(doelUri)! as LangiumDocument<Model>;
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
    const eersteMs = mediaan(builds.map(b => b.eersteMs!)), eersteCpuMs = mediaan(builds.map(b => b.eersteCpuMs!));
    return {
        werkruimte, schaal, gemeenten, files: bestanden.size, lines,
        parseOnlyMs: rond(parseOnlyMs), parseRetainMs: rond(parseRetainMs), linkOnlyMs: rond(linkOnly.ms), fullBuildMs: rond(fullBuildMs),
        ratioFullToParse: rond(fullBuildMs / parseOnlyMs, 2), ratioFullToRetain: pairs.ratioCompleteToRetain.mediaan, ratioLinkToRetain: rond(linkOnly.ms / parseRetainMs, 2),
        parseRetainCpuMs: rond(parseRetainCpuMs), fullBuildCpuMs: rond(fullBuildCpuMs), ratioFullToRetainCpu: pairs.ratioCompleteToRetainCpu.mediaan,
        editToDiagnosticsMs: rond(editToDiagnosticsMs), editedFileLines: huidig.textDocument.lineCount,
        hoverMs: rond(hoverMs, 2), completionMs: rond(completionMs, 2), summaryMs: rond(summaryMs, 2), findings,
        rssMB: piekRssInNieuwProces(werkruimte, schaal),
        firstOpenDiagnosticsMs: rond(eersteMs), firstOpenDiagnosticsCpuMs: rond(eersteCpuMs),
        workspaceCompleteMs: rond(fullBuildMs), workspaceCompleteCpuMs: rond(fullBuildCpuMs),
        pairs,
        heapRetainMB: heapRetainMB === undefined ? undefined : rond(heapRetainMB),
        heapBuildMB: heapBuildMB === undefined ? undefined : rond(heapBuildMB),
        ratioHeapBuildToRetain: heapRetainMB && heapBuildMB ? rond(heapBuildMB / heapRetainMB, 2) : undefined,
        belastingVoor, belastingNa: loadavg().map(l => rond(l, 2))
    };
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
    const { docs } = await laad(services, bestanden);
    const doc = docs[docs.length - 1];
    for (let i = 0; i < 20; i++) {
        await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(12) });
    }
    process.stdout.write(JSON.stringify({ rssMB: rond(process.resourceUsage().maxRSS / 1024) }));
    process.exit(0);
}

function piekRssInNieuwProces(werkruimte: Werkruimte, schaal: number): number {
    const uit = execFileSync(process.execPath, [...NODE_OPTIES, 'scripts/run-ts.mjs', 'bench/run.ts', `--rss-van=${werkruimte}:${schaal}`, `--node-opties=${NODE_OPTIES.join(' ')}`], { encoding: 'utf8' });
    return (JSON.parse(uit) as { rssMB: number }).rssMB;
}

/**
 * Each workspace is measured in a process of its own: in one process the heap that earlier, smaller
 * workspaces left behind slowed the larger ones down (parse-only at scale 4 took 1.8 × longer than in
 * a fresh process), which says nothing about the server. Within the process the runs follow each other
 * without a forced garbage collection in between: after one (`--expose-gc`, here only for the heap
 * measurement after the timed runs) the same build took about 40 % more processor time, not in the
 * collector's pauses but in the program itself, while parsing did not change; bench/README.md.
 */
const EEN = argument('een');
if (EEN) {
    const [werkruimte, schaal] = EEN.split(':') as [Werkruimte, string];
    process.stdout.write(JSON.stringify(await meetWerkruimte(werkruimte, Number(schaal))));
    process.exit(0);
}

function meetInNieuwProces(werkruimte: Werkruimte, schaal: number): Resultaat {
    // The options go along, so that the process measuring peak RSS (started from this one) runs with them too.
    const uit = execFileSync(process.execPath, [...NODE_OPTIES, '--expose-gc', 'scripts/run-ts.mjs', 'bench/run.ts', `--een=${werkruimte}:${schaal}`, `--node-opties=${NODE_OPTIES.join(' ')}`], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(uit) as Resultaat;
}

const belastingBegin = loadavg().map(l => rond(l, 2));
const resultaten: Resultaat[] = [];
for (const werkruimte of SOORTEN) {
    // The heavy workspace is the labelled second row, at scale 1 only unless asked.
    const schalen = werkruimte === 'zwaar' && !argument('schalen') ? [1] : SCHALEN;
    for (const schaal of schalen) {
        resultaten.push(meetInNieuwProces(werkruimte, schaal));
        if (!ALLEEN_JSON) process.stderr.write(`  ${werkruimte} ×${schaal} gemeten\n`);
    }
}

// The burst over the real server: bundle it first, so that the figures are those of the code as it is.
let burst: (BurstResultaat & { belastingVoor: number[]; belastingNa: number[] }) | undefined;
if (BURSTS > 0) {
    execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
    const belastingVoor = loadavg().map(l => rond(l, 2));
    const r = await meetBurst({ soort: 'volledig', rondes: BURSTS, nodeArgs: NODE_OPTIES });
    burst = { ...r, belastingVoor, belastingNa: loadavg().map(l => rond(l, 2)) };
    if (!ALLEEN_JSON) process.stderr.write(`  burst van ${r.edits} bewerkingen gemeten\n`);
}

const realistisch = (s: number) => resultaten.find(r => r.werkruimte === 'realistisch' && r.schaal === s);
const r1 = realistisch(1), r4 = realistisch(4);
const uit = {
    machine: {
        node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', geheugenGB: Math.round(totalmem() / 2 ** 30),
        belasting: loadavg().map(l => rond(l)), belastingBegin, belastingEind: loadavg().map(l => rond(l, 2)), nodeOpties: NODE_OPTIES
    },
    /** Full build at 4× the realistic workspace divided by the build at 1× (linear: 4), in wall-clock and in processor time. */
    groeiRealistisch4x: r1 && r4 ? rond(r4.fullBuildMs / r1.fullBuildMs, 2) : undefined,
    groeiRealistisch4xCpu: r1 && r4 ? rond(r4.fullBuildCpuMs / r1.fullBuildCpuMs, 2) : undefined,
    /** The same in processor time from the seven builds of each: median ÷ median, and the smallest and largest quotient of any two. */
    groeiRealistisch4xCpuSpreiding: r1 && r4 ? {
        mediaan: rond(r4.pairs.workspaceCompleteCpuMs.mediaan / r1.pairs.workspaceCompleteCpuMs.mediaan, 2),
        min: rond(r4.pairs.workspaceCompleteCpuMs.min / r1.pairs.workspaceCompleteCpuMs.max, 2),
        max: rond(r4.pairs.workspaceCompleteCpuMs.max / r1.pairs.workspaceCompleteCpuMs.min, 2),
        n: r1.pairs.n
    } : undefined,
    resultaten,
    burst
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(uit, null, 2) + '\n');
if (ALLEEN_JSON) {
    process.stdout.write(JSON.stringify(uit, null, 2) + '\n');
} else {
    const kop = ['werkruimte', 'schaal', 'gemeenten', 'files', 'lines', 'parseOnlyMs', 'parseRetainMs', 'linkOnlyMs', 'fullBuildMs', 'ratioFullToParse', 'ratioLinkToRetain', 'ratioFullToRetain', 'ratioFullToRetainCpu',
        'firstOpenDiagnosticsMs', 'workspaceCompleteMs', 'heapRetainMB', 'heapBuildMB', 'ratioHeapBuildToRetain',
        'editToDiagnosticsMs', 'editedFileLines', 'hoverMs', 'completionMs', 'summaryMs', 'findings', 'rssMB'] as const;
    console.log(kop.join('\t'));
    for (const r of resultaten) console.log(kop.map(k => r[k]).join('\t'));
    console.log(`\nVerhouding tot parsen en bewaren, ${PAREN} paren om en om gemeten: mediaan (min–max), processortijd | kloktijd`);
    for (const r of resultaten) {
        const p = r.pairs;
        console.log(`  ${r.werkruimte} ×${r.schaal}: eerste meldingen open bestand ${toonSpreiding(p.ratioFirstOpenToRetainCpu)} | ${toonSpreiding(p.ratioFirstOpenToRetain)}; `
            + `werkruimte compleet ${toonSpreiding(p.ratioCompleteToRetainCpu)} | ${toonSpreiding(p.ratioCompleteToRetain)}; belasting ${r.belastingVoor[0]} → ${r.belastingNa[0]}`);
    }
    if (uit.groeiRealistisch4xCpuSpreiding) console.log(`groei realistisch 1× → 4×: ${toonSpreiding(uit.groeiRealistisch4xCpuSpreiding)} in processortijd, ${uit.groeiRealistisch4x} in kloktijd (lineair is 4)`);
    if (burst) {
        console.log(`burst: ${burst.edits} bewerkingen (${burst.soort === 'volledig' ? 'hele tekst' : 'incrementeel'}) op ${burst.lines} regels via de echte server: `
            + `${toonSpreiding(burst.finalDiagnosticsMs, 0)} ms tot de meldingen van de laatste versie; keer geparsed per burst: ${burst.parses.map(p => p ?? '?').join(', ')}; belasting ${burst.belastingVoor[0]} → ${burst.belastingNa[0]}`);
    }
    console.log(`belasting van de machine (1, 5, 15 min): begin ${belastingBegin.join(' ')}, eind ${loadavg().map(l => l.toFixed(2)).join(' ')} — boven ${uit.machine.cpus} strekken andere processen de kloktijd`);
    console.log(`rssMB: piek-RSS van een nieuw proces dat de werkruimte één keer laadt · ${uit.machine.node}${NODE_OPTIES.length ? ' ' + NODE_OPTIES.join(' ') : ''} · ${uit.machine.cpus} kernen (${uit.machine.cpu}) · bench/results.json geschreven`);
}
