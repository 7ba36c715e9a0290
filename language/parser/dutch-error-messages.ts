import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';

/**
 * Syntax errors in plain Dutch. The parser's defaults speak of "tokens" and "EOF"; our users are
 * policy advisors, so we say what was expected in words they use. Where the error is an unknown word,
 * an unclosed block or a mistake a beginner makes, validation/syntax-explanation.ts and
 * validation/beginner-mistakes.ts say it more precisely; these messages are for everything else.
 */
export class SturingParserErrorMessageProvider extends LangiumParserErrorMessageProvider {

    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Hier verwacht Sturing ${beschrijf(expected)}, maar er staat ${gevonden(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Sturing begrijpt ${gevonden(firstRedundant)} hier niet: na het laatste blok verwacht het een nieuw blok gemeente of regio. Staat er een } te veel?`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const opties = uniek(expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean).map(beschrijf));
        return `Hier verwacht Sturing ${lijst(opties)}, maar er staat ${gevonden(actual[0])}.`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const opties = uniek(expectedIterationPaths.map(path => path[0]).filter(Boolean).map(beschrijf));
        return `Hier hoort minstens één waarde: ${lijst(opties)}; er staat ${gevonden(actual[0])}.`;
    }
}

export class SturingLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const tekst = fullText.substring(startOffset, startOffset + Math.min(length, 20));
        return `Het teken ${JSON.stringify(tekst)} hoort niet in een .sturing-bestand; Sturing slaat het over. Gebruik aanhalingstekens voor vrije tekst.`;
    }
}

const TERMINAL_NAMEN: Record<string, string> = {
    ID: 'een naam (letters en cijfers, zonder spaties)',
    STRING: 'een tekst tussen aanhalingstekens',
    INT: 'een getal'
};

function beschrijf(type: TokenType): string {
    // Terminals have a name of their own; a keyword's token type is named after the keyword.
    if (type.name === 'EOF') return 'het einde van het bestand';
    return TERMINAL_NAMEN[type.name] ?? `'${type.name.replace(/:KW$/, '')}'`;
}

function gevonden(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === undefined || token.image === '') {
        return 'het einde van het bestand';
    }
    return `'${token.image.length > 30 ? token.image.slice(0, 30) + '…' : token.image}'`;
}

function uniek(waarden: string[]): string[] {
    return [...new Set(waarden)];
}

function lijst(opties: string[]): string {
    if (opties.length === 0) return 'iets anders';
    // All of them: the message is read on the command line too, where no Ctrl+Spatie shows them.
    if (opties.length > 12) return `een van deze woorden: ${opties.slice(0, 12).join(', ')} …`;
    if (opties.length === 1) return opties[0];
    return `${opties.slice(0, -1).join(', ')} of ${opties[opties.length - 1]}`;
}
