import type { FaseSoort } from '../generated/ast.js';
import type { VergelijkingsRij } from './summary-types.js';

/**
 * The comparison as a spreadsheet (CSV) that opens correctly in a Dutch Excel: UTF-8 with a byte
 * order mark, `;` between the columns (Excel's list separator in the Dutch locale, where `,` is the
 * decimal comma), lines ending in CRLF, quotes only where a cell needs them (RFC 4180). One row per
 * gemeente per period, the columns of the researchers' overview (R1 fig. 13), each with how well it
 * is founded in words, and the number of findings per severity. The cells are the comparison model's
 * own values; numbers are whole (years, counts), so there are no decimals or dates to write in Dutch
 * form.
 */

export interface CsvKolom {
    kop: string;
    waarde(r: VergelijkingsRij): string | number | null;
}

const FASEN: readonly FaseSoort[] = ['verkenning', 'kaderstelling', 'uitvoering', 'evaluatie'];

export const CSV_KOLOMMEN: readonly CsvKolom[] = [
    { kop: 'gemeente', waarde: r => r.gemeente },
    { kop: 'periode', waarde: r => r.periode },
    { kop: 'van', waarde: r => r.periodeVan },
    { kop: 'tot en met', waarde: r => r.periodeTot },
    { kop: 'bestand', waarde: r => r.bestand },
    { kop: 'verantwoordelijkheid', waarde: r => r.verantwoordelijkheid },
    { kop: 'verantwoordelijkheid: onderbouwing', waarde: r => r.zekerheid.verantwoordelijkheid },
    { kop: 'rol gemeente', waarde: r => r.rol },
    { kop: 'rol gemeente per fase', waarde: r => r.rolPerFase },
    { kop: 'rol gemeente: onderbouwing', waarde: r => r.zekerheid.rol },
    { kop: 'kennisbron', waarde: r => r.kennisbron },
    { kop: 'kennisbron: onderbouwing', waarde: r => r.zekerheid.kennisbron },
    { kop: 'burgerparticipatie', waarde: r => r.participatie },
    { kop: 'burgerparticipatie: onderbouwing', waarde: r => r.zekerheid.participatie },
    { kop: 'sturing op (nu)', waarde: r => r.sturingOpNu },
    { kop: 'sturing op (ambitie)', waarde: r => r.sturingOpAmbitie },
    { kop: 'sturing op: onderbouwing', waarde: r => r.zekerheid.sturingOp },
    { kop: 'opvatting', waarde: r => r.opvattingGeheel },
    { kop: 'opvatting: onderbouwing', waarde: r => r.zekerheid.opvatting },
    ...FASEN.map(fase => ({ kop: `opvatting ${fase}`, waarde: (r: VergelijkingsRij) => r.opvattingPerFase[fase] })),
    { kop: 'governancetype', waarde: r => r.typeNaam },
    { kop: 'trekje van', waarde: r => r.trekje },
    { kop: 'governancetype: onderbouwing', waarde: r => r.zekerheid.governancetype },
    { kop: 'regierol', waarde: r => r.regierol },
    { kop: 'regierol: onderbouwing', waarde: r => r.zekerheid.regierol },
    { kop: 'fouten', waarde: r => r.bevindingen.fout },
    { kop: 'waarschuwingen', waarde: r => r.bevindingen.waarschuwing },
    { kop: 'info', waarde: r => r.bevindingen.info },
    { kop: 'hints', waarde: r => r.bevindingen.hint }
];

const BOM = '\uFEFF';
const SCHEIDING = ';';

/** A number as a Dutch spreadsheet reads it: a decimal comma, no thousands separator. */
function getal(n: number): string {
    return String(n).replace('.', ',');
}

/**
 * One cell. Text that a spreadsheet would read as a formula (starting with =, +, -, @ or a tab) gets
 * a leading apostrophe, so a name in a file can never run as a formula; a cell with the separator,
 * a quote or a line break is quoted.
 */
function cel(waarde: string | number | null): string {
    if (waarde === null) return '';
    if (typeof waarde === 'number') return getal(waarde);
    const tekst = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
    return /[;"\r\n]|^\s|\s$/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** The comparison as CSV text, BOM first; write it as UTF-8. */
export function vergelijkingAlsCsv(rijen: readonly VergelijkingsRij[]): string {
    const tabel = [CSV_KOLOMMEN.map(k => cel(k.kop)), ...rijen.map(r => CSV_KOLOMMEN.map(k => cel(k.waarde(r))))];
    return BOM + tabel.map(r => r.join(SCHEIDING)).join('\r\n') + '\r\n';
}
