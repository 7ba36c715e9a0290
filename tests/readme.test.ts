import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/** Issue 14, item 15: the README and the examples tell the truth. */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const lees = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

/** Files a command writes when it runs; the README names them as its output, not as files in the repository. */
const UITVOER = new Set(['bench/results.json', 'sturing.vsix', 'test-output/e2e/', 'test-output/e2e/1-geopend.png', 'bench/fuzz-problemen/', '.code-server/', 'out/extension.cjs', 'out/server.cjs', 'out/cli.cjs']);

/** The README, CONTRIBUTING.md and the pages in docs/ and bench/ (their links are checked in links.test.ts). */
const DOCUMENTEN = ['README.md', 'CONTRIBUTING.md', 'bench/README.md', ...readdirSync(path.join(ROOT, 'docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`)];

/** The rule CONTRIBUTING.md adds as its worked example; it is not in the catalogue. */
const VOORBEELDREGEL = 'verkenning-zonder-partijen';

describe('the documentation names only files that exist', () => {
    test('the worked example of CONTRIBUTING.md is an example: no such rule exists yet', () => {
        expect(lees('CONTRIBUTING.md')).toContain(`language/rules/catalog/${VOORBEELDREGEL}.ts`);
        expect(existsSync(path.join(ROOT, 'language/rules/catalog', `${VOORBEELDREGEL}.ts`))).toBe(false);
    });

    test.each(DOCUMENTEN)('%s: every path of the repository it names', doc => {
        const paden = [...lees(doc).matchAll(/`((?:language|docs|examples|tests|scripts|client|cli|server|bench|bin|out|snippets|schemas|syntaxes|test-output|\.code-server)\/[\w./-]*)`/g)].map(m => m[1]);
        // Screenshots of the end-to-end tests and the bundles are written by commands, not kept in the repository;
        // CONTRIBUTING.md works through an example rule whose three files a developer writes (and this test keeps out).
        const voorbeeld = (p: string) => doc === 'CONTRIBUTING.md' && p.includes(VOORBEELDREGEL);
        for (const p of paden) if (!UITVOER.has(p) && !/^(test-output|out)\//.test(p) && !voorbeeld(p)) expect(existsSync(path.join(ROOT, p)), `${doc} noemt ${p}, maar dat bestaat niet`).toBe(true);
    });

    test('the README names paths of the repository, so the test above reads it', () => {
        expect([...lees('README.md').matchAll(/`(?:language|docs|examples|tests)\/[\w./-]*`/g)].length).toBeGreaterThan(3);
    });
});

test('the examples have no English developer notes', () => {
    const engels = /\b(the|this|that|must|should|may|nothing|written|language|parsing|grow|beyond|file|here)\b/i;
    for (const f of readdirSync(path.join(ROOT, 'examples'))) {
        const commentaar = lees(`examples/${f}`).split('\n').flatMap(r => /(\/\/|\/\*\*?)(.*)$/.exec(r)?.[2] ?? []);
        expect(commentaar.length, f).toBeGreaterThan(0);
        for (const c of commentaar) expect(c, `${f}: ${c}`).not.toMatch(engels);
    }
});
