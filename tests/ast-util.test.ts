import { AstUtils, GrammarUtils } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { genereerRealistischeWerkruimte } from '../bench/generate-workspace.js';
import { cstVan } from '../language/util/ast-util.js';
import { parse } from './helpers.js';

/**
 * Findings, facts and fixes point to the text of one value of a property (`cstVan`). It finds that text
 * without Langium's list of all of them; on every node and property of the examples, the fixtures, a
 * half-typed file and generated files it must find what Langium's `findNodesForProperty` finds.
 */
const bestanden: Array<[string, string]> = [
    ...['examples', 'tests/fixtures/profielen', 'tests/fixtures/typen'].flatMap(map =>
        readdirSync(map).filter(n => n.endsWith('.sturing')).map(n => [`${map}/${n}`, readFileSync(`${map}/${n}`, 'utf8')] as [string, string])),
    ['half getypt', 'gemeente X {\n  partij A "A"\n  team T { leden A, B,\n  fase uitvoering { rol A uitvoerder\n bekostiging B lumpsum\n burgerparticipatie raadplegen via'],
    ...[...genereerRealistischeWerkruimte(1).bestanden].slice(0, 20)
];

describe('cstVan', () => {
    test.each(bestanden)('%s: the text of every value of every property, as Langium finds it', async (_naam, tekst) => {
        const doc = await parse(tekst);
        let vergeleken = 0;
        for (const node of AstUtils.streamAst(doc.parseResult.value)) {
            const cst = node.$cstNode;
            if (!cst) continue;
            for (const property of Object.keys(node).filter(k => !k.startsWith('$'))) {
                const alle = GrammarUtils.findNodesForProperty(cst, property);
                for (let i = 0; i <= alle.length; i++) {
                    expect(cstVan(node, property, i)).toBe(alle[i] ?? cst);
                    vergeleken++;
                }
            }
        }
        expect(vergeleken).toBeGreaterThan(0);
    });
});
