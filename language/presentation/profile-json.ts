import { EXTRA_MODEL_IDS, GOVERNANCE_TYPE_IDS, type ExtraModelId, type GovernanceTypeId } from '../framework/governance-types.js';
import type { Opvatting } from '../framework/conceptions.js';
import type { Regierol } from '../framework/regie.js';
import type { FaseSoort, Niveau } from '../generated/ast.js';
import type { CyclusSoort, GovernanceProfile } from '../inference/profile-types.js';

/** The profile as plain JSON, the shape `sturing profiel --json` prints (see README). */
export interface ProfielJson {
    gemeente: string;
    bestand: string;
    governancetype: {
        primair: GovernanceTypeId | null;
        secundair: GovernanceTypeId | null;
        dichterBij: ExtraModelId | null;
        scores: Record<GovernanceTypeId, number>;
        modellen: Record<ExtraModelId, number>;
        fasen: Partial<Record<FaseSoort, GovernanceTypeId | null>>;
    };
    sturingsopvatting: {
        geheel: Opvatting | null;
        aandelen: Record<Opvatting, number>;
        fasen: Partial<Record<FaseSoort, Opvatting | null>>;
    };
    regierol: {
        dominant: Regierol | null;
        typering: string | null;
        telling: Record<Regierol, number>;
    };
    sturingOp: {
        huidig: Niveau | null;
        ambitie: Niveau | null;
        kloof: number | null;
        fasen: Partial<Record<FaseSoort, Niveau>>;
    };
    cyclus: CyclusSoort;
    ontbrekendeFasen: FaseSoort[];
    waarom: string[];
}

const rond = (x: number) => Math.round(x * 1000) / 1000;

export function profielAlsJson(p: GovernanceProfile, bestand: string): ProfielJson {
    const t = p.governancetype;
    return {
        gemeente: p.gemeente,
        bestand,
        governancetype: {
            primair: t.primair ?? null,
            secundair: t.secundair ?? null,
            dichterBij: t.dichterBij ?? null,
            scores: Object.fromEntries(GOVERNANCE_TYPE_IDS.map(id => [id, rond(t.scores[id])])) as Record<GovernanceTypeId, number>,
            modellen: Object.fromEntries(EXTRA_MODEL_IDS.map(id => [id, rond(t.scores[id])])) as Record<ExtraModelId, number>,
            fasen: Object.fromEntries(p.fasetypen.map(f => [f.fase, f.type ?? null]))
        },
        sturingsopvatting: {
            geheel: p.opvatting.geheel ?? null,
            aandelen: { government: rond(p.opvatting.aandelen.government), npm: rond(p.opvatting.aandelen.npm), governance: rond(p.opvatting.aandelen.governance) },
            fasen: Object.fromEntries(p.opvatting.fasen.map(f => [f.fase, f.opvatting ?? null]))
        },
        regierol: { dominant: p.regie.dominant ?? null, typering: p.regie.typering ?? null, telling: { ...p.regie.telling } },
        sturingOp: {
            huidig: p.sturingOp.huidig ?? null,
            ambitie: p.sturingOp.ambitie ?? null,
            kloof: p.sturingOp.kloof ?? null,
            fasen: Object.fromEntries(p.sturingOp.fasen.map(f => [f.fase, f.niveau]))
        },
        cyclus: p.cyclus.soort,
        ontbrekendeFasen: [...p.cyclus.ontbrekend],
        waarom: [...p.waarom]
    };
}
