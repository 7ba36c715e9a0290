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
        betekenis: 'De opvatting van een fase heet redelijk onderbouwd als minstens zoveel rijen van fig. 1 iets over de praktijk in die fase zeggen en de meeste dezelfde kant op wijzen; met één rij is zij zwak.',
        grond: 'Keuze: één rij (bijvoorbeeld alleen de rol) is een aanwijzing; pas als een tweede rij het bevestigt, is er een beeld.'
    },
    sterkRijen: {
        waarde: 4,
        betekenis: 'De opvatting van een fase heet stevig onderbouwd als minstens zoveel praktijkrijen gegevens hebben en de meerderheid dezelfde kant op wijst.',
        grond: 'Keuze: vier is meer dan de helft van de zeven praktijkrijen van R1 §2.1 fig. 1 (rol, relatie, besluitvorming, instrumenten, concurrentie, bekostiging, verantwoording).'
    },
    matigFasen: {
        waarde: 2,
        betekenis: 'De opvatting van de aanpak als geheel heet redelijk onderbouwd vanaf zoveel fasen met gegevens die overeenkomen.',
        grond: 'Keuze: één fase zegt iets over die fase, niet over de aanpak als geheel (R1 §2.4: de rol wisselt per fase).'
    },
    sterkFasen: {
        waarde: 3,
        betekenis: 'De opvatting als geheel heet stevig onderbouwd vanaf zoveel fasen met gegevens, als de meeste dezelfde opvatting hebben en de meeste zelf minstens redelijk onderbouwd zijn.',
        grond: 'Keuze: drie van de vier fasen van de beleidscyclus (R1 §2.4 fig. 4) is de grote meerderheid van de cyclus.'
    },
    onvoldoendeIngredienten: {
        waarde: 1,
        betekenis: 'Met zoveel ingrediënten of minder noemt Sturing het governancetype "niet te bepalen": regels die het type gebruiken, zwijgen dan.',
        grond: 'R1 §2.2: een governancetype is een combinatie van vier ingrediënten; één ingrediënt (bijvoorbeeld alleen de rol) maakt nog geen type.'
    },
    matigIngredienten: {
        waarde: 3,
        betekenis: 'Het governancetype heet redelijk onderbouwd als minstens zoveel ingrediënten gegevens hebben en de meeste stemmen naar het type wijzen; met twee is het zwak.',
        grond: 'R1 §2.2: twee ingrediënten zijn een aanwijzing, drie een redelijk beeld.'
    },
    sterkIngredienten: {
        waarde: 4,
        betekenis: 'Het governancetype heet stevig onderbouwd als alle vier ingrediënten van fig. 2 gegevens hebben en de meerderheid van de stemmen naar het type wijst.',
        grond: 'R1 §2.2: een governancetype is een combinatie van vier ingrediënten; pas met alle vier is het beeld compleet.'
    },
    ruimeMeerderheid: {
        waarde: 2,
        betekenis: 'Stevig onderbouwd vraagt naast genoeg gegevens een ruime meerderheid: meer dan twee keer zoveel stemmen vóór als ertegen. Bij minder is de uitkomst hooguit redelijk onderbouwd; wijzen meer stemmen een andere kant op, dan is zij zwak.',
        grond: 'Keuze: een nipte meerderheid is een uitkomst, geen stevige; pas bij meer dan twee tegen één is er een duidelijke lijn (drie fasen tegen één, of drie ingrediënten tegen één).'
    },
    trekjeMinimum: {
        waarde: 1,
        betekenis: 'Een tweede type heet een trekje ("met trekjes van …") als wat ervoor pleit samen minstens één heel ingrediënt waard is.',
        grond: 'Keuze: één ingrediënt (of de opvatting) dat helemaal die kant op wijst, is de kleinste eenheid waarin R1 hfst. 3 een trekje aanwijst.'
    },
    regieRuim: {
        waarde: 5,
        betekenis: 'De regierol heet stevig onderbouwd als het regie-blok minstens zoveel van de negen categorieën invult.',
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
