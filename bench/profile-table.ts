/**
 * Where the time of a CPU profile goes, in the groups of bench/README.md. Each sample counts once,
 * for the first group (in the order below) that one of its stack frames belongs to.
 */
interface Frame { functionName: string; url: string }
interface Knoop { id: number; callFrame: Frame; children?: number[] }
export interface CpuProfiel { nodes: Knoop[]; samples: number[]; timeDeltas: number[] }

const GROEPEN: Array<[string, (f: Frame) => boolean]> = [
    ['garbage collection', f => f.functionName === '(garbage collector)'],
    ['inference (facts and profile)', f => /^(inferProfile|verzamelFeiten)$/.test(f.functionName)],
    ['rules (without the inference they ask for)', f => f.functionName === 'voerUit'],
    ['language checks', f => /^check[A-Z]/.test(f.functionName)],
    ['syntax errors and unknown names explained', f => /^(processParsingErrors|processLinkingErrors|processLexingErrors)$/.test(f.functionName)],
    ['Langium validation walk and the rest of validation', f => /^(validateDocument|validateAst|validateAstNodes|validateAstBefore|validateAstAfter)$/.test(f.functionName)],
    ['reference index', f => f.functionName === 'createDescriptions' || f.functionName === 'updateReferences'],
    ['linking', f => f.functionName === 'link'],
    ['local scopes and exports', f => /^(collectLocalSymbols|collectExportedSymbols|updateContent)$/.test(f.functionName)],
    ['parsing', f => /^(fromString|parse|tokenize)$/.test(f.functionName) || /chevrotain|parser\//.test(f.url)]
];

/** Rows `[group, ms, share]`, largest first, then `other` and the total. */
export function profielTabel(p: CpuProfiel): Array<[string, number, number]> {
    const knoop = new Map(p.nodes.map(n => [n.id, n]));
    const ouder = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) ouder.set(c, n.id);
    const tijd = new Map<number, number>();
    p.samples.forEach((s, i) => tijd.set(s, (tijd.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
    const totaal = new Map<string, number>(GROEPEN.map(([naam]) => [naam, 0]));
    let rest = 0, alles = 0;
    for (const [id, t] of tijd) {
        const frames: Frame[] = [];
        for (let cur: number | undefined = id; cur !== undefined; cur = ouder.get(cur)) frames.push(knoop.get(cur)!.callFrame);
        if (frames[0].functionName === '(idle)' || frames[0].functionName === '(program)') continue;
        alles += t;
        const groep = GROEPEN.find(([, hoort]) => frames.some(hoort));
        if (groep) totaal.set(groep[0], totaal.get(groep[0])! + t); else rest += t;
    }
    const rijen = [...totaal].sort((a, b) => b[1] - a[1]).map(([naam, t]) => [naam, Math.round(t / 1000), Math.round(100 * t / alles)] as [string, number, number]);
    return [...rijen, ['other', Math.round(rest / 1000), Math.round(100 * rest / alles)], ['total', Math.round(alles / 1000), 100]];
}
