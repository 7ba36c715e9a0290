import {
    AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
    type ISectionOptions
} from 'docx';
import { BRONNEN } from '../framework/sources.js';
import { zichtbaar } from '../util/zichtbaar.js';
import {
    bijlageUitleg, colofon, cyclusTabel, datumInWoorden, KOPPEN, nootTekst, ontwikkelingsTabel, overzichtsTabel, telling, VERGELIJKING_KOLOMMEN
} from './render-tabellen.js';
import type { AanbevelingPunt, Bevinding, GemeenteSamenvatting, Samenvatting, Tekst, VergelijkingsRij } from './summary-types.js';

/**
 * The summary as a Word document (.docx), for an advisor's note to the college or the council: the
 * same content as the HTML export, with Word's own heading styles (so the navigation pane and a table
 * of contents work), real tables, the notes as superscript numbers, the sources as on screen ("R1 §2.2"),
 * the gemeente and its period as the title with the date below it, and the source file in the colophon. Built with the `docx` package, which runs in Node and in the browser alike; the
 * bytes come back as a Uint8Array for a file or a download.
 */

/** Re-exported for the tests and for whoever imported it from here before it moved to render-tabellen.ts. */
export { datumInWoorden };
/**
 * Text from a source file as Word may hold it: control characters written out visibly (as in the other
 * exports), line breaks as spaces, and the few characters XML cannot carry (a lone surrogate, U+FFFE,
 * U+FFFF) as the replacement character, so no file can make a broken document.
 */
function schoon(tekst: unknown): string {
    return zichtbaar(String(tekst ?? '').replace(/\r?\n/g, ' '))
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD');
}

type Deel = string | { tekst: string; vet?: boolean; cursief?: boolean; superschrift?: boolean };

function runs(delen: readonly Deel[]): TextRun[] {
    return delen.map(d => typeof d === 'string' ? new TextRun(schoon(d)) : new TextRun({ text: schoon(d.tekst), bold: d.vet, italics: d.cursief, superScript: d.superschrift }));
}

/** A paragraph of the note as runs: each note number in superscript, as a note reference in Word looks. */
function tekstDelen(t: Tekst): Deel[] {
    return t.flatMap((d, i) => {
        const tekst = i === 0 ? d.tekst.trimStart() : i === t.length - 1 ? d.tekst.trimEnd() : d.tekst;
        return d.noot ? [tekst, { tekst: String(d.noot), superschrift: true }] : [tekst];
    });
}

function aanbevelingDelen(a: AanbevelingPunt): Deel[] {
    return [`${a.tekst.replace(/\.$/, '')} (${a.bron}).`, { tekst: String(a.noot), superschrift: true }];
}

function alinea(...delen: Deel[]): Paragraph {
    return new Paragraph({ children: runs(delen), spacing: { after: 120 } });
}

function kop(niveau: 1 | 2 | 3 | 4, tekst: string, nieuwePagina = false): Paragraph {
    const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][niveau - 1];
    return new Paragraph({ heading, children: runs([tekst]), pageBreakBefore: nieuwePagina, keepNext: true });
}

function punt(...delen: Deel[]): Paragraph {
    return new Paragraph({ children: runs(delen), bullet: { level: 0 } });
}

/** A cell: plain text, or marked (bold on a light background) like the chosen cells of the regie model. */
type Cel = string | { tekst: string; gemarkeerd?: boolean; vet?: boolean };

const KOPKLEUR = 'E7ECF2';
const MARKEERKLEUR = 'DDEBDD';

function cel(c: Cel, kop = false): TableCell {
    const tekst = typeof c === 'string' ? c : c.tekst;
    const gemarkeerd = typeof c !== 'string' && c.gemarkeerd;
    const vet = kop || (typeof c !== 'string' && (c.vet || c.gemarkeerd));
    return new TableCell({
        children: [new Paragraph({ children: [new TextRun({ text: schoon(tekst), bold: vet })] })],
        shading: kop ? { type: ShadingType.CLEAR, color: 'auto', fill: KOPKLEUR } : gemarkeerd ? { type: ShadingType.CLEAR, color: 'auto', fill: MARKEERKLEUR } : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 }
    });
}

/** A real Word table: a header row that repeats on every page, then the rows. */
function tabel(koppen: readonly string[], rijen: ReadonlyArray<readonly Cel[]>, opties: { rijKoppen?: boolean } = {}): Table {
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: koppen.map(k => cel(k, true)) }),
            ...rijen.map(r => new TableRow({ cantSplit: true, children: r.map((c, i) => cel(opties.rijKoppen && i === 0 && typeof c === 'string' ? { tekst: c, vet: true } : c)) }))
        ]
    });
}

/** Space after a table, so the next heading does not stick to it. */
function naTabel(): Paragraph {
    return new Paragraph({ children: [], spacing: { after: 120 } });
}

function titelblok(titel: string, velden: Array<[string, string]>): Paragraph[] {
    return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs([titel]) }),
        ...velden.map(([label, waarde]) => new Paragraph({ children: runs([{ tekst: `${label}: `, vet: true }, waarde]), spacing: { after: 60 } })),
        new Paragraph({ children: [], spacing: { after: 240 } })
    ];
}

function voettekst(tekst: string): { default: Footer } {
    return {
        default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${schoon(tekst)} · pagina `, size: 18 }), new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })]
        })
    };
}

function document(titel: string, onderwerp: string, secties: ISectionOptions[]): Document {
    return new Document({
        title: schoon(titel),
        subject: onderwerp,
        creator: 'Sturing',
        lastModifiedBy: 'Sturing',
        description: `Gemaakt met Sturing, naar het raamwerk van R1 (${BRONNEN.R1}) en R2 (${BRONNEN.R2}).`,
        styles: {
            default: {
                document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } },
                title: { run: { font: 'Calibri', size: 44, color: '1F3864' } },
                heading1: { run: { font: 'Calibri', size: 34, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 } } },
                heading2: { run: { font: 'Calibri', size: 28, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 240, after: 100 } } },
                heading3: { run: { font: 'Calibri', size: 24, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 80 } } },
                heading4: { run: { font: 'Calibri', size: 22, bold: true, italics: false, color: '404040' }, paragraph: { spacing: { before: 160, after: 60 } } }
            }
        },
        sections: secties
    });
}

async function alsBytes(doc: Document): Promise<Uint8Array> {
    return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The summary of one document as a .docx file: a note for the college or the council. */
export async function samenvattingAlsDocx(s: Samenvatting): Promise<Uint8Array> {
    const titel = s.titel;
    const kinderen: Array<Paragraph | Table> = titelblok(titel, [['Datum', datumInWoorden(s.datum)]]);
    if (s.gemeenten.length === 0) kinderen.push(alinea('Dit ontwerp beschrijft nog geen gemeente.'));
    const meer = s.gemeenten.length > 1;
    s.gemeenten.forEach((g, i) => kinderen.push(...gemeente(g, s, meer ? 1 : 0, i > 0)));
    if (s.overigeBevindingen.length) kinderen.push(kop(1, KOPPEN.overigeBevindingen), ...bevindingen(s.overigeBevindingen));
    kinderen.push(new Paragraph({ children: runs([{ tekst: colofon(s, datumInWoorden(s.datum)), cursief: true }]), spacing: { before: 360 } }));
    return alsBytes(document(titel, 'Bestuurlijke samenvatting van een sturingsontwerp', [{ footers: voettekst(titel), children: kinderen }]));
}

function gemeente(g: GemeenteSamenvatting, s: Samenvatting, diepte: number, nieuwePagina: boolean): Array<Paragraph | Table> {
    const t = g.typering;
    const k = (n: number, tekst: string, pagina = false) => kop(Math.min(4, n + diepte) as 1 | 2 | 3 | 4, tekst, pagina);
    const uit: Array<Paragraph | Table> = [];
    if (diepte) uit.push(kop(1, g.titel, nieuwePagina));
    if (g.voorlopig) uit.push(alinea({ tekst: 'Voorlopig: ', vet: true }, 'het ontwerp bevat fouten. Wat niet gelezen kon worden, telt nog niet mee.'));

    uit.push(k(1, KOPPEN.kort), alinea(...tekstDelen(g.kort.typering)));
    if (g.kort.aanbevelingen.length) {
        uit.push(alinea(KOPPEN.belangrijkste), ...g.kort.aanbevelingen.map((a, i) => new Paragraph({ children: runs([`${i + 1}. `, ...aanbevelingDelen(a)]), indent: { left: 360, hanging: 360 }, spacing: { after: 80 } })));
    }

    uit.push(k(1, KOPPEN.typering));
    if (g.toelichting) uit.push(alinea(g.toelichting));
    uit.push(tabel(['Onderdeel', 'Beschrijving'], t.tabel.map(r => [r.onderdeel, r.beschrijving]), { rijKoppen: true }), naTabel());
    uit.push(k(2, KOPPEN.opvatting), ...(t.fasen.length ? t.fasen.map(f => alinea(...tekstDelen(f.tekst))) : [alinea('Er zijn nog geen fasen beschreven.')]));
    uit.push(k(2, KOPPEN.type), alinea(...tekstDelen(t.type)), k(2, KOPPEN.regie), alinea(...tekstDelen(t.regie)));
    if (t.ambitie) uit.push(k(1, KOPPEN.ambitie), alinea(...tekstDelen(t.ambitie)));
    if (g.ontwikkeling) {
        const o = ontwikkelingsTabel(g.ontwikkeling);
        uit.push(k(1, KOPPEN.ontwikkeling), alinea(g.ontwikkeling.zin), tabel(o.koppen, o.rijen, { rijKoppen: true }), naTabel());
    }
    if (g.aanbevelingen.length) {
        uit.push(k(1, KOPPEN.overige));
        for (const thema of g.aanbevelingen) uit.push(k(2, thema.thema), ...thema.punten.map(a => punt(...aanbevelingDelen(a))));
    }

    const overzicht = overzichtsTabel(g);
    uit.push(k(1, KOPPEN.details), k(2, KOPPEN.overzicht), tabel(hoofdletter(overzicht.koppen), overzicht.rijen, { rijKoppen: true }), naTabel());
    uit.push(k(2, KOPPEN.profiel), tabel(['Ingrediënt', 'Wat er staat', 'Wijst vooral op'], g.profiel.map(r => [r.ingredient, r.geschreven, r.richting]), { rijKoppen: true }), naTabel());
    const cyclus = cyclusTabel(g.cyclus);
    uit.push(k(2, KOPPEN.cyclus), tabel(hoofdletter(cyclus.koppen), cyclus.rijen.map((r, i) => g.cyclus[i].aanwezig ? r : [r[0], { tekst: r[1], vet: true }, ...r.slice(2)]), { rijKoppen: true }), naTabel());
    uit.push(k(2, KOPPEN.regiemodel), alinea(g.regierollen.map(r => `${r.label}: ${r.aantal}`).join(' · ')),
        tabel(['Categorie', 'Bepalende regisseur', 'Coproducent', 'Facilitator'], g.regie.map(r => [
            r.keuze ? r.label : `${r.label} (niet ingevuld)`,
            ...r.cellen.map(c => c.gekozen ? { tekst: `✓ ${c.tekst}`, gemarkeerd: true } : c.tekst)
        ]), { rijKoppen: true }), naTabel());
    uit.push(k(2, KOPPEN.niveau), tabel(['Niveau', 'Nu of ambitie', 'Fasen', 'Wat het betekent'], g.ladder.map(x => [
        x.niveau, [x.huidig ? 'nu' : '', x.ambitie ? 'ambitie' : ''].filter(Boolean).join(' + '), x.fasen.join(', '), x.uitleg
    ]), { rijKoppen: true }), naTabel());
    if (g.partijen.length) {
        uit.push(k(2, KOPPEN.partijen), tabel(['Naam', 'In het ontwerp', 'Soort', 'Sector'], g.partijen.map(x => [x.titel ?? x.naam, x.naam, x.soort, x.sector ?? ''])), naTabel());
    }
    if (g.teams.length) {
        uit.push(k(2, KOPPEN.teams));
        for (const team of g.teams) {
            uit.push(k(3, `${team.naam}${team.titel ? ` — ${team.titel}` : ''}`));
            if (team.toelichting) uit.push(alinea(team.toelichting));
            uit.push(punt({ tekst: 'Kenmerken: ', vet: true }, team.kenmerken.join(', ') || 'geen'), punt({ tekst: 'Leden: ', vet: true }, team.leden.join(', ') || 'geen'));
            for (const d of team.doelen) uit.push(punt({ tekst: 'Doel: ', vet: true }, d.omschrijving, d.indicatoren.length ? ` — indicator: ${d.indicatoren.join('; ')}` : ' (geen indicator)'));
        }
    }
    uit.push(k(1, KOPPEN.bijlage, true), alinea({ tekst: bijlageUitleg(s), cursief: true }));
    uit.push(...g.noten.map(n => new Paragraph({ children: runs([`${n.nummer}. `, nootTekst(n)]), indent: { left: 360, hanging: 360 }, spacing: { after: 60 } })));
    uit.push(k(2, KOPPEN.bevindingen), ...bevindingen(g.bevindingen));
    return uit;
}

function hoofdletter(koppen: readonly string[]): string[] {
    return koppen.map(x => x.charAt(0).toUpperCase() + x.slice(1));
}

function bevindingen(lijst: readonly Bevinding[]): Array<Paragraph | Table> {
    if (lijst.length === 0) return [alinea('Geen bevindingen.')];
    return [tabel(['Regel', 'Ernst', 'Bevinding', 'Code'], lijst.map(b => [`r. ${b.bereik.start.line + 1}`, b.ernst, b.bericht, b.code ?? ''])), naTabel()];
}

/** The comparison across municipalities (R1 fig. 13) as a .docx file, on landscape pages. */
export async function vergelijkingAlsDocx(rijen: readonly VergelijkingsRij[], datum: string): Promise<Uint8Array> {
    const titel = 'Vergelijking van gemeenten';
    const { gemeenten } = telling(rijen);
    const kinderen: Array<Paragraph | Table> = [
        ...titelblok(titel, [['Gemeenten', `${gemeenten}${rijen.length !== gemeenten ? ` (${rijen.length} rijen, één per periode)` : ''}`], ['Datum', datumInWoorden(datum)]]),
        tabel(VERGELIJKING_KOLOMMEN.map(k => k.kop), rijen.map(r => VERGELIJKING_KOLOMMEN.map(k => k.cel(r))), { rijKoppen: true }),
        new Paragraph({ children: runs([{ tekst: 'Kolommen naar het overzicht van de onderzoekers (R1 fig. 13) en het raamwerk van R1 §2.1–2.5. De onderbouwing zegt hoeveel het afgeleide type op gegevens rust.', cursief: true }]), spacing: { before: 240 } })
    ];
    return alsBytes(document(titel, 'Vergelijking van sturingsontwerpen', [{
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: voettekst(titel),
        children: kinderen
    }]));
}
