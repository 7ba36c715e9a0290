import { URI, UriUtils } from 'langium';

let basis: URI | undefined;
let extensie = '.md';

/** Every finding carries its rule's link; the same few dozen addresses, made once per base. */
const adressen = new Map<string, string>();

/**
 * Where the rule pages live, for the link (`codeDescription`) on every finding. The server and the
 * CLI set it to the `docs/regels` folder next to their bundle; tests use the working directory.
 */
export function stelDocumentatieMapIn(map: string): void {
    basis = URI.file(map);
    extensie = '.md';
    adressen.clear();
}

/**
 * In the browser there is no folder: the page links to its own rendered rule pages
 * (`https://…/regels/<id>.html`), the web extension to the pages inside the extension.
 */
export function stelDocumentatieAdresIn(adres: string, bestandsextensie: string): void {
    basis = URI.parse(adres);
    extensie = bestandsextensie;
    adressen.clear();
}

export function regelDocumentatie(id: string): string {
    let adres = adressen.get(id);
    if (adres === undefined) {
        basis ??= URI.file(`${typeof process === 'undefined' ? '' : process.cwd()}/docs/regels`);
        adres = UriUtils.joinPath(basis, `${id}${extensie}`).toString();
        adressen.set(id, adres);
    }
    return adres;
}
