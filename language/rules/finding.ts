import type { Diagnostic } from 'vscode-languageserver';
import type { Bereik } from '../inference/profile-types.js';
import { TAAL_CODES } from '../validation/language-codes.js';
import { CONFIG_CODE } from './configuration.js';
import { NEGEER_CODES } from './rule-runner.js';
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

/** The codes outside the rule catalogue, each with what it is about in one line (as in the README's table). */
export const OVERIGE_CODES: Readonly<Record<string, string>> = {
    [TAAL_CODES.syntax]: 'De tekst volgt de taal niet; de melding zegt wat Sturing op die plek niet kent of mist, en hoe het goed staat.',
    [TAAL_CODES.onbekendeVerwijzing]: 'Een rol, bekostiging, teamlid of via noemt een partij die niet bovenaan de gemeente of in een regio staat.',
    [TAAL_CODES.dubbeleNaam]: 'Twee partijen of teams in één gemeente, of twee gemeenten of regio\'s in de werkruimte, hebben dezelfde naam.',
    [TAAL_CODES.dubbeleInstelling]: 'Een instelling die één keer hoort voor te komen, staat er vaker; de eerste telt.',
    [TAAL_CODES.dubbelzinnigePartij]: 'Een partijnaam bestaat in meer dan één regio; schrijf Regio.Partij.',
    [TAAL_CODES.bekostigingZonderRol]: 'Een partij wordt bekostigd maar is geen teamlid en heeft geen rol.',
    [CONFIG_CODE]: 'Een fout in sturing.json: ongeldige JSON, een onbekende regel of een onbekende ernst.',
    [NEGEER_CODES.ongebruikt]: 'Een sturing-negeer-commentaar zet niets uit.',
    [NEGEER_CODES.zonderReden]: 'Een sturing-negeer-commentaar zegt niet waarom de regel hier niet geldt.',
    [NEGEER_CODES.onbekend]: 'Een sturing-negeer-commentaar noemt een regel die Sturing niet kent.'
};
