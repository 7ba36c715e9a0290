import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { uitleg } from '../language/util/bestanden.js';

/** A problem with the command line or the files it names: printed without a stack trace, exit 2. */
export class CliFout extends Error {
    constructor(message: string, readonly exitCode = 2) {
        super(message);
    }
}

/** Whether a file name is that of a Sturing file (`.sturing`, in any case). */
export function isSturingBestand(naam: string): boolean {
    return naam.toLowerCase().endsWith('.sturing');
}

export interface GevondenBestanden {
    /** Every `.sturing` file, sorted, each once. */
    bestanden: string[];
    /** The folders named on the command line: each is the root of the files found in it. */
    mappen: string[];
}

/**
 * Every `.sturing` file named on the command line or found (recursively) in a named folder,
 * sorted, each once: files reached through symbolic links count once, by their real path.
 * Symbolic-link loops are followed at most once.
 */
export async function verzamelBestanden(paden: readonly string[], waarschuw: (tekst: string) => void = () => undefined): Promise<GevondenBestanden> {
    if (paden.length === 0) {
        throw new CliFout('Geef een of meer .sturing-bestanden of mappen op, bijvoorbeeld: sturing check examples');
    }
    const gevonden = new Set<string>();
    const mappen: string[] = [];
    for (const p of paden) {
        let stat;
        try {
            stat = await fs.stat(p);
        } catch (err) {
            throw new CliFout(`Kan '${p}' niet vinden of openen: ${uitleg(err)}.`);
        }
        if (stat.isDirectory()) {
            const voor = gevonden.size;
            mappen.push(path.resolve(p));
            await zoekInMap(path.resolve(p), gevonden, new Set());
            if (gevonden.size === voor) {
                waarschuw(`Let op: in map '${p}' staan geen .sturing-bestanden.`);
            }
        } else if (!stat.isFile()) {
            throw new CliFout(`'${p}' is geen gewoon bestand of map.`);
        } else if (!isSturingBestand(p)) {
            throw new CliFout(`'${p}' is geen .sturing-bestand. Sturing controleert sturingsontwerpen: bestanden waarvan de naam eindigt op .sturing, of mappen waarin die staan.`);
        } else {
            gevonden.add(path.resolve(p));
        }
    }
    return { bestanden: await eenmaal([...gevonden].sort()), mappen };
}

/** The files without the ones that are the same file as an earlier one (through a symbolic link). */
async function eenmaal(bestanden: readonly string[]): Promise<string[]> {
    const gezien = new Set<string>();
    const uit: string[] = [];
    for (const bestand of bestanden) {
        const echt = await fs.realpath(bestand).catch(() => bestand);
        if (gezien.has(echt)) continue;
        gezien.add(echt);
        uit.push(bestand);
    }
    return uit;
}

async function zoekInMap(map: string, gevonden: Set<string>, bezocht: Set<string>): Promise<void> {
    let echt: string;
    try {
        echt = await fs.realpath(map);
    } catch {
        return; // a dangling link: nothing to read
    }
    if (bezocht.has(echt)) return;
    bezocht.add(echt);
    let items;
    try {
        items = await fs.readdir(map, { withFileTypes: true });
    } catch (err) {
        throw new CliFout(`Kan map '${map}' niet lezen: ${uitleg(err)}.`);
    }
    for (const item of items.sort((a, b) => a.name.localeCompare(b.name))) {
        if (item.name === 'node_modules' || item.name.startsWith('.')) continue;
        const vol = path.join(map, item.name);
        let isMap = item.isDirectory();
        let isBestand = item.isFile();
        if (item.isSymbolicLink()) {
            const stat = await fs.stat(vol).catch(() => undefined);
            isMap = !!stat?.isDirectory();
            isBestand = !!stat?.isFile();
        }
        if (isMap) await zoekInMap(vol, gevonden, bezocht);
        else if (isBestand && isSturingBestand(item.name)) gevonden.add(vol);
    }
}

/** Reads a file as text, or explains in Dutch why it cannot be read. */
export async function leesBestand(bestand: string): Promise<string> {
    try {
        return await fs.readFile(bestand, 'utf8');
    } catch (err) {
        throw new CliFout(`Kan '${path.relative(process.cwd(), bestand) || bestand}' niet lezen: ${uitleg(err)}.`);
    }
}
