import * as path from 'node:path';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { alsDiagnostic } from '../language/rules/config-sync.js';
import { alsBevinding, type Bevinding } from '../language/rules/finding.js';
import { ENGELS } from '../language/rules/severity.js';
import { diagnosticsVan, laadWerkruimte } from './workspace.js';

/** A finding with the file it is in: what `sturing check` reports. */
export interface GevondenBevinding extends Bevinding {
    bestand: string;
}

/**
 * The shape `sturing check --json` prints (a public boundary, see README): lines and columns from 1,
 * severity in English as tools expect.
 */
export interface BevindingJson {
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

/** All findings for the given files and folders. */
export async function controleer(paden: readonly string[], waarschuw?: (tekst: string) => void): Promise<GevondenBevinding[]> {
    const { services, documenten } = await laadWerkruimte(paden, waarschuw);
    const bevindingen: GevondenBevinding[] = [];
    // Problems in sturing.json come first: they change how everything else is judged.
    for (const [uri, problemen] of await services.rules.Configuration.problemenPerBestand()) {
        bevindingen.push(...problemen.map(p => metBestand(URI.parse(uri).fsPath, alsDiagnostic(p))));
    }
    for (const doc of documenten) {
        bevindingen.push(...diagnosticsVan(doc).map(d => metBestand(doc.uri.fsPath, d)));
    }
    return bevindingen;
}

function metBestand(pad: string, d: Diagnostic): GevondenBevinding {
    return { ...alsBevinding(d), bestand: path.relative(process.cwd(), pad) || pad };
}

export function alsJson(b: GevondenBevinding): BevindingJson {
    return {
        file: b.bestand,
        line: b.bereik.start.line + 1,
        column: b.bereik.start.character + 1,
        endLine: b.bereik.end.line + 1,
        endColumn: b.bereik.end.character + 1,
        severity: ENGELS[b.ernst],
        code: b.code,
        message: b.bericht,
        ...(b.documentatie ? { documentatie: b.documentatie } : {})
    };
}

export function alsTekst(b: GevondenBevinding): string {
    return `${b.bestand}:${b.bereik.start.line + 1}:${b.bereik.start.character + 1} ${b.ernst} ${b.bericht}${b.code ? ` [${b.code}]` : ''}`;
}
