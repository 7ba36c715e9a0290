import type { FaseSoort, Niveau, RegieCategorie, Wie } from '../generated/ast.js';
import type { Opvatting } from '../framework/conceptions.js';
import type { Regierol } from '../framework/regie.js';
import type { Bereik } from '../inference/profile-types.js';
import type { Typering } from '../presentation/typering.js';

/**
 * The governance summary as plain data: what the preview, the HTML and Markdown exports and the
 * JSON export show. Computed in the server, rendered by the client or the CLI.
 */
export type { Ernst } from '../rules/severity.js';
export type { Bevinding } from '../rules/finding.js';
import type { Bevinding } from '../rules/finding.js';

export interface ProfielRij {
    ingredient: string;
    geschreven: string;
    richting: string;
}

export interface CyclusFase {
    fase: FaseSoort;
    nummer: number;
    label: string;
    aanwezig: boolean;
    opvatting: Opvatting | null;
    rollen: string[];
    partijen: string[];
}

/** The governance type of one phase, in words. */
export interface FaseTypeRij {
    fase: FaseSoort;
    type: string;
    onderbouwing: string;
}

export interface RegieRij {
    categorie: RegieCategorie;
    label: string;
    keuze: Wie | null;
    cellen: Array<{ rol: Regierol; tekst: string; gekozen: boolean }>;
}

export interface NiveauTrede {
    niveau: Niveau;
    uitleg: string;
    huidig: boolean;
    ambitie: boolean;
    fasen: FaseSoort[];
}

export interface TeamKaart {
    naam: string;
    titel: string | null;
    toelichting: string | null;
    kenmerken: string[];
    leden: string[];
    doelen: Array<{ omschrijving: string; indicatoren: string[] }>;
}

/** One recommendation, with the findings (by line) that call for it. */
export interface AanbevelingPunt {
    tekst: string;
    bron: string;
    /** The findings it answers: code and 1-based line. */
    naarAanleidingVan: Array<{ code: string; regel: number }>;
}

export interface AanbevelingThema {
    thema: string;
    punten: AanbevelingPunt[];
}

export interface GemeenteSamenvatting {
    naam: string;
    toelichting: string | null;
    periode: string | null;
    probleem: string | null;
    bereik: Bereik;
    /** "Typering van de sturing": the prose the researchers would write (R1 hfst. 3). */
    typering: Typering;
    /** "Aandachtspunten en aanbevelingen", grouped by theme; only for findings that are there. */
    aanbevelingen: AanbevelingThema[];
    typeZin: string;
    /** How well the type is founded, in words. */
    onderbouwing: string;
    voorlopig: boolean;
    opvattingZin: string;
    regieZin: string;
    niveauZin: string;
    cyclusZin: string;
    gedeclareerd: string | null;
    ambitieType: string | null;
    waarom: string[];
    profiel: ProfielRij[];
    cyclus: CyclusFase[];
    typePerFase: FaseTypeRij[];
    regierollen: Array<{ rol: Regierol; label: string; aantal: number }>;
    regie: RegieRij[];
    ladder: NiveauTrede[];
    partijen: Array<{ naam: string; soort: string; titel: string | null; sector: string | null }>;
    teams: TeamKaart[];
    bevindingen: Bevinding[];
}

export interface Samenvatting {
    uri: string;
    bestand: string;
    /** The day the summary was made (YYYY-MM-DD), for the title block. */
    datum: string;
    gemeenten: GemeenteSamenvatting[];
    /** Findings outside any gemeente (a regio, syntax errors at the top level). */
    overigeBevindingen: Bevinding[];
}

/** One row of the comparison across municipalities (the researchers' overview table, R1 fig. 13). */
export interface VergelijkingsRij {
    gemeente: string;
    uri: string;
    bestand: string;
    verantwoordelijkheid: string;
    /** The role most written across the phases. */
    rol: string;
    /** The role per phase: "verkenning: regisseur; kaderstelling: regisseur, opdrachtgever". */
    rolPerFase: string;
    kennisbron: string;
    participatie: string;
    /** Steering level now → ambition, e.g. "input → outcome". */
    sturingOp: string;
    governancetype: string;
    opvatting: string;
    /** How well the type is founded, in words, and as a rank for sorting (0 = sterk … 3 = onvoldoende). */
    onderbouwing: string;
    onderbouwingRang: number;
    bevindingen: { fout: number; waarschuwing: number; info: number; hint: number };
}

/** The custom LSP requests the server answers. */
export const SAMENVATTING_VERZOEK = 'sturing/samenvatting';
export const VERGELIJKING_VERZOEK = 'sturing/vergelijking';
