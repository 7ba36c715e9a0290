import type { FaseSoort, Gemeente } from '../generated/ast.js';
import { FASE_VOLGORDE } from '../framework/phases.js';
import { geldigeFasen } from '../util/ast-util.js';
import { dieper, voegRegelsToeNa, voegRegelsToeVoor } from './edits.js';

/** The skeleton of each phase a quick fix inserts (kleine-cyclus, evaluatie-ontbreekt, uitkomst-zonder-effectmeting). */
const SKELET: Record<FaseSoort, string[]> = {
    verkenning: ['fase verkenning {', 'gemeente regisseur', '}'],
    kaderstelling: ['fase kaderstelling {', 'gemeente opdrachtgever, regisseur', '}'],
    uitvoering: ['fase uitvoering {', 'gemeente regisseur', '}'],
    evaluatie: ['fase evaluatie {', 'gemeente regisseur', '}']
};

/** Inserts a phase skeleton at its place in the cycle: before the first later phase, or after the last earlier one. */
export function voegFaseToe(document: Parameters<typeof voegRegelsToeNa>[0], gemeente: Gemeente, soort: FaseSoort, extra: string[] = []) {
    const [kop, rol, slot] = SKELET[soort];
    const binnen = dieper(document, '');
    const regels = [kop, binnen + rol, ...extra.map(e => binnen + e), slot];
    const fasen = geldigeFasen(gemeente);
    const positie = FASE_VOLGORDE.indexOf(soort);
    const later = fasen.find(f => FASE_VOLGORDE.indexOf(f.soort) > positie);
    if (later) return voegRegelsToeVoor(document, later, regels);
    const eerder = [...fasen].reverse().find(f => FASE_VOLGORDE.indexOf(f.soort) < positie);
    if (eerder) return voegRegelsToeNa(document, eerder, regels);
    return undefined;
}

