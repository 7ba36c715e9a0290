import { AstUtils, GrammarAST } from 'langium';
import { begrip, CATEGORIE_LABEL, opdracht, WOORDENSCHAT, type Categorie } from '../framework/vocabulary.js';

/**
 * What a keyword means, as the hover shows it and completion explains each choice: one text, from the
 * framework tables (language/framework/vocabulary.ts).
 */

/** A value: "**regisseur** — rol van de gemeente", its meaning and source. */
export function begripUitleg(categorie: Categorie, waarde: string): string | undefined {
    const b = begrip(categorie, waarde);
    if (!b) return undefined;
    return `**${waarde}** — ${CATEGORIE_LABEL[categorie]}${b.label !== waarde ? `: ${b.label}` : ''}\n\n${b.uitleg}\n\n_Bron: ${b.bron}._`;
}

/** A statement keyword as used in the block of a grammar rule: what the line says, and its source. */
export function opdrachtUitleg(woord: string, grammaticaRegel?: string): string | undefined {
    const o = opdracht(woord, grammaticaRegel);
    return o ? `**${woord}**\n\n${o.uitleg}\n\n_Bron: ${o.bron}._` : undefined;
}

/** The vocabulary category of a keyword in the grammar: the data-type rule that lists it, if any. */
export function categorieVan(keyword: GrammarAST.Keyword): Categorie | undefined {
    const grammaticaRegel = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return grammaticaRegel && Object.prototype.hasOwnProperty.call(WOORDENSCHAT, grammaticaRegel.name) ? grammaticaRegel.name as Categorie : undefined;
}

/** The grammar rule a keyword stands in (`Fase` for the `gemeente` of a role line). */
export function grammaticaRegelVan(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
}
