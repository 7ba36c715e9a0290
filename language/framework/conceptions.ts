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

/**
 * How a value points to the conceptions, in the framework's own words: `kern` where Fig. 1 names it
 * in that column, `trek` where it leans that way (see GEWICHTEN in weights.ts for the numbers).
 */
export type Sterkte = 'kern' | 'trek';
export type OpvattingRichting = Partial<Record<Opvatting, Sterkte>>;

/**
 * The rows of R1 §2.1 Fig. 1 as Sturing reads them per phase. Each row speaks once per phase, with
 * the evidence it rests on; a row about which the phase says nothing abstains.
 */
export const OPVATTING_RIJ_IDS = ['rol', 'relatie', 'besluitvorming', 'instrumenten', 'concurrentie', 'bekostiging', 'verantwoording', 'situatie'] as const;
export type OpvattingRij = typeof OPVATTING_RIJ_IDS[number];

export interface OpvattingRijInfo {
    id: OpvattingRij;
    label: string;
    /** What is read for this row. */
    leest: string;
    /** Whether the row describes practice in the phase (the situation describes when a conception fits). */
    praktijk: boolean;
    bron: Bron;
}

export const OPVATTING_RIJEN: readonly OpvattingRijInfo[] = [
    { id: 'rol', label: 'rol van de gemeente', leest: 'de regel `gemeente …` (met vooral/soms)', praktijk: true, bron: 'R1 §2.1 fig. 1 (rol gemeente)' },
    { id: 'relatie', label: 'relatie met de partijen', leest: '`rol <partij> …` en in het regie-blok rol-partijen en afhankelijkheid', praktijk: true, bron: 'R1 §2.1 fig. 1 (relatie met uitvoerende organisaties)' },
    { id: 'besluitvorming', label: 'wie besluit en de eisen stelt', leest: '`eisen` en in het regie-blok visie, doel, afstemming, sturing, randvoorwaarden en verantwoordelijkheid', praktijk: true, bron: 'R1 §2.1 fig. 1 (besluitvorming); §5.3' },
    { id: 'instrumenten', label: 'instrumenten', leest: '`instrument …` (behalve aanbestedingen)', praktijk: true, bron: 'R1 §2.1 fig. 1 (instrumenten)' },
    { id: 'concurrentie', label: 'concurrentie tussen partijen', leest: '`instrument open-aanbesteding` of `bestuurlijke-aanbesteding`', praktijk: true, bron: 'R1 §2.1; R2 §2.1 (concurrentie tegenover samenwerking)' },
    { id: 'bekostiging', label: 'bekostiging', leest: '`bekostiging <partij> …`: de mix van modellen in de fase, niet het aantal partijen', praktijk: true, bron: 'R1 §2.1 fig. 1 (instrumenten); §2.5; R2 §2.1' },
    { id: 'verantwoording', label: 'waarop verantwoord en gemonitord wordt', leest: '`monitoring`, `sturing-op` en in het regie-blok monitoring', praktijk: true, bron: 'R1 §2.1 fig. 1 (voorwaarden voor effectiviteit); R2 §2.1' },
    { id: 'situatie', label: 'situatie waarin de opvatting past', leest: '`probleem helder` of `probleem onduidelijk`', praktijk: false, bron: 'R1 §2.1 fig. 1 (in welke situatie)' }
];

export function opvattingRij(id: OpvattingRij): OpvattingRijInfo {
    return OPVATTING_RIJEN.find(r => r.id === id)!;
}
