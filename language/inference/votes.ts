import type { Sterkte } from '../framework/conceptions.js';
import { gewicht } from '../framework/weights.js';
import type { Stem, Zekerheid } from './profile-types.js';

/**
 * Counting votes: the few arithmetic steps every part of the inference shares. A value's
 * directions (kern/trek) become shares that add up to one; a row or ingredient is the weighted
 * mean of its evidence; the leader is the direction with the largest share, unless two are equal.
 */

/** kern/trek as shares that add up to 1 (GEWICHTEN.kern and .trek). */
export function verdeel<K extends string>(richting: Partial<Record<K, Sterkte>> | undefined): Partial<Record<K, number>> {
    if (!richting) return {};
    const ruw = Object.entries(richting) as Array<[K, Sterkte]>;
    const som = ruw.reduce((s, [, sterkte]) => s + gewicht(sterkte), 0);
    if (som === 0) return {};
    return Object.fromEntries(ruw.map(([k, sterkte]) => [k, gewicht(sterkte) / som])) as Partial<Record<K, number>>;
}

export function nul<K extends string>(sleutels: readonly K[]): Record<K, number> {
    return Object.fromEntries(sleutels.map(k => [k, 0])) as Record<K, number>;
}

/** The weighted mean of the votes that count; all zeros when none counts. */
export function gemiddelde<K extends string>(sleutels: readonly K[], stemmen: ReadonlyArray<Stem<K>>): Record<K, number> {
    const uit = nul(sleutels);
    const tellend = stemmen.filter(telt);
    const totaal = tellend.reduce((s, st) => s + st.gewicht, 0);
    if (totaal === 0) return uit;
    for (const st of tellend) for (const k of sleutels) uit[k] += (st.richting[k] ?? 0) * st.gewicht / totaal;
    return uit;
}

export function telt<K extends string>(stem: Stem<K>): boolean {
    return Object.keys(stem.richting).length > 0 && stem.gewicht > 0;
}

/** Shares within this distance count as equal (rounding noise only). */
const GELIJK = 1e-9;

/** The keys with the largest share, in the given order; empty when everything is zero. */
export function leiders<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>): K[] {
    const max = Math.max(...sleutels.map(k => verdeling[k]));
    if (max <= GELIJK) return [];
    return sleutels.filter(k => max - verdeling[k] <= GELIJK);
}

/** The single leader, or undefined when there is none or several are equal. */
export function leider<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>): K | undefined {
    const l = leiders(sleutels, verdeling);
    return l.length === 1 ? l[0] : undefined;
}

export function som<K extends string>(sleutels: readonly K[], verdelingen: ReadonlyArray<Record<K, number>>): Record<K, number> {
    const uit = nul(sleutels);
    for (const v of verdelingen) for (const k of sleutels) uit[k] += v[k];
    return uit;
}

export function schaal<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>, factor: number): Record<K, number> {
    return Object.fromEntries(sleutels.map(k => [k, verdeling[k] * factor])) as Record<K, number>;
}

/** Makes shares add up to 1 (all zeros stay zeros). */
export function normaliseer<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>): Record<K, number> {
    const totaal = sleutels.reduce((s, k) => s + verdeling[k], 0);
    return totaal === 0 ? nul(sleutels) : schaal(sleutels, verdeling, 1 / totaal);
}

/**
 * How far the voices agree with a conclusion: `eens` point to it alone, `tegen` point elsewhere; a
 * voice split evenly between the conclusion and something else takes neither side.
 */
export function stand<K extends string>(sleutels: readonly K[], verdelingen: ReadonlyArray<Record<K, number>>, conclusie: K | undefined): { eens: number; tegen: number } {
    let eens = 0, tegen = 0;
    for (const v of verdelingen) {
        const l = leiders(sleutels, v);
        if (l.length === 0) continue;
        if (conclusie !== undefined && l.length === 1 && l[0] === conclusie) eens++;
        else if (conclusie === undefined || !l.includes(conclusie)) tegen++;
    }
    return { eens, tegen };
}

export interface Bewijskracht {
    /** How many rows or ingredients have evidence. */
    metGegevens: number;
    /** How many voices point to the conclusion, and how many point elsewhere. */
    eens: number;
    tegen: number;
    /** False when two directions are equal and nothing decides between them. */
    beslist: boolean;
}

export interface Drempels {
    /** Up to this much evidence, nothing can be concluded. */
    onvoldoendeTot: number;
    matigVanaf: number;
    sterkVanaf: number;
}

/**
 * Certainty from how much evidence there is and how far it agrees: too little evidence is
 * `onvoldoende`; evidence that points several ways is `zwak`; enough evidence of which a majority
 * agrees is `matig` or `sterk` (the amounts come from GEWICHTEN).
 */
export function zekerheid(k: Bewijskracht, d: Drempels): Zekerheid {
    if (k.metGegevens <= d.onvoldoendeTot) return 'onvoldoende';
    if (!k.beslist || k.eens < k.tegen) return 'zwak';
    if (k.metGegevens >= d.sterkVanaf && k.eens > gewicht('ruimeMeerderheid') * k.tegen) return 'sterk';
    if (k.metGegevens >= d.matigVanaf) return 'matig';
    return 'zwak';
}
