import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
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
