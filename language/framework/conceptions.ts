import type { Bron } from './sources.js';

/** The three steering conceptions of R1 §2.1 Fig. 1 / R2 §2.1 Fig. 1. */
export type Opvatting = 'government' | 'npm' | 'governance';

export interface OpvattingInfo {
    id: Opvatting;
    label: string;
    uitleg: string;
    rolGemeente: string;
    instrumenten: string;
    situatie: string;
    bron: Bron;
}

export const OPVATTINGEN: readonly OpvattingInfo[] = [
    {
        id: 'government',
        label: 'klassieke overheidssturing (government)',
        uitleg: 'De gemeente beslist zelf, legt regels vast en houdt toezicht; de relatie met uitvoerders is hiërarchisch.',
        rolGemeente: 'dirigent, regelgever, controleur',
        instrumenten: 'verordeningen, regels en klassieke subsidies',
        situatie: 'past wanneer probleem én aanpak helder zijn',
        bron: 'R1 §2.1 fig. 1'
    },
    {
        id: 'npm',
        label: 'New Public Management (NPM)',
        uitleg: 'De gemeente werkt als een bedrijf: zij besteedt uit, sluit contracten en rekent af op prestaties; beslissen en uitvoeren zijn gescheiden.',
        rolGemeente: 'bepalende opdrachtgever, marktmeester',
        instrumenten: 'uitbesteden, contracten, aanbesteden',
        situatie: 'past alleen wanneer het probleem helder is én partijen het eens zijn over kennis, normen en oplossingen',
        bron: 'R1 §2.1 fig. 1; R2 §2.1'
    },
    {
        id: 'governance',
        label: 'governance',
        uitleg: 'De gemeente stuurt in een netwerk van gelijkwaardige partners die van elkaar afhankelijk zijn; besluiten ontstaan in een doorlopend gezamenlijk proces.',
        rolGemeente: 'regisseur, onderhandelaar, facilitator',
        instrumenten: 'samenwerken, overleg, convenanten',
        situatie: 'past wanneer nog onduidelijk is wat het probleem precies is en partijen verschillend denken over kennis, normen en oplossingen',
        bron: 'R1 §2.1 fig. 1; R2 §2.1'
    }
];

export function opvatting(id: Opvatting): OpvattingInfo {
    return OPVATTINGEN.find(o => o.id === id)!;
}

/** How much a fact points to each conception (0..1 per conception; missing = 0). */
export type OpvattingGewicht = Partial<Record<Opvatting, number>>;
