import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { markdownAlsHtml } from '../scripts/markdown-html.js';

describe('the offline rule pages of the browser page (scripts/markdown-html.ts)', () => {
    test('headings, paragraphs, lists with continuation lines, tables, code and inline markup', () => {
        const html = markdownAlsHtml([
            '<!-- gegenereerd -->',
            '# fuik',
            '',
            '**Standaardernst:** info · zie [`vaag-doel`](vaag-doel.md) en [uitleg](../hoe.md#kop).',
            'tweede regel van de *alinea*.',
            '',
            '- Als er `eisen gezamenlijk` staat:',
            '  dat is wat R1 aanbeveelt.',
            '- Een <script>-tag blijft tekst & "aanhalingstekens" ook.',
            '',
            '1. een',
            '2. twee',
            '',
            '| regel | ernst |',
            '|---|---|',
            '| `a \\| b` | info |',
            '',
            '```sturing',
            'gemeente X { fase verkenning { gemeente regisseur } }',
            '```'
        ].join('\n'));
        expect(html).not.toContain('gegenereerd');
        expect(html).toContain('<h1>fuik</h1>');
        expect(html).toContain('<p><strong>Standaardernst:</strong> info · zie <a href="vaag-doel.html"><code>vaag-doel</code></a> en <a href="../hoe.html#kop">uitleg</a>. tweede regel van de <em>alinea</em>.</p>');
        expect(html).toContain('<ul><li>Als er <code>eisen gezamenlijk</code> staat: dat is wat R1 aanbeveelt.</li><li>Een &lt;script&gt;-tag blijft tekst &amp; &quot;aanhalingstekens&quot; ook.</li></ul>');
        expect(html).toContain('<ol><li>een</li><li>twee</li></ol>');
        expect(html).toContain('<table><thead><tr><th>regel</th><th>ernst</th></tr></thead><tbody><tr><td><code>a \\| b</code></td><td>info</td></tr></tbody></table>');
        expect(html).toContain('<pre class="taal-sturing"><code>gemeente X &#123; fase verkenning &#123; gemeente regisseur &#125; &#125;</code></pre>');
    });

    test('every page in docs/regels renders without Markdown left over', () => {
        const map = new URL('../docs/regels/', import.meta.url);
        for (const bestand of readdirSync(map).filter(b => b.endsWith('.md'))) {
            const html = markdownAlsHtml(readFileSync(new URL(bestand, map), 'utf8'));
            const tekst = html.replace(/<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, '');
            expect(tekst, bestand).not.toMatch(/\*\*|^#|\]\(|^\|/m);
            expect(html, bestand).not.toMatch(/href="[^"]*\.md"/);
        }
    });
});
