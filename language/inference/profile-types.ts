import type { AstNode } from 'langium';
import type { FaseSoort, Niveau } from '../generated/ast.js';
import type { Opvatting, OpvattingRij } from '../framework/conceptions.js';
import type { ExtraModelId, GovernanceTypeId, IngredientId } from '../framework/governance-types.js';
import type { Regierol } from '../framework/regie.js';
import type { Feit, GemeenteFeiten } from './facts.js';

/** A position in the source text (0-based), like an LSP range but without depending on LSP. */
export interface Bereik {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

/** Where a fact was written: the node and, where it matters, the property and index. */
export interface Plek {
    node: AstNode;
    property?: string;
    index?: number;
    bereik: Bereik;
}

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
    /** Taken from the regie block of the gemeente because the phase says nothing about it. */
    algemeen?: boolean;
}

/** One row of Fig. 1 in one phase: one vote, resting on its evidence. */
export interface RijStem {
    rij: OpvattingRij;
    stemmen: Array<Stem<Opvatting>>;
    /** The row's vote: the weighted mean of its evidence; adds up to 1. */
    verdeling: Aandelen;
    /** The conception this row points to most, unless two are equal. */
    leidt?: Opvatting;
    /** Every piece of evidence came from the gemeente's regie block. */
    algemeen: boolean;
}

export interface FaseOpvatting {
    fase: FaseSoort;
    opvatting?: Opvatting;
    zekerheid: Zekerheid;
    /** The rows that have evidence, in the order of Fig. 1. */
    rijen: RijStem[];
    /** Facts of this phase that do not count for the conception, with the reason. */
    neutraal: Array<Stem<Opvatting>>;
    /** The sum of the row votes. */
    totaal: Aandelen;
    /** How many rows about practice have evidence of the phase's own (not from the regie block). */
    rijenMetGegevens: number;
    /** How many of those point to the phase's conception alone, and how many elsewhere. */
    rijenEens: number;
    rijenTegen: number;
}

export interface OpvattingProfiel {
    geheel?: Opvatting;
    zekerheid: Zekerheid;
    /** The mean of the phases' votes (relative shares, not probabilities). */
    aandelen: Aandelen;
    fasen: FaseOpvatting[];
}

/** One voice for the governance type: an ingredient of Fig. 2, or the conception (the bridge). */
export type TypeStemBron = IngredientId | 'opvatting';

export interface IngredientStem {
    ingredient: TypeStemBron;
    /** For the conception voice: the conception that leads, if one does. */
    opvatting?: Opvatting;
    stemmen: Array<Stem<GovernanceTypeId>>;
    /** The voice: shares per type adding up to 1, or all 0 when there is no evidence. */
    verdeling: TypeAandelen;
    leidt?: GovernanceTypeId;
    /** Facts that were read but do not count, with the reason. */
    neutraal: Array<Stem<GovernanceTypeId>>;
}

export interface TypeOordeel {
    primair?: GovernanceTypeId;
    /** The sum of the voices per type: relative scores, not probabilities. */
    scores: TypeAandelen;
    ingredienten: IngredientStem[];
    zekerheid: Zekerheid;
    /** How many of the four ingredients have evidence. */
    ingredientenMetGegevens: number;
    /** How many voices (ingredients and conception) point to the primary type, and how many elsewhere. */
    stemmenEens: number;
    stemmenTegen: number;
}

export interface FaseType extends TypeOordeel {
    fase: FaseSoort;
}

export interface TypeProfiel extends TypeOordeel {
    /** A second type clearly present ("met trekjes van …"). */
    secundair?: GovernanceTypeId;
    /** The phases in which the secondary type leads, if any. */
    secundairIn: FaseSoort[];
    /** Set when the approach as a whole is classic government or NPM and the type is its governance twin (R2 §2.2). */
    dichterBij?: ExtraModelId;
    /** Relative scores of the two classic models: the conception's shares of government and NPM. */
    modellen: Record<ExtraModelId, number>;
    fasen: FaseType[];
}

export interface RegieProfiel {
    dominant?: Regierol;
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
}

export type CyclusSoort = 'groot' | 'klein' | 'onvolledig';

export interface CyclusProfiel {
    soort: CyclusSoort;
    aanwezig: FaseSoort[];
    ontbrekend: FaseSoort[];
}

/** One piece of evidence for or against the primary type, with where it was written. */
export interface Bewijs {
    bron: TypeStemBron;
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
