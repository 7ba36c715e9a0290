import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { GEBOUWD, INTEGRATIE, ZWAAR } from '../vitest.config.js';
import { redenOmTeBouwen, UITVOER } from './bouw-voor-integratie.js';
import { tijdelijkeMap } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every test file of the unit project (vitest.config.ts): tests/ and language/, without the integration files. */
function unitBestanden(map: string): string[] {
    return readdirSync(path.join(ROOT, map), { withFileTypes: true, recursive: true })
        .filter(d => d.isFile() && d.name.endsWith('.test.ts'))
        .map(d => path.relative(ROOT, path.join(d.parentPath, d.name)))
        .filter(f => !INTEGRATIE.includes(f));
}

// What only a build makes: the bundled server (through tests/lsp-client.ts), the bundled command, the package.
const GEBOUWD_NODIG = /lsp-client\.js|bin\/sturing\.cjs|\.\.\/sturing\.vsix|\.\.\/out\//;

test('the unit project needs no build: none of its files starts the bundled server or command, or reads the .vsix', () => {
    const bestanden = [...unitBestanden('tests'), ...unitBestanden('language')];
    expect(bestanden.length).toBeGreaterThan(40);
    const fout = bestanden.filter(f => GEBOUWD_NODIG.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(fout, `Deze tests hebben gebouwde uitvoer nodig; zet ze in GEBOUWD in vitest.config.ts: ${fout.join(', ')}`).toEqual([]);
});

test('every file of the integration project exists; those listed as needing a build use built output', () => {
    for (const f of GEBOUWD) expect(GEBOUWD_NODIG.test(readFileSync(path.join(ROOT, f), 'utf8')), `${f} gebruikt geen gebouwde uitvoer; het hoort in het unit-project`).toBe(true);
    for (const f of ZWAAR) expect(existsSync(path.join(ROOT, f)), `${f} staat in ZWAAR in vitest.config.ts, maar bestaat niet`).toBe(true);
});

test('the integration project packages when an output is missing or a source is newer, and not otherwise', () => {
    const map = tijdelijkeMap({ 'language/a.ts': 'x', 'docs/regels/r.md': 'x', 'README.md': 'x', 'out/.gitkeep': '' });
    const zet = (f: string, seconden: number) => utimesSync(path.join(map, f), seconden, seconden);
    expect(redenOmTeBouwen(map)).toBe('sturing.vsix ontbreekt');
    for (const u of UITVOER) writeFileSync(path.join(map, u), '');
    for (const f of ['language/a.ts', 'language', 'docs/regels/r.md', 'docs/regels', 'docs', 'README.md']) zet(f, 1_000);
    for (const u of UITVOER) zet(u, 2_000);
    expect(redenOmTeBouwen(map)).toBeUndefined();
    zet('docs/regels/r.md', 3_000);
    expect(redenOmTeBouwen(map)).toBe('docs is gewijzigd');
    zet('docs/regels/r.md', 1_000);
    // A file removed from a folder changes the folder's time.
    rmSync(path.join(map, 'language/a.ts'));
    expect(redenOmTeBouwen(map)).toBe('language is gewijzigd');
    mkdirSync(path.join(map, 'language/b'));
    zet('language', 1_000);
    zet('language/b', 1_000);
    expect(redenOmTeBouwen(map)).toBeUndefined();
    rmSync(path.join(map, 'out/cli.cjs'));
    expect(redenOmTeBouwen(map)).toBe('out/cli.cjs ontbreekt');
});
