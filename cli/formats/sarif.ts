import { pathToFileURL } from 'node:url';
import type { GevondenBevinding } from '../check.js';
import type { Ernst } from '../../language/rules/severity.js';
import { regelDocumentatie } from '../../language/rules/rule-documentation.js';
import { codeUitleg } from './regels.js';

const NIVEAU: Readonly<Record<Ernst, 'error' | 'warning' | 'note'>> = { fout: 'error', waarschuwing: 'warning', info: 'note', hint: 'note' };

/**
 * `sturing check --format sarif`: SARIF 2.1.0 for code-scanning dashboards, with every code that occurs
 * as a rule (title, default level, source and the rule page as help), and every finding as a result
 * with its place, relative to the folder Sturing ran in.
 */
export function alsSarif(bevindingen: readonly GevondenBevinding[], werkmap: string = process.cwd()): string {
    const codes = [...new Set(bevindingen.map(b => b.code ?? 'sturing'))];
    const regels = codes.map(codeUitleg).map(u => ({
        id: u.id,
        shortDescription: { text: u.titel },
        ...(u.bron ? { fullDescription: { text: `${u.titel} Bron: ${u.bron}.` } } : {}),
        ...(u.pagina ? { helpUri: u.pagina.href, help: { text: `${u.titel} Uitleg: ${u.pagina.href}`, ...(u.pagina.markdown ? { markdown: u.pagina.markdown } : {}) } } : {}),
        ...(u.standaard ? { defaultConfiguration: { level: NIVEAU[u.standaard] } } : {})
    }));
    const resultaten = bevindingen.map(b => ({
        ruleId: b.code ?? 'sturing',
        ruleIndex: codes.indexOf(b.code ?? 'sturing'),
        level: NIVEAU[b.ernst],
        message: { text: b.bericht },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: b.bestand.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'WERKMAP' },
                region: { startLine: b.bereik.start.line + 1, startColumn: b.bereik.start.character + 1, endLine: b.bereik.end.line + 1, endColumn: b.bereik.end.character + 1 }
            }
        }]
    }));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            // The overview of all rules, docs/regels/README.md next to the rule pages.
            tool: { driver: { name: 'Sturing', informationUri: regelDocumentatie('README'), rules: regels } },
            originalUriBaseIds: { WERKMAP: { uri: pathToFileURL(werkmap + '/').href } },
            columnKind: 'utf16CodeUnits',
            results: resultaten
        }]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
