import type { AstNode } from 'langium';
import type { FaseSoort, GemeenteRol, Niveau } from '../generated/ast.js';
import type { Opvatting } from '../framework/conceptions.js';
import type { ExtraModelId, GovernanceTypeId, IngredientId, ModelId } from '../framework/governance-types.js';
import type { Regierol } from '../framework/regie.js';

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

/** One thing the advisor wrote that counts as evidence, and what it points to. */
export interface Feit {
    /** Readable description, e.g. "gemeente regisseur in verkenning". */
    label: string;
    /** The keyword as written (`regisseur`, `convenant`, …). */
    waarde: string;
    fase?: FaseSoort;
    plek: Plek;
    /** A note when a phase-specific rule changed the weights. */
    noot?: string;
    bron: string;
}

export interface OpvattingFeit extends Feit {
    gewicht: Partial<Record<Opvatting, number>>;
}

export interface TypeFeit extends Feit {
    ingredient: IngredientId;
    affiniteit: Partial<Record<ModelId, number>>;
}

export type Aandelen = Record<Opvatting, number>;

export interface FaseOpvatting {
    fase: FaseSoort;
    opvatting?: Opvatting;
    aandelen: Aandelen;
    feiten: OpvattingFeit[];
}

export interface OpvattingProfiel {
    geheel?: Opvatting;
    aandelen: Aandelen;
    fasen: FaseOpvatting[];
}

export interface IngredientScore {
    ingredient: IngredientId;
    scores: Record<ModelId, number>;
    feiten: TypeFeit[];
}

export interface TypeProfiel {
    primair?: GovernanceTypeId;
    secundair?: GovernanceTypeId;
    /** Set when classic government or NPM scores higher than every governance type (R2 §2.2). */
    dichterBij?: ExtraModelId;
    scores: Record<ModelId, number>;
    ingredienten: IngredientScore[];
}

export interface FaseType {
    fase: FaseSoort;
    type?: GovernanceTypeId;
    scores: Record<ModelId, number>;
}

export interface RegieProfiel {
    dominant?: Regierol;
    telling: Record<Regierol, number>;
    /** e.g. "ruimte latende regisseur" or "mix van bepalende regisseur en coproducent". */
    typering?: string;
    aantal: number;
}

export interface SturingsniveauProfiel {
    fasen: Array<{ fase: FaseSoort; niveau: Niveau; plek: Plek }>;
    huidig?: Niveau;
    ambitie?: Niveau;
    ambitiePlek?: Plek;
    /** Steps from now to the ambition (positive = ambition is further towards outcome). */
    kloof?: number;
}

export type CyclusSoort = 'groot' | 'klein' | 'onvolledig';

export interface CyclusProfiel {
    soort: CyclusSoort;
    aanwezig: FaseSoort[];
    ontbrekend: FaseSoort[];
}

export interface GovernanceProfile {
    gemeente: string;
    opvatting: OpvattingProfiel;
    governancetype: TypeProfiel;
    fasetypen: FaseType[];
    regie: RegieProfiel;
    sturingOp: SturingsniveauProfiel;
    cyclus: CyclusProfiel;
    rollenPerFase: Array<{ fase: FaseSoort; rollen: GemeenteRol[] }>;
    /** One-line reasons, most important first; every claim in a hover comes from here. */
    waarom: string[];
}
