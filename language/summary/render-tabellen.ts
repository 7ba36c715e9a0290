import type { Ontwikkeling, VergelijkingsRij } from './summary-types.js';

/**
 * The tables that every rendering shows the same way (HTML, Markdown, Word): their headings and
 * cells as plain text, so the formats cannot drift apart. Escaping is the renderer's job.
 */

export interface Tabel {
    koppen: string[];
    rijen: string[][];
}

/** The periods side by side: one column per period, one row per aspect (R1 hfst. 3 per period). */
export function ontwikkelingsTabel(o: Ontwikkeling): Tabel {
    const p = o.perioden;
    const fasen = p[0]?.opvattingPerFase.map(f => f.fase) ?? [];
    return {
        koppen: ['', ...p.map(x => x.dezePeriode ? `${x.periode} (dit bestand)` : x.periode)],
        rijen: [
            ['governancetype', ...p.map(x => x.governancetype)],
            ...fasen.map((fase, i) => [`opvatting ${fase}`, ...p.map(x => x.opvattingPerFase[i]?.opvatting ?? '—')]),
            ['regierol', ...p.map(x => x.regierol)],
            ['sturing op (nu)', ...p.map(x => x.sturingOp)],
            ['bestand', ...p.map(x => x.bestand)]
        ]
    };
}

export type VergelijkingsKolom = { kop: string; cel: (r: VergelijkingsRij) => string };

/** The comparison as a reader sees it on screen, in Markdown and in Word (R1 fig. 13). */
export const VERGELIJKING_KOLOMMEN: readonly VergelijkingsKolom[] = [
    { kop: 'gemeente', cel: r => r.gemeente },
    { kop: 'periode', cel: r => r.periode ?? '—' },
    { kop: 'verantwoordelijkheid', cel: r => r.verantwoordelijkheid },
    { kop: 'rol gemeente per fase', cel: r => r.rolPerFase },
    { kop: 'kennisbron', cel: r => r.kennisbron },
    { kop: 'burgerparticipatie', cel: r => r.participatie },
    { kop: 'sturing op (nu → ambitie)', cel: r => r.sturingOp },
    { kop: 'opvatting', cel: r => r.opvatting },
    { kop: 'governancetype', cel: r => r.governancetype },
    { kop: 'regierol', cel: r => r.regierol },
    { kop: 'onderbouwing', cel: r => r.onderbouwing },
    { kop: 'bevindingen', cel: r => String(aantalBevindingen(r)) }
];

export function aantalBevindingen(r: VergelijkingsRij): number {
    return r.bevindingen.fout + r.bevindingen.waarschuwing + r.bevindingen.info + r.bevindingen.hint;
}

/** How many gemeenten the rows hold, and how many of them more than one period. */
export function telling(rijen: readonly VergelijkingsRij[]): { gemeenten: number; meerPerioden: number } {
    const per = new Map<string, number>();
    for (const r of rijen) per.set(r.gemeente, (per.get(r.gemeente) ?? 0) + 1);
    return { gemeenten: per.size, meerPerioden: [...per.values()].filter(n => n > 1).length };
}
