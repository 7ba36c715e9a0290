import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { createParser, LangiumParser, type LangiumCoreServices } from 'langium';

/**
 * Langium's parser with error recovery that respects blocks. Chevrotain recovers from a syntax error
 * by skipping to the next token that may follow, without looking at braces: after a misspelled
 * `gemeent X {` it resumed at the `gemeente` of a role line inside the block, and read that line as
 * a new, nameless gemeente. Here a token inside a block that opened after the error never counts as
 * a place to resume: Sturing skips the unreadable block as a whole and resumes at the next statement
 * or block on the same level, so one typo gives one error and the outline stays intact.
 *
 * A line that belongs in a surrounding block (`partij …` inside a `fase`) is one of two things: the
 * block before it was not closed, or the line was written in the wrong block. Chevrotain always
 * assumed the first, closed the block there, and so let the block's own `}` close the block around it,
 * which lost everything after it. Here the braces decide (see `hoortElders`): when every block still
 * gets its `}` further on, the line is skipped as written in the wrong place and the block stays open.
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

/**
 * What the recovery adds to the parser's errors, for the explanation of a syntax error
 * (validation/syntax-explanation.ts): what the parser expected where the error is, and whether the
 * line there was read as written in the wrong block.
 */
export interface HerstelInfo {
    /** The name of the token type the parser expected: `{`, `}`, `ID` … */
    verwacht?: string;
    /** The line that starts at the error belongs in a surrounding block and was skipped; the block stays open. */
    elders?: boolean;
}

/** The recovery methods of Chevrotain's parser (13.x) that are replaced; they are not in its public types. */
interface Herstel {
    tokVector: IToken[];
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
    canRecoverWithSingleTokenInsertion(verwacht: TokenType, volgend: TokenType[]): boolean;
    consumeInternalError(verwacht: TokenType, volgend: IToken, opties: unknown): void;
}

function isEinde(token: IToken): boolean {
    return token.tokenType?.name === 'EOF';
}

/** The block depth after `token`, counted from where recovery started. */
function diepteNa(diepte: number, token: IToken): number {
    return token.image === '{' ? diepte + 1 : token.image === '}' ? diepte - 1 : diepte;
}

/** `{` minus `}` over the whole input, once per input. */
const balansPerInvoer = new WeakMap<IToken[], number>();

function balans(p: Herstel): number {
    let b = balansPerInvoer.get(p.tokVector);
    if (b === undefined) {
        b = 0;
        for (const t of p.tokVector) b = diepteNa(b, t);
        balansPerInvoer.set(p.tokVector, b);
    }
    return b;
}

/**
 * Whether `token` (the next token, LA(1)), which starts a statement of a surrounding block, stands in
 * the wrong block rather than after a block whose `}` is missing. When the file has a `}` for every `{`,
 * nothing is missing: the line is in the wrong place. When a `}` is missing somewhere, the indentation
 * decides: a line indented deeper than the line that opened the current block is inside it.
 */
function hoortElders(p: Herstel, token: IToken): boolean {
    if (isEinde(token) || token.startColumn === undefined) return false;
    if (balans(p) <= 0) return true;
    const open = openAccolade(p);
    return open !== undefined && token.startColumn > eersteOpRegel(p, open).startColumn!;
}

/** The index of the innermost `{` before LA(1) that is not closed before it. */
function openAccolade(p: Herstel): number | undefined {
    let diepte = 0;
    for (let i = p.exportLexerState(); i >= 0; i--) {
        const t = p.tokVector[i];
        if (t.image === '}') diepte++;
        else if (t.image === '{' && diepte-- === 0) return i;
    }
    return undefined;
}

function eersteOpRegel(p: Herstel, index: number): IToken {
    let i = index;
    while (i > 0 && p.tokVector[i - 1].startLine === p.tokVector[index].startLine) i--;
    return p.tokVector[i];
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

    // A block is not closed by inserting its `}` before a line that only stands in the wrong place.
    const invoegen = p.canRecoverWithSingleTokenInsertion;
    p.canRecoverWithSingleTokenInsertion = function (this: Herstel, verwacht: TokenType, volgend: TokenType[]): boolean {
        if (verwacht.name === '}' && hoortElders(this, this.LA(1))) return false;
        return invoegen.call(this, verwacht, volgend);
    };

    // Every mismatch says what was expected, and whether the line there was read as standing in the wrong block.
    const mismatch = p.consumeInternalError;
    p.consumeInternalError = function (this: Herstel, verwacht: TokenType, volgend: IToken, opties: unknown): void {
        try {
            mismatch.call(this, verwacht, volgend, opties);
        } catch (fout) {
            const info: HerstelInfo = { verwacht: verwacht.name, elders: verwacht.name === '}' && hoortElders(this, volgend) };
            if (fout && typeof fout === 'object') Object.assign(fout, info);
            throw fout;
        }
    };

    // Inside a repetition (the statements of a block): skip what cannot be read, and resume at the next
    // statement on the same level, or stop at the token that ends the repetition (the block's `}`). A
    // line of a surrounding block is skipped too when it stands in the wrong place (see hoortElders).
    p.tryInRepetitionRecovery = function (this: Herstel, regel, args, vooruit, verwacht): void {
        const resync = this.findReSyncTokenType();
        const bewaard = this.exportLexerState();
        const eerste = this.LA(1);
        const overgeslagen: IToken[] = [];
        // The first line of a surrounding block that is skipped as standing in the wrong place.
        let elders: IToken | undefined;
        const meld = () => {
            const vorige = this.LA(0);
            const bericht = this.errorMessageProvider.buildMismatchTokenMessage({ expected: verwacht, actual: eerste, previous: vorige, ruleName: this.getCurrRuleFullName() });
            const info: HerstelInfo = { verwacht: verwacht.name, elders: elders === eerste };
            // The shape of Chevrotain's MismatchedTokenException, which SAVE_ERROR recognises by its name.
            this.SAVE_ERROR(Object.assign(new Error(bericht), { name: 'MismatchedTokenException', token: eerste, previousToken: vorige, resyncedTokens: overgeslagen.slice(0, -1) }, info));
        };
        let token = eerste;
        let diepte = 0;
        for (;;) {
            const opNiveau = diepte <= 0;
            if (opNiveau && this.tokenMatcher(token, verwacht)) {
                meld();
                return;
            }
            // After a line in the wrong place, the next statement of this block starts on a line of its own.
            if (opNiveau && (!elders || token.startLine !== elders.startLine) && vooruit.call(this)) {
                meld();
                regel.apply(this, args);
                return;
            }
            if ((opNiveau || isEinde(token)) && this.tokenMatcher(token, resync)) {
                if (!hoortElders(this, token)) {
                    // The block ends here (its `}` is missing): what was skipped for a line in the wrong place stays skipped.
                    if (elders) { meld(); return; }
                    break;
                }
                elders ??= token;
            }
            if (isEinde(token)) {
                if (elders) { meld(); return; }
                break;
            }
            diepte = diepteNa(diepte, token);
            token = this.SKIP_TOKEN();
            if (!isEinde(token)) overgeslagen.push(token);
        }
        // No closer place to resume inside the repetition: the error is handled one level up.
        this.importLexerState(bewaard);
    };
}
