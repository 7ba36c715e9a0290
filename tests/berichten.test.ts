import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REGELS } from '../language/rules/catalog/index.js';
import { valideer } from './helpers.js';
import { MAX_BERICHT, tekstVan } from './regel-tester.js';

/**
 * Every finding a user can meet fits a hover: what, why and what to do in at most about 250 characters,
 * the source included (issue 26). Read on everything the project holds: the examples, every fixture and
 * mistake, and the examples on the rule pages. The rule tests check every case on which a rule reports
 * (tests/regel-tester.ts). And one cause is said once per file: no two findings say the same thing.
 */
const ROOT = path.resolve(new URL('..', import.meta.url).pathname);

function sturingBestanden(map: string): string[] {
    return readdirSync(map).flatMap(n => {
        const p = path.join(map, n);
        return statSync(p).isDirectory() ? sturingBestanden(p) : p.endsWith('.sturing') ? [p] : [];
    });
}

/** The ```sturing blocks of the rule pages, each a file of its own. */
function voorbeeldenOpRegelpaginas(): Array<[string, string]> {
    const map = path.join(ROOT, 'docs', 'regels');
    return readdirSync(map).filter(b => b.endsWith('.md')).flatMap(b => [...readFileSync(path.join(map, b), 'utf8').matchAll(/```sturing\n([\s\S]*?)```/g)]
        .map((m, i): [string, string] => [`docs/regels/${b} (voorbeeld ${i + 1})`, m[1]]));
}

const BRONNEN: Array<[string, string]> = [
    ...[...sturingBestanden(path.join(ROOT, 'examples')), ...sturingBestanden(path.join(ROOT, 'tests'))]
        .map((p): [string, string] => [path.relative(ROOT, p), readFileSync(p, 'utf8')]),
    ...voorbeeldenOpRegelpaginas()
];

describe('findings fit a hover', () => {
    test('there is a lot to read: the examples, the fixtures, the mistakes and the rule pages', () => {
        expect(BRONNEN.length).toBeGreaterThan(100);
    });

    test(`no message is longer than ${MAX_BERICHT} characters, its source included; no file says one thing twice`, async () => {
        const te: string[] = [];
        const dubbel: string[] = [];
        const codes = new Set<string>();
        for (const [naam, tekst] of BRONNEN) {
            const doc = await valideer(tekst);
            const gezien = new Set<string>();
            for (const d of doc.diagnostics ?? []) {
                const bericht = tekstVan(d);
                codes.add(String(d.code));
                if (bericht.length > MAX_BERICHT) te.push(`${naam}:${d.range.start.line + 1} [${d.code}] ${bericht.length}: ${bericht}`);
                if (gezien.has(bericht)) dubbel.push(`${naam}:${d.range.start.line + 1} [${d.code}] ${bericht}`);
                gezien.add(bericht);
            }
        }
        expect(te).toEqual([]);
        expect(dubbel).toEqual([]);
        // The corpus reaches almost every rule, so the check is not an empty one.
        expect(REGELS.filter(r => !codes.has(r.id)).map(r => r.id)).toEqual([]);
    }, 120_000);
});
