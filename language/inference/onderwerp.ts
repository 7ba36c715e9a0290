import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { isFase, isGemeente, isPartij, isRegio, isTeam, type Fase, type Gemeente, type Model, type Partij, type Regio, type Team } from '../generated/ast.js';
import { gemeenteVan } from '../util/ast-util.js';

/**
 * The door from the AST to the words: which gemeenten a document describes, and what a node under the
 * cursor is (a gemeente, party, team, regio or phase) with the gemeente it stands in. Hovers, code lenses,
 * inlay hints and the summary start here and read the facts of that gemeente; they never test node types
 * or walk the model themselves (tests/architecture.test.ts).
 */

export type Onderwerp =
    | { soort: 'gemeente'; node: Gemeente; gemeente: Gemeente }
    | { soort: 'partij'; node: Partij; gemeente?: Gemeente; regio?: Regio }
    | { soort: 'team'; node: Team; gemeente?: Gemeente }
    | { soort: 'regio'; node: Regio }
    | { soort: 'fase'; node: Fase; gemeente?: Gemeente };

/** What a node is, for the words about it; undefined for any other node. */
export function onderwerpVan(node: AstNode | undefined): Onderwerp | undefined {
    if (!node) return undefined;
    if (isGemeente(node)) return { soort: 'gemeente', node, gemeente: node };
    if (isPartij(node)) return { soort: 'partij', node, gemeente: gemeenteVan(node), regio: AstUtils.getContainerOfType(node, isRegio) };
    if (isTeam(node)) return { soort: 'team', node, gemeente: gemeenteVan(node) };
    if (isRegio(node)) return { soort: 'regio', node };
    if (isFase(node)) return { soort: 'fase', node, gemeente: gemeenteVan(node) };
    return undefined;
}

/** The gemeente any node stands in (a line in a phase, a team, a party), if it stands in one. */
export { gemeenteVan };

/**
 * The gemeenten a document describes, in the order written. By default only those with a name and
 * text (what a summary, a comparison or a code lens can speak about); `alle` also the half-typed ones.
 */
export function gemeentenIn(document: LangiumDocument, alle = false): Gemeente[] {
    const gemeenten = ((document.parseResult.value as Model).elementen ?? []).filter(isGemeente);
    return alle ? gemeenten : gemeenten.filter(g => g.name && g.$cstNode);
}

/** The node as a gemeente, when it is one (a node found through the index of names). */
export function alsGemeente(node: AstNode | undefined): Gemeente | undefined {
    return node && isGemeente(node) ? node : undefined;
}

/** The URI of the document a node stands in. */
export function documentUriVan(node: AstNode): string {
    return AstUtils.getDocument(node).uri.toString();
}
