import type { FaseSoort, Niveau, RegieCategorie, Wie } from '../generated/ast.js';
import type { Opvatting } from '../framework/conception-model.js';
import type { Regierol } from '../framework/regie-model.js';
import type { Bereik } from '../inference/profile-types.js';

/**
 * The governance summary as plain data: what the preview, the HTML and Markdown exports and the
 * JSON export show. Computed in the server, rendered by the client or the CLI.
 */
export type { Ernst } from '../rules/severity.js';
export type { Bevinding } from '../rules/finding.js';
import type { Bevinding } from '../rules/finding.js';

/**
 * A piece of the note's prose. Where it states something the file shows, `noot` is the number of its
 * note in the appendix "Waar staat het in het ontwerp", which names the lines it rests on: the prose
 * itself carries no line numbers and no rule codes.
 */
export interface Tekstdeel {
    tekst: string;
    noot?: number;
}

/** A paragraph of the note. */
export type Tekst = Tekstdeel[];

/** One note of the appendix: what a claim is about and the lines (1-based) it rests on. */
export interface Noot {
    nummer: number;
    over: string;
    regelnummers: number[];
    /** For a recommendation: the findings that call for it, by code and line. */
    bevindingen?: Array<{ code: string; regelnummer: number }>;
}

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
    /** The conception with how firm it is, as the prose says it: "NPM (stevig onderbouwd)", "mengvorm (zwak onderbouwd)". */
    opvattingTekst: string;
    /** The governance type of the phase, never firmer than its conception: "expertsturing", "netwerksturing (zwak onderbouwd)". */
    type: string;
    /** The municipality's roles, in the vocabulary's words: "vooral regisseur", "dirigent / regelaar". */
    rollen: string[];
    /** The parties' roles, by the names the file gives them: "Welzijnsorganisatie Sedna: meedenker". */
    partijen: string[];
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
    naarAanleidingVan: Array<{ code: string; regelnummer: number }>;
    /** Its note in the appendix, which names those findings and lines. */
    noot: number;
}

export interface AanbevelingThema {
    thema: string;
    punten: AanbevelingPunt[];
}

/** One row of the overview in the details: what Sturing concludes, and how firm that is. */
export interface OverzichtRij {
    onderdeel: string;
    uitkomst: string;
    onderbouwing: string;
}

/** One period of the same gemeente in the Ontwikkeling table (R1 hfst. 3 per period, side by side). */
export interface OntwikkelingsPeriode {
    /** "2014 – 2018". */
    periode: string;
    bestand: string;
    /** The period this summary is about. */
    dezePeriode: boolean;
    governancetype: string;
    opvattingPerFase: Array<{ fase: FaseSoort; opvatting: string }>;
    regierol: string;
    sturingOp: string;
}

/** The same gemeente described for more than one period in the workspace. */
export interface Ontwikkeling {
    /** In time order. */
    perioden: OntwikkelingsPeriode[];
    /** What moved between the first and the last period, in one sentence. */
    zin: string;
}

/**
 * One gemeente in the note, in the order a wethouder reads it: in het kort, the typing, the ambition,
 * the development over periods, the other recommendations, the details, and the appendix.
 */
export interface GemeenteSamenvatting {
    naam: string;
    /** "Gemeente Emmen, 2015 – 2017". */
    titel: string;
    toelichting: string | null;
    periode: string | null;
    probleem: string | null;
    bereik: Bereik;
    /** "In het kort": the typing in two sentences and the (at most) three most important recommendations. */
    kort: { typering: Tekst; aanbevelingen: AanbevelingPunt[] };
    /** "Typering van de sturing": the prose the researchers would write (R1 hfst. 3). */
    typering: {
        tabel: Array<{ onderdeel: string; beschrijving: string }>;
        fasen: Array<{ fasen: FaseSoort[]; tekst: Tekst }>;
        type: Tekst;
        regie: Tekst;
        ambitie?: Tekst;
    };
    /** "Ontwikkeling": only when the workspace describes this gemeente for other periods too. */
    ontwikkeling: Ontwikkeling | null;
    /** The recommendations beyond the three in "In het kort", grouped by theme; only for findings that are there. */
    aanbevelingen: AanbevelingThema[];
    /** The governance type in a phrase, as the tables and the comparison show it. */
    typeZin: string;
    voorlopig: boolean;
    gedeclareerd: string | null;
    ambitieType: string | null;
    /** Sturingsopvatting, governancetype, regierol, sturing op, beleidscyclus: one row each, with how firm it is. */
    overzicht: OverzichtRij[];
    profiel: ProfielRij[];
    cyclus: CyclusFase[];
    regierollen: Array<{ rol: Regierol; label: string; aantal: number }>;
    regie: RegieRij[];
    ladder: NiveauTrede[];
    /** Parties: the short name the file uses, the name it gives them in quotes, and their kind and sector in words. */
    partijen: Array<{ naam: string; titel: string | null; soort: string; sector: string | null }>;
    teams: TeamKaart[];
    /** The appendix "Waar staat het in het ontwerp": the notes the prose refers to, in order. */
    noten: Noot[];
    bevindingen: Bevinding[];
}

export interface Samenvatting {
    uri: string;
    bestand: string;
    /** "Sturing van de gebiedsgerichte aanpak — gemeente Emmen, 2015 – 2017": never a file path. */
    titel: string;
    /** The day the summary was made (YYYY-MM-DD), for the title block. */
    datum: string;
    gemeenten: GemeenteSamenvatting[];
    /** Findings outside any gemeente (a regio, syntax errors at the top level). */
    overigeBevindingen: Bevinding[];
}

/**
 * One row of the comparison across municipalities (the researchers' overview table, R1 fig. 13):
 * one row per gemeente per period.
 */
export interface VergelijkingsRij {
    gemeente: string;
    /** "2014 – 2018", or null when the file gives no period. */
    periode: string | null;
    /** The first year of the period, for sorting and for a spreadsheet. */
    periodeVan: number | null;
    /** The last year as written (equal to periodeVan for a single year). */
    periodeTot: number | null;
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
    /** Steering level now ("output, throughput" for a mix) and the ambition; "—" when not written. */
    sturingOpNu: string;
    sturingOpAmbitie: string;
    governancetype: string;
    /** The governance type alone and its trait ("" when there is none). */
    typeNaam: string;
    trekje: string;
    opvatting: string;
    /** The conception as a whole in a word: "governance", "NPM", "government", "gemengd" or "onbepaald". */
    opvattingGeheel: string;
    /** The conception per phase in a word: "governance", "NPM", "onbepaald", "—" when not described. */
    opvattingPerFase: Record<FaseSoort, string>;
    regierol: string;
    /** How well the type is founded, in words, and as a rank for sorting (0 = sterk … 3 = onvoldoende). */
    onderbouwing: string;
    onderbouwingRang: number;
    /**
     * How well each column rests on what is written, in words. Inferred columns (opvatting,
     * governancetype, regierol) say how well founded they are; written ones whether they are written
     * and the same throughout (see comparison.ts).
     */
    zekerheid: Record<'verantwoordelijkheid' | 'rol' | 'kennisbron' | 'participatie' | 'sturingOp' | 'opvatting' | 'governancetype' | 'regierol', string>;
    bevindingen: { fout: number; waarschuwing: number; info: number; hint: number };
}

/** The custom LSP requests the server answers. */
export const SAMENVATTING_VERZOEK = 'sturing/samenvatting';
export const VERGELIJKING_VERZOEK = 'sturing/vergelijking';
/** "Meer uitleg" under the hover on a gemeente: the whole reasoning, as Markdown (presentation/type-uitleg.ts). */
export const TYPE_UITLEG_VERZOEK = 'sturing/typeUitleg';
export { TYPE_UITLEG_OPDRACHT, type TypeUitleg } from '../presentation/type-uitleg.js';

export interface TypeUitlegParams {
    uri: string;
    gemeente: string;
    /** Where the page on how Sturing infers the type lives in this environment (a command link, a page address). */
    algemeen?: string;
}
