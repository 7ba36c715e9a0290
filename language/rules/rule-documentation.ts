import { URI, UriUtils } from 'langium';

let basis: URI | undefined;
let extensie = '.md';

/**
 * Where the rule pages live, for the link (`codeDescription`) on every finding. The server and the
 * CLI set it to the `docs/regels` folder next to their bundle; tests use the working directory.
 */
export function stelDocumentatieMapIn(map: string): void {
    basis = URI.file(map);
    extensie = '.md';
}

/**
 * In the browser there is no folder: the page links to its own rendered rule pages
 * (`https://…/regels/<id>.html`), the web extension to the pages inside the extension.
 */
export function stelDocumentatieAdresIn(adres: string, bestandsextensie: string): void {
    basis = URI.parse(adres);
    extensie = bestandsextensie;
}

export function regelDocumentatie(id: string): string {
    basis ??= URI.file(`${typeof process === 'undefined' ? '' : process.cwd()}/docs/regels`);
    return UriUtils.joinPath(basis, `${id}${extensie}`).toString();
}
