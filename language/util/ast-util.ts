import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { Fase, FaseSoort, Gemeente, Model, Partij, Regio } from '../generated/ast.js';
import { isGemeente, isRegio } from '../generated/ast.js';

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

export function regioVan(node: AstNode): Regio | undefined {
    return AstUtils.getContainerOfType(node, isRegio);
}

export function gemeenten(model: Model): Gemeente[] {
    return model.elementen.filter(isGemeente);
}

export function fase(gemeente: Gemeente, soort: FaseSoort): Fase | undefined {
    return gemeente.fasen.find(f => f.soort === soort);
}

/** "partij Welzijn", "adviesraad WmoRaad" … as a reader would say it. */
export function partijOmschrijving(partij: Partij): string {
    return `${partij.soort} ${partij.name}`;
}

/** The phases that name their kind; a half-typed `fase` without one is left out of the analysis. */
export function geldigeFasen(gemeente: Gemeente): Fase[] {
    return gemeente.fasen.filter(f => f.soort !== undefined);
}
