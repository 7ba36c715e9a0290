import type { RegieCategorie } from '../generated/ast.js';

/** The three columns of the regie model (R1 §2.3 Fig. 3, after Span et al. 2009). */
export const REGIEROL_IDS = ['bepalende-regisseur', 'coproducent', 'facilitator'] as const;
export type Regierol = typeof REGIEROL_IDS[number];

export const REGIEROL_LABEL: Record<Regierol, string> = {
    'bepalende-regisseur': 'bepalende regisseur',
    coproducent: 'coproducent',
    facilitator: 'facilitator'
};

/** What each cell of Fig. 3 says, per category and column. */
export const REGIE_MATRIX: Record<RegieCategorie, Record<Regierol, string>> = {
    visie: { 'bepalende-regisseur': 'visie van de gemeente', coproducent: 'gezamenlijke visie', facilitator: 'visie van de actoren' },
    doel: { 'bepalende-regisseur': 'doel door de gemeente vastgesteld', coproducent: 'doel samen vastgesteld', facilitator: 'doel door de actoren vastgesteld' },
    'rol-partijen': { 'bepalende-regisseur': 'partijen zijn uitvoerder', coproducent: 'partijen zijn partner', facilitator: 'partijen zijn initiatiefnemer' },
    afhankelijkheid: { 'bepalende-regisseur': 'formele afhankelijkheid', coproducent: 'informele afhankelijkheid', facilitator: 'door actoren bepaalde afhankelijkheid' },
    afstemming: { 'bepalende-regisseur': 'de gemeente bepaalt de afstemming', coproducent: 'gezamenlijke afstemming', facilitator: 'afstemming door de actoren' },
    sturing: { 'bepalende-regisseur': 'gemeentelijke sturing', coproducent: 'gezamenlijke sturing', facilitator: 'zelfsturing' },
    randvoorwaarden: { 'bepalende-regisseur': 'vooraf door de gemeente gesteld', coproducent: 'samen vastgesteld', facilitator: 'door de actoren vastgesteld' },
    verantwoordelijkheid: { 'bepalende-regisseur': 'gemeentelijke verantwoordelijkheid', coproducent: 'gezamenlijke verantwoordelijkheid', facilitator: 'verantwoordelijkheid van de actoren' },
    monitoring: { 'bepalende-regisseur': 'gemeentelijke monitoring', coproducent: 'gezamenlijke monitoring', facilitator: 'monitoring door de actoren' }
};
