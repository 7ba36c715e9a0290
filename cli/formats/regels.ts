import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REGELS } from '../../language/rules/catalog/index.js';
import { OVERIGE_CODES } from '../../language/rules/finding.js';
import { regelDocumentatie } from '../../language/rules/rule-documentation.js';
import type { Ernst } from '../../language/rules/severity.js';

/** What CI formats say about a code: its one-line title, default severity, source and rule page. */
export interface CodeUitleg {
    id: string;
    titel: string;
    standaard?: Ernst;
    bron?: string;
    /** The rule page: a link, and its Markdown text where the page is there. */
    pagina?: { href: string; markdown?: string };
}

export function codeUitleg(code: string): CodeUitleg {
    const regel = REGELS.find(r => r.id === code);
    if (!regel) return { id: code, titel: OVERIGE_CODES[code] ?? code };
    const href = regelDocumentatie(regel.id);
    const bestand = fileURLToPath(href);
    return {
        id: regel.id, titel: regel.titel, standaard: regel.standaard, bron: regel.bron,
        pagina: { href, markdown: existsSync(bestand) ? readFileSync(bestand, 'utf8') : undefined }
    };
}
