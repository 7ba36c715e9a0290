import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let basis = path.resolve(process.cwd(), 'docs', 'regels');

/**
 * Where the rule pages live, for the link (`codeDescription`) on every finding. The server and the
 * CLI set it to the `docs/regels` folder next to their bundle; tests use the working directory.
 */
export function stelDocumentatieMapIn(map: string): void {
    basis = map;
}

export function regelDocumentatie(id: string): string {
    return pathToFileURL(path.join(basis, `${id}.md`)).href;
}
