import { begrip } from '../framework/vocabulary.js';
import type { GemeenteFeiten } from './facts.js';

/*
 * Whether the exploration was joint, and who of those who thought along later carries out the
 * assignment: read by the rules fuik and rolwisseling-regisseur-opdrachtgever.
 */

/** Municipal roles that explore together with the parties (R1 §2.4 phase 1: regisseur with coproducent elements). */
const SAMEN_VERKENNEN = new Set(['regisseur', 'ruimte-latende-regisseur', 'coproducent', 'gesprekspartner', 'onderhandelaar']);
/** Party roles of a joint exploration: they bring in their knowledge. */
const MEEDENKEN = new Set(['adviseur', 'meedenker', 'partner', 'belanghebbende']);
/** Party roles that carry out the assignment and so are bound by its requirements. */
const OPDRACHTNEMERS = new Set(['opdrachtnemer', 'uitvoerder']);

/**
 * The exploration was joint: the municipality explored as regisseur, coproducent or in conversation, did
 * not set the frame itself as dirigent (R1 §2.4 fase 1: "veel meer de regelaar" when it is not governance),
 * and parties thought along.
 */
export function gezamenlijkeVerkenning(feiten: GemeenteFeiten): boolean {
    const verkenning = feiten.fase('verkenning');
    if (!verkenning) return false;
    const rollen = verkenning.van('rol');
    const zelfBepalend = rollen.some(r => r.kern === 'dirigent' && r.mate !== 'soms');
    return !zelfBepalend
        && rollen.some(r => SAMEN_VERKENNEN.has(r.kern) || begrip('GemeenteRol', r.waarde)?.regieKolom === 'coproducent')
        && verkenning.van('partijrol').some(r => MEEDENKEN.has(r.kern));
}

/**
 * The parties that explored jointly and later carry out the assignment (opdrachtnemer or uitvoerder, or
 * funded in contracting or execution): they are the ones who now receive requirements. Names as written.
 */
export function meedenkersDieUitvoeren(feiten: GemeenteFeiten): string[] {
    const later = (['kaderstelling', 'uitvoering'] as const).flatMap(s => feiten.fase(s)?.feiten ?? []);
    const uitvoerend = new Set(later.filter(f => (f.soort === 'partijrol' && OPDRACHTNEMERS.has(f.kern)) || f.soort === 'bekostiging')
        .map(f => f.partij?.ref).filter(Boolean));
    const namen = feiten.fase('verkenning')?.van('partijrol').filter(r => MEEDENKEN.has(r.kern) && uitvoerend.has(r.partij?.ref))
        .map(r => r.partij!.$refText) ?? [];
    return [...new Set(namen)];
}
