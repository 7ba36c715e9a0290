import type { FaseSoort, GemeenteRol, Kennisbron, RegieCategorie } from '../generated/ast.js';
import type { OpvattingRij } from './conceptions.js';
import type { Regierol } from './regie.js';
import type { GovernanceTypeId } from './governance-types.js';
import type { Bron } from './sources.js';

/**
 * Where the position a phase gives the municipality is not a choice: in contracting and in execution
 * it is always in the position of opdrachtgever, whatever its conception (R1 §2.4 phases 2 and 3).
 * That word alone says nothing there; what the municipality does with the position (requirements set
 * jointly, a covenant, a tender, who monitors) decides. So it abstains in these phases.
 */
export interface FasePositie {
    fasen: readonly FaseSoort[];
    rol: GemeenteRol;
    reden: string;
    bron: Bron;
}

export const FASE_POSITIES: readonly FasePositie[] = [
    {
        fasen: ['kaderstelling', 'uitvoering'], rol: 'opdrachtgever',
        reden: 'in de kaderstelling en de uitvoering is de gemeente in elke opvatting in de positie van opdrachtgever; dat woord alleen zegt daar niets, wat zij met die positie doet wel',
        bron: 'R1 §2.4 fase 2 en 3'
    }
];

export function isPositie(fase: FaseSoort | undefined, rol: string): FasePositie | undefined {
    return fase ? FASE_POSITIES.find(p => p.rol === rol && p.fasen.includes(fase)) : undefined;
}

/**
 * The three network types of R1 §2.2 element 3, read from the knowledge sources named together in
 * one phase: who takes part decides the network, not each word on its own.
 */
export interface Kennisnetwerk {
    id: 'beleidsnetwerk' | 'dienstverleningsnetwerk' | 'governancenetwerk' | 'ervaringskennis' | 'expertkennis';
    /** The network's name, as R1 calls it. */
    naam: string;
    /** When the sources form it, in words. */
    wanneer: string;
    /** True when the knowledge sources of a phase form this network. */
    past: (bronnen: ReadonlySet<Kennisbron>) => boolean;
    type: GovernanceTypeId;
    bron: Bron;
}

export const KENNISNETWERKEN: readonly Kennisnetwerk[] = [
    {
        id: 'governancenetwerk', naam: 'governancenetwerk', wanneer: 'professionals én burgers',
        past: b => b.has('professionals') && b.has('burgers'), type: 'frontlijnsturing', bron: 'R1 §2.2 element 3'
    },
    {
        id: 'dienstverleningsnetwerk', naam: 'dienstverleningsnetwerk', wanneer: 'professionals van de organisaties, met of zonder ambtenaren, zonder burgers',
        past: b => b.has('professionals') && !b.has('burgers'), type: 'netwerksturing', bron: 'R1 §2.2 element 3'
    },
    {
        id: 'ervaringskennis', naam: 'ervaringskennis van burgers', wanneer: 'burgers zonder professionals',
        past: b => b.has('burgers') && !b.has('professionals'), type: 'vraagsturing', bron: 'R1 §2.2 type 5'
    },
    {
        id: 'beleidsnetwerk', naam: 'beleidsnetwerk', wanneer: 'alleen ambtenaren',
        past: b => b.has('ambtenaren') && b.size === 1, type: 'integrale-beleidssturing', bron: 'R1 §2.2 element 3'
    },
    {
        id: 'expertkennis', naam: 'expertkennis', wanneer: 'experts of marktpartijen (naast eventuele anderen)',
        past: b => b.has('experts'), type: 'expertsturing', bron: 'R1 §2.2 fig. 2'
    }
];

/** The row of Fig. 1 each category of the regie model speaks to (R1 §2.3 fig. 3 against §2.1 fig. 1). */
export const REGIE_RIJ: Record<RegieCategorie, OpvattingRij> = {
    visie: 'besluitvorming',
    doel: 'besluitvorming',
    'rol-partijen': 'relatie',
    afhankelijkheid: 'relatie',
    afstemming: 'besluitvorming',
    sturing: 'besluitvorming',
    randvoorwaarden: 'besluitvorming',
    verantwoordelijkheid: 'besluitvorming',
    monitoring: 'verantwoording'
};

/**
 * The regie block of the gemeente describes how it fills in its regie in general. A phase takes a row
 * from it only when the phase says nothing in that row itself, and monitoring only in execution,
 * where monitoring happens (R1 §2.4 fase 3).
 */
export const REGIE_MONITORING_FASE: FaseSoort = 'uitvoering';

/**
 * The columns of the regie model are steering roles of their own: R1 names them "bepalende
 * regisseur/dirigent", coproducent and facilitator (R1 §2.3). So the gemeente's regie block speaks
 * for the role ingredient of the governance type as one voice, next to the phases, through the role
 * each column stands for.
 */
export const REGIEKOLOM_ROL: Record<Regierol, GemeenteRol> = {
    'bepalende-regisseur': 'dirigent',
    coproducent: 'coproducent',
    facilitator: 'facilitator'
};
