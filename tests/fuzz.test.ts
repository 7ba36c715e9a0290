import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fuzz } from './fuzz/fuzzer.js';
import { nieuweServices } from './helpers.js';

test('a bounded fuzz run (fixed seed) finds no exception, no slow document and no formatting that changes the meaning', async () => {
    const zaden = ['voorbeeldstad.sturing', 'groningen-2014.sturing'].map(f => readFileSync(new URL(`../examples/${f}`, import.meta.url), 'utf8'));
    const typen = new URL('./fixtures/typen/', import.meta.url);
    zaden.push(...readdirSync(typen).map(f => readFileSync(new URL(f, typen), 'utf8')));
    const resultaat = await fuzz(nieuweServices(), zaden, { n: 250, seed: 20261122, zwaar: true });
    expect(resultaat.documenten).toBe(252);
    expect(resultaat.problemen.map(p => `#${p.index} ${p.soort} (${p.mutatie}): ${p.detail.split('\n').slice(0, 3).join(' | ')}`)).toEqual([]);
}, 180_000);
