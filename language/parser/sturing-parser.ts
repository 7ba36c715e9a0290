import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { createParser, LangiumParser, type LangiumCoreServices } from 'langium';

/**
 * Langium's parser with error recovery that respects blocks. Chevrotain recovers from a syntax error
 * by skipping to the next token that may follow, without looking at braces: after a misspelled
 * `gemeent X {` it resumed at the `gemeente` of a role line inside the block, and read that line as
 * a new, nameless gemeente. Here a token inside a block that opened after the error never counts as
 * a place to resume: Sturing skips the unreadable block as a whole and resumes at the next statement
 * or block on the same level, so one typo gives one error and the outline stays intact.
 */
export class SturingParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        herstelPerBlok(this.wrapper as unknown as Herstel);
    }
}

export function createSturingParser(services: LangiumCoreServices): SturingParser {
    const parser = createParser(services.Grammar, new SturingParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/** The recovery methods of Chevrotain's parser (13.x) that are replaced; they are not in its public types. */
interface Herstel {
    LA(k: number): IToken;
    SKIP_TOKEN(): IToken;
    tokenMatcher(token: IToken, type: TokenType): boolean;
    flattenFollowSet(): TokenType[];
    exportLexerState(): number;
    importLexerState(staat: number): void;
    getCurrRuleFullName(): string;
    SAVE_ERROR(fout: Error): Error;
    errorMessageProvider: IParserErrorMessageProvider;
    findReSyncTokenType(): TokenType;
    reSyncTo(type: TokenType): IToken[];
    tryInRepetitionRecovery(regel: (...args: unknown[]) => unknown, args: unknown[], vooruit: () => boolean, verwacht: TokenType): void;
}

function isEinde(token: IToken): boolean {
    return token.tokenType?.name === 'EOF';
}

/** The block depth after `token`, counted from where recovery started. */
function diepteNa(diepte: number, token: IToken): number {
    return token.image === '{' ? diepte + 1 : token.image === '}' ? diepte - 1 : diepte;
}

function herstelPerBlok(p: Herstel): void {
    // The first token after the error that may follow the rules on the stack, outside any block opened since.
    p.findReSyncTokenType = function (this: Herstel): TokenType {
        const volgend = this.flattenFollowSet();
        let diepte = 0;
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            if (diepte <= 0 || isEinde(token)) {
                const type = volgend.find(t => this.tokenMatcher(token, t));
                if (type) return type;
            }
            if (isEinde(token)) return token.tokenType;
            diepte = diepteNa(diepte, token);
        }
    };

    // Skips to that same token: the first of its type outside the blocks opened since.
    p.reSyncTo = function (this: Herstel, type: TokenType): IToken[] {
        const overgeslagen: IToken[] = [];
        let diepte = 0;
        let token = this.LA(1);
        while (!((diepte <= 0 || isEinde(token)) && this.tokenMatcher(token, type)) && !isEinde(token)) {
            diepte = diepteNa(diepte, token);
            token = this.SKIP_TOKEN();
            if (!isEinde(token)) overgeslagen.push(token);
        }
        return overgeslagen.slice(0, -1);
    };

    // Inside a repetition (the statements of a block): skip what cannot be read, and resume at the next
    // statement on the same level, or stop at the token that ends the repetition (the block's `}`).
    p.tryInRepetitionRecovery = function (this: Herstel, regel, args, vooruit, verwacht): void {
        const resync = this.findReSyncTokenType();
        const bewaard = this.exportLexerState();
        const eerste = this.LA(1);
        const overgeslagen: IToken[] = [];
        const meld = () => {
            const vorige = this.LA(0);
            const bericht = this.errorMessageProvider.buildMismatchTokenMessage({ expected: verwacht, actual: eerste, previous: vorige, ruleName: this.getCurrRuleFullName() });
            // The shape of Chevrotain's MismatchedTokenException, which SAVE_ERROR recognises by its name.
            this.SAVE_ERROR(Object.assign(new Error(bericht), { name: 'MismatchedTokenException', token: eerste, previousToken: vorige, resyncedTokens: overgeslagen.slice(0, -1) }));
        };
        let token = eerste;
        let diepte = 0;
        for (;;) {
            const opNiveau = diepte <= 0;
            if (opNiveau && this.tokenMatcher(token, verwacht)) {
                meld();
                return;
            }
            if (opNiveau && vooruit.call(this)) {
                meld();
                regel.apply(this, args);
                return;
            }
            if ((opNiveau || isEinde(token)) && this.tokenMatcher(token, resync)) break;
            if (isEinde(token)) break;
            diepte = diepteNa(diepte, token);
            token = this.SKIP_TOKEN();
            if (!isEinde(token)) overgeslagen.push(token);
        }
        // No closer place to resume inside the repetition: the error is handled one level up.
        this.importLexerState(bewaard);
    };
}
