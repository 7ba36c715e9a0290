import { GOVERNANCE_TYPE_IDS, type GovernanceTypeId } from '../framework/governance-types.js';
import type { Bewijs, OpvattingProfiel, TypeProfiel, Uitleg } from './profile-types.js';
import { leiders } from './votes.js';

/**
 * What points towards the primary type and what points away from it, each with the line it comes
 * from, so that an advisor can check the conclusion against the file. Strongest evidence first.
 */
export function leidUitlegAf(type: TypeProfiel, opvatting: OpvattingProfiel): Uitleg {
    const primair = type.primair;
    if (!primair) return { voor: [], tegen: [] };
    const voor: Array<Bewijs & { kracht: number }> = [];
    const tegen: Array<Bewijs & { kracht: number }> = [];
    for (const v of type.ingredienten) {
        if (v.ingredient === 'opvatting') continue;
        for (const s of v.stemmen) {
            const aandeel = s.richting[primair] ?? 0;
            const richting = {} as Record<GovernanceTypeId, number>;
            for (const t of GOVERNANCE_TYPE_IDS) richting[t] = s.richting[t] ?? 0;
            const bewijs = { bron: v.ingredient, feit: s.feit, noot: s.noot, wijstOp: leiders(GOVERNANCE_TYPE_IDS, richting), kracht: aandeel * s.gewicht };
            if (aandeel > 0) voor.push(bewijs); else tegen.push({ ...bewijs, kracht: s.gewicht });
        }
    }
    // The conception of each phase is one more voice (the bridge of R1 §2.2).
    for (const f of type.fasen) {
        const brug = f.ingredienten.find(v => v.ingredient === 'opvatting')!;
        const fo = opvatting.fasen.find(o => o.fase === f.fase);
        if (!fo?.opvatting || fo.zekerheid === 'onvoldoende') continue;
        const bewijs = { bron: 'opvatting' as const, fase: f.fase, opvatting: fo.opvatting, wijstOp: leiders(GOVERNANCE_TYPE_IDS, brug.verdeling), kracht: brug.verdeling[primair] };
        if (brug.verdeling[primair] > 0) voor.push(bewijs); else tegen.push({ ...bewijs, kracht: 1 });
    }
    const sorteer = (a: { kracht: number }, b: { kracht: number }) => b.kracht - a.kracht;
    return { voor: voor.sort(sorteer).map(zonderKracht), tegen: tegen.sort(sorteer).map(zonderKracht) };
}

function zonderKracht({ kracht: _, ...bewijs }: Bewijs & { kracht: number }): Bewijs {
    return bewijs;
}
