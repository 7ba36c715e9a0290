/**
 * The two research reports the framework rests on. Every table entry cites one of them by
 * report and section, e.g. `R1 §2.2`.
 */
export const BRONNEN = {
    R1: 'Wester & Schurer (2016), Sturing van de gebiedsgerichte aanpak, Wmo-werkplaats Noord, Hanzehogeschool Groningen',
    R2: 'Wester (2011/2012), De Wmo werkplaatsen en governance'
} as const;

/** A citation such as `R1 §2.4` or `R2 §2.1`. */
export type Bron = string;
