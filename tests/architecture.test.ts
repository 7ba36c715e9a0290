import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The layering of docs/architecture.md, checked on every import (static, `export … from` and dynamic
 * `import()`): framework ← inference ← presentation ← rules/validation/references/lsp ← summary ←
 * server/cli/client, language/ never imports vscode, the words and pictures reach the AST only through
 * the facts, and no file of language/ imports itself in a circle.
 */
const ROOT = path.resolve(new URL('..', import.meta.url).pathname);

const MAG: Record<string, readonly string[]> = {
    generated: [],
    framework: ['generated'],
    util: ['generated'],
    parser: [],
    workspace: ['util', 'generated'],
    inference: ['framework', 'util', 'generated'],
    presentation: ['framework', 'inference', 'util', 'generated'],
    validation: ['framework', 'inference', 'presentation', 'util', 'generated', 'workspace', 'parser'],
    references: ['framework', 'util', 'generated'],
    rules: ['framework', 'inference', 'presentation', 'util', 'generated', 'validation'],
    lsp: ['framework', 'inference', 'presentation', 'util', 'generated', 'rules', 'validation', 'references', 'workspace'],
    summary: ['framework', 'inference', 'presentation', 'util', 'generated', 'rules'],
    // The top-level files of language/: the composition root knows every layer; the colouring (read by the
    // browser page and the TextMate grammar) only the vocabulary; the polyfill nothing.
    'sturing-module.ts': ['generated', 'framework', 'util', 'parser', 'workspace', 'inference', 'presentation', 'validation', 'references', 'rules', 'lsp', 'summary'],
    'textmate.ts': ['framework'],
    'node20-polyfill.js': []
};

/**
 * Files of the words and pictures (presentation/, summary/, lsp/) that work on the AST or the grammar at
 * run time, each with why. Every other file there imports only types from generated/, does not import
 * the AST walks of util/ast-util.ts and calls no AstUtils: it reads the facts (inference/), and finds
 * gemeenten and the node under the cursor through inference/onderwerp.ts. docs/architecture.md lists the same.
 */
const AST_UITZONDERINGEN: Record<string, string> = {
    'language/lsp/sturing-formatter.ts': 'lays out the text: indentation and spacing follow the blocks of the AST and the keywords of the CST',
    'language/lsp/sturing-semantic-tokens.ts': 'colours each name by the kind of node it names, leaf by leaf in the CST',
    'language/lsp/sturing-document-symbols.ts': 'the outline is the tree of blocks itself (fase, team, regie, ambitie), with their CST ranges',
    'language/lsp/sturing-node-kinds.ts': 'the icon of a node kind in the outline and the completion list',
    'language/lsp/sturing-completion.ts': 'completes while typing: which grammar rule a keyword or reference at the cursor belongs to (AstUtils over the grammar)',
    'language/presentation/keyword-text.ts': 'which grammar rule lists a keyword (AstUtils over the grammar, not the model)'
};

function bestanden(map: string): string[] {
    return readdirSync(map).flatMap(naam => {
        const pad = path.join(map, naam);
        if (statSync(pad).isDirectory()) return bestanden(pad);
        return /\.(ts|js)$/.test(naam) && !naam.endsWith('.test.ts') ? [pad] : [];
    });
}

interface Import { van: string; naar: string; alleenType: boolean; dynamisch?: boolean }

/** Whether an import or export clause brings in types only: `import type …`, or every name in braces marked `type`. */
function alleenTypen(clause: string): boolean {
    const namen = /^\{([^}]*)\}$/.exec(clause.trim());
    if (!namen) return false;
    const delen = namen[1].split(',').map(d => d.trim()).filter(Boolean);
    return delen.length > 0 && delen.every(d => d.startsWith('type '));
}

/** Every import of a file: `import … from`, `export … from`, `import '…'` and `import('…')`. */
function imports(bestand: string): Import[] {
    const tekst = readFileSync(bestand, 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    return [
        ...[...tekst.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'"`;]*?)\s*from\s+['"]([^'"]+)['"]/gm)]
            .map(m => ({ van: bestand, naar: m[3], alleenType: !!m[1] || alleenTypen(m[2]) })),
        ...[...tekst.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map(m => ({ van: bestand, naar: m[1], alleenType: false })),
        ...[...tekst.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(m => ({ van: bestand, naar: m[1], alleenType: false, dynamisch: true }))
    ];
}

function doel(i: Import): string {
    return i.naar.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(i.van), i.naar)) : i.naar;
}

const laag = (relatief: string) => relatief.split(path.sep)[1];

describe('the layering of docs/architecture.md', () => {
    const taal = bestanden(path.join(ROOT, 'language'));

    test('language/ never imports vscode, nor server/, cli/ or client/', () => {
        const fout = taal.flatMap(imports).filter(i => i.naar === 'vscode' || /^(server|cli|client)\//.test(doel(i)));
        expect(fout.map(i => `${path.relative(ROOT, i.van)} → ${i.naar}`)).toEqual([]);
    });

    test('every layer of language/ imports only the layers below it', () => {
        const fout: string[] = [];
        for (const bestand of taal) {
            const van = path.relative(ROOT, bestand);
            const eigen = laag(van);
            if (!(eigen in MAG)) {
                fout.push(`${van}: a layer or top-level file docs/architecture.md does not name (add it there and to MAG)`);
                continue;
            }
            for (const i of imports(bestand)) {
                const naar = doel(i);
                if (!naar.startsWith('language' + path.sep)) continue;
                const andere = laag(naar);
                if (andere === eigen) continue;
                if (naar.split(path.sep).length === 2) {
                    // A top-level file of language/: only the type of the services may be known below.
                    if (!(naar.endsWith('sturing-module.js') && i.alleenType) && !naar.endsWith('node20-polyfill.js')) fout.push(`${van} → ${naar}`);
                    continue;
                }
                if (!MAG[eigen].includes(andere)) fout.push(`${van} → ${naar}`);
            }
        }
        expect(fout).toEqual([]);
    });

    test('the client only renders: it imports from language/ nothing but the summary\'s rendering and types', () => {
        const fout = bestanden(path.join(ROOT, 'client')).flatMap(imports).map(doel)
            .filter(n => n.startsWith('language' + path.sep) && !/^language\/summary\/(render-[a-z]+|summary-types|escape)\.js$/.test(n));
        expect(fout).toEqual([]);
    });

    test('language/ imports no Node built-in: all of it runs in the browser too (server/main-browser.ts)', () => {
        const fout = taal.flatMap(imports).filter(i => i.naar.startsWith('node:') || builtinModules.includes(i.naar));
        expect(fout.map(i => `${path.relative(ROOT, i.van)} → ${i.naar}`)).toEqual([]);
    });

    test('the browser page imports from language/ only the summary\'s rendering and types and the colouring, from server/ only the protocol', () => {
        const fout = bestanden(path.join(ROOT, 'web')).flatMap(imports).map(doel)
            .filter(n => (n.startsWith('language' + path.sep) && !/^language\/(summary\/(render-[a-z]+|summary-types|escape)|textmate)\.js$/.test(n))
                || (n.startsWith('server' + path.sep) && n !== 'server/browser-protocol.js')
                || n.startsWith('client' + path.sep) || n.startsWith('node:'));
        expect(fout).toEqual([]);
    });

    test('the CLI and the server do not import the VS Code client', () => {
        const fout = [...bestanden(path.join(ROOT, 'cli')), ...bestanden(path.join(ROOT, 'server'))].flatMap(imports)
            .filter(i => i.naar === 'vscode' || doel(i).startsWith('client' + path.sep));
        expect(fout.map(i => `${path.relative(ROOT, i.van)} → ${i.naar}`)).toEqual([]);
    });

    test('the words and pictures (presentation/, summary/, lsp/) reach the AST only through the facts', () => {
        const fout: string[] = [];
        for (const bestand of taal) {
            const van = path.relative(ROOT, bestand);
            if (!['presentation', 'summary', 'lsp'].includes(laag(van)) || van in AST_UITZONDERINGEN) continue;
            for (const i of imports(bestand)) {
                const naar = doel(i);
                if (laag(naar) === 'generated' && !i.alleenType) fout.push(`${van} imports ${i.naar} at run time; only its types may be known here: put what it derives in language/inference/`);
                if (naar === path.join('language', 'util', 'ast-util.js') && !i.alleenType) fout.push(`${van} walks the AST with ${i.naar}; read the facts, or inference/onderwerp.ts`);
            }
            if (/\bAstUtils\./.test(readFileSync(bestand, 'utf8'))) fout.push(`${van} walks the AST with AstUtils; read the facts, or inference/onderwerp.ts`);
        }
        expect(fout).toEqual([]);
    });

    test('each exception to that rule is still needed, and names its reason', () => {
        const overbodig = Object.entries(AST_UITZONDERINGEN).filter(([bestand, reden]) => {
            const pad = path.join(ROOT, bestand);
            const runtime = imports(pad).some(i => !i.alleenType && (laag(doel(i)) === 'generated' || doel(i) === path.join('language', 'util', 'ast-util.js')));
            return reden.length < 20 || !(runtime || /\bAstUtils\./.test(readFileSync(pad, 'utf8')));
        }).map(([bestand]) => bestand);
        expect(overbodig).toEqual([]);
    });

    test('no file of language/ imports itself in a circle, types included', () => {
        // One arrow is left out, the one docs/architecture.md allows: a service knowing the *type* SturingServices
        // of the composition root that builds it (Langium's dependency injection; the layering test keeps it a type).
        const DI = path.join('language', 'sturing-module.js');
        const graaf = new Map(taal.map(b => [path.relative(ROOT, b), imports(b).filter(i => !(i.alleenType && doel(i) === DI)).map(doel)
            .filter(n => n.startsWith('language' + path.sep)).map(n => n.replace(/\.js$/, '.ts'))
            .filter(n => taal.includes(path.join(ROOT, n)))]));
        const kringen = zoekKringen(graaf);
        expect(kringen.map(k => `${k.join(' → ')} → ${k[0]} form an import cycle; move what they share to one of them or below both`)).toEqual([]);
    });

    test('the reading of imports sees type-only names, export … from and import()', () => {
        const bestand = path.join(ROOT, 'tests', 'fixtures', 'architectuur-imports.ts.txt');
        const gelezen = imports(bestand).map(i => `${i.naar}${i.alleenType ? ' (type)' : ''}${i.dynamisch ? ' (dynamisch)' : ''}`);
        expect(gelezen).toEqual([
            '../generated/ast.js (type)', '../generated/ast.js (type)', '../generated/ast.js', '../inference/facts.js',
            '../inference/plek.js (type)', '../generated/module.js', './polyfill.js', '../summary/render-docx.js (dynamisch)'
        ]);
        expect(zoekKringen(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    });

    test('the check itself catches a wrong-way arrow', () => {
        const i: Import = { van: path.join(ROOT, 'language/framework/x.ts'), naar: '../inference/facts.js', alleenType: false };
        expect(MAG[laag(path.relative(ROOT, i.van))].includes(laag(doel(i)))).toBe(false);
    });
});

/** The import cycles of a graph, each once, starting at its first file in sorted order (Tarjan's strongly connected components). */
function zoekKringen(graaf: ReadonlyMap<string, readonly string[]>): string[][] {
    let teller = 0;
    const index = new Map<string, number>(), laagste = new Map<string, number>(), stapel: string[] = [], opStapel = new Set<string>();
    const kringen: string[][] = [];
    const bezoek = (v: string) => {
        index.set(v, teller); laagste.set(v, teller); teller++;
        stapel.push(v); opStapel.add(v);
        for (const w of graaf.get(v) ?? []) {
            if (!index.has(w)) { bezoek(w); laagste.set(v, Math.min(laagste.get(v)!, laagste.get(w)!)); }
            else if (opStapel.has(w)) laagste.set(v, Math.min(laagste.get(v)!, index.get(w)!));
        }
        if (laagste.get(v) === index.get(v)) {
            const deel: string[] = [];
            let w: string;
            do { w = stapel.pop()!; opStapel.delete(w); deel.push(w); } while (w !== v);
            if (deel.length > 1 || (graaf.get(v) ?? []).includes(v)) kringen.push(pad(graaf, deel));
        }
    };
    for (const v of [...graaf.keys()].sort()) if (!index.has(v)) bezoek(v);
    return kringen;
}

/** One circle through a strongly connected set of files, from its first file in sorted order, for the message. */
function pad(graaf: ReadonlyMap<string, readonly string[]>, deel: readonly string[]): string[] {
    const binnen = new Set(deel);
    const start = [...deel].sort()[0];
    const vorige = new Map<string, string>([[start, '']]);
    const rij = [start];
    while (rij.length) {
        const v = rij.shift()!;
        for (const w of graaf.get(v) ?? []) {
            if (w === start) {
                const kring = [v];
                while (kring[0] !== start) kring.unshift(vorige.get(kring[0])!);
                return kring;
            }
            if (binnen.has(w) && !vorige.has(w)) { vorige.set(w, v); rij.push(w); }
        }
    }
    return [start];
}
