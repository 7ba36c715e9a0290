import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { diagnosticsVan, laadWerkruimte } from './workspace.js';

export interface Bevinding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string | null;
    message: string;
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
    const { documenten } = await laadWerkruimte(paden, waarschuw);
    const bevindingen: Bevinding[] = [];
    for (const doc of documenten) {
        const file = path.relative(process.cwd(), doc.uri.fsPath) || doc.uri.fsPath;
        for (const d of diagnosticsVan(doc)) {
            bevindingen.push({
                file,
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
                severity: ERNST[d.severity ?? DiagnosticSeverity.Error],
                code: d.code === undefined ? null : String(d.code),
                message: typeof d.message === 'string' ? d.message : d.message.value
            });
        }
    }
    return bevindingen;
}

export function alsTekst(b: Bevinding): string {
    return `${b.file}:${b.line}:${b.column} ${ERNST_NL[b.severity]} ${b.message}${b.code ? ` [${b.code}]` : ''}`;
}
