import type { Diagnostic } from 'vscode-languageserver';
import type { Bereik } from '../inference/profile-types.js';
import { ernstVan, type Ernst } from './severity.js';

/**
 * The one finding type: what Sturing reports about a place in a file, whatever the source (a rule,
 * a language check, a syntax error, sturing.json). The summary, the CLI and the exports read this;
 * the CLI's JSON and the LSP diagnostic are views of it.
 */
export interface Bevinding {
    /** The rule id or language code, e.g. `fuik` or `syntax`. */
    code: string | null;
    ernst: Ernst;
    bericht: string;
    bereik: Bereik;
    /** Link to the rule's page, for catalogue rules. */
    documentatie?: string;
}

export function alsBevinding(d: Diagnostic): Bevinding {
    return {
        code: d.code === undefined ? null : String(d.code),
        ernst: ernstVan(d.severity),
        bericht: typeof d.message === 'string' ? d.message : (d.message as { value: string }).value,
        bereik: { start: { ...d.range.start }, end: { ...d.range.end } },
        ...(d.codeDescription ? { documentatie: d.codeDescription.href } : {})
    };
}
