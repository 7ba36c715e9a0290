import type { LangiumCoreServices, LexerResult, TokenizeOptions } from 'langium';
import { DefaultLexer, ValueConverter } from 'langium';

/** Opening quotes: the straight one, and the curly ones a word processor types (“ and „). */
const OPEN = '"\u201C\u201E';
/** What closes a text opened with a curly quote: ” or “ (German style), or a straight quote. */
const SLUIT_KRUL = '"\u201C\u201D';

/**
 * Whether a text token (STRING) lacks its closing quote. The grammar lets a text that is not closed
 * run to the end of its line, so that it does not swallow the lines after it; this says which ones.
 */
export function isOpenTekst(image: string): boolean {
    if (image.length < 2) return true;
    const laatste = image[image.length - 1];
    const gesloten = image[0] === '"' ? laatste === '"' : SLUIT_KRUL.includes(laatste);
    if (!gesloten) return true;
    // A closing quote after a backslash is part of the text.
    let backslashes = 0;
    for (let i = image.length - 2; i > 0 && image[i] === '\\'; i--) backslashes++;
    return backslashes % 2 === 1;
}

/** The text a STRING token holds: without its quotes (the closing one may be missing), escapes resolved as Langium does. */
export function tekstWaarde(image: string): string {
    const binnen = image.slice(OPEN.includes(image[0]) ? 1 : 0, isOpenTekst(image) ? image.length : image.length - 1);
    return ValueConverter.convertString(`"${binnen}"`);
}

/**
 * Langium's lexer, which in addition reports a text whose closing quote is missing: the grammar reads
 * it up to the end of its line, and the report says so at its place (validation/vergissingen.ts
 * explains it and offers to close it).
 */
export class SturingLexer extends DefaultLexer {
    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const resultaat = super.tokenize(text, options);
        for (const token of resultaat.tokens) {
            if (token.tokenType.name !== 'STRING' || !isOpenTekst(token.image)) continue;
            resultaat.errors.push({
                offset: token.startOffset,
                length: token.image.length,
                line: token.startLine,
                column: token.startColumn,
                message: 'Deze tekst heeft aan het eind geen aanhalingsteken; Sturing leest hem tot het einde van de regel.'
            });
        }
        return resultaat;
    }
}
