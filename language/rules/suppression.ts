import type { AstNode, CstNode } from 'langium';
import { isCompositeCstNode } from 'langium';
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
    const leaves = bladeren(cst);
    const uit: Onderdrukking[] = [];
    leaves.forEach((leaf, i) => {
        if (!leaf.hidden) return;
        const m = NEGEER.exec(leaf.text);
        if (!m) return;
        const vorige = zoekTerug(leaves, i);
        const achterRegel = vorige !== undefined && vorige.range.end.line === leaf.range.start.line;
        const eerste = achterRegel ? eersteOpRegel(leaves, i, leaf.range.start.line) : zoekVooruit(leaves, i);
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

/**
 * The first token of a line that is not a comment, from the comment at index `i` on that line. The tokens
 * are in the order of the text, so those of one line stand together around `i`: only they are looked at.
 */
function eersteOpRegel(leaves: CstNode[], i: number, regel: number): CstNode | undefined {
    let eerste: CstNode | undefined;
    for (let j = i - 1; j >= 0; j--) {
        const lijn = leaves[j].range.start.line;
        if (lijn < regel) break;
        if (lijn === regel && !leaves[j].hidden) eerste = leaves[j];
    }
    if (eerste) return eerste;
    for (let j = i + 1; j < leaves.length; j++) {
        const lijn = leaves[j].range.start.line;
        if (lijn > regel) break;
        if (lijn === regel && !leaves[j].hidden) return leaves[j];
    }
    return undefined;
}

/** The tokens of a CST (comments included) in the order of the text, as `CstUtils.streamCst` gives its leaves. */
function bladeren(cst: CstNode): CstNode[] {
    const uit: CstNode[] = [];
    const stapel: CstNode[] = [cst];
    while (stapel.length > 0) {
        const node = stapel.pop()!;
        if (isCompositeCstNode(node)) {
            for (let k = node.content.length - 1; k >= 0; k--) stapel.push(node.content[k]);
        } else {
            uit.push(node);
        }
    }
    return uit;
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
