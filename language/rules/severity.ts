import { DiagnosticSeverity } from 'vscode-languageserver';

/**
 * The one severity module: the severities users write (in sturing.json, the VS Code setting and
 * rule pages), their English aliases, and how they map to LSP and to the CLI's JSON. Every other
 * place (configuration, runner, summary, CLI, JSON schema, package.json) reads this table.
 */
export type Ernst = 'fout' | 'waarschuwing' | 'info' | 'hint';
export type ErnstInstelling = Ernst | 'uit';

/** In order of weight, as shown to users. */
export const ERNSTEN: readonly Ernst[] = ['fout', 'waarschuwing', 'info', 'hint'];
export const ERNST_INSTELLINGEN: readonly ErnstInstelling[] = [...ERNSTEN, 'uit'];

/** Every word accepted in configuration, lower case, and what it means. A Map: no inherited keys. */
const GESCHREVEN = new Map<string, ErnstInstelling>([
    ['fout', 'fout'], ['waarschuwing', 'waarschuwing'], ['info', 'info'], ['hint', 'hint'], ['uit', 'uit'],
    ['error', 'fout'], ['warning', 'waarschuwing'], ['warn', 'waarschuwing'], ['information', 'info'], ['off', 'uit'], ['none', 'uit']
]);

/** All accepted words, for the JSON schema and completion. */
export const ERNST_WOORDEN: readonly string[] = [...GESCHREVEN.keys()];

/** The English aliases, for messages ("of error, warning, …"). */
export const ENGELSE_WOORDEN: readonly string[] = ERNST_WOORDEN.filter(w => !(ERNST_INSTELLINGEN as readonly string[]).includes(w));

/** What a configured value means, or undefined for anything that is not a known severity word. */
export function leesErnst(waarde: unknown): ErnstInstelling | undefined {
    return typeof waarde === 'string' ? GESCHREVEN.get(waarde.trim().toLowerCase()) : undefined;
}

const NAAR_LSP: ReadonlyMap<Ernst, DiagnosticSeverity> = new Map([
    ['fout', DiagnosticSeverity.Error], ['waarschuwing', DiagnosticSeverity.Warning], ['info', DiagnosticSeverity.Information], ['hint', DiagnosticSeverity.Hint]
]);

export function lspErnst(ernst: Ernst): DiagnosticSeverity {
    return NAAR_LSP.get(ernst)!;
}

/** Our severity of an LSP diagnostic (no severity means error, as in LSP). */
export function ernstVan(severity: DiagnosticSeverity | undefined): Ernst {
    return ERNSTEN.find(e => NAAR_LSP.get(e) === (severity ?? DiagnosticSeverity.Error)) ?? 'fout';
}

/** The severity as Langium's ValidationAcceptor names it. */
export function acceptorErnst(ernst: Ernst): 'error' | 'warning' | 'info' | 'hint' {
    return ENGELS[ernst];
}

/** The English name, as `sturing check --json` and SARIF-like tools expect. */
export const ENGELS: Readonly<Record<Ernst, 'error' | 'warning' | 'info' | 'hint'>> = Object.freeze({ fout: 'error', waarschuwing: 'warning', info: 'info', hint: 'hint' });
