import { FASE_VOLGORDE, KLEINE_CYCLUS } from '../framework/phases.js';
import type { GemeenteFeiten } from './facts.js';
import type { CyclusProfiel } from './profile-types.js';

/** Which phases of the policy cycle are described: all four, only the small cycle, or otherwise incomplete (R1 §2.4). */
export function inferCyclus(feiten: GemeenteFeiten): CyclusProfiel {
    const aanwezig = FASE_VOLGORDE.filter(f => feiten.fase(f) !== undefined);
    const ontbrekend = FASE_VOLGORDE.filter(f => !aanwezig.includes(f));
    const soort = ontbrekend.length === 0 ? 'groot'
        : aanwezig.length === KLEINE_CYCLUS.length && KLEINE_CYCLUS.every(f => aanwezig.includes(f)) ? 'klein' : 'onvolledig';
    return { soort, aanwezig, ontbrekend };
}
