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

/** The three conceptions' ids, from government to governance. */
export const OPVATTING_IDS: readonly Opvatting[] = OPVATTINGEN.map(o => o.id);

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
 * The rows of R1 §2.1 Fig. 1 that describe practice, as Sturing reads them per phase. Fig. 1 has seven
 * rows; its starting point ("uitgangspunt") is a summary of the others and its last row (the situation in
 * which a conception fits) is a condition to check, not a description of what the municipality does:
 * `probleem helder|onduidelijk` is read against the conception afterwards, it does not vote. Each row
 * speaks once per phase with the evidence it rests on; a row about which the phase says nothing abstains.
 */
export const OPVATTING_RIJ_IDS = ['rol', 'relatie', 'besluitvorming', 'instrumenten', 'voorwaarden'] as const;
export type OpvattingRij = typeof OPVATTING_RIJ_IDS[number];

export interface OpvattingRijInfo {
    id: OpvattingRij;
    label: string;
    /** What is read for this row. */
    leest: string;
    bron: Bron;
}

export const OPVATTING_RIJEN: readonly OpvattingRijInfo[] = [
    { id: 'rol', label: 'rol van de gemeente', leest: 'de regel `gemeente …` (met vooral/soms)', bron: 'R1 §2.1 fig. 1 (rol gemeente)' },
    { id: 'relatie', label: 'relatie met de uitvoerende organisaties', leest: '`rol <partij> …` van partijen (niet van adviesraden en burgerinitiatieven), en in een regie-blok van de fase rol-partijen en afhankelijkheid', bron: 'R1 §2.1 fig. 1 (relatie met uitvoerende organisaties)' },
    { id: 'besluitvorming', label: 'besluitvorming: wie bepaalt wat er gebeurt', leest: '`eisen`, `doorzettingsmacht` en in een regie-blok van de fase visie, doel, afstemming, sturing, randvoorwaarden en verantwoordelijkheid', bron: 'R1 §2.1 fig. 1 (besluitvorming); §5.3' },
    { id: 'instrumenten', label: 'instrumenten en bekostiging', leest: '`instrument …` en `bekostiging <partij> …`: elk instrument en elk bekostigingsmodel één keer, niet per partij', bron: 'R1 §2.1 fig. 1 (instrumenten: regels en financiële instrumenten, uitbesteden en contracten, convenanten); §2.5; R2 §2.1' },
    { id: 'voorwaarden', label: 'voorwaarden voor effectiviteit: waarop gestuurd en gemonitord wordt', leest: '`monitoring`, `sturing-op` en in een regie-blok van de fase monitoring', bron: 'R1 §2.1 fig. 1 (voorwaarden voor effectiviteit: heldere opdracht en productspecificatie, monitoring van de uitvoering); R2 §2.1' }
];

export function opvattingRij(id: OpvattingRij): OpvattingRijInfo {
    return OPVATTING_RIJEN.find(r => r.id === id)!;
}

/** The situation row of Fig. 1: the problem definition is checked against a conception, it does not vote. */
export const SITUATIE_BRON: Bron = 'R1 §2.1 fig. 1 (in welke situatie); R2 §2.1';
