import { parse as leesCsv } from 'csv-parse/sync';
import type { LangiumDocument } from 'langium';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Model } from '../language/generated/ast.js';
import { maakVergelijking } from '../language/summary/comparison.js';
import { andereBeschrijvingen } from '../language/summary/ontwikkeling.js';
import { vergelijkingAlsCsv } from '../language/summary/render-csv.js';
import { datumInWoorden, samenvattingAlsDocx, vergelijkingAlsDocx } from '../language/summary/render-docx.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import type { VergelijkingsRij } from '../language/summary/summary-types.js';
import { leesVoorbeeld, services, werkruimte } from './helpers.js';

/**
 * The Word and CSV exports, read back with readers that are not Sturing's: mammoth (a .docx reader
 * that turns Word's own heading styles into h1–h6 and Word tables into HTML tables) and csv-parse.
 * The tests compare what those readers find with the summary and comparison models.
 */
const bronnen = {
    profielen: services.inference.ProfileProvider,
    documentatie: services.documentation.DocumentationProvider,
    andere: andereBeschrijvingen(services, uri => uri.path.split('/').pop()!)
};
const fixture = (naam: string) => readFileSync(new URL(`./fixtures/${naam}`, import.meta.url), 'utf8');
const DATUM = '2026-03-05';

/** What mammoth reads: the HTML (headings and tables) and the plain text. The title paragraph becomes p.titel. */
async function leesWord(bytes: Uint8Array): Promise<{ html: string; tekst: string; meldingen: string[] }> {
    const buffer = Buffer.from(bytes);
    const html = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => p.titel:fresh"] });
    const tekst = await mammoth.extractRawText({ buffer });
    return { html: html.value, tekst: tekst.value, meldingen: [...html.messages, ...tekst.messages].map(m => m.message) };
}

function ontsnap(t: string): string {
    return t.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
}

function koppen(html: string, niveau: number): string[] {
    return [...html.matchAll(new RegExp(`<h${niveau}>(.*?)</h${niveau}>`, 'g'))].map(m => ontsnap(m[1]));
}

/** Every table as rows of cell texts, the header row first. */
function tabellen(html: string): string[][][] {
    return [...html.matchAll(/<table>(.*?)<\/table>/g)].map(t => [...t[1].matchAll(/<tr>(.*?)<\/tr>/g)]
        .map(r => [...r[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(c => ontsnap(c[1]))));
}

function tabelMet(html: string, eersteKop: string, tweedeKop: string): string[][] {
    const t = tabellen(html).find(x => x[0]?.[0] === eersteKop && x[0]?.[1] === tweedeKop);
    if (!t) throw new Error(`geen tabel met kop ${eersteKop} | ${tweedeKop}`);
    return t;
}

describe('the summary as a Word document, read back with mammoth', () => {
    test('Voorbeeldstad: title block, Word heading styles, real tables with the model\'s content, sources as on screen', async () => {
        const docs = await werkruimte({ 'voorbeeldstad.sturing': leesVoorbeeld('voorbeeldstad.sturing') });
        const s = maakSamenvatting(docs['voorbeeldstad.sturing'], 'voorbeeldstad.sturing', bronnen, DATUM);
        const g = s.gemeenten[0];
        const { html, tekst, meldingen } = await leesWord(await samenvattingAlsDocx(s));
        expect(meldingen).toEqual([]);
        // The title block: what the note is about (the gemeente and its period, never the file) and the date in Dutch.
        expect(html).toMatch(/^<p class="titel">Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018<\/p><p><strong>Datum: <\/strong>5 maart 2026<\/p>/);
        // Word's heading styles, in the order of a note: in het kort first, the appendix last.
        expect(koppen(html, 1)).toEqual(['In het kort', 'Typering van de sturing', 'Ambitie en nu', 'Overige aanbevelingen', 'Details', 'Bijlage: waar staat het in het ontwerp'].filter(k => k !== 'Overige aanbevelingen' || g.aanbevelingen.length > 0));
        expect(koppen(html, 2)).toEqual(expect.arrayContaining(['Government, NPM of governance?', 'Governancetype', 'Regie', 'Overzicht', 'Profiel (naar R1 fig. 5)',
            'Beleidscyclus (R1 §2.4)', 'Regie (R1 §2.3 fig. 3)', 'Sturingsniveau (R1 §2.5)', 'Partijen', 'Teams', 'Bevindingen', ...g.aanbevelingen.map(a => a.thema)]));
        expect(koppen(html, 3)).toEqual(g.teams.map(t => `${t.naam}${t.titel ? ` — ${t.titel}` : ''}`));

        // In het kort: the typing, then the weightiest recommendations, each with its note as a superscript number.
        const kort = html.slice(html.indexOf('<h1>In het kort</h1>'), html.indexOf('<h1>Typering van de sturing</h1>'));
        expect(ontsnap(kort)).toContain(g.kort.typering.map(d => d.tekst).join('').trim().slice(0, 60));
        expect(kort).toMatch(/\(redelijk onderbouwd\)<sup>1<\/sup>/);
        expect(kort).toContain(`(R1 §5.3; §5.2 concl. 2).<sup>${g.kort.aanbevelingen[0].noot}</sup>`);

        // The tables hold what the model holds.
        expect(tabelMet(html, 'Onderdeel', 'Beschrijving')).toEqual([['Onderdeel', 'Beschrijving'], ...g.typering.tabel.map(r => [r.onderdeel, r.beschrijving])]);
        expect(tabelMet(html, 'Onderdeel', 'Uitkomst').slice(1)).toEqual(g.overzicht.map(r => [r.onderdeel, r.uitkomst, r.onderbouwing]));
        expect(tabelMet(html, 'Ingrediënt', 'Wat er staat')).toEqual([['Ingrediënt', 'Wat er staat', 'Wijst vooral op'], ...g.profiel.map(r => [r.ingredient, r.geschreven, r.richting])]);
        const cyclus = tabelMet(html, 'Fase', 'Opvatting');
        expect(cyclus[0]).toEqual(['Fase', 'Opvatting', 'Governancetype', 'Gemeente', 'Partijen']);
        expect(cyclus.slice(1).map(r => r[0])).toEqual(['1. verkenning', '2. kaderstelling', '3. uitvoering', '4. evaluatie']);
        expect(cyclus.slice(1).map(r => [r[1], r[2]])).toEqual(g.cyclus.map(f => [f.opvattingTekst, f.type]));
        const regie = tabelMet(html, 'Categorie', 'Bepalende regisseur');
        expect(regie).toHaveLength(1 + 9);
        expect(regie.slice(1).map(r => r.findIndex(c => c.startsWith('✓ ')))).toEqual(g.regie.map(r => r.keuze ? r.cellen.findIndex(c => c.gekozen) + 1 : -1));
        expect(regie.slice(1).filter(r => r.some(c => c.startsWith('✓ ')))).toHaveLength(g.regie.filter(r => r.keuze).length);
        // The appendix: the notes in order, each with its lines, then the findings with line, severity and code.
        const bijlage = html.slice(html.indexOf('<h1>Bijlage: waar staat het in het ontwerp</h1>'));
        expect(ontsnap(bijlage)).toContain(`1. Het governancetype: r. `);
        expect(g.noten.length).toBeGreaterThan(3);
        for (const n of g.noten) expect(bijlage).toContain(`<p>${n.nummer}. `);
        expect(tabelMet(html, 'Regel', 'Ernst').slice(1)).toEqual(g.bevindingen.map(b => [`r. ${b.bereik.start.line + 1}`, b.ernst, b.bericht, b.code ?? '']));
        // Outside the appendix no line number; the file only in the colophon.
        expect(ontsnap(html.slice(0, html.indexOf('<h1>Bijlage')))).not.toMatch(/\br\. \d|voorbeeldstad\.sturing/);
        expect(tekst).toMatch(/Gemaakt met Sturing op 5 maart 2026, uit het ontwerp voorbeeldstad\.sturing\./);

        // Sources as on screen, and nothing left of HTML or Markdown.
        expect(tekst).toContain('R1 §2.2');
        expect(tekst).toContain(g.typering.type[0].tekst);
        expect(tekst).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]|\*\*|__|&[a-z]+;|&#\d+;|\|---|^#+ /m);
    });

    test('Ontwikkeling: the periods side by side in a Word table', async () => {
        const docs = await werkruimte({ 'dorpstad-2018.sturing': fixture('perioden/dorpstad-2018.sturing'), 'dorpstad-2014.sturing': fixture('perioden/dorpstad-2014.sturing') });
        const s = maakSamenvatting(docs['dorpstad-2018.sturing'], 'dorpstad-2018.sturing', bronnen, DATUM);
        const { html } = await leesWord(await samenvattingAlsDocx(s));
        expect(koppen(html, 1)).toContain('Ontwikkeling');
        expect(html).toContain(`<p>${s.gemeenten[0].ontwikkeling!.zin}</p>`);
        const t = tabellen(html).find(x => x[0]?.[1] === '2014 – 2018')!;
        expect(t[0]).toEqual(['', '2014 – 2018', '2018 – 2022 (dit bestand)']);
        expect(t.find(r => r[0] === 'opvatting uitvoering')).toEqual(['opvatting uitvoering', 'governance', 'NPM']);
        expect(t.find(r => r[0] === 'sturing op (nu)')).toEqual(['sturing op (nu)', 'input', 'output']);
    });

    test('text from the file stays text: markup, control characters and lone surrogates make a readable document', async () => {
        const tekst = fixture('xss.sturing').replace('gemeente Xss {', 'gemeente Xss {\n    partij B "bel\u0007 \ud800 en \uffff" soort zorg');
        const docs = await werkruimte({ 'xss.sturing': tekst });
        const s = maakSamenvatting(docs['xss.sturing'], 'xss.sturing', bronnen, DATUM);
        const gelezen = await leesWord(await samenvattingAlsDocx(s));
        expect(gelezen.meldingen).toEqual([]);
        expect(gelezen.tekst).toContain('<script>alert(3)</script>');
        expect(gelezen.tekst).toContain('bel\\u0007 \ufffd en \ufffd');
        expect(gelezen.html).not.toContain('<script');
    });

    test('the comparison as a Word document: one table, the columns of the screen', async () => {
        const docs = await werkruimte({ 'groningen.sturing': leesVoorbeeld('groningen-2014.sturing'), 'voorbeeldstad.sturing': leesVoorbeeld('voorbeeldstad.sturing') });
        const rijen = maakVergelijking(Object.entries(docs).map(([bestand, document]) => ({ document: document as LangiumDocument<Model>, bestand })), bronnen);
        const { html } = await leesWord(await vergelijkingAlsDocx(rijen, DATUM));
        const [t] = tabellen(html);
        expect(t[0]).toEqual(['gemeente', 'periode', 'verantwoordelijkheid', 'rol gemeente per fase', 'kennisbron', 'burgerparticipatie', 'sturing op (nu → ambitie)', 'opvatting', 'governancetype', 'regierol', 'onderbouwing', 'bevindingen']);
        expect(t.slice(1).map(r => [r[0], r[1], r[8]])).toEqual(rijen.map(r => [r.gemeente, r.periode, r.governancetype]));
    });

    test('the date in words', () => {
        expect(datumInWoorden('2026-12-07')).toBe('7 december 2026');
        expect(datumInWoorden('2026-03-05')).toBe('5 maart 2026');
    });
});

describe('the comparison as CSV, read back with csv-parse', () => {
    /** What a researcher's spreadsheet should show per row, written out from the model's fields. */
    function verwacht(r: VergelijkingsRij): Record<string, string> {
        return {
            gemeente: r.gemeente, periode: r.periode ?? '', van: r.periodeVan === null ? '' : String(r.periodeVan), 'tot en met': r.periodeTot === null ? '' : String(r.periodeTot),
            bestand: r.bestand,
            verantwoordelijkheid: r.verantwoordelijkheid, 'verantwoordelijkheid: onderbouwing': r.zekerheid.verantwoordelijkheid,
            'rol gemeente': r.rol, 'rol gemeente per fase': r.rolPerFase, 'rol gemeente: onderbouwing': r.zekerheid.rol,
            kennisbron: r.kennisbron, 'kennisbron: onderbouwing': r.zekerheid.kennisbron,
            burgerparticipatie: r.participatie, 'burgerparticipatie: onderbouwing': r.zekerheid.participatie,
            'sturing op (nu)': r.sturingOpNu, 'sturing op (ambitie)': r.sturingOpAmbitie, 'sturing op: onderbouwing': r.zekerheid.sturingOp,
            opvatting: r.opvattingGeheel, 'opvatting: onderbouwing': r.zekerheid.opvatting,
            'opvatting verkenning': r.opvattingPerFase.verkenning, 'opvatting kaderstelling': r.opvattingPerFase.kaderstelling,
            'opvatting uitvoering': r.opvattingPerFase.uitvoering, 'opvatting evaluatie': r.opvattingPerFase.evaluatie,
            governancetype: r.typeNaam, 'trekje van': r.trekje, 'governancetype: onderbouwing': r.zekerheid.governancetype,
            regierol: r.regierol, 'regierol: onderbouwing': r.zekerheid.regierol,
            fouten: String(r.bevindingen.fout), waarschuwingen: String(r.bevindingen.waarschuwing), info: String(r.bevindingen.info), hints: String(r.bevindingen.hint)
        };
    }

    async function rijen() {
        const docs = await werkruimte({
            'dorpstad-2018.sturing': fixture('perioden/dorpstad-2018.sturing'),
            'dorpstad-2014.sturing': fixture('perioden/dorpstad-2014.sturing'),
            'groningen.sturing': leesVoorbeeld('groningen-2014.sturing'),
            'voorbeeldstad.sturing': leesVoorbeeld('voorbeeldstad.sturing')
        });
        return maakVergelijking(Object.entries(docs).map(([bestand, document]) => ({ document: document as LangiumDocument<Model>, bestand })), bronnen);
    }

    test('UTF-8 with a BOM, `;` between the columns, one row per gemeente per period, the same rows as the model', async () => {
        const model = await rijen();
        const bytes = Buffer.from(vergelijkingAlsCsv(model), 'utf8');
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const records = leesCsv(bytes, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
        expect(records.map(r => [r.gemeente, r.periode])).toEqual([['Dorpstad', '2014 – 2018'], ['Dorpstad', '2018 – 2022'], ['Groningen', '2014 – 2018'], ['Voorbeeldstad', '2015 – 2018']]);
        expect(records).toEqual(model.map(verwacht));
        expect(Object.keys(records[0])).toEqual(Object.keys(verwacht(model[0])));
        // Certainty in words, never a percentage.
        expect(bytes.toString('utf8')).not.toMatch(/\d%/);
    });

    test('a separator, a quote or a formula in a cell stays one cell, as text', async () => {
        const model = (await rijen()).slice(0, 1).map(r => ({ ...r, bestand: '=HYPERLINK("x";"klik"); "a"\nb.sturing' }));
        const records = leesCsv(Buffer.from(vergelijkingAlsCsv(model), 'utf8'), { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
        expect(records).toHaveLength(1);
        expect(records[0].bestand).toBe('\'=HYPERLINK("x";"klik"); "a"\nb.sturing');
        expect(records[0].gemeente).toBe('Dorpstad');
    });
});
