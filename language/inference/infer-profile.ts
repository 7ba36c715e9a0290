import type { Gemeente } from '../generated/ast.js';
import { inferOpvatting, toetsAanOverzicht } from './infer-conception.js';
import { inferCyclus } from './cycle.js';
import { leidUitlegAf } from './explanation.js';
import { verzamelFeiten, type GemeenteFeiten } from './facts.js';
import { inferType, overzichtOpvatting, overzichtVan } from './infer-governance-type.js';
import type { GovernanceProfile } from './profile-types.js';
import { inferRegie } from './infer-regie.js';
import { inferSturingsniveau } from './steering-level.js';

/**
 * Infers how a gemeente actually steers from what the advisor wrote, the way the researchers did
 * by hand (R1 ch. 2–3): the conception per phase from the rows of Fig. 1 and of the approach from
 * its course-setting phases, the governance type within that conception from the ingredients of
 * Fig. 2, the regierol, the steering level and the cycle,
 * each with its certainty in words. Pure and deterministic; every number comes from
 * language/framework/weights.ts.
 */
export function inferProfile(gemeente: Gemeente, feiten: GemeenteFeiten = verzamelFeiten(gemeente), voorlopig = false): GovernanceProfile {
    // Conception first (per phase, then the whole), checked against the overview of the four
    // ingredients; then the type within that conception (R1 §3.x.4).
    const perFase = inferOpvatting(feiten);
    const overzicht = overzichtVan(feiten, perFase);
    const opvatting = toetsAanOverzicht(perFase, overzichtOpvatting(overzicht));
    const governancetype = inferType(overzicht, opvatting);
    return {
        gemeente: gemeente.name,
        feiten,
        opvatting,
        governancetype,
        regie: inferRegie(feiten),
        sturingOp: inferSturingsniveau(feiten),
        cyclus: inferCyclus(feiten),
        waarom: leidUitlegAf(governancetype, opvatting),
        voorlopig
    };
}
