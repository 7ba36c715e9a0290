import { EXTRA_MODEL_IDS, GOVERNANCE_TYPE_IDS, type ExtraModelId, type GovernanceTypeId } from '../framework/governance-type-model.js';
import type { Opvatting } from '../framework/conception-model.js';
import type { Regierol } from '../framework/regie-model.js';
import type { FaseSoort, Niveau } from '../generated/ast.js';
import type { CyclusSoort, GeheelGrond, GovernanceProfile, TrekjeGrond, Zekerheid } from '../inference/profile-types.js';
import { onderbouwingZin, regieTypering, waaromZinnen } from './profile-text.js';
import { redeneringAlinea } from './redenering.js';

/**
 * The profile as plain JSON, the shape `sturing profiel --json` prints (see README). Scores are
 * relative: per type its share of the voices (ingredients and conception) that have evidence; they
 * add up to 1 and compare types, they are not probabilities. The certainty is in `onderbouwing`.
 */
export interface ProfielJson {
    gemeente: string;
    bestand: string;
    voorlopig: boolean;
    governancetype: {
        primair: GovernanceTypeId | null;
        secundair: GovernanceTypeId | null;
        /** Why the second type shows: a phase with another conception, an ingredient, or a role played sometimes. */
        secundairGrond: TrekjeGrond | null;
        /** The conception the type was chosen within (conception first, type second). */
        binnen: Opvatting | null;
        dichterBij: ExtraModelId | null;
        scores: Record<GovernanceTypeId, number>;
        modellen: Record<ExtraModelId, number>;
        fasen: Partial<Record<FaseSoort, GovernanceTypeId | null>>;
        onderbouwing: Zekerheid;
        onderbouwingFasen: Partial<Record<FaseSoort, Zekerheid>>;
        toelichting: string;
    };
    sturingsopvatting: {
        geheel: Opvatting | null;
        /** How the whole was reached: all phases agree, the course-setting phases decide, most phases, or mixed. */
        grond: GeheelGrond;
        /** Phases whose conception differs from the whole. */
        afwijkend: FaseSoort[];
        /** The conception the overview of the four ingredients points to (the researchers' check). */
        overzicht: Opvatting | null;
        aandelen: Record<Opvatting, number>;
        fasen: Partial<Record<FaseSoort, Opvatting | null>>;
        onderbouwing: Zekerheid;
        onderbouwingFasen: Partial<Record<FaseSoort, Zekerheid>>;
    };
    regierol: {
        dominant: Regierol | null;
        typering: string | null;
        telling: Record<Regierol, number>;
        onderbouwing: Zekerheid;
    };
    sturingOp: {
        huidig: Niveau | null;
        ambitie: Niveau | null;
        kloof: number | null;
        fasen: Partial<Record<FaseSoort, Niveau>>;
        niveausPerFase: Partial<Record<FaseSoort, Niveau[]>>;
    };
    cyclus: CyclusSoort;
    ontbrekendeFasen: FaseSoort[];
    waarom: string[];
    /** The reasoning in the researchers' order (R1 §3.x.4): conception, type, regierol; each claim with its lines. */
    redenering: string[];
}

const rond = (x: number) => Math.round(x * 1000) / 1000;

export function profielAlsJson(p: GovernanceProfile, bestand: string): ProfielJson {
    const t = p.governancetype;
    const totaal = GOVERNANCE_TYPE_IDS.reduce((s, id) => s + t.scores[id], 0);
    const perFase = <T>(items: ReadonlyArray<{ fase: FaseSoort }>, waarde: (i: never) => T) => Object.fromEntries(items.map(i => [i.fase, waarde(i as never)]));
    const niveaus: Partial<Record<FaseSoort, Niveau[]>> = {};
    for (const f of p.sturingOp.fasen) (niveaus[f.fase] ??= []).push(f.niveau);
    const bepaald = t.zekerheid !== 'onvoldoende';
    return {
        gemeente: p.gemeente,
        bestand,
        voorlopig: p.voorlopig,
        governancetype: {
            primair: bepaald ? t.primair ?? null : null,
            secundair: t.secundair ?? null,
            secundairGrond: t.secundairGrond ?? null,
            binnen: t.binnen ?? null,
            dichterBij: t.dichterBij ?? null,
            scores: Object.fromEntries(GOVERNANCE_TYPE_IDS.map(id => [id, totaal ? rond(t.scores[id] / totaal) : 0])) as Record<GovernanceTypeId, number>,
            modellen: Object.fromEntries(EXTRA_MODEL_IDS.map(id => [id, rond(t.modellen[id])])) as Record<ExtraModelId, number>,
            fasen: perFase(t.fasen, (f: { primair?: GovernanceTypeId; zekerheid: Zekerheid }) => f.zekerheid !== 'onvoldoende' ? f.primair ?? null : null),
            onderbouwing: t.zekerheid,
            onderbouwingFasen: perFase(t.fasen, (f: { zekerheid: Zekerheid }) => f.zekerheid),
            toelichting: onderbouwingZin(t)
        },
        sturingsopvatting: {
            geheel: p.opvatting.geheel ?? null,
            grond: p.opvatting.grond,
            afwijkend: [...p.opvatting.afwijkend],
            overzicht: p.opvatting.overzicht ?? null,
            aandelen: { government: rond(p.opvatting.aandelen.government), npm: rond(p.opvatting.aandelen.npm), governance: rond(p.opvatting.aandelen.governance) },
            fasen: perFase(p.opvatting.fasen, (f: { opvatting?: Opvatting; zekerheid: Zekerheid }) => f.zekerheid !== 'onvoldoende' ? f.opvatting ?? null : null),
            onderbouwing: p.opvatting.zekerheid,
            onderbouwingFasen: perFase(p.opvatting.fasen, (f: { zekerheid: Zekerheid }) => f.zekerheid)
        },
        regierol: { dominant: p.regie.dominant ?? null, typering: regieTypering(p) ?? null, telling: { ...p.regie.telling }, onderbouwing: p.regie.zekerheid },
        sturingOp: {
            huidig: p.sturingOp.huidig ?? null,
            ambitie: p.sturingOp.ambitie ?? null,
            kloof: p.sturingOp.kloof ?? null,
            fasen: Object.fromEntries(Object.entries(niveaus).map(([fase, n]) => [fase, n![0]])),
            niveausPerFase: niveaus
        },
        cyclus: p.cyclus.soort,
        ontbrekendeFasen: [...p.cyclus.ontbrekend],
        waarom: waaromZinnen(p, 8),
        redenering: redeneringAlinea(p)
    };
}
