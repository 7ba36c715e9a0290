import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { INTEGRATIE } from '../vitest.config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every test file of the unit project (vitest.config.ts): tests/ and language/, without the integration files. */
function unitBestanden(map: string): string[] {
    return readdirSync(path.join(ROOT, map), { withFileTypes: true, recursive: true })
        .filter(d => d.isFile() && d.name.endsWith('.test.ts'))
        .map(d => path.relative(ROOT, path.join(d.parentPath, d.name)))
        .filter(f => !INTEGRATIE.includes(f));
}

// What only a build makes: the bundled server (through tests/lsp-client.ts), the bundled command, the package.
const GEBOUWD = /lsp-client\.js|bin\/sturing\.cjs|\.\.\/sturing\.vsix|\.\.\/out\//;

test('the unit project needs no build: none of its files starts the bundled server or command, or reads the .vsix', () => {
    const bestanden = [...unitBestanden('tests'), ...unitBestanden('language')];
    expect(bestanden.length).toBeGreaterThan(40);
    const fout = bestanden.filter(f => GEBOUWD.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(fout, `Deze tests hebben gebouwde uitvoer nodig; zet ze in INTEGRATIE in vitest.config.ts: ${fout.join(', ')}`).toEqual([]);
});

test('every file of the integration project exists and uses built output', () => {
    for (const f of INTEGRATIE) expect(GEBOUWD.test(readFileSync(path.join(ROOT, f), 'utf8')), `${f} gebruikt geen gebouwde uitvoer; het hoort in het unit-project`).toBe(true);
});
