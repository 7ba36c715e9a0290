import type { AstNode, CstNode } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver';

/** `// sturing-negeer npm-in-verkenning, fuik: pilot met vaste partners` */
const NEGEER = /^\/\/\s*sturing-negeer\b\s*([^:]*?)\s*(?::\s*(.*?))?\s*$/;

export interface Onderdrukking {
    ids: string[];
    reden?: string;
    /** Where the comment is. */
    commentaar: Range;
    /** Which part of the text it switches the rules off for. */
    doel: Range;
    /** The line it switches the rules off for, when that is a whole line rather than one element. */
    regel?: number;
    gebruikt: Set<string>;
}

/**
 * Finds the suppression comments of a document. A comment on a line of its own applies to the
 * element on the next line (the whole element when it starts there, such as a `fase` block); a
 * comment at the end of a line applies to that line's element.
 */
export function leesOnderdrukkingen(root: AstNode): Onderdrukking[] {
    const cst = root.$cstNode;
    // The full text: a comment before the first token lies outside the root's own range.
    if (!cst || !cst.root.fullText.includes('sturing-negeer')) return [];
    const leaves = CstUtils.streamCst(cst).filter(n => isLeafCstNode(n)).toArray();
    const uit: Onderdrukking[] = [];
    leaves.forEach((leaf, i) => {
        if (!leaf.hidden) return;
        const m = NEGEER.exec(leaf.text);
        if (!m) return;
        const vorige = zoekTerug(leaves, i);
        const achterRegel = vorige !== undefined && vorige.range.end.line === leaf.range.start.line;
        const eerste = achterRegel ? eersteOpRegel(leaves, leaf.range.start.line) : zoekVooruit(leaves, i);
        const element = eerste && buitensteElement(eerste);
        uit.push({
            ids: m[1].split(/[\s,]+/).filter(Boolean),
            reden: m[2] || undefined,
            commentaar: leaf.range,
            doel: element ?? (eerste ? heleRegel(eerste.range.start.line) : leaf.range),
            regel: eerste && !element ? eerste.range.start.line : undefined,
            gebruikt: new Set()
        });
    });
    return uit;
}

export function bevat(bereik: Range, punt: { line: number; character: number }): boolean {
    const na = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return na(punt, bereik.start) && na(bereik.end, punt);
}

function zoekTerug(leaves: CstNode[], i: number): CstNode | undefined {
    for (let j = i - 1; j >= 0; j--) if (!leaves[j].hidden) return leaves[j];
    return undefined;
}

function zoekVooruit(leaves: CstNode[], i: number): CstNode | undefined {
    for (let j = i + 1; j < leaves.length; j++) if (!leaves[j].hidden) return leaves[j];
    return undefined;
}

function eersteOpRegel(leaves: CstNode[], regel: number): CstNode | undefined {
    return leaves.find(l => !l.hidden && l.range.start.line === regel);
}

/** The range of the outermost element that starts at this token, if one does. */
function buitensteElement(leaf: CstNode): Range | undefined {
    let node: CstNode | undefined;
    for (let c: CstNode | undefined = leaf.astNode.$cstNode; c; c = c.astNode.$container?.$cstNode) {
        if (c.offset === leaf.offset && c.astNode.$container) node = c; else break;
    }
    return node?.range;
}

function heleRegel(regel: number): Range {
    return { start: { line: regel, character: 0 }, end: { line: regel, character: Number.MAX_SAFE_INTEGER } };
}
