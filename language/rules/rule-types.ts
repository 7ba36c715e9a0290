import type { AstNode, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver';
import type { Gemeente, Model, SturingAstType } from '../generated/ast.js';
import type { Feit, GemeenteFeiten } from '../inference/facts.js';
import type { GovernanceProfile } from '../inference/profile-types.js';
import type { AanbevelingId } from '../presentation/recommendations.js';
import { ERNSTEN, type Ernst } from './severity.js';

export type { Ernst, ErnstInstelling } from './severity.js';

/**
 * A message of a rule, as data (the shape of ESLint's `meta.messages`): a sentence with
 * `{{placeholders}}`, without the source — the runner appends the rule's source once. A message that
 * rests on another section than the rule as a whole names its own source; a message that weighs more
 * or less than the rule's default severity names its own severity (fase-volgorde: a phase written twice
 * is an error, a phase out of order a warning).
 */
export type Bericht = string | { tekst: string; bron?: string; ernst?: Ernst };

export interface MeldOpties {
    /** Values for the message's placeholders. */
    data?: Readonly<Record<string, string | number>>;
    property?: string;
    index?: number;
    keyword?: string;
    range?: Range;
    relatedInformation?: DiagnosticRelatedInformation[];
    /** Extra data a quick fix needs; must be JSON. */
    fix?: Record<string, unknown>;
}

/** What a rule's check receives besides the node: the facts, the profile and a way to report. */
export interface RegelContext<B extends string = string> {
    feiten(gemeente: Gemeente): GemeenteFeiten;
    profiel(gemeente: Gemeente): GovernanceProfile;
    meld(node: AstNode, bericht: B, opties?: MeldOpties): void;
    /** Reports at the place a fact was written (its value, e.g. the word `contract`). */
    meldBij(feit: Feit, bericht: B, opties?: Omit<MeldOpties, 'property' | 'index' | 'range'>): void;
}

/** What a quick fix receives. */
export interface FixContext {
    document: LangiumDocument<Model>;
    diagnostic: Diagnostic;
    /** The innermost AST node at the start of the diagnostic's range. */
    node: AstNode;
    fix: Record<string, unknown>;
    feiten(gemeente: Gemeente): GemeenteFeiten;
    profiel(gemeente: Gemeente): GovernanceProfile;
}

type Checks<B extends string> = { [K in keyof SturingAstType]?: (node: SturingAstType[K], ctx: RegelContext<B>) => void };

/**
 * The parts of the profile a rule judges by. Unless that part is at least reasonably founded (`matig`),
 * the rule stays silent: a finding must not claim more than the profile itself does.
 */
export type ProfielDeel = 'governancetype' | 'sturingsopvatting';

/** One consistency rule of the catalogue (docs/regels/<id>.md). */
export interface Regel<B extends string = string> {
    id: string;
    standaard: Ernst;
    /** One line for the README and the rule index. */
    titel: string;
    /** Where the rule comes from, e.g. "R2 §2.1; R1 §4.2"; appended to every message. */
    bron: string;
    /**
     * The recommendation of the summary that answers this rule's findings (its text, theme and source are
     * in presentation/recommendations.ts); null for a rule that points at no problem (governancetype).
     */
    aanbeveling: AanbevelingId | null;
    berichten: Readonly<Record<B, Bericht>>;
    leest?: readonly ProfielDeel[];
    /**
     * The rule concludes from something that is not written (no role, no evaluation, no funding …).
     * Where the element it reports on, its phase, or the whole gemeente (as declared) holds a line Sturing could not read or a
     * name it could not find, the rule stays silent: that line is there, only unreadable, and its syntax
     * error or unknown name already says what to fix.
     */
    afwezigheid?: 'element' | 'fase' | 'gemeente';
    checks: Checks<B>;
    /** Quick fixes for one of this rule's findings. */
    herstel?: (ctx: FixContext) => CodeAction[];
}

/** Declares a rule; the message ids a check may use are those in `berichten`. */
export function regel<B extends string>(r: Regel<B>): Regel<B> {
    return r;
}

/** The severity of a message when the user configured nothing: its own, or the rule's. */
export function berichtErnst(regel: Regel, bericht: Bericht): Ernst {
    return (typeof bericht === 'string' ? undefined : bericht.ernst) ?? regel.standaard;
}

/** The severities of a rule's messages when the user configured nothing, weightiest first (fase-volgorde: fout, waarschuwing). */
export function standaardErnsten(regel: Regel): Ernst[] {
    const ernsten = new Set(Object.values<Bericht>(regel.berichten).map(b => berichtErnst(regel, b)));
    return ERNSTEN.filter(e => ernsten.has(e));
}

/** Those severities as the rule tables, completion and the settings schema write them: "fout / waarschuwing". */
export function standaardErnstTekst(regel: Regel): string {
    return standaardErnsten(regel).join(' / ');
}
