import type { Sterkte } from '../framework/conception-model.js';
import { gewicht } from '../framework/weights.js';
import { ZEKERHEDEN, type Stem, type Zekerheid } from './profile-types.js';

/**
 * Counting votes: the few arithmetic steps every part of the inference shares. A value's
 * directions (kern/trek) become shares that add up to one; a row or ingredient is the weighted
 * mean of its evidence; the leader is the direction with the largest share, unless two are equal.
 */

const GEEN: Readonly<Record<string, number>> = Object.freeze({});
/**
 * The shares of each vocabulary entry, computed once: the entries are fixed data, and the profile
 * of every gemeente asks for the same few dozen. The result is frozen; callers only read it.
 */
const verdeeld = new WeakMap<object, Readonly<Record<string, number>>>();

/** kern/trek as shares that add up to 1 (GEWICHTEN.kern and .trek). */
export function verdeel<K extends string>(richting: Partial<Record<K, Sterkte>> | undefined): Partial<Record<K, number>> {
    if (!richting) return GEEN as Partial<Record<K, number>>;
    let uit = verdeeld.get(richting);
    if (!uit) {
        let som = 0;
        for (const k in richting) som += gewicht(richting[k]!);
        const shares: Record<string, number> = {};
        if (som > 0) for (const k in richting) shares[k] = gewicht(richting[k]!) / som;
        uit = Object.freeze(som > 0 ? shares : GEEN);
        verdeeld.set(richting, uit);
    }
    return uit as Partial<Record<K, number>>;
}

export function nul<K extends string>(sleutels: readonly K[]): Record<K, number> {
    const uit = {} as Record<K, number>;
    for (const k of sleutels) uit[k] = 0;
    return uit;
}

/** The weighted mean of the votes that count; all zeros when none counts. */
export function gemiddelde<K extends string>(sleutels: readonly K[], stemmen: ReadonlyArray<Stem<K>>): Record<K, number> {
    const uit = nul(sleutels);
    let totaal = 0;
    for (const st of stemmen) if (telt(st)) totaal += st.gewicht;
    if (totaal === 0) return uit;
    for (const st of stemmen) {
        if (!telt(st)) continue;
        for (const k of sleutels) uit[k] += (st.richting[k] ?? 0) * st.gewicht / totaal;
    }
    return uit;
}

export function telt<K extends string>(stem: Stem<K>): boolean {
    if (!(stem.gewicht > 0)) return false;
    for (const _ in stem.richting) return true;
    return false;
}

/** Shares within this distance count as equal (rounding noise only). */
const GELIJK = 1e-9;

/** The keys with the largest share, in the given order; empty when everything is zero. */
export function leiders<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>): K[] {
    let max = -Infinity;
    for (const k of sleutels) if (verdeling[k] > max) max = verdeling[k];
    if (max <= GELIJK) return [];
    return sleutels.filter(k => max - verdeling[k] <= GELIJK);
}

/** The single leader, or undefined when there is none or several are equal. */
export function leider<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>): K | undefined {
    const l = leiders(sleutels, verdeling);
    return l.length === 1 ? l[0] : undefined;
}

/** The single leader and the tie set together, as a voice carries them (`leidt`, `wijstOp`). */
export function leiding<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>): { leidt?: K; wijstOp: K[] } {
    const wijstOp = leiders(sleutels, verdeling);
    return wijstOp.length === 1 ? { leidt: wijstOp[0], wijstOp } : { wijstOp };
}

export function som<K extends string>(sleutels: readonly K[], verdelingen: ReadonlyArray<Record<K, number>>): Record<K, number> {
    const uit = nul(sleutels);
    for (const v of verdelingen) for (const k of sleutels) uit[k] += v[k];
    return uit;
}

export function schaal<K extends string>(sleutels: readonly K[], verdeling: Record<K, number>, factor: number): Record<K, number> {
    const uit = {} as Record<K, number>;
    for (const k of sleutels) uit[k] = verdeling[k] * factor;
    return uit;
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

/** The weakest of some certainties (ZEKERHEDEN runs from strong to insufficient). */
export function zwakste(...z: Zekerheid[]): Zekerheid {
    return ZEKERHEDEN[Math.max(...z.map(x => ZEKERHEDEN.indexOf(x)))];
}

/** The strongest of some certainties. */
export function sterkste(...z: Zekerheid[]): Zekerheid {
    return ZEKERHEDEN[Math.min(...z.map(x => ZEKERHEDEN.indexOf(x)))];
}
