import type { FaseSoort, Niveau } from '../generated/ast.js';
import type { Opvatting, OpvattingRij } from '../framework/conception-model.js';
import type { ExtraModelId, GovernanceTypeId, IngredientId } from '../framework/governance-type-model.js';
import type { Regierol } from '../framework/regie-model.js';
import type { Feit, GemeenteFeiten } from './facts.js';

export type { Bereik, Plek } from './plek.js';

/**
 * How well a conclusion is founded, in words (never a percentage): from how many rows or
 * ingredients have evidence and how far they agree. Rules that read the type stay silent on
 * `onvoldoende`.
 */
export type Zekerheid = 'sterk' | 'matig' | 'zwak' | 'onvoldoende';
export const ZEKERHEDEN: readonly Zekerheid[] = ['sterk', 'matig', 'zwak', 'onvoldoende'];

export type Aandelen = Record<Opvatting, number>;
export type TypeAandelen = Record<GovernanceTypeId, number>;

/** What one fact says, as shares that add up to one (or it does not count, with the reason). */
export interface Stem<K extends string> {
    feit: Feit;
    /** Shares per direction, adding up to 1; empty when the fact does not count. */
    richting: Partial<Record<K, number>>;
    /** How much it counts within its row or ingredient (vooral/soms). */
    gewicht: number;
    /** Why it does not count, or how it was read. */
    noot?: string;
}

/** One row of Fig. 1 in one phase: one vote, resting on its evidence. */
export interface RijStem {
    rij: OpvattingRij;
    stemmen: Array<Stem<Opvatting>>;
    /** The row's vote: the weighted mean of its evidence; adds up to 1. */
    verdeling: Aandelen;
    /** The conception this row points to most, unless two are equal. */
    leidt?: Opvatting;
    /** The conceptions this row points to most: one, or the tie set; empty without evidence. */
    wijstOp: Opvatting[];
}

/** How the rows of a phase (or of contracting and execution read together) stand. */
export interface Rijenlezing {
    /** The rows that have evidence, in the order of Fig. 1. */
    rijen: RijStem[];
    /** The conception more rows point to than away from it; undefined when there is no such one. */
    opvatting?: Opvatting;
    /** Without a conception: those that weigh most, for "gemengd: governance en NPM". */
    gemengd: Opvatting[];
    zekerheid: Zekerheid;
    /** The sum of the row votes. */
    totaal: Aandelen;
    rijenMetGegevens: number;
    /** How many rows point to the conception alone, and how many elsewhere (a split row takes no side). */
    rijenEens: number;
    rijenTegen: number;
}

export interface FaseOpvatting extends Rijenlezing {
    fase: FaseSoort;
    /** Facts of this phase that do not count for the conception, with the reason. */
    neutraal: Array<Stem<Opvatting>>;
    /**
     * Set when contracting and execution are read together as one assignment relation
     * (OPDRACHTRELATIE): the other phase. The rows and the conception are then those of the two together,
     * and `eigen` is what this phase's own lines say.
     */
    samenMet?: FaseSoort;
    eigen: Rijenlezing;
}

/** How the conception of the approach as a whole was reached. */
export type GeheelGrond =
    /** every phase with a conception has the same one */
    | 'eensgezind'
    /** the course-setting phases (exploration, evaluation) agree; contracting/execution differ */
    | 'richtinggevend'
    /** the phases differ and most have this one */
    | 'meerderheid'
    /** the phases differ and none has the most */
    | 'gemengd'
    /** no phase has a conception */
    | 'geen';

export interface OpvattingProfiel {
    geheel?: Opvatting;
    zekerheid: Zekerheid;
    grond: GeheelGrond;
    /** The phases whose conception differs from the whole. */
    afwijkend: FaseSoort[];
    /** The mean of the phases' votes (relative shares, not probabilities). */
    aandelen: Aandelen;
    fasen: FaseOpvatting[];
    /** The check against the four ingredients: the conception of the type they point to. */
    overzicht?: Opvatting;
    /** The problem definition, checked against the whole: does the conception fit the situation? */
    situatie?: { feit: Feit; past: boolean };
}

/** One voice for the governance type: an ingredient of Fig. 2. */
export type TypeStemBron = IngredientId;

export interface IngredientStem {
    ingredient: TypeStemBron;
    stemmen: Array<Stem<GovernanceTypeId>>;
    /** The voice: shares per type adding up to 1, or all 0 when there is no evidence. */
    verdeling: TypeAandelen;
    leidt?: GovernanceTypeId;
    /** The types this voice points to most: one, or the tie set; empty without evidence. */
    wijstOp: GovernanceTypeId[];
    /** Facts that were read but do not count, with the reason. */
    neutraal: Array<Stem<GovernanceTypeId>>;
}

export interface TypeOordeel {
    primair?: GovernanceTypeId;
    /** The conception the type was chosen within (conception first, type second). */
    binnen?: Opvatting;
    /** The sum of the four ingredients per type: relative scores, not probabilities. */
    scores: TypeAandelen;
    ingredienten: IngredientStem[];
    zekerheid: Zekerheid;
    /** How many of the four ingredients have evidence. */
    ingredientenMetGegevens: number;
    /** How many ingredients point to the primary type, and how many elsewhere. */
    stemmenEens: number;
    stemmenTegen: number;
    /** With no primary type: the types that weigh equally. */
    gelijk: GovernanceTypeId[];
}

export interface FaseType extends TypeOordeel {
    fase: FaseSoort;
}

/** Why a second type shows "in mindere mate" (R1 §3.x.4). */
export type TrekjeGrond =
    /** a phase has another conception, and so that conception's type (R1 §3.2.4, §4.3) */
    | 'fase'
    /** a mixed phase in which another conception leads enough rows: that conception "met mate" (R1 §4.3) */
    | 'mengfase'
    /** a phase of the same conception has another governance type (R1 §3.6.4: frontlijn "soms" in the execution) */
    | 'fasetype'
    /** one of the four ingredients points to it */
    | 'ingredient'
    /** a role the municipality sometimes plays (R1 §3.1.4: "soms dirigent") */
    | 'rol';

export interface TypeProfiel extends TypeOordeel {
    /** A second type present "in mindere mate". */
    secundair?: GovernanceTypeId;
    /** The phases in which the secondary type shows, if it shows per phase. */
    secundairIn: FaseSoort[];
    secundairGrond?: TrekjeGrond;
    /** The lines the trait rests on (for 'ingredient' and 'rol'). */
    secundairFeiten: Feit[];
    /** Set when the approach as a whole is classic government or NPM and the type is its governance twin (R2 §2.2). */
    dichterBij?: ExtraModelId;
    /** Relative scores of the two classic models: the conception's shares of government and NPM. */
    modellen: Record<ExtraModelId, number>;
    fasen: FaseType[];
}

export interface RegieProfiel {
    /** The column with the most answers; undefined when two or more are equal (then it is a mix). */
    dominant?: Regierol;
    /** Columns with an equal, largest number of answers (a mix). */
    gelijk: Regierol[];
    /** The column that also holds a real part of the answers (at least GEWICHTEN.regieMix). */
    tweede?: Regierol;
    /** True when the coproducent column dominates: a regisseur that leaves room (R1 §2.3). */
    ruimteLatend: boolean;
    telling: Record<Regierol, number>;
    aantal: number;
    /** Where the answers come from: a regie block, or the phase lines that speak to regie categories. */
    herkomst: 'regie-blok' | 'fasen' | 'geen';
    feiten: Feit[];
    zekerheid: Zekerheid;
}

export interface SturingsniveauProfiel {
    fasen: Array<{ fase: FaseSoort; niveau: Niveau; feit: Feit }>;
    /** The level most written in the phases; on a tie the lowest, so the tool never flatters. */
    huidig?: Niveau;
    /** All levels that share the top count (a mix, as the reports describe). */
    mix: Niveau[];
    /** The highest level the ambition names. */
    ambitie?: Niveau;
    ambitieFeit?: Feit;
    /** Steps from now to the ambition (positive = ambition is further towards outcome). */
    kloof?: number;
    /** The levels between now and a higher ambition, in the framework's order (empty when none lie between). */
    tussen: Niveau[];
}

export type CyclusSoort = 'groot' | 'klein' | 'onvolledig';

export interface CyclusProfiel {
    soort: CyclusSoort;
    aanwezig: FaseSoort[];
    ontbrekend: FaseSoort[];
}

/** One piece of evidence for or against the primary type, with where it was written. */
export interface Bewijs {
    bron: TypeStemBron | 'opvatting';
    /** The fact, or for the conception voice the phase whose conception counts. */
    feit?: Feit;
    /** How the fact was read (e.g. the network its knowledge sources form). */
    noot?: string;
    fase?: FaseSoort;
    opvatting?: Opvatting;
    /** The types it points to most. */
    wijstOp: GovernanceTypeId[];
}

export interface Uitleg {
    voor: Bewijs[];
    tegen: Bewijs[];
}

export interface GovernanceProfile {
    gemeente: string;
    feiten: GemeenteFeiten;
    opvatting: OpvattingProfiel;
    governancetype: TypeProfiel;
    regie: RegieProfiel;
    sturingOp: SturingsniveauProfiel;
    cyclus: CyclusProfiel;
    /** What points towards the primary type and what points away from it. */
    waarom: Uitleg;
    /** The file has syntax errors: what could not be read is missing from the profile. */
    voorlopig: boolean;
}
