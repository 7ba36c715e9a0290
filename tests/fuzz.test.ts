import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fuzz, halfGetyptOveral, type FuzzProbleem } from './fuzz/fuzzer.js';
import { nieuweServices } from './helpers.js';

const zaden = ['voorbeeldstad.sturing', 'groningen-2014.sturing'].map(f => readFileSync(new URL(`../examples/${f}`, import.meta.url), 'utf8'));
const typen = new URL('./fixtures/typen/', import.meta.url);
zaden.push(...readdirSync(typen).map(f => readFileSync(new URL(f, typen), 'utf8')));

const beschrijf = (p: FuzzProbleem) => `#${p.index} ${p.soort} (${p.mutatie}): ${p.detail.split('\n').slice(0, 3).join(' | ')}`;

/** The seeds of CI's bounded run: each mutates the examples differently. */
const ZADEN_CI = [20261122, 1, 7, 42];

test('a bounded fuzz run over several seeds finds no exception, no slow document, and no formatting that changes the meaning or the findings', async () => {
    const services = nieuweServices();
    let documenten = 0;
    const problemen: string[] = [];
    for (const [i, seed] of ZADEN_CI.entries()) {
        // The heavy cases (a 5 MB line, 10 000 braces) once.
        const resultaat = await fuzz(services, zaden, { n: 100, seed, zwaar: i === 0 });
        documenten += resultaat.documenten;
        problemen.push(...resultaat.problemen.map(p => `seed ${seed} ${beschrijf(p)}`));
    }
    expect(documenten).toBe(402);
    expect(problemen).toEqual([]);
}, 300_000);

test('completion and hover right after the first word of every statement of the examples (a statement being typed) answer without an error', async () => {
    const problemen = await halfGetyptOveral(nieuweServices(), zaden);
    expect(problemen.map(beschrijf)).toEqual([]);
}, 120_000);
