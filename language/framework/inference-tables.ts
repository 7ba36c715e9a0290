import type { FaseSoort, GemeenteRol, Kennisbron } from '../generated/ast.js';
import type { OpvattingGewicht } from './conceptions.js';
import type { ModelAffiniteit } from './governance-types.js';
import type { Bron } from './sources.js';

/**
 * Corrections to the vocabulary weights that depend on the phase. In the contracting phase the
 * municipality is always in the position of opdrachtgever, whatever its conception, so that role
 * alone says nothing about NPM there (R1 §2.4 phase 2); what it does with that position
 * (requirements set jointly, a covenant, a tender) decides.
 */
export interface FaseUitzondering {
    fase: FaseSoort;
    rol: GemeenteRol;
    opvatting: OpvattingGewicht;
    affiniteit: ModelAffiniteit;
    reden: string;
    bron: Bron;
}

export const FASE_UITZONDERINGEN: readonly FaseUitzondering[] = [
    {
        fase: 'kaderstelling', rol: 'opdrachtgever', opvatting: {}, affiniteit: {},
        reden: 'in de kaderstelling is de gemeente in elke sturingsopvatting opdrachtgever; dat alleen wijst niet op NPM',
        bron: 'R1 §2.4 fase 2'
    }
];

/**
 * Knowledge sources that together mean more than apart: professionals and citizens side by side
 * form a governance network, the defining knowledge source of frontlijnsturing (R1 §2.2 element 3).
 */
export interface KennisbronCombinatie {
    samen: readonly Kennisbron[];
    label: string;
    affiniteit: ModelAffiniteit;
    bron: Bron;
}

export const KENNISBRON_COMBINATIES: readonly KennisbronCombinatie[] = [
    {
        samen: ['professionals', 'burgers'],
        label: 'professionals én burgers samen (governancenetwerk)',
        affiniteit: { frontlijnsturing: 1, netwerksturing: 0.25, vraagsturing: 0.25 },
        bron: 'R1 §2.2 element 3'
    }
];

/** Conception shares within this margin of each other count as a tie. */
export const OPVATTING_GELIJK_MARGE = 0.001;
