import mammoth from 'mammoth';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { andereBeschrijvingen } from '../language/summary/ontwikkeling.js';
import { samenvattingAlsDocx } from '../language/summary/render-docx.js';
import { samenvattingAlsHtml, samenvattingInhoud } from '../language/summary/render-html.js';
import { samenvattingAlsMarkdown } from '../language/summary/render-markdown.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import type { Samenvatting } from '../language/summary/summary-types.js';
import { isMeervoud } from '../language/presentation/namen.js';
import { services, werkruimte } from './helpers.js';
import { controleerNotitie, leesHtml, leesMarkdown, SLEUTELWOORDEN, zinnen, delen } from './notitie-lezer.js';

/**
 * The summary is a note an advisor can hand on (issue 26): for every example and every development case,
 * the Markdown, the HTML page (export and preview) and the Word document (read back with mammoth) have a
 * title without a file path, no line number or rule code outside the appendix, no sentence twice, no
 * keyword spelling in the text, and prose that says what the tables say.
 */
const bronnen = {
    profielen: services.inference.ProfileProvider,
    documentatie: services.documentation.DocumentationProvider,
    andere: andereBeschrijvingen(services, uri => uri.path.split('/').pop()!)
};

const BESTANDEN = [
    ...readdirSync(new URL('../examples/', import.meta.url)).filter(b => b.endsWith('.sturing')).map(b => `examples/${b}`),
    ...readdirSync(new URL('./fixtures/ontwikkelcasussen/', import.meta.url)).filter(b => b.endsWith('.sturing')).map(b => `tests/fixtures/ontwikkelcasussen/${b}`),
    // Beyond the set: one file per governance type and the profiles of the inference tests (government, NPM, thin files).
    ...['typen', 'profielen', 'perioden'].flatMap(map => readdirSync(new URL(`./fixtures/${map}/`, import.meta.url)).filter(b => b.endsWith('.sturing')).map(b => `tests/fixtures/${map}/${b}`))
];

async function samenvatting(pad: string): Promise<Samenvatting> {
    const naam = pad.split('/').pop()!;
    // A file of one period is read with the other periods beside it, so the note has its Ontwikkeling.
    const map = pad.slice(0, pad.lastIndexOf('/'));
    const naast = map.endsWith('perioden') ? Object.fromEntries(readdirSync(new URL(`../${map}/`, import.meta.url)).filter(b => b.endsWith('.sturing')).map(b => [b, readFileSync(new URL(`../${map}/${b}`, import.meta.url), 'utf8')])) : {};
    const docs = await werkruimte({ ...naast, [naam]: readFileSync(new URL(`../${pad}`, import.meta.url), 'utf8') });
    // The file as the CLI names it: a path, which must stay out of the title.
    return maakSamenvatting(docs[naam], pad, bronnen, '2026-03-05');
}

async function leesWord(s: Samenvatting) {
    const buffer = Buffer.from(await samenvattingAlsDocx(s));
    const html = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => p.titel:fresh"] });
    return leesHtml(html.value, 'titel');
}

describe('the summary reads as a note for a wethouder', () => {
    test('there are examples and development cases to read', () => {
        expect(BESTANDEN.filter(b => b.startsWith('examples/')).length).toBeGreaterThanOrEqual(3);
        expect(BESTANDEN.filter(b => b.includes('ontwikkelcasussen')).length).toBeGreaterThanOrEqual(3);
    });

    for (const pad of BESTANDEN) {
        test(`${pad}: Markdown, HTML and Word pass every check`, async () => {
            const s = await samenvatting(pad);
            const md = leesMarkdown(samenvattingAlsMarkdown(s));
            const html = leesHtml(samenvattingAlsHtml(s, { modus: 'export' }));
            const paneel = leesHtml(`<title>${s.titel}</title>${samenvattingInhoud(s, { modus: 'webview' })}`);
            const word = await leesWord(s);
            for (const [vorm, notitie] of [['Markdown', md], ['HTML', html], ['paneel', paneel], ['Word', word]] as const) {
                expect(controleerNotitie(notitie), `${pad} als ${vorm}`).toEqual([]);
                expect(notitie.titel, vorm).toBe(s.titel);
            }
            // The order of a note: the title, "In het kort" first, the appendix last; the file only in the colophon.
            const koppen = md.blokken.filter(b => b.soort === 'kop').map(b => (b as { tekst: string }).tekst);
            expect(koppen[0]).toMatch(/^Sturing van de gebiedsgerichte aanpak — gemeente \w+(, \d{4}|$)/);
            expect(koppen[1]).toBe('In het kort');
            expect(koppen.indexOf('Bijlage: waar staat het in het ontwerp')).toBeGreaterThan(koppen.indexOf('Details'));
            const markdown = samenvattingAlsMarkdown(s);
            expect(markdown.indexOf(pad)).toBeGreaterThan(markdown.indexOf('## Bijlage'));
            // Every note in the prose is in the appendix, with its lines.
            const g = s.gemeenten[0];
            expect(g.noten.map(n => n.nummer)).toEqual(g.noten.map((_, i) => i + 1));
            for (const n of g.noten) expect(n.regelnummers.length, n.over).toBeGreaterThan(0);
            const gebruikt = new Set([...g.kort.typering, ...g.typering.fasen.flatMap(f => f.tekst), ...g.typering.type, ...g.typering.regie, ...(g.typering.ambitie ?? [])]
                .map(d => d.noot).concat([...g.kort.aanbevelingen, ...g.aanbevelingen.flatMap(a => a.punten)].map(a => a.noot)).filter(n => n !== undefined));
            expect([...gebruikt].sort((a, b) => a! - b!)).toEqual(g.noten.map(n => n.nummer));
            // NPM, where the note uses it, is written out at its first use.
            const proza = zinnen(delen(md).tekst.flat()).join(' ');
            const eerste = proza.search(/\bNPM\b/);
            if (eerste >= 0) expect(proza.slice(Math.max(0, eerste - 30), eerste + 30)).toMatch(/New Public Management \(NPM|NPM \(New Public Management/);
        });
    }
});

describe('the checks fail on what the issue found', () => {
    const goed = async () => samenvattingAlsMarkdown(await samenvatting('tests/fixtures/ontwikkelcasussen/emmen.sturing'));

    test('a path in the title', async () => {
        const md = (await goed()).replace(/^# .*$/m, '# Sturingsprofiel — ../fixtures/emmen.sturing');
        expect(controleerNotitie(leesMarkdown(md)).join('\n')).toMatch(/titel met een bestandsnaam/);
    });

    test('a line number or a rule code in a sentence', async () => {
        const md = (await goed()).replace('## Typering van de sturing', 'Naar aanleiding van r. 63 (fuik) en uitkomst-zonder-effectmeting.\n\n## Typering van de sturing');
        const fouten = controleerNotitie(leesMarkdown(md)).join('\n');
        expect(fouten).toMatch(/regelnummer buiten de bijlage/);
        expect(fouten).toMatch(/regelcode fuik buiten de bijlage/);
        expect(fouten).toMatch(/regelcode uitkomst-zonder-effectmeting buiten de bijlage/);
    });

    test('a sentence said twice, tool language, a keyword spelling', async () => {
        const zin = 'Dat beeld is stevig onderbouwd, zoals hierboven.';
        const md = (await goed()).replace('## Typering van de sturing', `${zin}\n\n${zin} In het regie-blok is de jeugdzorg geintegreerd.\n\n## Typering van de sturing`);
        const fouten = controleerNotitie(leesMarkdown(md)).join('\n');
        expect(fouten).toMatch(/zin staat er twee keer: Dat beeld is stevig onderbouwd/);
        expect(fouten).toMatch(/taal van het gereedschap/);
        expect(fouten).toMatch(/sleutelwoord 'geintegreerd'/);
        expect(SLEUTELWOORDEN).toEqual(expect.arrayContaining(['geintegreerd', 'ruimte-latende-regisseur', 'p-x-q', 'alle-burgers']));
    });

    test('text and tables that disagree: the type, its certainty, a phase, the regierol', async () => {
        const md = await goed();
        const check = (a: string, b: string) => {
            expect(md, a).toContain(a);
            return controleerNotitie(leesMarkdown(md.replace(a, b))).join('\n');
        };
        expect(check('met als governancetype netwerksturing (redelijk onderbouwd)', 'met als governancetype netwerksturing (stevig onderbouwd)')).toMatch(/de tekst noemt het governancetype stevig onderbouwd, de tabel redelijk onderbouwd/);
        expect(check('Dat is redelijk onderbouwd.', 'Dat is stevig onderbouwd.')).toMatch(/de tekst noemt het governancetype stevig onderbouwd/);
        expect(check('| 2. kaderstelling | NPM (stevig onderbouwd)', '| 2. kaderstelling | NPM (zwak onderbouwd)')).toMatch(/in kaderstelling: de tekst zegt NPM \(stevig onderbouwd\), de tabel NPM \(zwak onderbouwd\)/);
        expect(check('in de kaderstelling en de uitvoering expertsturing', 'in de kaderstelling en de uitvoering netwerksturing')).toMatch(/in kaderstelling: de tekst zegt type netwerksturing, de tabel expertsturing/);
        expect(check('in de regie is de gemeente een ruimte latende regisseur', 'in de regie is de gemeente een bepalende regisseur')).toMatch(/de tekst noemt regierol bepalende regisseur/);
        expect(check('; in de regie is zij dat al,', '; nu is zij')).toMatch(/wil worden|ruimte latende regisseur wil worden/);
    });
});

describe('sentences built from names stay grammatical', () => {
    test('a party name takes a plural verb when a reader would use one', () => {
        const meervoud = ['Advies- en cliëntenraden', 'Zorgorganisaties (aanbesteed)', 'Erkende overlegpartners van wijken en dorpen', 'GGZ, GHZ, thuiszorg',
            'Wmo-adviesraad en andere adviesorganen', 'Huisartsen', 'Welzijnsinstellingen (subsidierelatie)', 'Zorgaanbieders', 'Lokale zorgaanbieders'];
        const enkelvoud = ['Welzijnsorganisatie Sedna', 'Centrum voor Jeugd en Gezin', 'MEE', 'Stichting Welzijn Voorbeeldstad', 'Thuiszorg Vechtdal', 'Woonstede',
            'Adviesraad sociaal domein Ittersum', 'Welzijnsinstelling Het Oude Ambt', 'Humanitas', 'Wijkverpleging', 'Zorggroep Noord'];
        for (const n of meervoud) expect(isMeervoud(n), n).toBe(true);
        for (const n of enkelvoud) expect(isMeervoud(n), n).toBe(false);
    });

    test('Emmen: "Advies- en cliëntenraden zijn adviseur", not "Adviesraden is adviseur"', async () => {
        const s = await samenvatting('tests/fixtures/ontwikkelcasussen/emmen.sturing');
        const tekst = s.gemeenten[0].typering.fasen.flatMap(f => f.tekst.map(d => d.tekst)).join('');
        expect(tekst).toContain('Welzijnsorganisatie Sedna en Zorgorganisaties zijn meedenker');
        expect(tekst).toContain('Zorgorganisaties krijgen een contract');
        expect(tekst).not.toMatch(/\b(Sedna|CJG|Adviesraden|Overlegpartners) (is|krijgt|zijn|krijgen)\b/);
        expect(s.gemeenten[0].cyclus[0].partijen).toContain('Advies- en cliëntenraden: adviseur');
    });
});
