import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isGemeente } from '../language/generated/ast.js';
import { AANBEVELINGEN } from '../language/presentation/recommendations.js';
import { alsTekst, kortAlinea, typering, type Alinea } from '../language/presentation/typering.js';
import { REGELS } from '../language/rules/catalog/index.js';
import { samenvattingAlsHtml } from '../language/summary/render-html.js';
import { samenvattingAlsMarkdown } from '../language/summary/render-markdown.js';
import { aanbevelingenVoor, belangrijksteAanbevelingen, maakSamenvatting } from '../language/summary/summary-model.js';
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
    /** The prose with each claim's lines in brackets, to check both the words and what they rest on. */
    const metRegels = (a: Alinea) => alsTekst(a, true);

    test('Groningen: the short table, governance per phase with what shows it, the type with its trait, the regie mix', async () => {
        const t = await proza(leesVoorbeeld('groningen-2014.sturing'));
        expect(t.tabel).toEqual([
            { onderdeel: 'Scenario en verantwoordelijkheid', beschrijving: 'verantwoordelijk: gedeeld met uitvoerders; scenario: gemeente aan het roer' },
            { onderdeel: 'Rol van de gemeente', beschrijving: 'verkenning: regisseur en gesprekspartner; kaderstelling: vooral regisseur, soms dirigent / regelaar en soms opdrachtgever; uitvoering: vooral regisseur, facilitator, soms dirigent / regelaar en soms opdrachtgever' },
            { onderdeel: 'Kennisbron', beschrijving: 'ambtenaren, professionals: dienstverleningsnetwerk' },
            // The party by the name the file gives it, not its short name WmoAdviesraad.
            { onderdeel: 'Burgerparticipatie', beschrijving: 'adviseren via Wmo-adviesraad en andere adviesorganen (verkenning) en raadplegen (uitvoering)' },
            { onderdeel: 'Sturing op', beschrijving: 'nu input; ambitie outcome' }
        ]);
        // Contracting and execution, read together and alike, share one paragraph.
        expect(t.fasen.map(f => f.fasen)).toEqual([['verkenning'], ['kaderstelling', 'uitvoering']]);
        expect(metRegels(t.fasen[0].alinea)).toBe('In de verkenning is er governance (stevig onderbouwd) (r. 31, 32, 33 en 37): de gemeente is regisseur en gesprekspartner, Welzijnsinstellingen en Zorginstellingen zijn adviseur en er is een overleg. Bij governance werkt de gemeente als gelijkwaardige partner met de partijen samen.');
        expect(metRegels(t.fasen[1].alinea)).toBe('In de kaderstelling en de uitvoering, samen gelezen als één opdrachtrelatie (R1 §2.4), is er governance (stevig onderbouwd) (r. 41, 44, 45, 53, 57 en 58): de gemeente is vooral regisseur en facilitator, de eisen worden samen met de partijen opgesteld, er is een convenant en er is een stuurgroep.');
        expect(metRegels(t.type)).toMatch(/^Als geheel governance \(stevig onderbouwd\)\. Het overzicht van de vier ingrediënten wijst ook naar governance\. Vooral netwerksturing \(r\. [\d, en]+\); in mindere mate integrale beleidssturing als de gemeente soms dirigent is \(r\. 41 en 53\)\. Dat is stevig onderbouwd\./);
        expect(metRegels(t.regie)).toBe('De gemeente bepaalt zelf de visie, de afhankelijkheid, de sturing, de randvoorwaarden en de monitoring. Samen met de partijen bepaalt zij het doel, de rol van de andere partijen, de afstemming en de verantwoordelijkheid. Zo is zij een mix van bepalende regisseur en coproducent (stevig onderbouwd) (r. 65, 66, 67, 68, 69, 70, 71, 72 en 73); de praktijk is altijd een mengvorm (R1 §2.3).');
        const ambitie = metRegels(t.ambitie!);
        expect(ambitie).toMatch(/^Nu stuurt de gemeente vooral op input; de ambitie is outcome \(r\. 77\): drie stappen verder op de trap input → throughput → output → outcome \(R1 §2\.5\)\. Daartussen liggen throughput en output/);
        expect(ambitie).toContain('een effectmeting is nog niet beschreven');
        expect(ambitie).toContain('bekostiging die resultaat beloont (nog niet genoemd; nu subsidie voor inzet (input) en geld via een convenant)');
    });

    test('in het kort: the typing in two sentences, from the fields the tables read', async () => {
        const doc = await valideer(leesVoorbeeld('groningen-2014.sturing'));
        const p = services.inference.ProfileProvider.profiel(doc.parseResult.value.elementen.find(isGemeente)!);
        expect(alsTekst(kortAlinea(p, 'Groningen'))).toBe('De sturing van de gebiedsgerichte aanpak in Groningen is als geheel governance, met als governancetype netwerksturing (stevig onderbouwd); in de regie is de gemeente een mix van bepalende regisseur en coproducent. Als de gemeente soms dirigent / regelaar is, zijn er trekjes van integrale beleidssturing.');
        const tender = await valideer(fixture('aanbesteding-na-verkenning'));
        const q = services.inference.ProfileProvider.profiel(tender.parseResult.value.elementen.find(isGemeente)!);
        // NPM written out with what it means, where a reader meets it first.
        expect(alsTekst(kortAlinea(q, 'Aandijk'))).toMatch(/\. In de kaderstelling en de uitvoering werkt de gemeente meer volgens New Public Management \(NPM: als opdrachtgever, met contracten en afrekenen op prestaties\), met trekjes van expertsturing\.$/);
    });

    test('in het kort for a gemeente with nothing written yet says what to write, not that phases disagree', async () => {
        const doc = await valideer('gemeente Leeg { }');
        const p = services.inference.ProfileProvider.profiel(doc.parseResult.value.elementen.find(isGemeente)!);
        expect(alsTekst(kortAlinea(p, 'Leeg'))).toBe('Over de sturing van de gebiedsgerichte aanpak in Leeg staat nog te weinig in het ontwerp om haar te typeren: beschrijf per fase de rol van de gemeente, de partijen, de instrumenten en de bekostiging.');
    });

    test('a tender after a joint exploration: the phases name their own conception and the NPM type', async () => {
        const t = await proza(fixture('aanbesteding-na-verkenning'));
        expect(t.fasen.map(f => alsTekst(f.alinea).split(':')[0])).toEqual(['In de verkenning is er governance (stevig onderbouwd)', 'In de kaderstelling en de uitvoering, samen gelezen als één opdrachtrelatie (R1 §2.4), is er NPM (stevig onderbouwd)']);
        expect(alsTekst(t.fasen[1].alinea)).toContain('de gemeente stelt de eisen alleen op');
        // Display names and a plural verb for two parties; the funding model in words, not its keyword p-x-q.
        expect(alsTekst(t.fasen[1].alinea)).toContain('Stichting Welzijn Aandijk en Thuiszorg Noord krijgen geld per product (prijs × hoeveelheid)');
        // The exploration sets the course (governance); the overview leans to NPM, so it says the whole weakly (R1 §4.3).
        expect(alsTekst(t.type)).toMatch(/^Als geheel governance; de koers wordt gezet in de verkenning, en de kaderstelling en de uitvoering tonen NPM met mate \(R1 §2\.4, §4\.3; zwak onderbouwd, want het overzicht van de vier ingrediënten wijst eerder naar NPM\)\./);
        // One pair of brackets for a source and a certainty, never two side by side.
        expect(alsTekst(t.type)).not.toMatch(/\) \(/);
        expect(alsTekst(t.type)).toContain('Vooral netwerksturing; in mindere mate expertsturing in de kaderstelling en de uitvoering, die NPM zijn. Dat is zwak onderbouwd. Per fase: in de verkenning netwerksturing; in de kaderstelling en de uitvoering expertsturing.');
        // No "regie-blok": the reader of a note does not know the language's blocks.
        expect(metRegels(t.regie)).toBe('De gemeente bepaalt zelf de eisen en de monitoring. Zo is zij een bepalende regisseur (zwak onderbouwd) (r. 33 en 47). Dat beeld komt uit wat de fasen zeggen, want het ontwerp beschrijft de regie niet apart.');
    });

    test('a thin file says so, and names no type', async () => {
        const t = await proza(fixture('dun-bestand'));
        expect(alsTekst(t.fasen[0].alinea)).toBe('In de verkenning is er governance (zwak onderbouwd: er staat maar één soort regel over): de gemeente is regisseur. Bij governance werkt de gemeente als gelijkwaardige partner met de partijen samen.');
        expect(alsTekst(t.type)).toBe('Als geheel governance (zwak onderbouwd). Het overzicht van de vier ingrediënten wijst ook naar governance. Het governancetype is nog niet te bepalen: daarvoor staat er te weinig over de verantwoordelijkheid, de rol van de gemeente, de kennisbron en de burgerparticipatie (R1 §2.2).');
        expect(alsTekst(t.regie)).toBe('Over de regie staat niets in het ontwerp, ook niet in de fasen.');
        expect(t.ambitie).toBeUndefined();
    });

    test('a municipality that decides alone: government in every phase, close to classic government', async () => {
        const t = await proza(fixture('gemeente-beslist-alleen'));
        expect(t.fasen.every(f => /^In de \w+ (is er|overheerst) klassieke overheidssturing \(/.test(alsTekst(f.alinea)))).toBe(true);
        // What a conception means is said once, the first time it comes up.
        expect(t.fasen.map(f => alsTekst(f.alinea)).join(' ').match(/bepaalt en regelt de gemeente zelf/g)).toHaveLength(1);
        // dirigent and its synonym regelaar are one role, said once.
        expect(alsTekst(t.fasen[0].alinea)).toContain(': de gemeente is dirigent / regelaar.');
        expect(alsTekst(t.type)).toMatch(/^Als geheel government \(stevig onderbouwd\)\. Het overzicht van de vier ingrediënten wijst ook naar government\. Het governancetype is integrale beleidssturing\. .* De aanpak ligt dicht bij klassieke overheidssturing\./);
    });

    test('no percentage, no keyword code and no line number in the prose itself', async () => {
        for (const naam of ['aanbesteding-na-verkenning', 'alles-samen-met-convenant', 'vooral-regisseur-soms-onderhandelaar', 'frontlijn-met-wijkbudget']) {
            const t = await proza(fixture(naam));
            const alles = [...t.tabel.map(r => r.beschrijving), ...t.fasen.map(f => alsTekst(f.alinea)), alsTekst(t.type), alsTekst(t.regie), t.ambitie ? alsTekst(t.ambitie) : ''].join(' ');
            expect(alles, naam).not.toMatch(/%|`|\br\. \d|regie-blok|p-x-q|ruimte-latende/);
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
        expect(thema.punten[0].naarAanleidingVan).toEqual([{ code: 'fuik', regelnummer: 33 }, { code: 'concurrentie-na-advies', regelnummer: 34 }]);
        const themas = aanbevelingenVoor([bevinding('vaag-doel', 27), bevinding('rol-ontbreekt', 9), bevinding('uitkomst-zonder-effectmeting', 40)]);
        expect(themas.map(t => t.thema)).toEqual(['Rollen per fase', 'Doelen en uitkomsten']);
        expect(themas[1].punten.map(p => p.naarAanleidingVan.map(x => x.code))).toEqual([['vaag-doel'], ['uitkomst-zonder-effectmeting']]);
    });

    test('every recommendation is grounded in the reports and answers some rule', () => {
        for (const a of AANBEVELINGEN) {
            expect(a.bron, a.id).toMatch(/^R[12] §/);
            expect(REGELS.filter(r => r.aanbeveling === a.id).map(r => r.id), a.id).not.toEqual([]);
        }
    });

    test('Groningen: the recommendations its findings call for, and not the others; the three weightiest first', async () => {
        const [g] = (await samenvatting(leesVoorbeeld('groningen-2014.sturing'))).gemeenten;
        // No 'Rollen per fase': the file says which role mostly holds (vooral regisseur, soms opdrachtgever).
        // The warning (outcome without measurement) before the information and the hint; each said once: in het kort, not again below.
        expect(g.kort.aanbevelingen.map(p => p.tekst.split('.')[0])).toEqual([
            'Regel de voorwaarden voordat u op uitkomsten stuurt: meet het effect voor inwoners, en koppel de bekostiging aan resultaat in plaats van aan uren of producten',
            'Vertaal de doelen in beoogde uitkomsten voor inwoners die u kunt volgen, liefst samen met de partijen en inwoners opgesteld',
            'Doorloop de hele beleidscyclus: verken het maatschappelijke probleem samen met partners en inwoners, en plan ook de evaluatie van het effect, samen met de organisaties'
        ]);
        expect(g.aanbevelingen).toEqual([]);
        // Each points to its note in the appendix, which names the findings and their lines.
        const noot = g.noten.find(n => n.nummer === g.kort.aanbevelingen[0].noot)!;
        expect(noot.bevindingen).toEqual([{ code: 'uitkomst-zonder-effectmeting', regelnummer: 77 }, { code: 'uitkomst-ambitie-zonder-bekostiging', regelnummer: 77 }]);
    });

    test('the weightiest findings decide which three come first', () => {
        const b = (code: string, regel: number, ernst: Bevinding['ernst']): Bevinding => ({ code, ernst, bericht: 'x', bereik: { start: { line: regel - 1, character: 0 }, end: { line: regel - 1, character: 1 } } });
        const lijst = [b('vaag-doel', 3, 'info'), b('rol-ontbreekt', 9, 'waarschuwing'), b('kleine-cyclus', 1, 'waarschuwing'), b('schotten-in-bekostiging', 12, 'info'), b('fuik', 20, 'fout')];
        const eerst = belangrijksteAanbevelingen(aanbevelingenVoor(lijst), lijst);
        expect(eerst.map(a => a.naarAanleidingVan[0].code)).toEqual(['fuik', 'rol-ontbreekt', 'kleine-cyclus']);
    });
});

describe('the exports read like a note and print on A4', () => {
    test('HTML: the title names the gemeente and its period, in het kort first, the appendix last, the file in the colophon, a print stylesheet', async () => {
        const html = samenvattingAlsHtml(await samenvatting(leesVoorbeeld('groningen-2014.sturing'), 'voorbeelden/groningen-2014.sturing'), { modus: 'export' });
        expect(html).toContain('<title>Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018</title>');
        const volgorde = ['<h1>Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018</h1>', '<p class="zacht">2 december 2026</p>',
            '<h2>In het kort</h2>', '<p>De belangrijkste aanbevelingen:</p>', '<h2>Typering van de sturing</h2>', '<h3>Government, NPM of governance?</h3>', '<h3>Governancetype</h3>', '<h3>Regie</h3>',
            '<h2>Ambitie en nu</h2>', '<h2>Details</h2>', '<h3>Overzicht</h3>', '<h2>Bijlage: waar staat het in het ontwerp</h2>', '<ol class="noten">', '<h3>Bevindingen</h3>',
            '<footer class="colofon"><p>Gemaakt met Sturing op 2 december 2026, uit het ontwerp voorbeelden/groningen-2014.sturing.'];
        const posities = volgorde.map(v => html.indexOf(v));
        expect(posities.every(p => p >= 0), volgorde.filter((_, i) => posities[i] < 0).join(', ')).toBe(true);
        expect([...posities].sort((a, b) => a - b)).toEqual(posities);
        // The file is named only in the appendix's explanation and the colophon.
        expect(html.slice(0, html.indexOf('<h2>Bijlage'))).not.toContain('groningen-2014.sturing');
        // A note is a superscript link to its line in the appendix.
        expect(html).toContain('(stevig onderbouwd)<sup class="noot"><a href="#noot-Groningen-1" title="Waar staat het in het ontwerp: noot 1">1</a></sup>');
        expect(html).toMatch(/<li id="noot-Groningen-1" value="1">Het governancetype: r\. [\d, en]+<\/li>/);
        expect(html).toContain('@page { size: A4;');
        expect(html).toContain('section.gemeente + section.gemeente { break-before: page; }');
        expect(html.replace(/<style[\s\S]*?<\/style>/, '')).not.toMatch(/\d%/);
    });

    test('HTML: several municipalities in one file each start on a new page, under their own heading', async () => {
        const tekst = leesVoorbeeld('groningen-2014.sturing') + '\n' + fixture('dun-bestand');
        const s = await samenvatting(tekst);
        expect(s.titel).toBe('Sturing van de gebiedsgerichte aanpak — gemeenten Groningen en Fijnaart');
        const html = samenvattingAlsHtml(s, { modus: 'export' });
        expect(html.match(/<section class="gemeente"/g)).toHaveLength(2);
        expect(html).toContain('<h2>Gemeente Groningen, 2014 – 2018</h2>');
        expect(html).toContain('<h3>In het kort</h3>');
    });

    test('Markdown: the same sections, notes as superscript digits, no HTML entities, no percentages: it pastes cleanly into a document', async () => {
        const md = samenvattingAlsMarkdown(await samenvatting(leesVoorbeeld('groningen-2014.sturing'), 'groningen-2014.sturing'));
        expect(md.split('\n')[0]).toBe('# Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018');
        for (const kop of ['## In het kort', '## Typering van de sturing', '### Government, NPM of governance?', '### Governancetype', '### Regie', '## Ambitie en nu', '## Details', '## Bijlage: waar staat het in het ontwerp', '### Bevindingen']) {
            expect(md).toContain(kop);
        }
        expect(md).toMatch(/met als governancetype netwerksturing \(stevig onderbouwd\)¹;/);
        expect(md).toMatch(/\n1\. Het governancetype: r\. [\d, en]+\n/);
        expect(md).toContain('Bronnen: R1 — Wester & Schurer (2016)');
        expect(md).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
        expect(md).not.toMatch(/\d%/);
        expect(md).not.toMatch(/\bregel \d/);
        expect(md).toMatch(/\| r\. 27 \| info \| Het doel "Basisniveau van ondersteuning in de wijk" heeft geen indicator/);
    });

    test('the CLI on the worked case: sturing samenvatting --format md is the note, with no % and no entities', async () => {
        // examples/groningen-2014.sturing is the worked case of the shared examples (same lines, Dutch comments).
        const pad = path.resolve(new URL('../examples/groningen-2014.sturing', import.meta.url).pathname);
        let uit = '';
        const code = await voerUit(['samenvatting', pad, '--format', 'md'], { out: t => { uit += t; }, err: () => undefined });
        expect(code).toBe(0);
        expect(uit).toMatch(/^# Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018\n/);
        expect(uit).toContain('## In het kort');
        expect(uit).toContain('## Bijlage: waar staat het in het ontwerp');
        expect(uit).not.toMatch(/%/);
        expect(uit).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    });
});
