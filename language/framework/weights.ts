import type { Bron } from './sources.js';

/**
 * Every number the inference uses, in one table, each with where it comes from or why it was
 * chosen. Nothing in language/inference/ may use a number that is not here (the docs page
 * "Hoe Sturing het governancetype bepaalt" prints this table).
 *
 * The framework itself gives no numbers: its figures are tables of words. So the numbers below
 * are conventions that turn those words into votes; each says what it stands for, so an advisor
 * can check that the convention matches the reports' wording.
 */
export interface Gewicht {
    waarde: number;
    /** What the number means, in plain Dutch. */
    betekenis: string;
    /** Report and section, or the reason it was chosen. */
    grond: Bron;
}

export const GEWICHTEN = {
    kern: {
        waarde: 1,
        betekenis: 'Een waarde die het raamwerk in de kolom van een opvatting of type zelf noemt, telt daar volledig.',
        grond: 'R1 §2.1 fig. 1 en §2.2 fig. 2 noemen per kolom de rollen, instrumenten en ingrediënten.'
    },
    trek: {
        waarde: 0.5,
        betekenis: 'Een waarde die vooral bij de ene kolom hoort maar een trek van een andere heeft, telt bij die andere half zo zwaar.',
        grond: 'Keuze: "met trekjes van" (R1 hfst. 3) betekent aanwezig maar niet bepalend; half zo zwaar houdt de hoofdkolom altijd in de meerderheid.'
    },
    vooral: {
        waarde: 2,
        betekenis: 'Een rol met "vooral" telt twee keer zo zwaar als een rol zonder woord ervoor.',
        grond: 'Keuze naar de samenvattingen van R1 hfst. 3 ("vooral ruimte latende regisseur; soms onderhandelaar"): wat vooral geldt, weegt zwaarder dan wat ook voorkomt.'
    },
    soms: {
        waarde: 0.5,
        betekenis: 'Een rol met "soms" telt half zo zwaar als een rol zonder woord ervoor.',
        grond: 'Keuze, spiegelbeeld van "vooral": wat soms gebeurt, telt mee maar bepaalt niet.'
    },
    matigRijen: {
        waarde: 2,
        betekenis: 'Een fase krijgt een opvatting als meer rijen van fig. 1 ernaar wijzen dan ertegen. Redelijk onderbouwd is die als minstens zoveel rijen haar kant op wijzen; rust zij op één rij, dan is zij zwak.',
        grond: 'Keuze: één rij (bijvoorbeeld alleen de rol) is een aanwijzing; pas als een tweede rij het bevestigt, is er een beeld.'
    },
    sterkRijen: {
        waarde: 3,
        betekenis: 'De opvatting van een fase heet stevig onderbouwd als minstens zoveel rijen van fig. 1 haar kant op wijzen en een ruime meerderheid vormen.',
        grond: 'Keuze: drie is meer dan de helft van de vijf rijen van R1 §2.1 fig. 1 die de praktijk beschrijven (rol van de gemeente, relatie met de uitvoerende organisaties, besluitvorming, instrumenten, voorwaarden voor effectiviteit).'
    },
    matigFasen: {
        waarde: 2,
        betekenis: 'De opvatting van de aanpak als geheel heet redelijk onderbouwd vanaf zoveel fasen die dezelfde opvatting hebben.',
        grond: 'Keuze: één fase zegt iets over die fase, niet over de aanpak als geheel (R1 §2.4: de rol wisselt per fase).'
    },
    sterkFasen: {
        waarde: 3,
        betekenis: 'De opvatting als geheel heet stevig onderbouwd vanaf zoveel fasen met dezelfde opvatting, als de meeste daarvan zelf minstens redelijk onderbouwd zijn.',
        grond: 'Keuze: drie van de vier fasen van de beleidscyclus (R1 §2.4 fig. 4) is de grote meerderheid van de cyclus.'
    },
    onvoldoendeIngredienten: {
        waarde: 1,
        betekenis: 'Met zoveel ingrediënten of minder noemt Sturing het governancetype "niet te bepalen": regels die het type gebruiken, zwijgen dan.',
        grond: 'Keuze, naar R1 §2.2: een governancetype is een combinatie van vier ingrediënten, dus één ingrediënt (bijvoorbeeld alleen de rol) maakt nog geen type.'
    },
    matigIngredienten: {
        waarde: 3,
        betekenis: 'Het governancetype heet redelijk onderbouwd als minstens zoveel ingrediënten gegevens hebben en er meer naar het type wijzen dan ervan af; met twee is het zwak.',
        grond: 'Keuze: drie van de vier ingrediënten van R1 §2.2 is een meerderheid; twee kunnen elkaar nog in evenwicht houden.'
    },
    sterkIngredienten: {
        waarde: 4,
        betekenis: 'Het governancetype heet stevig onderbouwd als alle vier ingrediënten van fig. 2 gegevens hebben en een ruime meerderheid naar het type wijst.',
        grond: 'Keuze, naar R1 §2.2: een governancetype is een combinatie van vier ingrediënten; pas met alle vier is het beeld compleet.'
    },
    ruimeMeerderheid: {
        waarde: 2,
        betekenis: 'Stevig onderbouwd vraagt naast genoeg gegevens een ruime meerderheid: meer dan twee keer zoveel vóór als ertegen. Bij minder is de uitkomst hooguit redelijk onderbouwd.',
        grond: 'Keuze: een nipte meerderheid is een uitkomst, geen stevige; pas bij meer dan twee tegen één is er een duidelijke lijn (drie rijen tegen één, of drie ingrediënten tegen één).'
    },
    regieRuim: {
        waarde: 5,
        betekenis: 'De regierol heet stevig onderbouwd als het regie-blok minstens zoveel van de negen categorieën invult en één kolom de meerderheid van de antwoorden heeft. Staan twee kolommen gelijk, dan is de regierol een mix en zwak onderbouwd.',
        grond: 'Keuze: vijf is meer dan de helft van de negen categorieën van R1 §2.3 fig. 3.'
    },
    regieMix: {
        waarde: 3,
        betekenis: 'Een tweede kolom van het regiemodel telt als deel van de mix als zij minstens zoveel van de negen categorieën heeft.',
        grond: 'R1 §2.3: de praktijk is altijd een mix; een derde van de negen categorieën is genoeg om die kant te noemen.'
    }
} as const satisfies Record<string, Gewicht>;

export type GewichtId = keyof typeof GEWICHTEN;

export function gewicht(id: GewichtId): number {
    return GEWICHTEN[id].waarde;
}
