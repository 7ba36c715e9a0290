import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { maakVergelijking } from '../language/summary/comparison.js';
import { samenvattingAlsHtml, vergelijkingAlsHtml } from '../language/summary/render-html.js';
import { vergelijkingAlsCsv } from '../language/summary/render-csv.js';
import { samenvattingAlsDocx, vergelijkingAlsDocx } from '../language/summary/render-docx.js';
import { samenvattingAlsMarkdown, vergelijkingAlsMarkdown } from '../language/summary/render-markdown.js';
import { andereBeschrijvingen } from '../language/summary/ontwikkeling.js';
import { maakSamenvatting, vandaag } from '../language/summary/summary-model.js';
import { schrijfVeilig } from './write-files.js';
import { CliFout } from './files.js';
import { laadWerkruimte } from './workspace.js';

export type Formaat = 'md' | 'html' | 'json' | 'docx' | 'csv';
export const FORMATEN: readonly Formaat[] = ['md', 'html', 'json', 'docx', 'csv'];

export interface SamenvattingOpties {
    /** Undefined: from the extension of an output file, else Markdown. */
    formaat?: Formaat;
    /** A folder, or (with an extension, such as rapport.html) one file. */
    uitvoer?: string;
    vergelijk: boolean;
}

/**
 * `sturing samenvatting`: the same content as the preview, as Markdown, one self-contained HTML file,
 * a Word document (.docx) or JSON, per source file; with --vergelijk (or --format csv, which is
 * always the comparison) the comparison table, also as CSV for a spreadsheet. Returns what to print
 * when no output is given, and the files written otherwise. Two sources with the same name get
 * distinct output names; nothing is written through a symbolic link or onto a source file, and a
 * Word document only to a file named with -o.
 */
export async function samenvatting(paden: readonly string[], opties: SamenvattingOpties, waarschuw?: (t: string) => void): Promise<{ tekst?: string; geschreven: string[] }> {
    const vergelijk = opties.vergelijk || opties.formaat === 'csv' || (opties.uitvoer !== undefined && formaatVan(opties.uitvoer) === 'csv');
    if (opties.formaat === 'docx' && opties.uitvoer === undefined) {
        throw new CliFout('Een Word-document is geen tekst voor het scherm: geef met -o een map of bestand op, bijvoorbeeld -o samenvattingen of -o nota.docx.');
    }
    const { services, documenten } = await laadWerkruimte(paden, waarschuw);
    const rel = (p: string) => path.relative(process.cwd(), p) || p;
    const bronnen = {
        profielen: services.inference.ProfileProvider,
        documentatie: services.documentation.DocumentationProvider,
        andere: andereBeschrijvingen(services, uri => rel(uri.fsPath))
    };
    const bronbestanden = documenten.map(d => d.uri.fsPath);
    const doel = opties.uitvoer === undefined ? undefined : await uitvoerDoel(opties.uitvoer, vergelijk ? 1 : documenten.length);
    const formaat = opties.formaat ?? (doel?.bestand ? formaatVan(doel.bestand) : undefined) ?? 'md';
    if (doel?.bestand && opties.formaat && formaatVan(doel.bestand) && formaatVan(doel.bestand) !== opties.formaat) {
        throw new CliFout(`-o ${opties.uitvoer} heeft een andere extensie dan --format ${opties.formaat}; laat een van beide weg of maak ze gelijk.`);
    }
    if (vergelijk) {
        const rijen = maakVergelijking(documenten.map(document => ({ document, bestand: rel(document.uri.fsPath) })), bronnen);
        const inhoud: string | Uint8Array = formaat === 'json' ? JSON.stringify(rijen, null, 2) + '\n'
            : formaat === 'md' ? vergelijkingAlsMarkdown(rijen)
                : formaat === 'csv' ? vergelijkingAlsCsv(rijen)
                    : formaat === 'docx' ? await vergelijkingAlsDocx(rijen, vandaag())
                        : vergelijkingAlsHtml(rijen, { modus: 'export' });
        if (!doel) return { tekst: inhoud as string, geschreven: [] };
        const bestand = doel.bestand ?? path.join(doel.map!, `vergelijking.${formaat}`);
        await schrijfVeilig(bestand, inhoud, bronbestanden);
        return { geschreven: [bestand] };
    }
    const samenvattingen = documenten.map(d => ({ bron: d.uri.fsPath, model: maakSamenvatting(d, rel(d.uri.fsPath), bronnen) }));
    const alsInhoud = async (s: typeof samenvattingen[number]): Promise<string | Uint8Array> => formaat === 'json' ? JSON.stringify(s.model, null, 2) + '\n'
        : formaat === 'md' ? samenvattingAlsMarkdown(s.model)
            : formaat === 'docx' ? samenvattingAlsDocx(s.model)
                : samenvattingAlsHtml(s.model, { modus: 'export' });
    if (!doel) {
        if (formaat === 'json') return { tekst: JSON.stringify(samenvattingen.map(s => s.model), null, 2) + '\n', geschreven: [] };
        if (formaat === 'md') return { tekst: samenvattingen.map(s => samenvattingAlsMarkdown(s.model)).join('\n'), geschreven: [] };
        if (samenvattingen.length !== 1) throw new CliFout('Met --format html schrijft Sturing één bestand per .sturing-bestand; geef met -o een map op, bijvoorbeeld -o samenvattingen.');
        return { tekst: await alsInhoud(samenvattingen[0]) as string, geschreven: [] };
    }
    const namen = doel.bestand ? [doel.bestand] : uitvoerNamen(samenvattingen.map(s => s.bron), formaat).map(n => path.join(doel.map!, n));
    for (const [i, s] of samenvattingen.entries()) await schrijfVeilig(namen[i], await alsInhoud(s), bronbestanden);
    return { geschreven: namen };
}

function formaatVan(bestand: string): Formaat | undefined {
    const ext = path.extname(bestand).slice(1).toLowerCase();
    return ext === 'htm' ? 'html' : FORMATEN.find(f => f === ext);
}

/**
 * What -o means: an existing folder, or a path without extension, is a folder; a path with an
 * extension (rapport.html) is one file, which only fits when there is one thing to write.
 */
async function uitvoerDoel(o: string, aantal: number): Promise<{ map?: string; bestand?: string }> {
    const stat = await fs.stat(o).catch(() => undefined);
    if (stat?.isDirectory() || (!stat && path.extname(o) === '')) return { map: o };
    if (aantal !== 1) {
        throw new CliFout(`-o ${o} is één bestand, maar er komen ${aantal} samenvattingen (één per .sturing-bestand). Geef een map op, bijvoorbeeld -o samenvattingen, of maak met --vergelijk één tabel.`);
    }
    return { bestand: o };
}

/**
 * `<naam>.samenvatting.<ext>` per source; sources with the same name are told apart by the folders
 * they are in (a/x.sturing → a-x.samenvatting.md), and any name still taken gets a number.
 */
export function uitvoerNamen(bronnen: readonly string[], ext: string): string[] {
    const naam = (b: string) => path.basename(b).replace(/\.sturing$/i, '');
    const telling = new Map<string, number>();
    for (const b of bronnen) telling.set(naam(b).toLowerCase(), (telling.get(naam(b).toLowerCase()) ?? 0) + 1);
    const basis = gemeenschappelijkeMap(bronnen);
    const genomen = new Set<string>();
    return bronnen.map(b => {
        const stam = telling.get(naam(b).toLowerCase())! > 1 ? path.relative(basis, b).replace(/\.sturing$/i, '').split(path.sep).join('-') : naam(b);
        let kandidaat = stam;
        for (let n = 2; genomen.has(kandidaat.toLowerCase()); n++) kandidaat = `${stam}-${n}`;
        genomen.add(kandidaat.toLowerCase());
        return `${kandidaat}.samenvatting.${ext}`;
    });
}

function gemeenschappelijkeMap(bestanden: readonly string[]): string {
    const delen = bestanden.map(b => path.dirname(path.resolve(b)).split(path.sep));
    const eerste = delen[0] ?? [];
    let n = 0;
    while (n < eerste.length && delen.every(d => d[n] === eerste[n])) n++;
    return eerste.slice(0, n).join(path.sep) || path.sep;
}
