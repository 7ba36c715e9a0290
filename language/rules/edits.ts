import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import { CodeActionKind, SnippetTextEdit, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic, type Position, type Range } from 'vscode-languageserver';

/**
 * Small text edits for quick fixes. Each touches only the characters it must: the rest of the
 * user's text, layout and comments stays as written.
 */

export function actie(titel: string, document: LangiumDocument, diagnostic: Diagnostic, edits: Array<TextEdit | SnippetTextEdit>, voorkeur = false): CodeAction {
    const uri = document.uri.toString();
    return {
        title: titel,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: voorkeur,
        edit: edits.some(SnippetTextEdit.is)
            ? { documentChanges: [TextDocumentEdit.create({ uri, version: document.textDocument.version }, edits)] }
            : { changes: { [uri]: edits as TextEdit[] } }
    };
}

/**
 * An edit whose text is a template: `$1` is a tab stop where the cursor goes, `${1|a,b|}` a choice. A
 * template leaves text the advisor must write empty, so that nothing written for them can silence a
 * rule (an empty goal or indicator counts as missing). Editors without snippet support get the plain
 * text (see alsGewoneTekst).
 */
export function sjabloon(edit: TextEdit): SnippetTextEdit {
    return { range: edit.range, snippet: { kind: 'snippet', value: edit.newText } };
}

/** A choice in a template: `${1|raadplegen,coproductie|}`; without snippet support, the first option. */
export function keuze(opties: readonly string[], stop = 1): string {
    return opties.length === 1 ? opties[0] : `\${${stop}|${opties.join(',')}|}`;
}

/** The text a template inserts without tab stops: `doel "$1"` → `doel ""`, a choice → its first option. */
export function alsGewoneTekst(snippet: string): string {
    return snippet
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\}|\$\d+/g, '')
        .replace(/\\([$}\\])/g, '$1');
}

/**
 * Whether VS Code applies these edits as written when they contain a template. It inserts a template
 * with its snippet engine, which indents every further line of every edit by the indentation before
 * the insertion point; edits that start a new line at the start of a line, or fit on one line, stay
 * as they are.
 */
export function veiligAlsSjabloon(document: LangiumDocument, edits: ReadonlyArray<TextEdit | SnippetTextEdit>): boolean {
    return edits.every(e => {
        const tekst = SnippetTextEdit.is(e) ? e.snippet.value : e.newText;
        const ervoor = document.textDocument.getText({ start: { line: e.range.start.line, character: 0 }, end: e.range.start });
        return !tekst.includes('\n') || /^\S|^$/.test(ervoor);
    });
}

export function inspringingVan(document: LangiumDocument, regel: number): string {
    const tekst = document.textDocument.getText({ start: { line: regel, character: 0 }, end: { line: regel + 1, character: 0 } });
    return /^[ \t]*/.exec(tekst)?.[0] ?? '';
}

/** The indentation one level deeper than `basis`, in the style the file already uses. */
export function dieper(document: LangiumDocument, basis: string): string {
    const stap = /\n(\t+)\S/.test(document.textDocument.getText()) && !/\n {2,}\S/.test(document.textDocument.getText()) ? '\t' : '    ';
    return basis + stap;
}

function accolades(node: AstNode): { open?: CstNode; sluit?: CstNode } {
    const cst = node.$cstNode;
    if (!cst) return {};
    const alle = GrammarUtils.findNodesForKeyword(cst, '{').filter(n => n.container === cst);
    const sluit = GrammarUtils.findNodesForKeyword(cst, '}').filter(n => n.container === cst);
    return { open: alle[0], sluit: sluit[sluit.length - 1] };
}

/** Inserts a statement as the first line inside a block (`fase x {` ↵ statement). */
export function voegToeAanBegin(document: LangiumDocument, blok: AstNode, statement: string): TextEdit | undefined {
    const { open, sluit } = accolades(blok);
    if (!open) return undefined;
    if (sluit && sluit.range.start.line === open.range.start.line) {
        return TextEdit.insert(open.range.end, ` ${statement}`);
    }
    const inspr = dieper(document, inspringingVan(document, open.range.start.line));
    return TextEdit.insert(open.range.end, `\n${inspr}${statement}`);
}

/** Inserts a statement as the last line inside a block, just before its closing brace. */
export function voegToeAanEind(document: LangiumDocument, blok: AstNode, statement: string): TextEdit | undefined {
    const { open, sluit } = accolades(blok);
    if (!open || !sluit) return undefined;
    if (sluit.range.start.line === open.range.start.line) {
        return TextEdit.insert(sluit.range.start, `${statement} `);
    }
    const basis = inspringingVan(document, sluit.range.start.line);
    const voorSluit = document.textDocument.getText({ start: { line: sluit.range.start.line, character: 0 }, end: sluit.range.start });
    if (/^\s*$/.test(voorSluit)) {
        return TextEdit.insert({ line: sluit.range.start.line, character: 0 }, `${dieper(document, basis)}${statement}\n`);
    }
    return TextEdit.insert(sluit.range.start, `\n${dieper(document, basis)}${statement}\n${basis}`);
}

/**
 * Inserts one line after the line on which `na` ends, indented as the line on which `na` starts: at the
 * start of the next line, so that a template in it is applied as written (see veiligAlsSjabloon). When
 * more follows `na` on its line, the statement goes right after it instead.
 */
export function voegRegelToeNa(document: LangiumDocument, na: AstNode, regel: string): TextEdit | undefined {
    const cst = na.$cstNode;
    if (!cst) return undefined;
    const rest = regelTekst(document, cst.range.end.line).slice(cst.range.end.character).replace(/\/\/.*$/, '').trim();
    if (rest !== '' || cst.range.end.line + 1 >= document.textDocument.lineCount) return TextEdit.insert(cst.range.end, ` ${regel}`);
    return TextEdit.insert({ line: cst.range.end.line + 1, character: 0 }, `${inspringingVan(document, cst.range.start.line)}${regel}\n`);
}

/** Inserts whole lines (a new block) after the line on which `na` ends. */
export function voegRegelsToeNa(document: LangiumDocument, na: AstNode, regels: string[]): TextEdit | undefined {
    const cst = na.$cstNode;
    if (!cst) return undefined;
    const inspr = inspringingVan(document, cst.range.start.line);
    const eind: Position = { line: cst.range.end.line, character: document.textDocument.getText({ start: { line: cst.range.end.line, character: 0 }, end: { line: cst.range.end.line + 1, character: 0 } }).replace(/\r?\n$/, '').length };
    return TextEdit.insert(eind, '\n\n' + regels.map(r => r ? inspr + r : r).join('\n'));
}

/**
 * Inserts whole lines (a new block) before `voor`, and before the comment lines directly above it,
 * so that those comments stay with the element they describe.
 */
export function voegRegelsToeVoor(document: LangiumDocument, voor: AstNode, regels: string[]): TextEdit | undefined {
    const cst = voor.$cstNode;
    if (!cst) return undefined;
    const inspr = inspringingVan(document, cst.range.start.line);
    return TextEdit.insert({ line: eersteRegelMetCommentaar(document, voor), character: 0 }, regels.map(r => r ? inspr + r : r).join('\n') + '\n\n');
}

/** The first line of an element, counting the comment lines directly above it, which belong to it. */
function eersteRegelMetCommentaar(document: LangiumDocument, node: AstNode): number {
    let regel = node.$cstNode!.range.start.line;
    while (regel > 0 && /^(\/\/|\/\*|\*)/.test(regelTekst(document, regel - 1).trim())) regel--;
    return regel;
}

function regelTekst(document: LangiumDocument, regel: number): string {
    return document.textDocument.getText({ start: { line: regel, character: 0 }, end: { line: regel + 1, character: 0 } });
}

/**
 * Moves a block that stands on lines of its own (with the comments above it) to just before another
 * one on the same level, as written: its text, layout and comments travel unchanged.
 */
export function verplaatsVoor(document: LangiumDocument, blok: AstNode, voor: AstNode): TextEdit[] {
    const cst = blok.$cstNode;
    if (!cst || !voor.$cstNode || regelTekst(document, cst.range.end.line).slice(cst.range.end.character).trim() !== '') return [];
    const eerste = eersteRegelMetCommentaar(document, blok), laatste = cst.range.end.line;
    const tekst = document.textDocument.getText({ start: { line: eerste, character: 0 }, end: { line: laatste + 1, character: 0 } });
    // The blank line that separated the block from the one before it goes with it.
    const leegErvoor = eerste > 0 && regelTekst(document, eerste - 1).trim() === '';
    const leegErna = regelTekst(document, laatste + 1).trim() === '' && laatste + 1 < document.textDocument.lineCount;
    const van = leegErvoor && !leegErna ? eerste - 1 : eerste;
    const tot = leegErvoor && leegErna ? laatste + 2 : laatste + 1;
    return [
        TextEdit.insert({ line: eersteRegelMetCommentaar(document, voor), character: 0 }, tekst.replace(/\r?\n?$/, '\n') + '\n'),
        TextEdit.replace({ start: { line: van, character: 0 }, end: { line: tot, character: 0 } }, '')
    ];
}

export function vervang(range: Range, tekst: string): TextEdit {
    return TextEdit.replace(range, tekst);
}

/**
 * Removes one value from a statement such as `gemeente opdrachtgever, regisseur`, with its comma.
 * When it is the only value the whole statement goes, keyword included.
 */
export function verwijderWaarde(document: LangiumDocument, node: AstNode, property: string, index: number, keyword: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const waarden = GrammarUtils.findNodesForProperty(cst, property);
    const doel = waarden[index];
    if (!doel) return undefined;
    // The values of the same statement lie between its keyword and the next statement with that keyword.
    const keywords = GrammarUtils.findNodesForKeyword(cst, keyword).filter(k => k.container === cst);
    const kw = keywords.filter(k => k.offset < doel.offset).pop();
    if (!kw) return undefined;
    const volgendeKw = keywords.find(k => k.offset > kw.offset);
    const groep = waarden.filter(w => w.offset > kw.offset && (!volgendeKw || w.offset < volgendeKw.offset));
    if (groep.length <= 1) {
        return verwijderBereik(document, kw.offset, doel.end);
    }
    const positie = groep.indexOf(doel);
    if (positie === 0) {
        const volgende = groep[1];
        return TextEdit.replace({ start: doel.range.start, end: document.textDocument.positionAt(volgende.offset) }, '');
    }
    const vorige = groep[positie - 1];
    return TextEdit.replace({ start: document.textDocument.positionAt(vorige.end), end: doel.range.end }, '');
}

/** Removes a statement; when it stands alone on its line(s), the line goes too. */
export function verwijderStatement(document: LangiumDocument, node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    return cst ? verwijderBereik(document, cst.offset, cst.end) : undefined;
}

function verwijderBereik(document: LangiumDocument, start: number, eind: number): TextEdit {
    const tekst = document.textDocument.getText();
    let s = start, e = eind;
    const regelBegin = tekst.lastIndexOf('\n', s - 1) + 1;
    let regelEind = tekst.indexOf('\n', e);
    if (regelEind < 0) regelEind = tekst.length;
    const ervoor = tekst.slice(regelBegin, s), erna = tekst.slice(e, regelEind);
    if (/^\s*$/.test(ervoor) && /^\s*$/.test(erna)) {
        s = regelBegin;
        e = Math.min(tekst.length, regelEind + 1);
    } else if (/^ /.test(erna)) {
        e += 1;
    } else if (/ $/.test(ervoor)) {
        s -= 1;
    }
    return TextEdit.replace({ start: document.textDocument.positionAt(s), end: document.textDocument.positionAt(e) }, '');
}

/** The exact source text of a node, as the user wrote it. */
export function brontekst(node: AstNode): string {
    return node.$cstNode?.text ?? '';
}

export function zonderLeeg<T>(items: Array<T | undefined>): T[] {
    return items.filter((x): x is T => x !== undefined);
}
