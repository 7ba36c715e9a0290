import type { Niveau } from '../generated/ast.js';
import type { Bron } from './sources.js';

/**
 * How to tell an indicator that counts production from one that measures an effect, when the
 * advisor gave it no level (`indicator output "…"` says it outright). R1 §2.5 gives the levels by
 * example: output is "x cliënten bezocht per jaar", outcome the effect for inwoners such as rising
 * self-reliance. The words below are the ones such counts are written with in Dutch; each counts only
 * at the start of a word of the indicator's text.
 */
export interface IndicatorHerkenning {
    /** Word stems that say something is counted or delivered. */
    productie: readonly string[];
    /** Word stems that say something about the effect for inwoners. */
    effect: readonly string[];
    /**
     * A number followed by a word ("800 cliënten", "600 jongeren bezocht") counts people or products
     * reached: that is output, as in R1 §2.5's own example, unless an effect word says what changed for them.
     */
    telling: RegExp;
    bron: Bron;
}

export const INDICATOR_HERKENNING: IndicatorHerkenning = {
    productie: ['aantal', 'bezoek', 'bezocht', 'bereik', 'uren', 'uur', 'traject', 'contactmoment', 'intake', 'gesprek', 'gesproken', 'deelnemer', 'activiteit', 'verwijzing', 'aanmelding', 'dossier', 'casus', 'casussen', 'huisbezoek', 'keukentafel', 'cliënt', 'client', 'geholpen', 'begeleid', 'behandeld'],
    effect: ['zelfredza', 'participatie', 'eigen kracht', 'welbevinden', 'kwaliteit van leven', 'minder afhankelijk', 'escalatie', 'uitval', 'zelfstandig', 'tevredenheid', 'eenzaam', 'gezondheid', 'schulden', 'thuis wonen', 'sociaal contact', 'sociale contacten'],
    telling: /(^|[^\p{L}\d])\d[\d.]*\s+\p{L}/u,
    bron: 'R1 §2.5 (niveaus met voorbeelden: output is een aantal bezochte cliënten)'
};

/** The level an indicator measures: as written, or read from its wording; undefined when unclear. */
export function indicatorNiveau(niveau: Niveau | undefined, omschrijving: string | undefined): { niveau?: Niveau; gelezen: boolean } {
    if (niveau) return { niveau, gelezen: false };
    const tekst = (omschrijving ?? '').toLowerCase();
    // A word counts where it starts a word of the text: "uren" is in "uren per week", not in "buren".
    const staat = (stam: string) => new RegExp(`(^|[^\\p{L}])${stam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(tekst);
    const telt = INDICATOR_HERKENNING.productie.some(staat) || INDICATOR_HERKENNING.telling.test(tekst);
    const effect = INDICATOR_HERKENNING.effect.some(staat);
    return telt && !effect ? { niveau: 'output', gelezen: true } : { gelezen: true };
}
