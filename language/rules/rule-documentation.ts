import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let basis = path.resolve(process.cwd(), 'docs', 'regels');

/**
 * Where the rule pages live, for the link (`codeDescription`) on every finding. The server and the
 * CLI set it to the `docs/regels` folder next to their bundle; tests use the working directory.
 */
export function stelDocumentatieMapIn(map: string): void {
    basis = map;
    adressen.clear();
}

/** Every finding carries its rule's link; the same few dozen addresses, made once. */
const adressen = new Map<string, string>();

export function regelDocumentatie(id: string): string {
    let adres = adressen.get(id);
    if (adres === undefined) {
        adres = pathToFileURL(path.join(basis, `${id}.md`)).href;
        adressen.set(id, adres);
    }
    return adres;
}
