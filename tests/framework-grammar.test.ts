import { AstUtils, GrammarAST } from 'langium';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OPDRACHTEN, WOORDENSCHAT } from '../language/framework/vocabulary.js';
import { GOVERNANCE_TYPE_IDS } from '../language/framework/governance-type-model.js';
import { FASE_VOLGORDE } from '../language/framework/phases.js';
import { bouwTextMateGrammatica } from '../language/textmate.js';
import { services } from './helpers.js';

/** Grammar rules that list vocabulary keywords: `X returns string: 'a' | 'b' …`. */
function woordenschapRegels(): Map<string, string[]> {
    const regels = new Map<string, string[]>();
    for (const rule of services.Grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.dataType !== 'string' || rule.name === 'QualifiedName') continue;
        regels.set(rule.name, AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(k => k.value).toArray());
    }
    return regels;
}

describe('one source of truth: grammar keywords and framework tables', () => {
    test('every vocabulary rule of the grammar has a framework table with exactly its keywords', () => {
        const regels = woordenschapRegels();
        expect([...regels.keys()].sort()).toEqual(Object.keys(WOORDENSCHAT).sort());
        for (const [naam, keywords] of regels) {
            expect(Object.keys(WOORDENSCHAT[naam as keyof typeof WOORDENSCHAT]).sort(), naam).toEqual([...keywords].sort());
        }
    });

    test('every vocabulary value explains itself and cites a report section', () => {
        for (const [categorie, tabel] of Object.entries(WOORDENSCHAT)) {
            for (const [waarde, begrip] of Object.entries(tabel as Record<string, { uitleg: string; bron: string }>)) {
                expect(begrip.uitleg.length, `${categorie}.${waarde}`).toBeGreaterThan(2);
                expect(begrip.bron, `${categorie}.${waarde}`).toMatch(/^R[12] /);
            }
        }
    });

    test('every statement keyword of the grammar explains itself, with a source, once in OPDRACHTEN', () => {
        const woordenschap = woordenschapRegels();
        const perRegel = new Map<string, string[]>();
        for (const rule of services.Grammar.rules) {
            if (!GrammarAST.isParserRule(rule) || woordenschap.has(rule.name)) continue;
            perRegel.set(rule.name, AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(k => k.value).filter(w => /\p{L}/u.test(w)).toArray());
        }
        expect(Object.keys(OPDRACHTEN).sort()).toEqual([...new Set([...perRegel.values()].flat())].sort());
        for (const [woord, o] of Object.entries(OPDRACHTEN)) {
            for (const uitleg of [o, ...Object.values(o.in ?? {})]) {
                expect(uitleg.uitleg.length, woord).toBeGreaterThan(20);
                expect(uitleg.bron, woord).toMatch(/^R[12] /);
            }
            // A meaning for another block names a rule that uses the keyword.
            for (const regel of Object.keys(o.in ?? {})) expect(perRegel.get(regel), `${woord} in ${regel}`).toContain(woord);
        }
    });

    test('governance types and phases match the framework lists', () => {
        expect(Object.keys(WOORDENSCHAT.GovernanceType)).toEqual([...GOVERNANCE_TYPE_IDS]);
        expect(Object.keys(WOORDENSCHAT.FaseSoort)).toEqual([...FASE_VOLGORDE]);
    });

    test('the committed TextMate grammar is generated from the framework tables (npm run generate)', () => {
        const opgeslagen = JSON.parse(readFileSync(new URL('../syntaxes/sturing.tmLanguage.json', import.meta.url), 'utf8'));
        expect(opgeslagen).toEqual(bouwTextMateGrammatica());
    });

    test('the TextMate grammar gives roles, phases and governance types scopes of their own', () => {
        const tm = bouwTextMateGrammatica() as { patterns: Array<{ name?: string; match?: string }> };
        const scopeVan = (woord: string) => tm.patterns.find(p => p.match && new RegExp(p.match).test(woord) && new RegExp(p.match).exec(woord)![0] === woord)?.name;
        expect(scopeVan('regisseur')).toBe('entity.name.type.rol.sturing');
        expect(scopeVan('verkenning')).toBe('entity.name.function.fase.sturing');
        expect(scopeVan('netwerksturing')).toBe('support.class.governancetype.sturing');
        expect(scopeVan('p-x-q')).toBe('constant.language.bekostiging.sturing');
        expect(scopeVan('sturing-op')).toBe('keyword.other.opdracht.sturing');
        expect(scopeVan('gemeente')).toBe('storage.type.declaratie.sturing');
    });
});
