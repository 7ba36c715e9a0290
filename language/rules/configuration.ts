import type { ConfigurationProvider, FileSystemProvider } from 'langium';
import { URI, UriUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import { uitleg } from '../util/bestanden.js';
import { naastBij } from '../util/nearest-names.js';
import { ENGELSE_WOORDEN, ERNST_INSTELLINGEN, leesErnst, type Ernst, type ErnstInstelling } from './severity.js';

export const CONFIG_BESTAND = 'sturing.json';
export const CONFIG_CODE = 'sturing-json';

/** A problem in sturing.json or in the `sturing.regels` setting, with its place. */
export interface ConfigProbleem {
    uri?: string;
    range: Range;
    ernst: Ernst;
    bericht: string;
}

export interface GelezenConfig {
    ernst: Map<string, ErnstInstelling>;
    problemen: ConfigProbleem[];
}

/**
 * Reads `{ "regels": { "<id>": "<ernst>" } }` as written in sturing.json or in the VS Code setting
 * `sturing.regels` (there without the "regels" wrapper). Everything wrong is reported with its
 * place; nothing is silently ignored. Valid entries still apply when others are wrong. A UTF-8 byte
 * order mark, which some editors write, is not part of the JSON (and editors do not count it in positions).
 */
export function leesRegelConfig(tekstMetBom: string, bekendeIds: readonly string[], uri?: string): GelezenConfig {
    const tekst = tekstMetBom.replace(/^\uFEFF/, '');
    const ernst = new Map<string, ErnstInstelling>();
    const problemen: ConfigProbleem[] = [];
    const plek = (offset: number, lengte: number): Range => ({ start: positie(tekst, offset), end: positie(tekst, offset + lengte) });
    let json: unknown;
    try {
        json = JSON.parse(tekst);
    } catch (err) {
        const offset = foutOffset(String((err as Error).message), tekst);
        problemen.push({ uri, range: plek(offset, 1), ernst: 'fout', bericht: `${CONFIG_BESTAND} is geen geldige JSON (${String((err as Error).message).replace(/^[^:]*JSON[^:]*: ?/, '')}). Sturing gebruikt nu de standaardernst van elke regel.` });
        return { ernst, problemen };
    }
    if (!isObject(json)) {
        problemen.push({ uri, range: plek(0, tekst.length), ernst: 'fout', bericht: `${CONFIG_BESTAND} moet een object zijn, bijvoorbeeld { "regels": { "vaag-doel": "uit" } }.` });
        return { ernst, problemen };
    }
    for (const sleutel of Object.keys(json)) {
        if (sleutel !== 'regels' && sleutel !== '$schema') {
            const o = zoek(tekst, sleutel);
            problemen.push({ uri, range: plek(o, sleutel.length + 2), ernst: 'waarschuwing', bericht: `Onbekende sleutel '${sleutel}' in ${CONFIG_BESTAND}; Sturing kent alleen "regels".` });
        }
    }
    const regels = json.regels;
    if (regels === undefined) return { ernst, problemen };
    if (!isObject(regels)) {
        problemen.push({ uri, range: plek(zoek(tekst, 'regels'), 8), ernst: 'fout', bericht: '"regels" moet een object zijn met per regel een ernst, bijvoorbeeld { "vaag-doel": "uit" }.' });
        return { ernst, problemen };
    }
    leesRegels(regels, tekst, bekendeIds, uri, ernst, problemen);
    return { ernst, problemen };
}

/** The `sturing.regels` setting: an object of rule id → severity. */
export function leesRegelInstelling(waarde: unknown, bekendeIds: readonly string[]): GelezenConfig {
    const ernst = new Map<string, ErnstInstelling>();
    const problemen: ConfigProbleem[] = [];
    if (waarde === undefined || waarde === null) return { ernst, problemen };
    if (!isObject(waarde)) {
        problemen.push({ range: nul(), ernst: 'fout', bericht: 'De instelling sturing.regels moet een object zijn, bijvoorbeeld { "vaag-doel": "uit" }.' });
        return { ernst, problemen };
    }
    leesRegels(waarde, '', bekendeIds, undefined, ernst, problemen);
    return { ernst, problemen };
}

function leesRegels(regels: Record<string, unknown>, tekst: string, bekendeIds: readonly string[], uri: string | undefined, ernst: Map<string, ErnstInstelling>, problemen: ConfigProbleem[]): void {
    const plek = (sleutel: string): Range => {
        if (!tekst) return nul();
        const o = zoek(tekst, sleutel, tekst.indexOf('"regels"'));
        return { start: positie(tekst, o), end: positie(tekst, o + sleutel.length + 2) };
    };
    for (const [id, waarde] of Object.entries(regels)) {
        if (!bekendeIds.includes(id)) {
            const suggestie = naastBij(id, bekendeIds);
            problemen.push({ uri, range: plek(id), ernst: 'waarschuwing', bericht: `Sturing kent geen regel '${id}'${suggestie.length ? `; bedoelt u '${suggestie[0]}'?` : '.'} Deze instelling heeft geen effect. Alle regels staan in docs/regels/README.md.` });
            continue;
        }
        const genormaliseerd = leesErnst(waarde);
        if (!genormaliseerd) {
            problemen.push({ uri, range: plek(id), ernst: 'fout', bericht: `Voor regel '${id}' staat ${JSON.stringify(waarde)}; kies uit ${ERNST_INSTELLINGEN.map(e => `"${e}"`).join(', ')} (of ${ENGELSE_WOORDEN.join(', ')}). De regel houdt nu zijn standaardernst.` });
            continue;
        }
        ernst.set(id, genormaliseerd);
    }
}

export function isObject(x: unknown): x is Record<string, unknown> {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function nul(): Range {
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function zoek(tekst: string, sleutel: string, vanaf = 0): number {
    const i = tekst.indexOf(`"${sleutel}"`, Math.max(0, vanaf));
    return i >= 0 ? i : Math.max(0, tekst.indexOf(`"${sleutel}"`));
}

function positie(tekst: string, offset: number): { line: number; character: number } {
    const voor = tekst.slice(0, Math.max(0, Math.min(offset, tekst.length)));
    const regels = voor.split('\n');
    return { line: regels.length - 1, character: regels[regels.length - 1].length };
}

/** Node 20 says "at position N", Node 22 "(line L column C)". */
function foutOffset(bericht: string, tekst: string): number {
    const pos = /position (\d+)/.exec(bericht);
    if (pos) return Number(pos[1]);
    const lc = /line (\d+) column (\d+)/.exec(bericht);
    if (lc) {
        const regels = tekst.split('\n');
        return regels.slice(0, Number(lc[1]) - 1).reduce((s, r) => s + r.length + 1, 0) + Number(lc[2]) - 1;
    }
    return Math.max(0, tekst.length - 1);
}

/**
 * Finds and reads the nearest sturing.json above a document (its own folder first, then upwards, up
 * to the root it belongs to) and combines it with the VS Code setting `sturing.regels`, which wins.
 * One mechanism for the editor and the CLI.
 *
 * The root of a document is the workspace folder it is in (the editor) or the folder given on the
 * command line it was found in (the CLI); for a document in neither, the nearest folder above it
 * that holds `.git`, else its own folder. A sturing.json above that is not used: it belongs to
 * something else.
 */
export class RuleConfiguration {
    private readonly bestanden = new Map<string, Promise<GelezenConfig | undefined>>();
    private readonly mapNaarBestand = new Map<string, Promise<URI | undefined>>();
    private gelezenInstelling: { json: string; config: GelezenConfig } = { json: 'null', config: { ernst: new Map(), problemen: [] } };
    private vasteWortels: readonly URI[] | undefined;

    constructor(
        private readonly fs: FileSystemProvider,
        private readonly instellingen: ConfigurationProvider,
        private readonly bekendeIds: () => readonly string[],
        private readonly werkruimteMappen: () => readonly URI[] = () => []
    ) { }

    /** The folders given on the command line (the CLI has no workspace folders). */
    stelWortelsIn(mappen: readonly URI[]): void {
        this.vasteWortels = mappen;
        this.vergeet();
    }

    /** Forget everything read; the next validation reads sturing.json again. */
    vergeet(): void {
        this.bestanden.clear();
        this.mapNaarBestand.clear();
    }

    /** The VS Code setting `sturing.regels`, read and checked (cached while it does not change). */
    async instelling(): Promise<GelezenConfig> {
        const waarde = await this.instellingen.getConfiguration('sturing', 'regels');
        const json = JSON.stringify(waarde ?? null);
        if (json !== this.gelezenInstelling.json) {
            this.gelezenInstelling = { json, config: leesRegelInstelling(waarde, this.bekendeIds()) };
        }
        return this.gelezenInstelling.config;
    }

    async voor(documentUri: URI): Promise<Map<string, ErnstInstelling>> {
        const bestand = await this.bestandVoor(documentUri);
        const uitBestand = bestand ? await this.lees(bestand) : undefined;
        const uitInstelling = await this.instelling();
        return new Map([...(uitBestand?.ernst ?? []), ...uitInstelling.ernst]);
    }

    /** The sturing.json that applies to a document, if there is one. */
    bestandVoor(documentUri: URI): Promise<URI | undefined> {
        return documentUri.scheme === 'file' ? this.vindBestand(UriUtils.dirname(documentUri)) : Promise.resolve(undefined);
    }

    /** All problems of the sturing.json files read so far, per file (also files without problems). */
    async problemenPerBestand(): Promise<Map<string, ConfigProbleem[]>> {
        const uit = new Map<string, ConfigProbleem[]>();
        for (const [uri, belofte] of this.bestanden) uit.set(uri, (await belofte)?.problemen ?? []);
        return uit;
    }

    private vindBestand(map: URI, grens?: URI): Promise<URI | undefined> {
        const sleutel = map.toString();
        let gevonden = this.mapNaarBestand.get(sleutel);
        if (!gevonden) {
            gevonden = (async () => {
                const tot = grens ?? await this.wortelVan(map);
                const kandidaat = UriUtils.joinPath(map, CONFIG_BESTAND);
                if (await this.fs.exists(kandidaat).catch(() => false)) return kandidaat;
                const ouder = UriUtils.dirname(map);
                return ouder.path === map.path || map.path === tot.path ? undefined : this.vindBestand(ouder, tot);
            })();
            this.mapNaarBestand.set(sleutel, gevonden);
        }
        return gevonden;
    }

    /** The root of the documents in `map`: the outermost workspace (or given) folder around it, else the nearest folder with `.git`, else `map`. */
    private async wortelVan(map: URI): Promise<URI> {
        const binnen = (this.vasteWortels ?? this.werkruimteMappen()).filter(w => bevat(w, map));
        if (binnen.length > 0) return binnen.reduce((a, b) => (a.path.length <= b.path.length ? a : b));
        for (let m = map; ; m = UriUtils.dirname(m)) {
            if (await this.fs.exists(UriUtils.joinPath(m, '.git')).catch(() => false)) return m;
            if (UriUtils.dirname(m).path === m.path) return map;
        }
    }

    private lees(bestand: URI): Promise<GelezenConfig | undefined> {
        const sleutel = bestand.toString();
        let gelezen = this.bestanden.get(sleutel);
        if (!gelezen) {
            gelezen = this.fs.readFile(bestand)
                .then(tekst => leesRegelConfig(tekst, this.bekendeIds(), sleutel))
                .catch(err => ({ ernst: new Map(), problemen: [{ uri: sleutel, range: nul(), ernst: 'fout' as const, bericht: `${CONFIG_BESTAND} kan niet gelezen worden: ${uitleg(err)}.` }] }));
            this.bestanden.set(sleutel, gelezen);
        }
        return gelezen;
    }
}

/** Whether folder `map` is `wortel` or lies inside it. */
function bevat(wortel: URI, map: URI): boolean {
    const w = wortel.path.replace(/\/+$/, '');
    return wortel.scheme === map.scheme && (map.path === w || map.path.startsWith(w + '/'));
}
