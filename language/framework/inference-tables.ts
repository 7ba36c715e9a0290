import type { FaseSoort, GemeenteRol, Kennisbron, ParticipatieNiveau, PartijRolSoort, PartijSoort, RegieCategorie } from '../generated/ast.js';
import type { OpvattingRij } from './conception-model.js';
import type { TypeRichting } from './governance-type-model.js';
import type { Bron } from './sources.js';
import { begrip } from './vocabulary.js';

/**
 * The readings that turn what an advisor wrote into the researchers' judgement, as data: each with
 * the place in R1 or R2 that says it, or the word "Keuze" with the reason.
 */

/**
 * A party's position in a phase that follows from the phase itself, whatever the conception: in
 * contracting every party that gets an assignment or a subsidy agreement is opdrachtnemer, and in
 * execution the organisations carry out the assignment (R1 §2.4 fig. 4, fase 2 en 3). So these words
 * alone do not say whether the relation is vertical or horizontal there; R1 calls Oldambt's execution
 * governance although its welfare organisation was opdrachtnemer (R1 §3.3.2–3.3.4).
 */
export interface FasePositie {
    fasen: readonly FaseSoort[];
    rol: PartijRolSoort;
    reden: string;
    bron: Bron;
}

export const PARTIJ_POSITIES: readonly FasePositie[] = [
    {
        fasen: ['kaderstelling', 'uitvoering'], rol: 'opdrachtnemer',
        reden: 'in de kaderstelling en de uitvoering is elke partij die een opdracht of subsidieovereenkomst krijgt opdrachtnemer, in welke opvatting ook; het woord zegt daar niet of de relatie verticaal of horizontaal is',
        bron: 'R1 §2.4 fase 2 en 3; §3.3.2–3.3.4'
    },
    {
        fasen: ['uitvoering'], rol: 'uitvoerder',
        reden: 'in de uitvoering voeren de organisaties de opdracht uit, in welke opvatting ook; het woord zegt daar niet of de relatie verticaal of horizontaal is',
        bron: 'R1 §2.4 fase 3'
    }
];

export function partijPositie(fase: FaseSoort | undefined, rol: string): FasePositie | undefined {
    return fase ? PARTIJ_POSITIES.find(p => p.rol === rol && p.fasen.includes(fase)) : undefined;
}

/**
 * Fig. 1's second row is the relation with the executing organisations. The roles of advisory councils
 * and citizens' initiatives say how citizens take part (R1 §2.2 element 4), not how the municipality
 * relates to the organisations that carry out the work, so they do not count in that row.
 */
export const RELATIE_PARTIJSOORTEN: readonly PartijSoort[] = ['partij'];
export const RELATIE_BRON: Bron = 'R1 §2.1 fig. 1 (relatie met uitvoerende organisaties); §2.2 element 4';

/**
 * In contracting and execution the municipality is always in the position of opdrachtgever; it can play
 * that role the NPM way, or less hard, deciding jointly what is done (R1 §2.4 fase 2 en 3). For the
 * conception the word counts as written (Fig. 1 names the opdrachtgever under NPM). For the governance
 * type it counts as expertsturing's opdrachtgever only where the phase reads NPM; where the phase reads
 * governance, the municipality played the position the governance way (Groningen: "geen harde
 * opdrachtgeversrelatie", R1 §3.1.4) and the word abstains.
 */
export interface GemeentePositie {
    fasen: readonly FaseSoort[];
    rol: GemeenteRol;
    reden: string;
    bron: Bron;
}

export const GEMEENTE_POSITIE: GemeentePositie = {
    fasen: ['kaderstelling', 'uitvoering'], rol: 'opdrachtgever',
    reden: 'de gemeente staat hier in de positie van opdrachtgever, maar de fase is geen NPM: zij speelt die positie niet als de bepalende opdrachtgever van expertsturing',
    bron: 'R1 §2.4 fase 2 en 3; §3.1.4'
};

export function isGemeentePositie(fase: FaseSoort | undefined, rol: string): boolean {
    return fase !== undefined && GEMEENTE_POSITIE.rol === rol && GEMEENTE_POSITIE.fasen.includes(fase);
}

/**
 * Contracting and execution read together. R1 describes "opdrachtverlening en uitvoering" of each
 * municipality in one section and types them together ("in de fase van opdrachtverlening en uitvoering
 * meer NPM", R1 §3.2.4; "alleen in de opdracht- en uitvoeringsfase", §4.3): execution carries out the
 * assignment of contracting and is accounted for against it (R1 §2.4 fase 3). So where the municipality
 * is still opdrachtgever in execution, or the file names no role for it there (the position it then holds),
 * the two phases are read as one assignment relation. Where it chooses another role in execution instead
 * (coproducent, onderhandelaar: the frontlijn option of R1 §2.4 fase 3), execution is read on its own.
 */
export const OPDRACHTRELATIE = {
    fasen: ['kaderstelling', 'uitvoering'] as const satisfies readonly FaseSoort[],
    /** The role in execution that makes it run under the assignment of contracting. */
    rolInUitvoering: 'opdrachtgever' as GemeenteRol,
    bron: 'R1 §2.4 fase 3; §3.2.4; §4.3' as Bron
};

/**
 * The phases that set the course of the approach: the exploration and the evaluation of the big cycle
 * have the character of governance, contracting and execution (the small cycle) may show NPM (R1 §2.4).
 * Across all eight municipalities R1 finds governance, with NPM "met mate" only in contracting and
 * execution (§4.3): where these phases differ from the course-setting ones, the approach keeps the
 * conception of its course-setting phases and the others show as a trait.
 */
export const RICHTINGGEVENDE_FASEN: readonly FaseSoort[] = ['verkenning', 'evaluatie'];
export const RICHTINGGEVENDE_BRON: Bron = 'R1 §2.4 (grote en kleine cyclus); §3.2.4; §3.6.4; §4.3';

/**
 * The network types of R1 §2.2 element 3, read from the knowledge sources named together in one phase
 * and, for citizens, how far they take part there: who takes part decides the network, not each word.
 * A governance network rests on joint problem finding with citizens as an important party; where
 * citizens are only consulted, the knowledge is that of a service network with citizens heard, which is
 * how R1 describes netwerksturing in practice (§4.3).
 */
export interface Kennisnetwerk {
    id: 'beleidsnetwerk' | 'dienstverleningsnetwerk' | 'dienstverleningsnetwerk-met-burgers' | 'governancenetwerk' | 'ervaringskennis' | 'expertkennis';
    /** The network's name, as R1 calls it. */
    naam: string;
    /** When the sources form it, in words. */
    wanneer: string;
    /** True when the knowledge sources of a phase, and the highest participation there, form this network. */
    past: (bronnen: ReadonlySet<Kennisbron>, participatie: number | undefined) => boolean;
    typen: TypeRichting;
    bron: Bron;
}

/** From this participation level up, citizens bring their knowledge into policy themselves (R1 §2.2 element 4). */
export const MEEBESLISSEN: ParticipatieNiveau = 'coproductie';
const RANG_MEEBESLISSEN = begrip('ParticipatieNiveau', MEEBESLISSEN)!.rang!;

export const KENNISNETWERKEN: readonly Kennisnetwerk[] = [
    {
        id: 'governancenetwerk', naam: 'governancenetwerk', wanneer: 'professionals én burgers, en burgers beslissen mee (coproductie of meer)',
        past: (b, p) => b.has('professionals') && b.has('burgers') && p !== undefined && p >= RANG_MEEBESLISSEN, typen: { frontlijnsturing: 'kern' },
        bron: 'R1 §2.2 element 3 en 4'
    },
    {
        id: 'dienstverleningsnetwerk-met-burgers', naam: 'dienstverleningsnetwerk waarin burgers gehoord worden', wanneer: 'professionals én burgers, maar burgers worden hooguit geraadpleegd',
        past: (b, p) => b.has('professionals') && b.has('burgers') && !(p !== undefined && p >= RANG_MEEBESLISSEN), typen: { netwerksturing: 'kern', frontlijnsturing: 'trek' },
        bron: 'R1 §2.2 element 3; §4.3'
    },
    {
        id: 'dienstverleningsnetwerk', naam: 'dienstverleningsnetwerk', wanneer: 'professionals van de organisaties, met of zonder ambtenaren, zonder burgers',
        past: b => b.has('professionals') && !b.has('burgers'), typen: { netwerksturing: 'kern' }, bron: 'R1 §2.2 element 3'
    },
    {
        id: 'ervaringskennis', naam: 'ervaringskennis van burgers', wanneer: 'burgers zonder professionals',
        past: b => b.has('burgers') && !b.has('professionals'), typen: { vraagsturing: 'kern' }, bron: 'R1 §2.2 type 5'
    },
    {
        id: 'beleidsnetwerk', naam: 'beleidsnetwerk', wanneer: 'alleen ambtenaren',
        past: b => b.has('ambtenaren') && b.size === 1, typen: { 'integrale-beleidssturing': 'kern' }, bron: 'R1 §2.2 element 3'
    },
    {
        id: 'expertkennis', naam: 'expertkennis', wanneer: 'experts of marktpartijen (naast eventuele anderen)',
        past: b => b.has('experts'), typen: { expertsturing: 'kern' }, bron: 'R1 §2.2 fig. 2'
    }
];

/** The row of Fig. 1 each category of the regie model speaks to, for a regie block inside a phase (R1 §2.3 fig. 3 against §2.1 fig. 1). */
export const REGIE_RIJ: Record<RegieCategorie, OpvattingRij> = {
    visie: 'besluitvorming',
    doel: 'besluitvorming',
    'rol-partijen': 'relatie',
    afhankelijkheid: 'relatie',
    afstemming: 'besluitvorming',
    sturing: 'besluitvorming',
    randvoorwaarden: 'besluitvorming',
    verantwoordelijkheid: 'besluitvorming',
    monitoring: 'voorwaarden'
};

/**
 * Doorzettingsmacht written for the gemeente as a whole: a municipality that pushed a decision through
 * leans, at times, to the tight pole of the role spectrum (R1 §2.2 element 2: the dirigent is a strongly
 * steering municipality; §4.3: "soms ook wat meer dirigerend"). It reads as that role, with the weight of
 * "soms": it can show as a trait, it does not decide the type. Keuze, naar deze plaatsen.
 */
export const DOORZETTINGSMACHT_ALS_ROL = {
    rol: 'dirigent' as GemeenteRol,
    mate: 'soms' as const,
    bron: 'Keuze, naar R1 §2.2 element 2 en §4.3' as Bron
};

/**
 * A role whose type depends on the phase. The coproducent decides jointly with the parties; in the
 * exploration that is the regisseur with elements of the coproducent, in contracting the opdrachtgever who
 * decides jointly what is done, in the evaluation the regisseur with its partners (netwerksturing), and in
 * execution the choice for frontlijnsturing, with the onderhandelaar (R1 §2.4 fase 1–4).
 */
export const ROL_PER_FASE: Partial<Record<GemeenteRol, { typen: Record<FaseSoort, TypeRichting>; bron: Bron }>> = {
    coproducent: {
        typen: {
            verkenning: { netwerksturing: 'kern', frontlijnsturing: 'trek' },
            kaderstelling: { netwerksturing: 'kern', frontlijnsturing: 'trek' },
            uitvoering: { frontlijnsturing: 'kern', netwerksturing: 'trek' },
            evaluatie: { netwerksturing: 'kern', frontlijnsturing: 'trek' }
        },
        bron: 'R1 §2.4 fase 1–4'
    }
};
