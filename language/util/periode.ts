import type { Gemeente } from '../generated/ast.js';

/**
 * The years a description of a gemeente covers (`periode 2015 - 2018`), as a half-open span of years:
 * a period runs up to its last year, the way council terms are written (2014 - 2018, then
 * 2018 - 2022), so two periods that only share that boundary year do not overlap. A single year
 * (`periode 2016`) is that one year. Keuze: R1 names periods by years only, not by dates.
 */
export interface Jaren {
    van: number;
    /** The first year after the period (exclusive). */
    totExclusief: number;
    /** The last year as written (the first for a single year). */
    laatste: number;
    /** As written: `2015 – 2018` or `2016`. */
    tekst: string;
}

/** The gemeente's period (its first `periode` line), or undefined when it has none or it is unreadable. */
export function jarenVan(g: Gemeente): Jaren | undefined {
    const p = g.periode?.[0];
    if (!p || typeof p.van !== 'number' || Number.isNaN(p.van)) return undefined;
    const tot = typeof p.tot === 'number' && !Number.isNaN(p.tot) ? p.tot : undefined;
    const [eerste, laatste] = tot === undefined ? [p.van, p.van] : [Math.min(p.van, tot), Math.max(p.van, tot)];
    return { van: eerste, totExclusief: laatste > eerste ? laatste : eerste + 1, laatste, tekst: periodeTekst(p.van, tot) };
}

/** `2015 – 2018`, or `2016` for a single year: how summaries and messages write a period. */
export function periodeTekst(van: number, tot?: number): string {
    return tot === undefined ? String(van) : `${van} – ${tot}`;
}

/** Whether two periods share more than a boundary year. */
export function overlappen(a: Jaren, b: Jaren): boolean {
    return Math.max(a.van, b.van) < Math.min(a.totExclusief, b.totExclusief);
}
