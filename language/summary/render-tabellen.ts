import { BRONNEN } from '../framework/sources.js';
import { opsomming } from '../presentation/profile-text.js';
import type { CyclusFase, GemeenteSamenvatting, Noot, Ontwikkeling, Samenvatting, VergelijkingsRij } from './summary-types.js';

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
            ['sturing op (nu)', ...p.map(x => x.sturingOp)]
        ]
    };
}

/** The headings of the note, the same in every format. */
export const KOPPEN = {
    kort: 'In het kort',
    belangrijkste: 'De belangrijkste aanbevelingen:',
    typering: 'Typering van de sturing',
    opvatting: 'Government, NPM of governance?',
    type: 'Governancetype',
    regie: 'Regie',
    ambitie: 'Ambitie en nu',
    ontwikkeling: 'Ontwikkeling',
    overige: 'Overige aanbevelingen',
    details: 'Details',
    overzicht: 'Overzicht',
    profiel: 'Profiel (naar R1 fig. 5)',
    cyclus: 'Beleidscyclus (R1 §2.4)',
    regiemodel: 'Regie (R1 §2.3 fig. 3)',
    niveau: 'Sturingsniveau (R1 §2.5)',
    partijen: 'Partijen',
    teams: 'Teams',
    bijlage: 'Bijlage: waar staat het in het ontwerp',
    bevindingen: 'Bevindingen',
    overigeBevindingen: 'Overige bevindingen'
} as const;

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-12-07" → "7 december 2026": how a Dutch note writes a date. */
export function datumInWoorden(iso: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1]} ${m[1]}` : iso;
}

const SUPERSCHRIFT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A note number as superscript digits, for text without markup (Markdown): "¹²". */
export function superschrift(n: number): string {
    return String(n).split('').map(c => SUPERSCHRIFT[Number(c)]).join('');
}

/** "r. 27, 28 en 31". */
export function regelnummersTekst(regelnummers: readonly number[]): string {
    return `r. ${opsomming(regelnummers.map(String))}`;
}

/** One note of the appendix: "De verkenning: r. 27, 28 en 31", a recommendation with the findings that call for it. */
export function nootTekst(n: Noot): string {
    const over = n.over.charAt(0).toUpperCase() + n.over.slice(1);
    if (n.bevindingen?.length) return `${over}: naar aanleiding van ${opsomming(n.bevindingen.map(b => `r. ${b.regelnummer} (${b.code})`))}`;
    return `${over}: ${regelnummersTekst(n.regelnummers)}`;
}

/** The sentence under the appendix's heading. */
export function bijlageUitleg(s: Samenvatting): string {
    return `De cijfers in de tekst verwijzen naar deze lijst. "r." staat voor een regel van het ontwerp (${s.bestand}); een code tussen haakjes is de naam van de controle in Sturing die het opmerkte.`;
}

/** The colophon under the note: where it comes from (the file, and the files of other periods) and what it rests on. */
export function colofon(s: Samenvatting, datum: string): string {
    const andere = s.gemeenten.flatMap(g => (g.ontwikkeling?.perioden ?? []).filter(p => !p.dezePeriode).map(p => `${p.periode}: ${p.bestand}`));
    return `Gemaakt met Sturing op ${datum}, uit het ontwerp ${s.bestand}${andere.length ? ` (de andere perioden onder Ontwikkeling: ${andere.join('; ')})` : ''}. Bronnen: R1 — ${BRONNEN.R1}; R2 — ${BRONNEN.R2}. Sturing typeert volgens het raamwerk van deze onderzoeken; de praktijk is altijd een mengvorm.`;
}

/** The details' overview: what Sturing concludes and how firm that is. */
export function overzichtsTabel(g: GemeenteSamenvatting): Tabel {
    return { koppen: ['onderdeel', 'uitkomst', 'onderbouwing'], rijen: g.overzicht.map(r => [r.onderdeel, r.uitkomst, r.onderbouwing]) };
}

/** The cycle: each phase with its conception, its type, the municipality's roles and the parties' roles. */
export function cyclusTabel(fasen: readonly CyclusFase[]): Tabel {
    return {
        koppen: ['fase', 'opvatting', 'governancetype', 'gemeente', 'partijen'],
        rijen: fasen.map(f => [`${f.nummer}. ${f.fase}`, f.opvattingTekst, f.type, f.rollen.join(', ') || '—', f.partijen.join('; ') || '—'])
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
