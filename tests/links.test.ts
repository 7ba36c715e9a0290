import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/** Every relative link in the documentation leads to a file that exists, and every #anchor to a heading in it. */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The pages: the README, CONTRIBUTING.md, everything under docs/, and the benchmark's README. */
const PAGINAS = ['README.md', 'CONTRIBUTING.md', 'bench/README.md',
    ...readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.md')).map(f => `docs/${f}`).sort()];

/** The text outside fenced code blocks and inline code, where Markdown reads links and headings. */
function zonderCode(md: string): string {
    return md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, m => m.includes('](') ? '' : m);
}

/** A heading's anchor as GitHub makes it (github-slugger): the text as rendered, lower case, punctuation dropped, spaces to hyphens. */
export function slug(kop: string): string {
    const tekst = kop.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '').replace(/<[^>]+>/g, '').trim();
    return tekst.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** The anchors of a page; a second heading with the same text gets -1, a third -2, as on GitHub. */
export function ankers(md: string): Set<string> {
    const gezien = new Map<string, number>();
    const uit = new Set<string>();
    for (const m of zonderCode(md).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
        const s = slug(m[1]);
        const n = gezien.get(s) ?? 0;
        gezien.set(s, n + 1);
        uit.add(n === 0 ? s : `${s}-${n}`);
    }
    return uit;
}

/** The broken relative links of one page, each as a sentence that names the page and the link. */
export function gebrokenLinks(pagina: string, md: string, lees: (f: string) => string | undefined): string[] {
    const fouten: string[] = [];
    for (const m of zonderCode(md).matchAll(/!?\[(?:[^\]]|\][^(])*?\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const link = m[1];
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:, command: …
        const [deel, anker] = link.split('#', 2) as [string, string | undefined];
        const doel = deel === '' ? pagina : path.posix.normalize(path.posix.join(path.posix.dirname(pagina), decodeURI(deel)));
        const inhoud = deel === '' ? md : lees(doel);
        if (inhoud === undefined) {
            fouten.push(`${pagina} linkt naar ${link}, maar ${doel} bestaat niet.`);
        } else if (anker !== undefined && doel.endsWith('.md') && !ankers(inhoud).has(decodeURIComponent(anker))) {
            fouten.push(`${pagina} linkt naar ${link}, maar ${doel} heeft geen kop met het anker #${anker}.`);
        }
    }
    return fouten;
}

/** A file's text ('' for a folder), or undefined when it does not exist. */
function leesBestand(f: string): string | undefined {
    const p = path.join(ROOT, f);
    if (!existsSync(p)) return undefined;
    return statSync(p).isDirectory() ? '' : readFileSync(p, 'utf8');
}

describe('the links of the documentation', () => {
    test('the pages are there', () => {
        expect(PAGINAS).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'bench/README.md', 'docs/architecture.md', 'docs/regels/README.md', 'docs/cli.md']));
    });

    test.each(PAGINAS)('%s: every relative link and #anchor leads somewhere', pagina => {
        const fouten = gebrokenLinks(pagina, readFileSync(path.join(ROOT, pagina), 'utf8'), leesBestand);
        expect(fouten, fouten.join('\n')).toEqual([]);
    });

    test('anchors follow GitHub: lower case, punctuation and code marks dropped, spaces to hyphens, repeats numbered', () => {
        expect(slug('Node-versie en VS Code-versie: besluit')).toBe('node-versie-en-vs-code-versie-besluit');
        expect(slug('Niets in `language/` is voor de browser gesplitst')).toBe('niets-in-language-is-voor-de-browser-gesplitst');
        expect(slug('Wat werkt en wat niet, vergeleken met VS Code')).toBe('wat-werkt-en-wat-niet-vergeleken-met-vs-code');
        expect(slug('Onzin in, geen crash uit: de fuzzer')).toBe('onzin-in-geen-crash-uit-de-fuzzer');
        expect(slug('Continuïteit & één regel')).toBe('continuïteit--één-regel');
        expect([...ankers('# A\n\n```bash\n# geen kop\n```\n\n## A\n## B\n')]).toEqual(['a', 'a-1', 'b']);
    });

    test('a broken link or anchor fails with a sentence that names the page and the link', () => {
        const pagina = 'docs/x.md';
        const md = '# Titel\n\n[goed](#titel), [ook goed](../README.md), [weg](bestaat-niet.md), [mis](#geen-kop), [mis ook](../README.md#geen-kop), `[code](nergens.md)`\n';
        const lees = (f: string) => (f === 'README.md' ? '# Sturing\n' : undefined);
        expect(gebrokenLinks(pagina, md, lees)).toEqual([
            'docs/x.md linkt naar bestaat-niet.md, maar docs/bestaat-niet.md bestaat niet.',
            'docs/x.md linkt naar #geen-kop, maar docs/x.md heeft geen kop met het anker #geen-kop.',
            'docs/x.md linkt naar ../README.md#geen-kop, maar README.md heeft geen kop met het anker #geen-kop.'
        ]);
    });
});
