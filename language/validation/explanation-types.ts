import type { Range } from 'vscode-languageserver';

/** One change of the text: `tekst` in place of what `bereik` covers (an empty range inserts). */
export interface Bewerking {
    bereik: Range;
    tekst: string;
}

/**
 * A quick fix that a syntax error or an unknown name carries in its diagnostic (`data.vervangingen`):
 * `tekst` replaces the text the finding marks, or `bereik` when given; `ook` are further changes of
 * the same fix (the closing quote of a pair, the line a moved statement leaves). Each changes only
 * the characters it means to; the rest of the user's text stays as written.
 */
export interface Vervanging {
    titel: string;
    tekst: string;
    bereik?: Range;
    ook?: Bewerking[];
}

export function bedoeltU(woord: string): Vervanging {
    return { titel: `Bedoelt u '${woord}'?`, tekst: woord };
}

/** What a syntax error means, in the words of the block or value where it happened. */
export interface SyntaxUitleg {
    bericht: string;
    /** Where to mark it, when that is not the unreadable word itself (a missing `}`). */
    bereik?: Range;
    vervangingen: Vervanging[];
    /**
     * The message lists the words that may stand here. In an editor it then also points to
     * Ctrl+Spatie, which shows the same words with their meaning.
     */
    noemtKeuzes?: boolean;
}
