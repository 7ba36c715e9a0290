import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarAST, isCompositeCstNode } from 'langium';
import { AbstractFormatter, Formatting, type NodeFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { leesOnderdrukkingen } from '../rules/suppression.js';

/** A new, indented line; one blank line before it is kept. */
const STATEMENT = Formatting.fit(Formatting.indent(), { options: {}, moves: [{ tabs: 1, lines: 2 }] });
/** Top-level blocks are separated by one or two blank lines. */
const TOP = Formatting.fit(Formatting.newLines(2), Formatting.newLines(3));

/**
 * Lays out a .sturing file: one statement per line, four spaces per block level, one space
 * between a keyword and its values, no space before a comma. Comments and single blank lines
 * between statements are kept.
 *
 * Formatting never changes what a `// sturing-negeer` comment switches off. Such a comment applies
 * to the element or the line it is on or before, so on the lines that decide that (the comment's own
 * line, and the line it applies to when that is a whole line) no word moves to another line: a
 * one-line block there stays on one line.
 */
export class SturingFormatter extends AbstractFormatter {

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, options, range);
        const vast = new Set(leesOnderdrukkingen(document.parseResult.value).flatMap(o => [o.commentaar.start.line, ...(o.regel === undefined ? [] : [o.regel])]));
        if (vast.size === 0) return edits;
        const breekt = (e: TextEdit) => /[\r\n]/.test(document.textDocument.getText(e.range)) !== /[\r\n]/.test(e.newText);
        const raakt = (e: TextEdit) => [...vast].some(r => e.range.start.line <= r && r <= e.range.end.line);
        return edits.filter(e => !(raakt(e) && breekt(e)));
    }

    protected format(node: AstNode): void {
        if (ast.isModel(node)) {
            const f = this.getNodeFormatter(node);
            node.elementen.forEach((el, i) => {
                f.node(el).prepend(i > 0 ? TOP : Formatting.noIndent());
            });
        } else if (ast.isGemeente(node) || ast.isRegio(node) || ast.isTeam(node) || ast.isFase(node) || ast.isRegie(node) || ast.isAmbitie(node)) {
            this.formatBlock(node);
        } else if (ast.isDoel(node)) {
            const f = this.getNodeFormatter(node);
            if (node.$cstNode && isCompositeCstNode(node.$cstNode) && node.$cstNode.content.some(c => isKeyword(c, '{'))) {
                this.formatBlock(node);
            } else {
                this.spacesInside(f, node);
            }
        } else if (ast.isPartij(node) || ast.isPartijRol(node) || ast.isBekostiging(node) || ast.isInstrument(node) || ast.isRolKeuze(node)
            || ast.isParticipatie(node) || ast.isIndicator(node) || ast.isRegieKeuze(node) || ast.isPeriode(node) || ast.isDoorzetting(node)) {
            this.spacesInside(this.getNodeFormatter(node), node);
        }
    }

    /** `keyword {` on one line, every statement inside on its own indented line, `}` on its own line. */
    private formatBlock(node: AstNode): void {
        const f = this.getNodeFormatter(node);
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        const open = cst.content.findIndex(c => isKeyword(c, '{'));
        const close = findLastIndex(cst.content, c => isKeyword(c, '}'));
        if (open < 0) return;
        cst.content.slice(0, open).forEach((c, i) => { if (i > 0) f.cst([c]).prepend(Formatting.oneSpace()); });
        f.cst([cst.content[open]]).prepend(Formatting.oneSpace());
        const end = close > open ? close : cst.content.length;
        let vorige: CstNode | undefined;
        for (const child of cst.content.slice(open + 1, end)) {
            if (child.hidden) {
                // A comment on a line of its own lines up with the statements around it.
                f.cst([child]).prepend(STATEMENT);
                continue;
            }
            if (startsStatement(child, vorige)) {
                f.cst([child]).prepend(STATEMENT);
            } else if (isKeyword(child, ',')) {
                f.cst([child]).prepend(Formatting.noSpace());
            } else {
                f.cst([child]).prepend(Formatting.oneSpace());
            }
            vorige = child;
        }
        if (close > open) {
            f.cst([cst.content[close]]).prepend(Formatting.newLine());
        }
    }

    /** Single spaces between the words of a one-line statement; `2015 - 2018` and `a, b` stay tidy. */
    private spacesInside(f: NodeFormatter<AstNode>, node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        cst.content.forEach((child, i) => {
            if (i === 0 || child.hidden) return;
            if (isKeyword(child, ',') || isKeyword(child, '.')) f.cst([child]).prepend(Formatting.noSpace());
            else if (i > 0 && isKeyword(cst.content[i - 1], '.')) f.cst([child]).prepend(Formatting.noSpace());
            else f.cst([child]).prepend(Formatting.oneSpace());
        });
    }
}

/** Keywords within a statement: the comma of a list, the dot of `Regio.Partij`, the dash of a period. */
const LEESTEKENS = [',', '.', '-', '\u2013', '\u2014'];

/**
 * A statement starts with a keyword that is directly followed by an assignment (`probleem x`),
 * or with a nested element (`partij …`, `fase …`, `doel …`).
 */
function startsStatement(child: CstNode, vorige: CstNode | undefined): boolean {
    if (child.astNode !== child.container?.astNode) {
        // A nested element (`partij …`, `fase …`) starts a statement, unless it is the value of a
        // keyword before it (`periode 2015 - 2018`).
        return !(vorige && GrammarAST.isKeyword(vorige.grammarSource) && !isValueKeyword(vorige.grammarSource));
    }
    const feature = child.grammarSource;
    if (GrammarAST.isKeyword(feature)) {
        return !LEESTEKENS.includes(feature.value) && !isValueKeyword(feature);
    }
    return false;
}

/** A keyword that is itself a value (e.g. `onduidelijk`), as opposed to a statement keyword. */
function isValueKeyword(keyword: GrammarAST.Keyword): boolean {
    let container: AstNode | undefined = keyword.$container;
    while (container) {
        if (GrammarAST.isAssignment(container)) return true;
        if (GrammarAST.isParserRule(container)) return false;
        container = container.$container;
    }
    return false;
}

function isKeyword(node: CstNode | undefined, value: string): boolean {
    return !!node && GrammarAST.isKeyword(node.grammarSource) && node.grammarSource.value === value;
}

function findLastIndex<T>(items: readonly T[], pred: (t: T) => boolean): number {
    for (let i = items.length - 1; i >= 0; i--) if (pred(items[i])) return i;
    return -1;
}
