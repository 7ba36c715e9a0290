import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { governancetypePagina } from '../scripts/docs-inference.js';

describe('generated documentation is in sync with the framework data (npm run generate)', () => {
    test('docs/hoe-sturing-het-governancetype-bepaalt.md', async () => {
        const opgeslagen = readFileSync(new URL('../docs/hoe-sturing-het-governancetype-bepaalt.md', import.meta.url), 'utf8');
        expect(opgeslagen).toBe(await governancetypePagina());
    });

    test('the page shows how each word counts, every number with its reason, and no percentage', async () => {
        const pagina = await governancetypePagina();
        expect(pagina).toContain('| `regisseur` | governance, trek van NPM |');
        expect(pagina).toContain('| `regelaar` | telt als `dirigent` |');
        expect(pagina).toContain('- `rol <partij> opdrachtnemer` in `kaderstelling` en `uitvoering` telt niet mee');
        expect(pagina).toContain('| `opdrachtgever` | NPM |');
        expect(pagina).toContain('| `sterkRijen` | 3 |');
        // The worked development case, step by step, ends where the researchers ended (R1 §3.2.4).
        expect(pagina).toMatch(/## Uitgewerkt: Hoogezand[\s\S]*Stap 1[\s\S]*Stap 2[\s\S]*Stap 3[\s\S]*Uitkomst: \*\*netwerksturing, met trekjes van expertsturing \(in de kaderstelling en de uitvoering\)\*\*/);
        expect(pagina).not.toMatch(/\d+\s?%/);
    });
});

describe('generated contributions are in sync with the rule catalogue (npm run generate)', () => {
    test('schemas/sturing.schema.json and the sturing.regels setting in package.json', async () => {
        const { regelInstelling, sturingJsonSchema } = await import('../scripts/rule-schema.js');
        const schema = JSON.parse(readFileSync(new URL('../schemas/sturing.schema.json', import.meta.url), 'utf8'));
        expect(schema, 'schemas/sturing.schema.json is niet bij: voer npm run generate uit').toEqual(sturingJsonSchema());
        const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        expect(pkg.contributes.configuration.properties['sturing.regels'], 'de instelling sturing.regels in package.json is niet bij: voer npm run generate uit').toEqual(regelInstelling());
        expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: 'sturing.json', url: './schemas/sturing.schema.json' }]);
    });
});

test('the rule table in docs/meldingen.md lists every rule (npm run generate)', async () => {
    const { metRegelTabel } = await import('../scripts/docs-meldingen.js');
    const pagina = readFileSync(new URL('../docs/meldingen.md', import.meta.url), 'utf8');
    expect(pagina, 'de regeltabel in docs/meldingen.md is niet bij: voer npm run generate uit').toBe(metRegelTabel(pagina));
    expect(pagina).toContain('| [`npm-in-verkenning`](regels/npm-in-verkenning.md) | waarschuwing |');
});

test('every complete .sturing example in the README, the pages in docs/ and the rule index parses', async () => {
    const { valideer } = await import('./helpers.js');
    const pagina = (f: string) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');
    const bronnen = ['README.md', 'docs/regels/README.md', ...readdirSync(new URL('../docs/', import.meta.url)).filter(f => f.endsWith('.md')).map(f => `docs/${f}`)].map(pagina);
    const blokken = bronnen.flatMap(t => [...t.matchAll(/```sturing\n([\s\S]*?)```/g)].map(m => m[1])).filter(b => !b.includes('…') && /gemeente|regio/.test(b) && b.includes('{'));
    expect(blokken.length).toBeGreaterThanOrEqual(2);
    for (const blok of blokken) {
        const doc = await valideer(blok);
        expect(doc.parseResult.parserErrors.map(e => e.message), blok).toEqual([]);
        expect((doc.diagnostics ?? []).filter(d => d.code === 'onbekende-verwijzing').map(d => d.message), blok).toEqual([]);
    }
});
