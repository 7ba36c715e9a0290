import type { AstNode, LangiumDocument } from 'langium';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { Gemeente, Model, SturingAstType } from '../generated/ast.js';
import type { GovernanceProfile } from '../inference/profile-types.js';

/** Severity of a finding, as users write it in settings and sturing.json. */
export type Ernst = 'fout' | 'waarschuwing' | 'info' | 'hint';
export type ErnstInstelling = Ernst | 'uit';

export const ERNSTEN: readonly ErnstInstelling[] = ['fout', 'waarschuwing', 'info', 'hint', 'uit'];

/** Our severities as LSP severities, and back. */
export const LSP_ERNST: Record<Ernst, DiagnosticSeverity> = {
    fout: DiagnosticSeverity.Error, waarschuwing: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint
};

export function ernstVan(severity: DiagnosticSeverity | undefined): Ernst {
    return (Object.keys(LSP_ERNST) as Ernst[]).find(e => LSP_ERNST[e] === (severity ?? DiagnosticSeverity.Error))!;
}

/**
 * English aliases accepted in configuration. A Map, so that a value such as "constructor" or
 * "__proto__" is simply unknown instead of something every object inherits.
 */
export const ERNST_ALIASSEN: ReadonlyMap<string, ErnstInstelling> = new Map([
    ['error', 'fout'], ['warning', 'waarschuwing'], ['warn', 'waarschuwing'], ['information', 'info'], ['info', 'info'], ['hint', 'hint'], ['off', 'uit'], ['none', 'uit']
]);

/** The severity a configured value stands for, or undefined when it is none of them. */
export function leesErnst(waarde: unknown): ErnstInstelling | undefined {
    if (typeof waarde !== 'string') return undefined;
    return ERNSTEN.find(e => e === waarde) ?? ERNST_ALIASSEN.get(waarde.toLowerCase());
}

export interface MeldOpties {
    property?: string;
    index?: number;
    keyword?: string;
    range?: Range;
    relatedInformation?: DiagnosticRelatedInformation[];
    /** Severity of this finding when the user configured nothing (for rules with two defaults). */
    ernst?: Ernst;
    /** Extra data a quick fix needs; must be JSON. */
    fix?: Record<string, unknown>;
}

/** What a rule's check receives besides the node: the profile and a way to report. */
export interface RegelContext {
    profiel(gemeente: Gemeente): GovernanceProfile;
    meld(node: AstNode, bericht: string, opties?: MeldOpties): void;
}

/** What a quick fix receives. */
export interface FixContext {
    document: LangiumDocument<Model>;
    diagnostic: Diagnostic;
    /** The innermost AST node at the start of the diagnostic's range. */
    node: AstNode;
    fix: Record<string, unknown>;
    profiel(gemeente: Gemeente): GovernanceProfile;
}

type Checks = { [K in keyof SturingAstType]?: (node: SturingAstType[K], ctx: RegelContext) => void };

/** One consistency rule of the catalogue (docs/regels/<id>.md). */
export interface Regel {
    id: string;
    standaard: Ernst;
    /** One line for the README and the rule index. */
    titel: string;
    /** Where the rule comes from, e.g. "R2 §2.1; R1 §4.2". */
    bron: string;
    checks: Checks;
    /** Quick fixes for one of this rule's findings. */
    herstel?: (ctx: FixContext) => CodeAction[];
}
