import type { Gemeente } from '../generated/ast.js';
import { inferOpvatting } from './conception.js';
import { inferCyclus } from './cycle.js';
import { leidUitlegAf } from './explanation.js';
import { verzamelFeiten, type GemeenteFeiten } from './facts.js';
import { inferType } from './governance-type.js';
import type { GovernanceProfile } from './profile-types.js';
import { inferRegie } from './regie.js';
import { inferSturingsniveau } from './steering-level.js';

/**
 * Infers how a gemeente actually steers from what the advisor wrote, the way the researchers did
 * by hand (R1 ch. 2–3): the conception per phase from the rows of Fig. 1, the governance type from
 * the ingredients of Fig. 2 and the conception, the regierol, the steering level and the cycle,
 * each with its certainty in words. Pure and deterministic; every number comes from
 * language/framework/weights.ts.
 */
export function inferProfile(gemeente: Gemeente, feiten: GemeenteFeiten = verzamelFeiten(gemeente), voorlopig = false): GovernanceProfile {
    const opvatting = inferOpvatting(feiten);
    const governancetype = inferType(feiten, opvatting);
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
