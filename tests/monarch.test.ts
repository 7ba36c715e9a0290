import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bouwMonarch } from '../language/textmate.js';

/**
 * The browser page colours with Monarch, VS Code with the TextMate grammar. Both come from
 * woordGroepen(); this checks that every word the committed grammar colours gets the same scope
 * in Monarch, and that comments, strings and numbers use the same scope names.
 */
interface TmPatroon { name?: string; match?: string; begin?: string; include?: string; patterns?: TmPatroon[] }

const tm = JSON.parse(readFileSync(new URL('../syntaxes/sturing.tmLanguage.json', import.meta.url), 'utf8')) as { patterns: TmPatroon[]; repository: { commentaar: { patterns: TmPatroon[] } } };
const monarch = bouwMonarch() as Record<string, unknown> & { tokenizer: Record<string, Array<[RegExp, unknown, string?]>> };

/** The scope Monarch gives a whole word, as its `cases` table does. */
function monarchScope(woord: string): string | undefined {
    const regel = monarch.tokenizer.root.find(([re]) => re.source.startsWith('[A-Za-z_'));
    const gevallen = (regel![1] as { cases: Record<string, string> }).cases;
    if (new RegExp(`^(?:${regel![0].source})$`, 'u').exec(woord) === null) return undefined;
    for (const [sleutel, scope] of Object.entries(gevallen)) {
        if (sleutel !== '@default' && (monarch[sleutel.slice(1)] as string[]).includes(woord)) return scope;
    }
    return gevallen['@default'];
}

function woordenIn(match: string): string[] {
    const binnen = /\(\?:(.*)\)\(\?!/.exec(match)?.[1] ?? '';
    return binnen.split('|').map(w => w.replace(/\\-/g, '-'));
}

describe('the Monarch tokenizer of the browser page', () => {
    const woordPatronen = tm.patterns.filter(p => p.match?.startsWith('(?<!'));

    test('gives every word of the TextMate grammar the same scope', () => {
        expect(woordPatronen.length).toBeGreaterThan(5);
        const anders: string[] = [];
        for (const p of woordPatronen) {
            for (const w of woordenIn(p.match!)) if (monarchScope(w) !== p.name) anders.push(`${w}: ${monarchScope(w)} ≠ ${p.name}`);
        }
        expect(anders).toEqual([]);
    });

    test('colours no word the grammar leaves alone', () => {
        const bekend = new Set(woordPatronen.flatMap(p => woordenIn(p.match!)));
        const lijsten = Object.entries(monarch).filter(([k]) => /^groep\d+$/.test(k)).flatMap(([, v]) => v as string[]);
        expect(lijsten.filter(w => !bekend.has(w))).toEqual([]);
        expect(monarchScope('Welzijn')).toBe('');
        expect(monarchScope('regisseurs')).toBe('');
    });

    test('comments, strings, numbers and punctuation have the grammar\'s scope names', () => {
        const tmScopes = new Set([...tm.patterns, ...tm.repository.commentaar.patterns].flatMap(p => [p, ...(p.patterns ?? [])]).map(p => p.name).filter(Boolean));
        const monarchScopes = new Set(Object.values(monarch.tokenizer).flatMap(regels => regels.map(r => r[1])).filter((s): s is string => typeof s === 'string'));
        expect([...monarchScopes].filter(s => !tmScopes.has(s))).toEqual([]);
        const root = monarch.tokenizer.root;
        const scopeVan = (tekst: string) => root.find(([re]) => new RegExp(`^(?:${re.source})`, 'u').test(tekst))?.[1];
        expect(scopeVan('/** doc */')).toBe('comment.block.documentation.sturing');
        expect(scopeVan('/* blok */')).toBe('comment.block.sturing');
        expect(scopeVan('// regel')).toBe('comment.line.double-slash.sturing');
        expect(scopeVan('"tekst"')).toBe('string.quoted.double.sturing');
        expect(scopeVan('2015 ')).toBe('constant.numeric.integer.sturing');
        expect(scopeVan(', ')).toBe('punctuation.separator.sturing');
    });
});
