import type { Reference } from 'langium';
import type { Partij } from '../generated/ast.js';

/**
 * Names of parties as a reader of a note knows them: the quoted name from the file ("Welzijnsorganisatie
 * Sedna") rather than the short name the language needs (Sedna), and whether that name takes a plural
 * verb ("Advies- en cliëntenraden zijn adviseur"), so sentences built from names stay grammatical.
 */

/** The name of a party in running text: the quoted name without a trailing remark in brackets, else the short name. */
export function partijNaam(partij: Partij | undefined, kort?: string): string {
    const naam = partij?.naam?.replace(/\s*\([^()]*\)\s*$/, '').trim();
    return naam || partij?.name || kort || 'een partij';
}

/** The same, from a reference in a fact or a line. */
export function partijNaamVan(ref: Reference<Partij> | undefined): string {
    return partijNaam(ref?.ref, ref?.$refText);
}

/** Articles, and adjectives (ending in -e) that stand before the noun a name is about. */
const VOOR_HET_ZELFSTANDIG_NAAMWOORD = /^(de|het|een|[a-zà-ÿ]+e)$/i;
/** Singular nouns that end like a plural (-s, -en): Latin names and a few Dutch endings. */
const ENKELVOUD_OP_S = /(heid|nis|is|us|as|os|ijs)$/i;

/**
 * Whether a party name takes a plural verb. Dutch has no marker for it, so this reads the name as a
 * person would: a list ("GGZ, GHZ, thuiszorg", "Advies- en cliëntenraden") is plural; otherwise the
 * head noun decides, the first word after an article or adjective and before "van", "voor" … ("Erkende
 * overlegpartners van wijken en dorpen": overlegpartners; "Centrum voor Jeugd en Gezin": Centrum).
 * Keuze: a head noun ending in -en or -s (not -heid, -nis, -us …) counts as plural; an abbreviation
 * (MEE, CJG) as singular.
 */
export function isMeervoud(naam: string): boolean {
    const kern = naam.replace(/\([^()]*\)/g, ' ').split(/\s+(?:van|voor|in|uit|met|op|bij|te|aan|om|over)\s+/i)[0].trim();
    if (/,|\s(en|&)\s/.test(kern)) return true;
    const woorden = kern.split(/\s+/).filter(Boolean);
    const hoofd = woorden.find((w, i) => i === woorden.length - 1 || !VOOR_HET_ZELFSTANDIG_NAAMWOORD.test(w)) ?? '';
    if (!/[a-zà-ÿ]/.test(hoofd)) return false;
    return /[a-zà-ÿ](en|s)$/.test(hoofd) && !ENKELVOUD_OP_S.test(hoofd);
}

/** "is" or "zijn" for one or more names joined in a sentence. */
export function vervoeg(namen: readonly string[], enkelvoud: string, meervoud: string): string {
    return namen.length > 1 || (namen.length === 1 && isMeervoud(namen[0])) ? meervoud : enkelvoud;
}
