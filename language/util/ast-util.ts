import type { AstNode, CstNode } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode } from 'langium';
import type { Fase, FaseSoort, Gemeente } from '../generated/ast.js';
import { isGemeente } from '../generated/ast.js';

/**
 * Settings that may be written once (`probleem`, `sturing-op` …) are lists in the AST so that a
 * second line is never silently dropped; the first one counts, and `dubbele-instelling` reports
 * the others.
 */
export function eerste<T>(waarden: readonly T[] | undefined): T | undefined {
    return waarden && waarden.length > 0 ? waarden[0] : undefined;
}

export function gemeenteVan(node: AstNode): Gemeente | undefined {
    return AstUtils.getContainerOfType(node, isGemeente);
}



export function fase(gemeente: Gemeente, soort: FaseSoort): Fase | undefined {
    return gemeente.fasen.find(f => f.soort === soort);
}


/** The phases that name their kind; a half-typed `fase` without one is left out of the analysis. */
export function geldigeFasen(gemeente: Gemeente): Fase[] {
    return gemeente.fasen.filter(f => f.soort !== undefined);
}

/**
 * The text of one value of a node's property (`rollen` index 1 → the second role), or the whole node
 * when there is no such value. Where facts, findings and fixes point to.
 */
export function cstVan(node: AstNode, property?: string, index?: number): CstNode | undefined {
    const cst = node.$cstNode;
    return (cst && property ? waardeVan(cst, property, index ?? 0) : undefined) ?? cst;
}

/**
 * The `index`-th text of `property` under a node's CST: the node `GrammarUtils.findNodesForProperty(cst,
 * property)[index]` returns, found without building the list of all of them, and with the property each
 * grammar element assigns to looked up once (findings point here: a few thousand per workspace build).
 */
function waardeVan(cst: CstNode, property: string, index: number): CstNode | undefined {
    const element = cst.astNode;
    let teller = 0;
    const zoek = (node: CstNode, eerste: boolean): CstNode | undefined => {
        if (!eerste && toegewezenAan(node.grammarSource) === property) return teller++ === index ? node : undefined;
        if (isCompositeCstNode(node) && node.astNode === element) {
            for (const kind of node.content) {
                const gevonden = zoek(kind, false);
                if (gevonden) return gevonden;
            }
        }
        return undefined;
    };
    return zoek(cst, true);
}

/** The property a grammar element assigns to (the feature of the assignment it stands in), per element once. */
const TOEWIJZING = new WeakMap<AstNode, string | null>();
function toegewezenAan(grammatica: AstNode | undefined): string | undefined {
    if (!grammatica) return undefined;
    let feature = TOEWIJZING.get(grammatica);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(grammatica, GrammarAST.isAssignment)?.feature ?? null;
        TOEWIJZING.set(grammatica, feature);
    }
    return feature ?? undefined;
}

/**
 * Whether this element holds something written that Sturing could not read: a syntax error, or a
 * name it could not find (`rol Welzjn adviseur`). Such a line is there, only unreadable; rules must
 * then not report what it may say as missing.
 */
export function bevatOnleesbaars(node: AstNode): boolean {
    const cst = node.$cstNode;
    const document = AstUtils.getDocument(node);
    const resultaat = document.parseResult;
    if (!cst) return false;
    const binnen = (offset: number | undefined) => offset !== undefined && !Number.isNaN(offset) && offset >= cst.offset && offset <= cst.end;
    return resultaat.parserErrors.some(e => binnen(e.token.startOffset) || binnen((e as { previousToken?: { startOffset: number } }).previousToken?.startOffset))
        || resultaat.lexerErrors.some(e => binnen(e.offset))
        || document.references.some(r => r.error !== undefined && binnen(r.$refNode?.offset));
}
