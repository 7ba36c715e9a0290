import type { AstNode, LangiumDocument, ParseResult, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, CstUtils, DefaultDocumentValidator, DocumentValidator, diagnosticData, isAstNode, isLeafCstNode } from 'langium';
import { DiagnosticSeverity, type CancellationToken, type Diagnostic } from 'vscode-languageserver';
import type { SturingServices } from '../sturing-module.js';
import { TAAL_CODES } from './language-codes.js';
import type { SturingValidationRegistry } from './sturing-validation-registry.js';
import { bedoeltU, type SyntaxUitleg, type Vervanging } from './explanation-types.js';
import { SyntaxUitlegger } from './syntax-explanation.js';

/** What a syntax error or an unknown reference carries for its quick fixes: replacements of the marked text. */
export interface VervangData {
    vervangingen?: Vervanging[];
}

/**
 * Gives syntax errors and unresolved references a visible code (`syntax`, `onbekende-verwijzing`),
 * so they can be found in the Problems panel and in `sturing check` like every other finding.
 */
export class SturingDocumentValidator extends DefaultDocumentValidator {
    private readonly uitlegger: SyntaxUitlegger;
    private readonly klant: SturingServices['lsp']['ClientCapabilities'];

    constructor(services: SturingServices) {
        super(services);
        this.uitlegger = new SyntaxUitlegger(services.Grammar);
        this.klant = services.lsp.ClientCapabilities;
    }

    /**
     * Validates one document in one go: the document builder checks for cancellation and yields to waiting
     * requests between documents, so the walk over a document's nodes need not (Langium's offered to yield
     * at every node, which for a file of a few hundred nodes cost more promises than some checks cost time).
     */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, _cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, Cancellation.CancellationToken.None);
        this.geefCodes(diagnostics);
        return this.beperkSyntaxfouten(eenPerRegel(diagnostics));
    }

    /** Characters Sturing does not know, and a text left open, explained where a fix is obvious (beginner-mistakes.ts). */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const document = parseResult.value.$document;
        for (const fout of parseResult.lexerErrors) {
            const uitleg = document && this.uitlegger.legTekenUit(document, fout.offset, fout.length);
            if (!uitleg) {
                super.processLexingErrors({ ...parseResult, lexerErrors: [fout], lexerReport: undefined }, diagnostics, options);
                continue;
            }
            diagnostics.push(this.alsDiagnostic(uitleg, uitleg.bereik!, DocumentValidator.LexingError));
        }
        if (parseResult.lexerReport?.diagnostics.length) super.processLexingErrors({ ...parseResult, lexerErrors: [] }, diagnostics, options);
    }

    /**
     * Langium's walk over the nodes (every node in the order of `AstUtils.streamAst`), without its
     * streams and synchronously: the checks of a node type are looked up once per document (and kept by
     * the registry) instead of once per node, and a check is only awaited when it returns a promise (the registry,
     * SturingValidationRegistry, calls the others synchronously). The streams allocated a few objects per
     * node, for the collector to clear again; the order of the findings is Langium's.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry as Partial<SturingValidationRegistry>;
        const perType = new Map<string, ValidationCheck[]>();
        const stapel: AstNode[] = [rootNode];
        while (stapel.length > 0) {
            const node = stapel.pop()!;
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = perType.get(node.$type);
                if (!checks) {
                    checks = registry.checksVoor?.(node.$type, options.categories) ?? this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    perType.set(node.$type, checks);
                }
                for (let i = 0; i < checks.length; i++) {
                    const uitkomst = checks[i](node, acceptor, cancelToken);
                    if (uitkomst) await uitkomst;
                }
            }
            if (nodeOptions.validateChildren) legKinderenOp(node, stapel);
        }
    }

    /** Syntax errors as the advisor sees the text: an unknown word with the closest known ones, a block left open. */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const document = parseResult.value.$document;
        for (const fout of parseResult.parserErrors) {
            const uitleg = document && this.uitlegger.legUit(fout, document);
            if (!uitleg) {
                super.processParsingErrors({ ...parseResult, parserErrors: [fout] }, diagnostics, options);
                continue;
            }
            diagnostics.push(this.alsDiagnostic(uitleg, uitleg.bereik ?? CstUtils.tokenToRange(fout.token), DocumentValidator.ParsingError));
        }
    }

    /**
     * An explained syntax error as a diagnostic, with its fixes. A message that lists the words that may
     * stand there also points to Ctrl+Spatie in an editor (the command line has no such key).
     */
    private alsDiagnostic(uitleg: SyntaxUitleg, range: Diagnostic['range'], code: string): Diagnostic {
        const hint = uitleg.noemtKeuzes && this.klant.aanvullen ? ` ${CTRL_SPATIE}` : '';
        return {
            severity: DiagnosticSeverity.Error,
            range,
            message: uitleg.bericht + (uitleg.bericht.length + hint.length <= MAX_LENGTE_MET_HINT ? hint : ''),
            data: { ...diagnosticData(code), ...(uitleg.vervangingen.length ? { vervangingen: uitleg.vervangingen } : {}) },
            source: this.getSource()
        };
    }

    /**
     * An unknown party with a name close to a declared one gets "Bedoelt u …?" as quick fix(es). A name
     * that stands in a line the parser could not read (`adviesrad WmoRaad`) is declared there, only
     * unreadably: the syntax error says what to fix, and the references to it are not reported too.
     */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const voor = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        // One diagnostic per reference with an error, in the order of document.references.
        const fouten = document.references.map(r => r.error).filter(e => e !== undefined);
        const nieuw = diagnostics.splice(voor).map((d, i) => {
            const suggesties = (fouten[i] as { suggesties?: string[] } | undefined)?.suggesties ?? [];
            return suggesties.length ? { ...d, data: { ...d.data, vervangingen: suggesties.map(bedoeltU) } } : d;
        });
        const onleesbaar = onleesbareWoorden(document);
        diagnostics.push(...nieuw.filter(d => !onleesbaar.has(String((d.data as { refText?: string } | undefined)?.refText ?? '').split('.').pop()!)));
    }

    private geefCodes(diagnostics: Diagnostic[]): void {
        for (const d of diagnostics) {
            const code = (d.data as { code?: string } | undefined)?.code;
            if (d.code === undefined && (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError)) {
                d.code = TAAL_CODES.syntax;
            } else if (d.code === undefined && code === DocumentValidator.LinkingError) {
                d.code = TAAL_CODES.onbekendeVerwijzing;
            }
        }
    }

    /**
     * After one syntax error the parser often finds many more that follow from it. Beyond
     * MAX_SYNTAXFOUTEN they only bury the first, real one; one closing note says how many were left out.
     */
    private beperkSyntaxfouten(diagnostics: Diagnostic[]): Diagnostic[] {
        const syntax = diagnostics.filter(d => d.code === TAAL_CODES.syntax);
        if (syntax.length <= MAX_SYNTAXFOUTEN) return diagnostics;
        const weg = new Set(syntax.slice(MAX_SYNTAXFOUTEN));
        const laatste = syntax[MAX_SYNTAXFOUTEN - 1];
        return [...diagnostics.filter(d => !weg.has(d)), {
            range: laatste.range, severity: 3, code: TAAL_CODES.syntax, source: 'sturing',
            message: `Nog ${weg.size} syntaxfouten zijn niet getoond; vaak volgen ze uit de eerste. Los de bovenste op, dan verdwijnen de meeste vanzelf.`
        }];
    }
}

/**
 * Puts the nodes a node contains on the stack, so that they come off it in the order of Langium's
 * `streamContents`: property by property (those starting with `$` are Langium's own), array elements in order.
 */
function legKinderenOp(node: AstNode, stapel: AstNode[]): void {
    const begin = stapel.length;
    const velden = node as unknown as Record<string, unknown>;
    for (const sleutel in velden) {
        if (sleutel.charCodeAt(0) === 36 /* $ */) continue;
        const waarde = velden[sleutel];
        if (isAstNode(waarde)) {
            stapel.push(waarde);
        } else if (Array.isArray(waarde)) {
            for (const element of waarde) if (isAstNode(element)) stapel.push(element);
        }
    }
    for (let i = begin, j = stapel.length - 1; i < j; i++, j--) {
        const t = stapel[i];
        stapel[i] = stapel[j];
        stapel[j] = t;
    }
}

/** How many syntax errors a document shows at most. */
export const MAX_SYNTAXFOUTEN = 100;

/** In an editor, after a message that lists the choices. */
const CTRL_SPATIE = 'Ctrl+Spatie legt ze uit.';

/**
 * A message is at most about 250 characters (what fits in a hover without scrolling); the hint is left
 * out where it would make a message clearly longer than that (the longest list, the roles, still takes it).
 */
const MAX_LENGTE_MET_HINT = 270;

/**
 * One syntax error per line: a line with a mistake often gives a second error further on the same line
 * (a skipped colon leaves the parser a word short). The one that names the cause stays: one that knows
 * the fix, then an unknown character before a word the parser stumbled over, then the first on the line.
 */
function eenPerRegel(diagnostics: Diagnostic[]): Diagnostic[] {
    const syntax = diagnostics.filter(d => d.code === TAAL_CODES.syntax);
    if (syntax.length < 2) return diagnostics;
    const data = (d: Diagnostic) => d.data as (VervangData & { code?: string }) | undefined;
    const rang = (d: Diagnostic) => [data(d)?.vervangingen?.length ? 0 : 1, data(d)?.code === DocumentValidator.LexingError ? 0 : 1, d.range.start.character];
    const eerder = (a: Diagnostic, b: Diagnostic) => {
        const [x, y] = [rang(a), rang(b)];
        const i = x.findIndex((v, j) => v !== y[j]);
        return i >= 0 && x[i] < y[i];
    };
    const eerste = new Map<number, Diagnostic>();
    for (const d of syntax) {
        const al = eerste.get(d.range.start.line);
        if (!al || eerder(d, al)) eerste.set(d.range.start.line, d);
    }
    const blijft = new Set(eerste.values());
    return diagnostics.filter(d => d.code !== TAAL_CODES.syntax || blijft.has(d));
}

/** The words of text the parser had to skip: what is declared there is present, only unreadable. */
function onleesbareWoorden(document: LangiumDocument): Set<string> {
    const { parseResult } = document;
    const woorden = new Set<string>();
    const root = parseResult.value.$cstNode;
    if (!root || parseResult.parserErrors.length === 0) return woorden;
    const tekst = document.textDocument.getText();
    const voegToe = (stuk: string) => {
        for (const w of stuk.replace(/"[^"]*"/g, ' ').match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []) woorden.add(w);
    };
    let vanaf = 0;
    for (const leaf of CstUtils.streamCst(root).filter(isLeafCstNode)) {
        if (leaf.offset > vanaf) voegToe(tekst.slice(vanaf, leaf.offset));
        vanaf = Math.max(vanaf, leaf.end);
    }
    voegToe(tekst.slice(vanaf));
    return woorden;
}
