import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { URI } from 'langium';
import { alsDiagnostic } from '../language/rules/config-sync.js';
import { diagnosticsVan, laadWerkruimte } from './workspace.js';
import type { Diagnostic } from 'vscode-languageserver';

export interface Bevinding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string | null;
    message: string;
    /** Link to the rule's page (docs/regels/<id>.md), for catalogue rules. */
    documentatie?: string;
}

const ERNST: Record<number, Bevinding['severity']> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

export const ERNST_NL: Record<Bevinding['severity'], string> = {
    error: 'fout',
    warning: 'waarschuwing',
    info: 'info',
    hint: 'hint'
};

/** All findings for the given files and folders, with 1-based lines and columns. */
export async function controleer(paden: readonly string[], waarschuw?: (tekst: string) => void): Promise<Bevinding[]> {
    const { services, documenten } = await laadWerkruimte(paden, waarschuw);
    const bevindingen: Bevinding[] = [];
    // Problems in sturing.json come first: they change how everything else is judged.
    for (const [uri, problemen] of await services.rules.Configuratie.problemenPerBestand()) {
        bevindingen.push(...problemen.map(p => alsBevinding(URI.parse(uri).fsPath, alsDiagnostic(p))));
    }
    for (const doc of documenten) {
        bevindingen.push(...diagnosticsVan(doc).map(d => alsBevinding(doc.uri.fsPath, d)));
    }
    return bevindingen;
}

function alsBevinding(pad: string, d: Diagnostic): Bevinding {
    return {
        file: path.relative(process.cwd(), pad) || pad,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: ERNST[d.severity ?? DiagnosticSeverity.Error],
        code: d.code === undefined ? null : String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value,
        ...(d.codeDescription ? { documentatie: d.codeDescription.href } : {})
    };
}

export function alsTekst(b: Bevinding): string {
    return `${b.file}:${b.line}:${b.column} ${ERNST_NL[b.severity]} ${b.message}${b.code ? ` [${b.code}]` : ''}`;
}
