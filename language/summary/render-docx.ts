import {
    AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
    type ISectionOptions
} from 'docx';
import { BRONNEN } from '../framework/sources.js';
import { regelsZin } from '../presentation/profile-text.js';
import { zichtbaar } from '../util/zichtbaar.js';
import { ontwikkelingsTabel, telling, VERGELIJKING_KOLOMMEN } from './render-tabellen.js';
import type { Bevinding, GemeenteSamenvatting, Samenvatting, VergelijkingsRij } from './summary-types.js';

/**
 * The summary as a Word document (.docx), for an advisor's note to the college or the council: the
 * same content as the HTML export, with Word's own heading styles (so the navigation pane and a table
 * of contents work), real tables, the sources as on screen ("R1 §2.2"), and the date and source file
 * in the title block. Built with the `docx` package, which runs in Node and in the browser alike; the
 * bytes come back as a Uint8Array for a file or a download.
 */

const OPVATTING = { government: 'government', npm: 'NPM', governance: 'governance' } as const;
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-12-07" → "7 december 2026": how a Dutch note writes a date. */
export function datumInWoorden(iso: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/**
 * Text from a source file as Word may hold it: control characters written out visibly (as in the other
 * exports), line breaks as spaces, and the few characters XML cannot carry (a lone surrogate, U+FFFE,
 * U+FFFF) as the replacement character, so no file can make a broken document.
 */
function schoon(tekst: unknown): string {
    return zichtbaar(String(tekst ?? '').replace(/\r?\n/g, ' '))
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD');
}

type Deel = string | { tekst: string; vet?: boolean; cursief?: boolean };

function runs(delen: readonly Deel[]): TextRun[] {
    return delen.map(d => typeof d === 'string' ? new TextRun(schoon(d)) : new TextRun({ text: schoon(d.tekst), bold: d.vet, italics: d.cursief }));
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

function titelblok(titel: string, regels: Array<[string, string]>): Paragraph[] {
    return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs([titel]) }),
        ...regels.map(([label, waarde]) => new Paragraph({ children: runs([{ tekst: `${label}: `, vet: true }, waarde]), spacing: { after: 60 } })),
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

/** The title of a summary: the gemeente(n) and period, as a note would have it. */
function titelVan(s: Samenvatting): string {
    if (s.gemeenten.length === 1) {
        const g = s.gemeenten[0];
        return `Sturingsprofiel gemeente ${g.naam}${g.periode ? `, ${g.periode}` : ''}`;
    }
    return 'Sturingsprofiel';
}

/** The summary of one document as a .docx file. */
export async function samenvattingAlsDocx(s: Samenvatting): Promise<Uint8Array> {
    const titel = titelVan(s);
    const kinderen: Array<Paragraph | Table> = titelblok(titel, [
        ...(s.gemeenten.length > 1 ? [['Gemeenten', s.gemeenten.map(g => g.naam).join(', ')] as [string, string]] : []),
        ['Bronbestand', s.bestand],
        ['Datum', datumInWoorden(s.datum)]
    ]);
    if (s.gemeenten.length === 0) kinderen.push(alinea('Dit bestand beschrijft nog geen gemeente.'));
    s.gemeenten.forEach((g, i) => kinderen.push(...gemeente(g, i > 0)));
    if (s.overigeBevindingen.length) kinderen.push(kop(2, 'Overige bevindingen'), ...bevindingen(s.overigeBevindingen));
    kinderen.push(new Paragraph({ children: runs([{ tekst: `Bronnen: R1 — ${BRONNEN.R1}; R2 — ${BRONNEN.R2}. Sturing typeert volgens het raamwerk van deze onderzoeken; de praktijk is altijd een mengvorm.`, cursief: true }]), spacing: { before: 360 } }));
    return alsBytes(document(titel, 'Bestuurlijke samenvatting van een sturingsontwerp', [{ footers: voettekst(`${titel} · ${s.bestand}`), children: kinderen }]));
}

function gemeente(g: GemeenteSamenvatting, nieuwePagina: boolean): Array<Paragraph | Table> {
    const t = g.typering;
    const uit: Array<Paragraph | Table> = [kop(1, `Gemeente ${g.naam}`, nieuwePagina)];
    const feiten: Array<[string, string]> = [];
    if (g.periode) feiten.push(['Periode', g.periode]);
    if (g.probleem) feiten.push(['Probleem', g.probleem]);
    for (const [label, waarde] of feiten) uit.push(new Paragraph({ children: runs([{ tekst: `${label}: `, vet: true }, waarde]), spacing: { after: 60 } }));
    if (g.voorlopig) uit.push(alinea({ tekst: 'Voorlopig: ', vet: true }, 'het bestand bevat fouten. Wat niet gelezen kon worden, telt nog niet mee.'));
    if (g.toelichting) uit.push(alinea(g.toelichting));

    uit.push(kop(2, 'Typering van de sturing'), tabel(['Onderdeel', 'Beschrijving'], t.tabel.map(r => [r.onderdeel, r.beschrijving]), { rijKoppen: true }), naTabel());
    uit.push(kop(3, 'Government, NPM of governance?'), ...(t.fasen.length ? t.fasen.map(f => alinea(f.tekst)) : [alinea('Er zijn nog geen fasen beschreven.')]));
    uit.push(kop(3, 'Governancetype'), alinea(t.type), kop(3, 'Regie'), alinea(t.regie));
    if (t.ambitie) uit.push(kop(2, 'Ambitie en nu'), alinea(t.ambitie));
    if (g.ontwikkeling) {
        const o = ontwikkelingsTabel(g.ontwikkeling);
        uit.push(kop(2, 'Ontwikkeling'), alinea(g.ontwikkeling.zin), tabel(o.koppen, o.rijen, { rijKoppen: true }), naTabel());
    }

    uit.push(kop(2, 'Aandachtspunten en aanbevelingen'));
    if (g.aanbevelingen.length === 0) uit.push(alinea('Sturing ziet in dit ontwerp geen punten die om een aanbeveling vragen.'));
    for (const thema of g.aanbevelingen) {
        uit.push(kop(3, thema.thema), ...thema.punten.map(a => punt(`${a.tekst} `, { tekst: `Bron: ${a.bron}. Naar aanleiding van ${regelsZin(a.naarAanleidingVan.map(x => x.regel))}.`, cursief: true })));
    }

    uit.push(kop(2, 'Details'), tabel(['Onderdeel', 'Uitkomst'], [
        ['Governancetype', `${g.typeZin}${g.gedeclareerd ? ` (zelf opgegeven: ${g.gedeclareerd})` : ''}`],
        ['Onderbouwing', g.onderbouwing],
        ['Sturingsopvatting', g.opvattingZin],
        ['Regierol', g.regieZin],
        ['Sturing op', g.niveauZin],
        ['Beleidscyclus', g.cyclusZin],
        ...(g.ambitieType ? [['Ambitie', g.ambitieType]] : [])
    ], { rijKoppen: true }), naTabel());
    if (g.waarom.length) uit.push(alinea({ tekst: 'Waarom dit type:', vet: true }), ...g.waarom.map(w => punt(w)));

    uit.push(kop(3, 'Profiel (naar R1 fig. 5)'), tabel(['Ingrediënt', 'Wat er staat', 'Wijst vooral op'], g.profiel.map(r => [r.ingredient, r.geschreven, r.richting]), { rijKoppen: true }), naTabel());
    uit.push(kop(3, 'Beleidscyclus (R1 §2.4)'), tabel(['Fase', 'Opvatting', 'Gemeente', 'Partijen'], g.cyclus.map(f => [
        `${f.nummer}. ${f.fase}`,
        f.aanwezig ? (f.opvatting ? OPVATTING[f.opvatting] : 'onbepaald') : { tekst: 'ontbreekt', vet: true },
        f.rollen.join(', ') || '—',
        f.partijen.join('; ') || '—'
    ]), { rijKoppen: true }), naTabel());
    uit.push(kop(3, 'Governancetype per fase (R1 §2.2)'));
    uit.push(...(g.typePerFase.length ? [tabel(['Fase', 'Governancetype', 'Onderbouwing'], g.typePerFase.map(f => [f.fase, f.type, f.onderbouwing]), { rijKoppen: true }), naTabel()] : [alinea('Nog geen fasen beschreven.')]));
    uit.push(kop(3, 'Regie (R1 §2.3 fig. 3)'), alinea(g.regierollen.map(r => `${r.label}: ${r.aantal}`).join(' · ')),
        tabel(['Categorie', 'Bepalende regisseur', 'Coproducent', 'Facilitator'], g.regie.map(r => [
            r.keuze ? r.label : `${r.label} (niet ingevuld)`,
            ...r.cellen.map(c => c.gekozen ? { tekst: `✓ ${c.tekst}`, gemarkeerd: true } : c.tekst)
        ]), { rijKoppen: true }), naTabel());
    uit.push(kop(3, 'Sturingsniveau (R1 §2.5)'), tabel(['Niveau', 'Nu of ambitie', 'Fasen', 'Wat het betekent'], g.ladder.map(t => [
        t.niveau, [t.huidig ? 'nu' : '', t.ambitie ? 'ambitie' : ''].filter(Boolean).join(' + '), t.fasen.join(', '), t.uitleg
    ]), { rijKoppen: true }), naTabel());
    if (g.partijen.length) {
        uit.push(kop(3, 'Partijen'), tabel(['Naam', 'Soort', 'Volledige naam', 'Sector'], g.partijen.map(x => [x.naam, x.soort, x.titel ?? '', x.sector ?? ''])), naTabel());
    }
    if (g.teams.length) {
        uit.push(kop(3, 'Teams'));
        for (const team of g.teams) {
            uit.push(kop(4, `${team.naam}${team.titel ? ` — ${team.titel}` : ''}`));
            if (team.toelichting) uit.push(alinea(team.toelichting));
            uit.push(punt({ tekst: 'Kenmerken: ', vet: true }, team.kenmerken.join(', ') || 'geen'), punt({ tekst: 'Leden: ', vet: true }, team.leden.join(', ') || 'geen'));
            for (const d of team.doelen) uit.push(punt({ tekst: 'Doel: ', vet: true }, d.omschrijving, d.indicatoren.length ? ` — indicator: ${d.indicatoren.join('; ')}` : ' (geen indicator)'));
        }
    }
    uit.push(kop(2, 'Bijlage: alle bevindingen'), ...bevindingen(g.bevindingen));
    return uit;
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
