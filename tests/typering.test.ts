import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isGemeente } from '../language/generated/ast.js';
import { AANBEVELINGEN } from '../language/presentation/recommendations.js';
import { typering } from '../language/presentation/typering.js';
import { REGELS } from '../language/rules/catalog/index.js';
import { samenvattingAlsHtml } from '../language/summary/render-html.js';
import { samenvattingAlsMarkdown } from '../language/summary/render-markdown.js';
import { aanbevelingenVoor, maakSamenvatting } from '../language/summary/summary-model.js';
import type { Bevinding } from '../language/rules/finding.js';
import { voerUit } from '../cli/cli.js';
import { leesVoorbeeld, services, valideer } from './helpers.js';

const bronnen = { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider };
const fixture = (naam: string) => readFileSync(new URL(`./fixtures/profielen/${naam}.sturing`, import.meta.url), 'utf8');

async function proza(tekst: string) {
    const doc = await valideer(tekst);
    return typering(services.inference.ProfileProvider.profiel(doc.parseResult.value.elementen.find(isGemeente)!));
}

async function samenvatting(tekst: string, bestand = 'x.sturing') {
    return maakSamenvatting(await valideer(tekst), bestand, bronnen, '2026-12-02');
}

describe('Typering van de sturing: prose as the researchers wrote it (R1 hfst. 3)', () => {
    test('Groningen: the short table, governance per phase with what shows it, the type with its trait, the regie mix', async () => {
        const t = await proza(leesVoorbeeld('groningen-2014.sturing'));
        expect(t.tabel).toEqual([
            { onderdeel: 'Scenario en verantwoordelijkheid', beschrijving: 'verantwoordelijk: gedeeld met uitvoerders; scenario: gemeente aan het roer' },
            { onderdeel: 'Rol van de gemeente', beschrijving: 'verkenning: regisseur en gesprekspartner; kaderstelling: vooral regisseur, soms dirigent / regelaar en soms opdrachtgever; uitvoering: vooral regisseur, facilitator, soms dirigent / regelaar en soms opdrachtgever' },
            { onderdeel: 'Kennisbron', beschrijving: 'ambtenaren, professionals: dienstverleningsnetwerk' },
            { onderdeel: 'Burgerparticipatie', beschrijving: 'adviseren via WmoAdviesraad (verkenning) en raadplegen (uitvoering)' },
            { onderdeel: 'Sturing op', beschrijving: 'nu input; ambitie outcome' }
        ]);
        expect(t.fasen.map(f => f.fase)).toEqual(['verkenning', 'kaderstelling', 'uitvoering']);
        expect(t.fasen[0].tekst).toMatch(/^In de verkenning is er governance: de gemeente werkt als gelijkwaardige partner met de partijen samen\. Dat blijkt uit: de gemeente is regisseur en gesprekspartner/);
        expect(t.fasen[1].tekst).toMatch(/^In de kaderstelling, samen met de uitvoering gelezen als één opdrachtrelatie \(R1 §2\.4\), is er governance: .* Dat blijkt uit: de gemeente is vooral regisseur en facilitator, de eisen worden samen met de partijen opgesteld en er is een convenant\./);
        expect(t.type).toMatch(/^Als geheel governance \(stevig onderbouwd\)\. Het overzicht van de vier ingrediënten wijst ook naar governance\. Vooral netwerksturing \(r\. [\d, en]+\); in mindere mate integrale beleidssturing als de gemeente soms dirigent is \(r\. 41 en 53\)\. Dat is stevig onderbouwd\./);
        expect(t.regie).toBe('De gemeente bepaalt zelf de visie, de afhankelijkheid, de sturing, de randvoorwaarden en de monitoring. Samen met de partijen bepaalt zij het doel, de rol van de andere partijen, de afstemming en de verantwoordelijkheid. Zo is zij een mix van bepalende regisseur en coproducent (R1 §2.3: de praktijk is altijd een mengvorm).');
        expect(t.ambitie).toMatch(/^Nu stuurt de gemeente vooral op input; de ambitie is outcome: drie stappen verder op de trap input → throughput → output → outcome \(R1 §2\.5\)\. Daartussen liggen throughput en output/);
        expect(t.ambitie).toContain('effectmeting: nog niet beschreven');
        expect(t.ambitie).toContain('bekostiging die resultaat beloont (nog niet genoemd; nu subsidie (input) en convenant)');
    });

    test('a tender after a joint exploration: the phases name their own conception and the NPM type', async () => {
        const t = await proza(fixture('aanbesteding-na-verkenning'));
        expect(t.fasen.map(f => f.tekst.split(':')[0])).toEqual(['In de verkenning is er governance', 'In de kaderstelling, samen met de uitvoering gelezen als één opdrachtrelatie (R1 §2.4), is er NPM', 'In de uitvoering, samen met de kaderstelling gelezen als één opdrachtrelatie (R1 §2.4), is er NPM']);
        expect(t.fasen[1].tekst).toContain('de gemeente stelt de eisen alleen op');
        expect(t.fasen[2].tekst).toContain('Welzijn en Thuiszorg krijgen prijs × hoeveelheid');
        // The exploration sets the course (governance); the overview leans to NPM, so it says the whole weakly (R1 §4.3).
        expect(t.type).toMatch(/^Als geheel governance; de koers wordt gezet in de verkenning, en de kaderstelling en de uitvoering tonen NPM met mate \(R1 §2\.4, §4\.3\) \(zwak onderbouwd, want het overzicht van de vier ingrediënten wijst eerder naar NPM; r\. [\d, en]+\)\./);
        expect(t.type).toContain('Vooral netwerksturing');
        expect(t.type).toContain('in mindere mate expertsturing in de kaderstelling en de uitvoering, die NPM zijn. Dat is zwak onderbouwd.');
        expect(t.regie).toBe('De gemeente bepaalt zelf de eisen en de monitoring. Zo is zij bepalende regisseur; dat beeld komt uit de fasen, want er is geen regie-blok.');
    });

    test('a thin file says so, and names no type', async () => {
        const t = await proza(fixture('dun-bestand'));
        expect(t.fasen[0].tekst).toBe('In de verkenning is er governance: de gemeente werkt als gelijkwaardige partner met de partijen samen. Dat blijkt uit: de gemeente is regisseur. Dat beeld rust op weinig gegevens: er staat maar één soort regel over deze fase.');
        expect(t.type).toBe('Het governancetype is nog niet te bepalen: daarvoor staat er te weinig over de verantwoordelijkheid, de rol van de gemeente, de kennisbron en de burgerparticipatie (R1 §2.2).');
        expect(t.regie).toBe('Over de regie staat niets: er is geen regie-blok en ook de fasen zeggen er niets over.');
        expect(t.ambitie).toBeUndefined();
    });

    test('a municipality that decides alone: government in every phase, close to classic government', async () => {
        const t = await proza(fixture('gemeente-beslist-alleen'));
        expect(t.fasen.every(f => f.tekst.includes('klassieke overheidssturing: de gemeente bepaalt en regelt zelf'))).toBe(true);
        expect(t.type).toMatch(/^Als geheel government \(stevig onderbouwd\)\. Het overzicht van de vier ingrediënten wijst ook naar government\. Het governancetype is integrale beleidssturing \(r\. [\d, en]+\)\. .* De aanpak ligt dicht bij klassieke overheidssturing\./);
    });

    test('no percentage and no keyword code in the prose', async () => {
        for (const naam of ['aanbesteding-na-verkenning', 'alles-samen-met-convenant', 'vooral-regisseur-soms-onderhandelaar', 'frontlijn-met-wijkbudget']) {
            const t = await proza(fixture(naam));
            const alles = [...t.tabel.map(r => r.beschrijving), ...t.fasen.map(f => f.tekst), t.type, t.regie, t.ambitie ?? ''].join(' ');
            expect(alles, naam).not.toMatch(/%|`/);
        }
    });
});

describe('Aandachtspunten en aanbevelingen', () => {
    const bevinding = (code: string, regel: number): Bevinding => ({ code, ernst: 'waarschuwing', bericht: 'x', bereik: { start: { line: regel - 1, character: 0 }, end: { line: regel - 1, character: 1 } } });

    test('each recommendation appears only when a finding it answers is there, grouped by theme, with the lines', () => {
        expect(aanbevelingenVoor([])).toEqual([]);
        expect(aanbevelingenVoor([bevinding('governancetype', 5)])).toEqual([]);
        const [thema] = aanbevelingenVoor([bevinding('fuik', 33), bevinding('concurrentie-na-advies', 34)]);
        expect(thema.thema).toBe('Van samenwerken naar opdracht geven');
        expect(thema.punten).toHaveLength(1);
        expect(thema.punten[0].tekst).toMatch(/^Stel de eisen voor de opdracht samen met de uitvoerende partijen op\./);
        expect(thema.punten[0].naarAanleidingVan).toEqual([{ code: 'fuik', regel: 33 }, { code: 'concurrentie-na-advies', regel: 34 }]);
        const themas = aanbevelingenVoor([bevinding('vaag-doel', 27), bevinding('rol-ontbreekt', 9), bevinding('uitkomst-zonder-effectmeting', 40)]);
        expect(themas.map(t => t.thema)).toEqual(['Rollen per fase', 'Doelen en uitkomsten']);
        expect(themas[1].punten.map(p => p.naarAanleidingVan.map(x => x.code))).toEqual([['vaag-doel'], ['uitkomst-zonder-effectmeting']]);
    });

    test('every rule that points at a problem has a recommendation grounded in the reports; every named rule exists', () => {
        const ids = REGELS.map(r => r.id);
        for (const a of AANBEVELINGEN) {
            for (const r of a.regels) expect(ids, a.id).toContain(r);
            expect(a.bron, a.id).toMatch(/^R[12] §/);
        }
        for (const id of ids.filter(i => i !== 'governancetype')) expect(AANBEVELINGEN.some(a => a.regels.includes(id)), id).toBe(true);
    });

    test('Groningen: the recommendations its findings call for, and not the others', async () => {
        const [g] = (await samenvatting(leesVoorbeeld('groningen-2014.sturing'))).gemeenten;
        // No 'Rollen per fase': the file says which role mostly holds (vooral regisseur, soms opdrachtgever).
        expect(g.aanbevelingen.map(t => t.thema)).toEqual(['Doelen en uitkomsten', 'De hele beleidscyclus']);
        expect(g.aanbevelingen.flatMap(t => t.punten.map(p => p.tekst.split('.')[0]))).toEqual([
            'Vertaal de doelen in beoogde uitkomsten voor inwoners die u kunt volgen, liefst samen met de partijen en inwoners opgesteld',
            'Regel de voorwaarden voordat u op uitkomsten stuurt: meet het effect voor inwoners, en koppel de bekostiging aan resultaat in plaats van aan uren of producten',
            'Doorloop de hele beleidscyclus: verken het maatschappelijke probleem samen met partners en inwoners, en plan ook de evaluatie van het effect, samen met de organisaties'
        ]);
    });
});

describe('the exports read like a report and print on A4', () => {
    test('HTML: title block, the prose sections in order, the findings as an appendix, a print stylesheet', async () => {
        const html = samenvattingAlsHtml(await samenvatting(leesVoorbeeld('groningen-2014.sturing'), 'groningen-2014.sturing'), { modus: 'export' });
        const volgorde = ['<h2>Gemeente Groningen</h2>', '<dt>Bronbestand</dt><dd>groningen-2014.sturing</dd>', '<dt>Datum</dt><dd>2026-12-02</dd>',
            '<h3>Typering van de sturing</h3>', '<h4>Government, NPM of governance?</h4>', '<h4>Governancetype</h4>', '<h4>Regie</h4>',
            '<h3>Ambitie en nu</h3>', '<h3>Aandachtspunten en aanbevelingen</h3>', '<h3>Details</h3>', '<h3>Bijlage: alle bevindingen</h3>'];
        const posities = volgorde.map(v => html.indexOf(v));
        expect(posities.every(p => p >= 0), volgorde.filter((_, i) => posities[i] < 0).join(', ')).toBe(true);
        expect([...posities].sort((a, b) => a - b)).toEqual(posities);
        expect(html).toContain('@page { size: A4;');
        expect(html).toContain('section.gemeente + section.gemeente { break-before: page; }');
        expect(html.replace(/<style[\s\S]*?<\/style>/, '')).not.toMatch(/\d%/);
    });

    test('HTML: several municipalities in one file each start on a new page', async () => {
        const tekst = leesVoorbeeld('groningen-2014.sturing') + '\n' + fixture('dun-bestand');
        const html = samenvattingAlsHtml(await samenvatting(tekst), { modus: 'export' });
        expect(html.match(/<section class="gemeente"/g)).toHaveLength(2);
    });

    test('Markdown: the same sections, no HTML entities, no percentages: it pastes cleanly into a document', async () => {
        const md = samenvattingAlsMarkdown(await samenvatting(leesVoorbeeld('groningen-2014.sturing'), 'groningen-2014.sturing'));
        for (const kop of ['### Typering van de sturing', '#### Government, NPM of governance?', '#### Governancetype', '#### Regie', '### Ambitie en nu', '### Aandachtspunten en aanbevelingen', '### Bijlage: alle bevindingen']) {
            expect(md).toContain(kop);
        }
        expect(md).toContain('Bronnen: R1 — Wester & Schurer (2016)');
        expect(md).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
        expect(md).not.toMatch(/\d%/);
        expect(md).not.toMatch(/\bregel \d/);
        expect(md).toMatch(/r\. 27: Het doel "Basisniveau van ondersteuning in de wijk" heeft geen indicator/);
    });

    test('the CLI on the worked case: sturing samenvatting --format md has both sections, no % and no entities', async () => {
        // examples/groningen-2014.sturing is the worked case of the shared examples (same lines, Dutch comments).
        const pad = path.resolve(new URL('../examples/groningen-2014.sturing', import.meta.url).pathname);
        let uit = '';
        const code = await voerUit(['samenvatting', pad, '--format', 'md'], { out: t => { uit += t; }, err: () => undefined });
        expect(code).toBe(0);
        expect(uit).toContain('### Typering van de sturing');
        expect(uit).toContain('### Aandachtspunten en aanbevelingen');
        expect(uit).not.toMatch(/%/);
        expect(uit).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    });
});
