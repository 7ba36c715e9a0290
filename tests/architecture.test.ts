import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The layering of docs/architecture.md, checked on every import: framework ← inference ←
 * presentation ← rules/validation/references/lsp ← summary ← server/cli/client, and language/
 * never imports vscode.
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
    summary: ['framework', 'inference', 'presentation', 'util', 'generated', 'rules']
};

function bestanden(map: string): string[] {
    return readdirSync(map).flatMap(naam => {
        const pad = path.join(map, naam);
        if (statSync(pad).isDirectory()) return bestanden(pad);
        return /\.(ts|js)$/.test(naam) && !naam.endsWith('.test.ts') ? [pad] : [];
    });
}

interface Import { van: string; naar: string; alleenType: boolean }

function imports(bestand: string): Import[] {
    const tekst = readFileSync(bestand, 'utf8');
    return [...tekst.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm), ...tekst.matchAll(/^\s*import\s+'([^']+)'/gm)]
        .map(m => ({ van: bestand, naar: m[3] ?? m[1], alleenType: !!m[2] }));
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
            if (!(eigen in MAG)) continue; // the composition root (sturing-module.ts) and top-level helpers
            for (const i of imports(bestand)) {
                const naar = doel(i);
                if (!naar.startsWith('language' + path.sep)) continue;
                const andere = laag(naar);
                if (andere === eigen) continue;
                if (/\.(ts|js)$/.test(andere ?? '') || andere === undefined) {
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

    test('the check itself catches a wrong-way arrow', () => {
        const i: Import = { van: path.join(ROOT, 'language/framework/x.ts'), naar: '../inference/facts.js', alleenType: false };
        expect(MAG[laag(path.relative(ROOT, i.van))].includes(laag(doel(i)))).toBe(false);
    });
});
