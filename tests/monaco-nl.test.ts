import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { letterlijk, monacoBerichten } from '../scripts/web.js';
import { MONACO_NL } from '../web/monaco-nl.js';

/**
 * Monaco's own words in Dutch on the page (web/monaco-nl.ts): the build finds each English message in
 * the installed Monaco and puts the Dutch one under its number. The e2e test (tests/e2e/web.e2e.ts)
 * checks what the page then shows; this test checks the table against the installed Monaco.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { berichten, gevonden } = monacoBerichten(ROOT);

describe('Monaco in Dutch', () => {
    test('every translation still matches a message of the installed Monaco (a new version with other English would lose it)', () => {
        expect(Object.keys(MONACO_NL).filter(k => !gevonden.has(k))).toEqual([]);
    });

    test('the words an advisor sees: find widget, context menu, command palette, go to line, quick fix', () => {
        const nl = new Set(Object.values(berichten));
        for (const woord of ['Zoeken', 'Vervangen', 'Alles vervangen', 'Hoofdlettergevoelig', 'Knippen', 'Kopiëren', 'Plakken', 'Opdrachtenpalet',
            'Ga naar regel/kolom...', 'Snelle oplossing...', 'Ga naar volgende melding (fout, waarschuwing, info)', 'Geen voorstellen.']) {
            expect(nl.has(woord), woord).toBe(true);
        }
    });

    test('placeholders survive translation', () => {
        const plek = (t: string) => [...t.matchAll(/\{\d+\}/g)].map(m => m[0]).sort().join();
        expect(Object.entries(MONACO_NL).filter(([en, nl]) => plek(en) !== plek(nl))).toEqual([]);
    });

    test('string literals are read as JavaScript reads them', () => {
        expect(letterlijk("Hide \\'{0}\\'")).toBe("Hide '{0}'");
        expect(letterlijk('a\\nb \\u00e9 \\x41 \\\\')).toBe('a\nb é A \\');
    });
});
