import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test, vi } from 'vitest';
import type { Model } from '../language/generated/ast.js';
import { REGELS } from '../language/rules/catalog/index.js';
import type { Regel } from '../language/rules/rule-types.js';
import { createSturingServices } from '../language/sturing-module.js';
import { regelIndex } from '../scripts/docs-rules.js';
import { bereik, leesVoorbeeld, metCode, valideer } from './helpers.js';
import { regelPaginas } from './rule-pages.js';
import { readFileSync } from 'node:fs';

const paginas = regelPaginas();

describe('every rule has a page and every page a rule', () => {
    test('the same ids', () => {
        expect(paginas.map(p => p.id)).toEqual(REGELS.map(r => r.id).sort());
    });

    test.each(REGELS.map(r => [r.id, r] as const))('%s: the page states its default severity and source, and has every section', (id, regel) => {
        const pagina = paginas.find(p => p.id === id)!.tekst;
        expect(pagina).toMatch(new RegExp(`^# ${id}\\n\\n\\*\\*Standaardernst:\\*\\* ${id === 'fase-volgorde' ? 'fout bij een dubbele fase, waarschuwing bij een verkeerde volgorde' : regel.standaard} · \\*\\*Bron:\\*\\* R[12] §`));
        for (const kop of ['Wat de regel controleert', 'Waarom', 'Voorbeeld met melding', 'Voorbeeld zonder melding', 'Oplossen', 'Ernst aanpassen of uitzetten']) {
            expect(pagina).toContain(`## ${kop}`);
        }
        expect(pagina).toContain(`{ "regels": { "${id}": "uit" } }`);
        expect(!!regel.herstel).toBe(pagina.includes('snelle oplossing'));
    });

    test('the index docs/regels/README.md is generated from the catalogue (npm run generate)', () => {
        expect(readFileSync(new URL('../docs/regels/README.md', import.meta.url), 'utf8')).toBe(regelIndex());
    });
});

/** What each rule reports on its page's example: the text it marks, the severity (1 error … 4 hint) and the message. */
const VERWACHT: Record<string, { bereik: string; ernst: number; bericht: string }> = {
    'npm-in-verkenning': { bereik: 'contract', ernst: 2, bericht: 'In de verkenningsfase staat een contract; partijen die later met elkaar concurreren, delen dan minder kennis over het probleem (R2 §2.1; R1 §4.2, §5.2 concl. 5).' },
    'kleine-cyclus': { bereik: 'Voorbeeld', ernst: 2, bericht: 'Alleen de kleine cyclus is beschreven: verkenning en evaluatie ontbreken. Zonder verkenning en evaluatie krijgen de analyse van het maatschappelijk probleem en het bepalen van de koers te weinig aandacht (R1 §2.4).' },
    'fase-volgorde': { bereik: 'kaderstelling', ernst: 2, bericht: 'Fase kaderstelling (regel 5) staat na uitvoering; de beleidscyclus loopt verkenning → kaderstelling → uitvoering → evaluatie. Zet de fasen in die volgorde, dan leest het ontwerp zoals de cyclus verloopt (R1 §2.4 fig. 4).' },
    'rol-ontbreekt': { bereik: 'verkenning', ernst: 2, bericht: "In fase verkenning staat niet welke rol de gemeente speelt. Partners moeten per fase weten wat zij van de gemeente kunnen verwachten; voeg een regel 'gemeente …' toe (R1 §4.4, §5.3)." },
    'tegenstrijdige-rollen': { bereik: 'facilitator', ernst: 2, bericht: 'In fase uitvoering is de gemeente tegelijk dirigent (strak sturen) en facilitator (ruimte laten). Partners weten dan niet welke rol geldt; kies per fase één duidelijke rol, of splits de fase in onderdelen (R1 §4.4; R2 §4.2 concl. 9).' },
    fuik: { bereik: 'opdrachtgever', ernst: 3, bericht: 'Na een verkenning als regisseur wordt de gemeente hier opdrachtgever, en er staat niet dat de eisen samen worden opgesteld: partners "zwemmen de fuik in", van samen verkennen naar eisen opgelegd krijgen. Stel de eisen samen met de uitvoerende partijen op, dan houdt de contractering een governancekarakter (R1 §5.3).' },
    'concurrentie-na-advies': { bereik: 'open-aanbesteding', ernst: 2, bericht: 'Welzijn denkt in de verkenning mee, maar moet in de kaderstelling meedingen in een open aanbesteding. Wie later moet concurreren, houdt kennis achter tijdens de verkenning (R2 §2.1). Overweeg een bestuurlijke aanbesteding onder de betrokken partijen.' },
    'npm-bij-onduidelijk-probleem': { bereik: 'onduidelijk', ernst: 2, bericht: 'Het probleem is volgens het ontwerp onduidelijk, terwijl de aanpak als geheel New Public Management (NPM) is. NPM werkt alleen als probleem en oplossing helder zijn en partijen het eens zijn; bij een onduidelijk probleem past governance beter (R1 §2.1 fig. 1; R2 §3.4).' },
    'uitkomst-zonder-effectmeting': { bereik: 'outcome', ernst: 2, bericht: 'Er wordt op outcome gestuurd, maar nergens staat een effectmeting. Om op uitkomsten te sturen moet bekend zijn hoe het met de zelfredzaamheid en participatie van inwoners staat; beschrijf in de evaluatie hoe u het effect meet (R1 §2.5, voorwaarde 1).' },
    'uitkomst-met-productbekostiging': { bereik: 'p-x-q', ernst: 2, bericht: "In fase uitvoering wordt op outcome gestuurd, maar Zorg krijgt productiefinanciering (p-x-q). Zo'n bekostiging beloont volume of inzet, niet resultaat, en prikkelt niet tot samenwerken; denk aan resultaatfinanciering of een populatiegebonden budget (R1 §2.5, voorwaarde 3)." },
    'governancetype-afwijkend': { bereik: 'vraagsturing', ernst: 2, bericht: 'U typeert de aanpak als vraagsturing (0%), maar wat er staat wijst vooral op netwerksturing (100%). Het verschil zit in: verantwoordelijkheid / scenario (gemeente); sturingsrol van de gemeente (regisseur); kennisbron / netwerk (professionals); burgerparticipatie (raadplegen) (R1 §2.2 fig. 2).' },
    'ambitie-type-afwijkend': { bereik: 'frontlijnsturing', ernst: 3, bericht: 'De ambitie is frontlijnsturing, maar niet alles beweegt die kant op: burgerparticipatie blijft adviseren; sturingsrol van de gemeente blijft regisseur. Beschrijf in de ambitie ook hoe die ingrediënten veranderen, of kies een type dat erbij past (R1 §2.2).' },
    'scenario-rol-conflict': { bereik: 'burgers-en-professionals', ernst: 2, bericht: 'De verantwoordelijkheid ligt bij burgers en professionals, maar in elke fase is de gemeente dirigent/regelaar. Wie verantwoordelijkheid krijgt, heeft ook ruimte nodig; een strak sturende gemeente past bij een scenario waarin zij zelf aan het roer staat (R1 §2.2, element 1 en 2).' },
    'participatie-te-laag': { bereik: 'frontlijnsturing', ernst: 2, bericht: 'U typeert de aanpak als frontlijnsturing, maar burgerparticipatie gaat niet verder dan adviseren. Bij frontlijn- en vraagsturing beslissen burgers mee of besturen zij zelf; zonder dat blijft het type een etiket (R1 §2.2, element 4).' },
    'frontlijn-zonder-regelruimte': { bereik: 'laag', ernst: 2, bericht: 'Team Noord heeft weinig regelruimte, terwijl u de aanpak als frontlijnsturing typeert. Bij frontlijnsturing ligt het zwaartepunt bij de uitvoerders; zij hebben ruimte nodig om zelf te beslissen (R1 §1.1, VNG-criteria; §2.2).' },
    'regie-botst-met-rol': { bereik: 'facilitator', ernst: 2, bericht: 'In de uitvoering is de gemeente facilitator, maar in het regie-blok bepaalt zij 3 van de 3 categorieën zelf (bepalende regisseur). Partners weten dan niet hoeveel ruimte zij echt krijgen (R1 §2.3 fig. 3).' },
    'team-zonder-doel': { bereik: 'Noord', ernst: 2, bericht: 'Team Noord heeft geen doel. Onduidelijke doelen en taakgrenzen waren een terugkerend probleem bij de gebiedsteams; een doel maakt duidelijk wat het team wel en niet doet (R1 §4.4).' },
    'vaag-doel': { bereik: '"Meer inwoners redden zich zelfstandig"', ernst: 3, bericht: 'Het doel "Meer inwoners redden zich zelfstandig" heeft geen indicator. Doelen in algemene termen zijn lastig te volgen; vertaal het in een beoogde uitkomst die u kunt meten (R1 §5.2 concl. 2, §5.3).' },
    'geen-burgerparticipatie': { bereik: 'Voorbeeld', ernst: 3, bericht: 'In geen enkele fase van Voorbeeld doen burgers meer dan geïnformeerd worden. Dat komt vaak voor, maar dan ontbreekt hun kennis van de eigen situatie; beschrijf waar zij adviseren, worden geraadpleegd of meebeslissen (R1 §5.2 concl. 3).' },
    'evaluatie-zonder-partners': { bereik: 'evaluatie', ernst: 3, bericht: 'In de evaluatie staat alleen de gemeente. Het maatschappelijk effect beoordeelt de gemeente bij voorkeur samen met de organisaties, als adviseur en partner; zij brengen kennis in die de gemeente zelf niet heeft (R1 §2.4, fase 4).' },
    'schotten-in-bekostiging': { bereik: 'Noord', ernst: 3, bericht: 'De leden van team Noord worden verschillend bekostigd (Welzijn: subsidie, Zorg: contract). Gescheiden geldstromen en verantwoordingslijnen maken samenwerken in één team lastiger (R2 §4.2 concl. 5 en 9).' },
    'onbekostigde-uitvoerder': { bereik: 'Welzijn', ernst: 3, bericht: 'Welzijn voert uit, maar in geen enkele fase staat hoe deze partij bekostigd wordt. Een gemeente heeft weinig grip op organisaties die zij niet financiert; leg vast hoe dit geregeld is, ook als het om niet is (R2 §4.2 concl. 9).' },
    governancetype: { bereik: 'Voorbeeld', ernst: 3, bericht: 'Afgeleid governancetype: netwerksturing, met trekjes van integrale beleidssturing.' }
};

describe('each rule fires on its page\'s example and not on the nearly identical clean one', () => {
    test('every rule has an expectation', () => {
        expect(Object.keys(VERWACHT).sort()).toEqual(REGELS.map(r => r.id).sort());
    });

    test.each(paginas.map(p => [p.id, p] as const))('%s', async (id, pagina) => {
        const doc = await valideer(pagina.metMelding);
        expect(doc.parseResult.parserErrors).toEqual([]);
        const meldingen = metCode(doc, id);
        expect(meldingen).toHaveLength(1);
        const [d] = meldingen;
        expect(bereik(doc, d)).toBe(VERWACHT[id].bereik);
        expect(d.severity).toBe(VERWACHT[id].ernst);
        expect(d.message).toBe(VERWACHT[id].bericht);
        expect(d.codeDescription?.href).toMatch(new RegExp(`^file://.*/docs/regels/${id}\\.md$`));
        const schoon = await valideer(pagina.zonderMelding);
        expect(schoon.parseResult.parserErrors).toEqual([]);
        expect(metCode(schoon, id)).toEqual([]);
    });

    test('fase-volgorde: a phase written twice is an error', async () => {
        const doc = await valideer('gemeente X {\n    fase verkenning { gemeente regisseur }\n    fase verkenning { gemeente coproducent }\n}');
        const [d] = metCode(doc, 'fase-volgorde');
        expect(d.severity).toBe(1);
        expect(d.message).toMatch(/^Fase verkenning staat er twee keer \(ook op regel 2\)\./);
        expect(d.range.start.line).toBe(2);
    });

    test('tegenstrijdige-rollen does not fire for regisseur with opdrachtgever in kaderstelling', async () => {
        expect(metCode(await valideer('gemeente X { fase kaderstelling { gemeente regisseur, opdrachtgever } }'), 'tegenstrijdige-rollen')).toEqual([]);
    });
});

describe('the examples', () => {
    test('voorbeeldstad.sturing gives exactly these findings, all information', async () => {
        const doc = await valideer(leesVoorbeeld('voorbeeldstad.sturing'));
        expect((doc.diagnostics ?? []).map(d => [d.code, d.range.start.line + 1, bereik(doc, d), d.severity])).toEqual([
            ['governancetype', 5, 'Voorbeeldstad', 3],
            ['schotten-in-bekostiging', 20, 'Oost', 3],
            ['vaag-doel', 35, '"Eén huishouden, één plan, één hulpverlener"', 3]
        ]);
    });

    test('groningen-2014.sturing: the evaluation phase is missing and the team goal has no indicator (R1 §3.1.4)', async () => {
        const doc = await valideer(leesVoorbeeld('groningen-2014.sturing'));
        const codes = (doc.diagnostics ?? []).map(d => d.code);
        expect(codes).toContain('kleine-cyclus');
        expect(metCode(doc, 'kleine-cyclus')[0].message).toMatch(/^Alleen de kleine cyclus is beschreven: evaluatie ontbreekt\./);
        expect(bereik(doc, metCode(doc, 'vaag-doel')[0])).toBe('"Basisniveau van ondersteuning in de wijk"');
        expect((doc.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });
});

describe('one failing rule does not take down the others', () => {
    test('a rule that throws is logged; every other finding still arrives', async () => {
        const kapot: Regel = { id: 'kapot', standaard: 'fout', titel: 'test', bron: 'R1 §0', checks: { Gemeente: () => { throw new Error('stuk'); } } };
        const s = createSturingServices(EmptyFileSystem, { rules: { Catalogus: () => [kapot, ...REGELS] } }).Sturing;
        const fouten: string[] = [];
        const spy = vi.spyOn(console, 'error').mockImplementation((...a) => { fouten.push(a.map(String).join(' ')); });
        try {
            const doc = await parseHelper<Model>(s)(leesVoorbeeld('groningen-2014.sturing'), { validation: true });
            expect(fouten.some(f => f.startsWith('Regel kapot kon Gemeente niet controleren: Error: stuk'))).toBe(true);
            expect((doc.diagnostics ?? []).map(d => d.code)).toEqual(expect.arrayContaining(['kleine-cyclus', 'vaag-doel', 'governancetype', 'uitkomst-zonder-effectmeting']));
            expect((doc.diagnostics ?? []).some(d => d.code === 'kapot' || String(d.message).includes('An error occurred'))).toBe(false);
        } finally {
            spy.mockRestore();
        }
    });
});
