import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AstUtils, createParser, GrammarAST, LangiumParser, type LangiumCoreServices } from 'langium';

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
        // The rules that hold a block between { and } (Gemeente, Fase, Team …).
        const blokken = new Set(services.Grammar.rules.filter(GrammarAST.isParserRule)
            .filter(r => AstUtils.streamAllContents(r.definition).some(e => GrammarAST.isKeyword(e) && e.value === '{')).map(r => r.name));
        herstelPerBlok(this.wrapper as unknown as Herstel, blokken);
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
    buildFullFollowKeyStack(): unknown[];
    getFollowSetFromFollowKey(sleutel: unknown): TokenType[];
    getHumanReadableRuleStack(): string[];
    exportLexerState(): number;
    importLexerState(staat: number): void;
    getCurrRuleFullName(): string;
    SAVE_ERROR(fout: Error): Error;
    errorMessageProvider: IParserErrorMessageProvider;
    findReSyncTokenType(): TokenType;
    reSyncTo(type: TokenType): IToken[];
    tryInRepetitionRecovery(regel: (...args: unknown[]) => unknown, args: unknown[], vooruit: () => boolean, verwacht: TokenType): void;
    canRecoverWithSingleTokenInsertion(verwacht: TokenType, volgend: TokenType[]): boolean;
    tryInRuleRecovery(verwacht: TokenType, volgend: TokenType[]): IToken;
    consumeToken(): void;
    consumeInternalError(verwacht: TokenType, volgend: IToken, opties: unknown): void;
}

function isEinde(token: IToken): boolean {
    return token.tokenType?.name === 'EOF';
}

/** The block depth after `token`, counted from where recovery started. */
function diepteNa(diepte: number, token: IToken): number {
    return token.image === '{' ? diepte + 1 : token.image === '}' ? diepte - 1 : diepte;
}

/** What the braces of one input say, computed once per input. */
interface Accolades {
    /** How many blocks are open before token i (`{` minus `}` so far, never below zero). */
    diepte: Int32Array;
    /** `{` minus `}` over the whole input. */
    balans: number;
}

const accoladesPerInvoer = new WeakMap<IToken[], Accolades>();

function accolades(p: Herstel): Accolades {
    let a = accoladesPerInvoer.get(p.tokVector);
    if (!a) {
        const diepte = new Int32Array(p.tokVector.length + 1);
        let balans = 0;
        p.tokVector.forEach((t, i) => {
            balans = diepteNa(balans, t);
            diepte[i + 1] = Math.max(0, diepteNa(diepte[i], t));
        });
        a = { diepte, balans };
        accoladesPerInvoer.set(p.tokVector, a);
    }
    return a;
}

function balans(p: Herstel): number {
    return accolades(p).balans;
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

/**
 * Whether `token` starts a line of a block around the innermost block being parsed, and of no rule
 * inside that block: resuming at it would close the block (`partij` inside a `fase`). The follow set of
 * rule i on the stack is what may come after rule i; a token only in those of the block and the rules
 * around it leads out of the block.
 */
function isBuitenRegel(p: Herstel, blokken: ReadonlySet<string>, k: number): boolean {
    const token = p.LA(k);
    if (isEinde(token) || token.image === '}') return false;
    // The innermost block that is open: of the block rules on the stack, as many as there are open braces.
    const regels = p.getHumanReadableRuleStack().map(r => r.replace(/\u200B/g, ''));
    const blokIndices = regels.map((r, i) => blokken.has(r) ? i : -1).filter(i => i >= 0);
    const open = accolades(p).diepte[Math.min(p.exportLexerState() + k, p.tokVector.length)] ?? 0;
    if (open === 0 || blokIndices.length === 0) return false;
    const blok = blokIndices[Math.min(open, blokIndices.length) - 1];
    const niveaus = p.buildFullFollowKeyStack().map(sleutel => p.getFollowSetFromFollowKey(sleutel) ?? []);
    let buiten = false;
    for (let i = 0; i < niveaus.length; i++) {
        if (!niveaus[i].some(t => p.tokenMatcher(token, t))) continue;
        if (i > blok) return false;
        buiten = true;
    }
    return buiten;
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

/** The k of LA(k) that is a `{` on the line of the previous token, with only words before it; undefined if there is none. */
function accoladeOpRegel(p: Herstel): number | undefined {
    const regel = p.LA(0).startLine;
    if (regel === undefined || Number.isNaN(regel)) return undefined;
    for (let k = 1; k < 12; k++) {
        const t = p.LA(k);
        if (isEinde(t) || t.startLine !== regel) return undefined;
        if (t.image === '{') return k;
        if (!/^[\p{L}\p{N}_-]+$/u.test(t.image)) return undefined;
    }
    return undefined;
}

function herstelPerBlok(p: Herstel, blokken: ReadonlySet<string>): void {
    /** LA(k) is a line that only stands in the wrong block. */
    const elders = (h: Herstel, k: number) => isBuitenRegel(h, blokken, k) && hoortElders(h, h.LA(k));

    // The first token after the error that may follow the rules on the stack, outside any block opened
    // since, and not a line that only stands in the wrong block.
    p.findReSyncTokenType = function (this: Herstel): TokenType {
        const volgend = this.flattenFollowSet();
        let diepte = 0;
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            if (diepte <= 0 || isEinde(token)) {
                const type = volgend.find(t => this.tokenMatcher(token, t));
                if (type && (isEinde(token) || !elders(this, k))) return type;
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
        if (verwacht.name === '}' && elders(this, 1)) return false;
        return invoegen.call(this, verwacht, volgend);
    };

    // `gemeente Bergen op Zoom {`, `fase kaderstelling en contractering {`: words between a block's name and
    // its `{` on the same line are skipped (Chevrotain skips one at most), so the block itself is read.
    const inRegel = p.tryInRuleRecovery;
    p.tryInRuleRecovery = function (this: Herstel, verwacht: TokenType, volgend: TokenType[]): IToken {
        if (verwacht.name === '{' && !this.canRecoverWithSingleTokenInsertion(verwacht, volgend)) {
            const k = accoladeOpRegel(this);
            if (k !== undefined) {
                for (let i = 1; i < k; i++) this.SKIP_TOKEN();
                const accolade = this.LA(1);
                this.consumeToken();
                return accolade;
            }
        }
        return inRegel.call(this, verwacht, volgend);
    };

    // Every mismatch says what was expected, and whether the line there was read as standing in the wrong block.
    const mismatch = p.consumeInternalError;
    p.consumeInternalError = function (this: Herstel, verwacht: TokenType, volgend: IToken, opties: unknown): void {
        try {
            mismatch.call(this, verwacht, volgend, opties);
        } catch (fout) {
            const info: HerstelInfo = { verwacht: verwacht.name, elders: verwacht.name === '}' && volgend === this.LA(1) && elders(this, 1) };
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
        // The token before the error, not the last one skipped: the explanation looks at what precedes the cause.
        const vorige = this.LA(0);
        const overgeslagen: IToken[] = [];
        // The first line of a surrounding block that is skipped as standing in the wrong place.
        let verkeerd: IToken | undefined = elders(this, 1) ? eerste : undefined;
        const meld = () => {
            const bericht = this.errorMessageProvider.buildMismatchTokenMessage({ expected: verwacht, actual: eerste, previous: vorige, ruleName: this.getCurrRuleFullName() });
            const info: HerstelInfo = { verwacht: verwacht.name, elders: verkeerd === eerste };
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
            if (opNiveau && (!verkeerd || token.startLine !== verkeerd.startLine) && vooruit.call(this)) {
                meld();
                regel.apply(this, args);
                return;
            }
            // The token is LA(1): every skipped token moves the input on.
            if (opNiveau && token !== eerste && isBuitenRegel(this, blokken, 1)) {
                if (!hoortElders(this, token)) {
                    // The block ends here (its `}` is missing): what was skipped for a line in the wrong place stays skipped.
                    if (verkeerd) { meld(); return; }
                    break;
                }
                verkeerd ??= token;
            } else if ((opNiveau || isEinde(token)) && this.tokenMatcher(token, resync) && !verkeerd) {
                break;
            }
            if (isEinde(token)) {
                if (verkeerd) { meld(); return; }
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
