import { GOVERNANCE_TYPE_IDS, type GovernanceTypeId } from '../framework/governance-type-model.js';
import type { Bewijs, OpvattingProfiel, TypeProfiel, Uitleg } from './profile-types.js';
import { leiders } from './votes.js';

/**
 * What points towards the primary type and what points away from it, each with the line it comes
 * from, so that an advisor can check the conclusion against the file. Strongest evidence first; a
 * phase whose conception differs from the whole is evidence against, as one piece.
 */
export function leidUitlegAf(type: TypeProfiel, opvatting: OpvattingProfiel): Uitleg {
    const primair = type.primair;
    if (!primair) return { voor: [], tegen: [] };
    const voor: Array<Bewijs & { kracht: number }> = [];
    const tegen: Array<Bewijs & { kracht: number }> = [];
    for (const v of type.ingredienten) {
        for (const s of v.stemmen) {
            const aandeel = s.richting[primair] ?? 0;
            const richting = {} as Record<GovernanceTypeId, number>;
            for (const t of GOVERNANCE_TYPE_IDS) richting[t] = s.richting[t] ?? 0;
            const bewijs = { bron: v.ingredient, feit: s.feit, noot: s.noot, wijstOp: leiders(GOVERNANCE_TYPE_IDS, richting), kracht: aandeel * s.gewicht };
            if (aandeel > 0) voor.push(bewijs); else tegen.push({ ...bewijs, kracht: s.gewicht });
        }
    }
    for (const fase of opvatting.afwijkend) {
        const fo = opvatting.fasen.find(f => f.fase === fase)!;
        const t = type.fasen.find(f => f.fase === fase);
        tegen.push({ bron: 'opvatting', fase, opvatting: fo.opvatting, wijstOp: t?.primair ? [t.primair] : [], kracht: 1 });
    }
    const sorteer = (a: { kracht: number }, b: { kracht: number }) => b.kracht - a.kracht;
    return { voor: voor.sort(sorteer).map(zonderKracht), tegen: tegen.sort(sorteer).map(zonderKracht) };
}

function zonderKracht({ kracht: _, ...bewijs }: Bewijs & { kracht: number }): Bewijs {
    return bewijs;
}
