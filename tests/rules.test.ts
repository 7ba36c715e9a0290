import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import type { Model } from '../language/generated/ast.js';
import { REGELS } from '../language/rules/catalog/index.js';
import { regel, standaardErnsten, type Regel } from '../language/rules/rule-types.js';
import { createSturingServices } from '../language/sturing-module.js';
import { AANBEVELINGEN } from '../language/presentation/recommendations.js';
import { CATALOGUS, catalogusIndex, fouteRegelBestanden, INDEX, isRegelBestand, ontbrekendInIndex, type CatalogusBestand } from '../scripts/catalog-index.js';
import { regelIndex } from '../scripts/docs-rules.js';
import { leesVoorbeeld, metCode, valideer } from './helpers.js';
import { regelPaginas } from './rule-pages.js';

const paginas = regelPaginas();

/** The files of language/rules/catalog/, with their text. */
const catalogus: CatalogusBestand[] = readdirSync(new URL(`../${CATALOGUS}`, import.meta.url))
    .map(naam => ({ naam, tekst: readFileSync(new URL(`../${CATALOGUS}${naam}`, import.meta.url), 'utf8') }));
/** The ids of the rule files in the folder, whether or not the index lists them. */
const regelIds = catalogus.filter(b => isRegelBestand(b.naam)).map(b => b.naam.slice(0, -'.ts'.length)).sort();

const KOPPEN = ['Wat de regel controleert', 'Waarom', 'Wanneer de regel zwijgt', 'Voorbeeld met melding', 'Voorbeeld zonder melding', 'Oplossen', 'Ernst aanpassen of uitzetten'];

describe('a rule is one file, its test and its page; the rest follows from them', () => {
    test('the folder holds only rules, each in a file named after its id', () => {
        expect(fouteRegelBestanden(catalogus)).toEqual([]);
    });

    test(`the catalogue (${INDEX}) lists every rule file of its folder, as npm run generate writes it`, () => {
        const index = readFileSync(new URL(`../${INDEX}`, import.meta.url), 'utf8');
        expect(ontbrekendInIndex(catalogus, index)).toEqual([]);
        expect(index, `${INDEX} is niet bij: voer npm run generate uit`).toBe(catalogusIndex(catalogus, index));
    });

    test('every rule has its own test file beside it', () => {
        const namen = new Set(catalogus.map(b => b.naam));
        expect(regelIds.filter(id => !namen.has(`${id}.test.ts`)).map(id => `${CATALOGUS}${id}.test.ts ontbreekt: elke regel heeft een test ernaast. `
            + 'Schrijf met testRegel uit tests/regel-tester.ts minstens één geval waarop de regel meldt en één waarop hij zwijgt.')).toEqual([]);
    });

    test('every rule has a page, and every page a rule', () => {
        const pagina = new Set(paginas.map(p => p.id));
        expect([
            ...regelIds.filter(id => !pagina.has(id)).map(id => `docs/regels/${id}.md ontbreekt: elke regel heeft een pagina met de koppen ${KOPPEN.map(k => `'## ${k}'`).join(', ')}. `
                + 'Begin met een kopie van een bestaande pagina, bijvoorbeeld docs/regels/vaag-doel.md.'),
            ...[...pagina].filter(id => !regelIds.includes(id)).map(id => `docs/regels/${id}.md hoort bij geen regel in ${CATALOGUS}: noem de pagina naar de id van haar regel, of haal haar weg.`)
        ]).toEqual([]);
    });

    test('every rule names the recommendation its findings call for (or null), one that exists', () => {
        const ids = AANBEVELINGEN.map(a => a.id);
        const kies = `een van ${ids.join(', ')}`;
        expect(REGELS.flatMap(r => r.aanbeveling === undefined
            ? [`${CATALOGUS}${r.id}.ts noemt geen aanbeveling: zet aanbeveling: '…' in de regel (${kies}), of aanbeveling: null als de regel geen probleem aanwijst.`]
            : r.aanbeveling !== null && !ids.includes(r.aanbeveling)
                ? [`${CATALOGUS}${r.id}.ts noemt de aanbeveling '${r.aanbeveling}', die niet bestaat: kies ${kies}, of voeg haar toe in language/presentation/recommendations.ts.`]
                : [])).toEqual([]);
    });
});

describe('every rule has a page, a test file and messages as data', () => {
    test.each(REGELS.map(r => [r.id, r] as const))('%s: the page states its default severity and source, and has every section', (id, r) => {
        const pagina = paginas.find(p => p.id === id)?.tekst ?? '';
        // A rule whose messages weigh differently names each severity and when (fase-volgorde: "fout bij …, waarschuwing bij …").
        const ernsten = standaardErnsten(r);
        const ernst = ernsten.length === 1 ? ernsten[0] : ernsten.map(e => `${e} [^·\\n]+`).join(', ');
        const kop = `# ${id}, een witregel en **Standaardernst:** ${ernsten.length === 1 ? ernsten[0] : ernsten.map(e => `${e} bij …`).join(', ')} · **Bron:** ${r.bron}`;
        expect(pagina, `docs/regels/${id}.md begint niet met ${kop}`).toMatch(new RegExp(`^# ${id}\\n\\n\\*\\*Standaardernst:\\*\\* ${ernst} · \\*\\*Bron:\\*\\* R[12] `));
        for (const kop of KOPPEN) expect(pagina, `docs/regels/${id}.md mist de kop '## ${kop}'`).toContain(`## ${kop}`);
        expect(pagina, `docs/regels/${id}.md laat niet zien hoe u de regel uitzet`).toContain(`{ "regels": { "${id}": "uit" } }`);
        expect(pagina.includes('snelle oplossing'), r.herstel ? `docs/regels/${id}.md noemt de snelle oplossing van de regel niet` : `docs/regels/${id}.md noemt een snelle oplossing die de regel niet heeft`).toBe(!!r.herstel);
    });

    test.each(REGELS.map(r => [r.id, r] as const))('%s: messages are plain Dutch data, the source is added once by the runner', (_, r) => {
        for (const [sleutel, bericht] of Object.entries(r.berichten)) {
            const tekst = typeof bericht === 'string' ? bericht : bericht.tekst;
            expect(tekst, sleutel).not.toMatch(/`|\(R[12] /);
            expect(tekst, sleutel).not.toMatch(/\b(the|and|should|warning|error)\b/i);
        }
        expect(r.bron).toMatch(/^R[12] /);
    });

    test('the index docs/regels/README.md is generated from the catalogue (npm run generate)', () => {
        expect(readFileSync(new URL('../docs/regels/README.md', import.meta.url), 'utf8'), 'docs/regels/README.md is niet bij: voer npm run generate uit').toBe(regelIndex());
    });
});

describe('each rule fires on its page\'s example and not on the clean one', () => {
    test.each(paginas.map(p => [p.id, p] as const))('%s', async (id, pagina) => {
        const doc = await valideer(pagina.metMelding);
        expect(doc.parseResult.parserErrors).toEqual([]);
        const meldingen = metCode(doc, id);
        expect(meldingen.length, `het voorbeeld met melding in docs/regels/${id}.md geeft geen melding van ${id}`).toBeGreaterThan(0);
        expect(meldingen[0].codeDescription?.href).toMatch(new RegExp(`^file://.*/docs/regels/${id}\\.md$`));
        const schoon = await valideer(pagina.zonderMelding);
        expect(schoon.parseResult.parserErrors).toEqual([]);
        expect(metCode(schoon, id).map(d => d.message), `het voorbeeld zonder melding in docs/regels/${id}.md geeft toch een melding van ${id}`).toEqual([]);
    });
});

describe('the examples: no false alarm an advisor could argue against', () => {
    test('voorbeeldstad.sturing gives exactly these findings', async () => {
        const doc = await valideer(leesVoorbeeld('voorbeeldstad.sturing'));
        expect((doc.diagnostics ?? []).sort((a, b) => a.range.start.line - b.range.start.line).map(d => `${d.range.start.line + 1} ${d.code}`)).toEqual(VOORBEELDSTAD);
    });

    test('groningen-2014.sturing: the findings the researchers would make (R1 §3.1.4), no small cycle', async () => {
        const doc = await valideer(leesVoorbeeld('groningen-2014.sturing'));
        const codes = (doc.diagnostics ?? []).map(d => d.code);
        expect(codes).not.toContain('kleine-cyclus');
        expect(codes).toEqual(expect.arrayContaining(['vaag-doel', 'uitkomst-ambitie-zonder-bekostiging', 'evaluatie-ontbreekt']));
        expect(metCode(doc, 'evaluatie-ontbreekt')[0].severity).toBe(4);
        expect((doc.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });
});

describe('one failing rule does not take down the others', () => {
    test('a rule that throws is logged; every other finding still arrives', async () => {
        const kapot: Regel = regel({ id: 'kapot', standaard: 'fout', titel: 'test', bron: 'R1 §0', aanbeveling: null, berichten: { x: 'x' }, checks: { Gemeente: () => { throw new Error('stuk'); } } });
        const s = createSturingServices(EmptyFileSystem, { rules: { Catalog: () => [kapot, ...REGELS] } }).Sturing;
        const fouten: string[] = [];
        const spy = vi.spyOn(console, 'error').mockImplementation((...a) => { fouten.push(a.map(String).join(' ')); });
        try {
            const doc = await parseHelper<Model>(s)(leesVoorbeeld('groningen-2014.sturing'), { validation: true });
            expect(fouten.some(f => f.startsWith('Regel kapot kon Gemeente niet controleren: Error: stuk'))).toBe(true);
            expect((doc.diagnostics ?? []).map(d => d.code)).toEqual(expect.arrayContaining(['vaag-doel', 'governancetype', 'uitkomst-ambitie-zonder-bekostiging']));
            expect((doc.diagnostics ?? []).some(d => d.code === 'kapot' || String(d.message).includes('An error occurred'))).toBe(false);
        } finally {
            spy.mockRestore();
        }
    });
});

/** What voorbeeldstad.sturing reports, line and code; every one argued in the rule's own test. */
const VOORBEELDSTAD: string[] = [
    '5 governancetype',
    '35 vaag-doel'
    // No governancetype-afwijkend: the advisor declares netwerksturing, and that is what the file shows (R1 §2.2).
    // No rolwisseling-regisseur-opdrachtgever: the requirements are set jointly, so there is no switch to a deciding opdrachtgever.
];
