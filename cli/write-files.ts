import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { BestandsFout, uitleg } from '../language/util/bestanden.js';

/** The path as a user would type it: relative to the working directory when that is shorter. */
export function toonPad(pad: string): string {
    const rel = path.relative(process.cwd(), pad);
    return rel && !rel.startsWith('..') && rel.length < pad.length ? rel : pad;
}

/**
 * Makes a folder and the folders above it that are missing, one at a time (Node's own recursive
 * mkdir loops forever on paths such as /proc/nope).
 */
export async function maakMap(map: string): Promise<void> {
    const stat = await fs.stat(map).catch((err: NodeJS.ErrnoException) => {
        // Missing, or a file somewhere above it: the folders above say which.
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
        throw new BestandsFout(`Kan map '${toonPad(map)}' niet gebruiken: ${uitleg(err)}.`);
    });
    if (stat?.isDirectory()) return;
    if (stat) throw new BestandsFout(`Kan map '${toonPad(map)}' niet maken: ${uitleg({ code: 'EEXIST' })}.`);
    const ouder = path.dirname(map);
    if (ouder === map) throw new BestandsFout(`Kan map '${toonPad(map)}' niet maken: ${uitleg({ code: 'ENOENT' })}.`);
    await maakMap(ouder);
    await fs.mkdir(map).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') return; // made in the meantime
        throw new BestandsFout(`Kan map '${toonPad(map)}' niet maken: ${err.code === 'ENOENT' ? 'op die plek kunnen geen mappen gemaakt worden' : uitleg(err)}.`);
    });
}

/**
 * Writes a report file (text as UTF-8, or the bytes of a Word document). Never through a symbolic link, never onto one of the source files it was
 * made from, and every failure is a Dutch sentence that names the path.
 */
export async function schrijfVeilig(doel: string, tekst: string | Uint8Array, bronnen: readonly string[] = []): Promise<void> {
    await maakMap(path.dirname(path.resolve(doel)));
    const echt = await echtPad(doel);
    const bronnenEcht = await Promise.all(bronnen.map(echtPad));
    if (bronnenEcht.includes(echt)) {
        throw new BestandsFout(`Sturing schrijft niet over een bronbestand heen: '${toonPad(doel)}' is hetzelfde bestand als '${toonPad(bronnen[bronnenEcht.indexOf(echt)])}'. Kies een andere uitvoermap.`);
    }
    let bestand: fs.FileHandle;
    try {
        bestand = await fs.open(doel, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ELOOP') {
            throw new BestandsFout(`Kan '${toonPad(doel)}' niet schrijven: het is een symbolische link, en Sturing schrijft niet via een link (dan kan het een ander bestand overschrijven). Verwijder de link of kies een andere uitvoermap.`);
        }
        throw new BestandsFout(`Kan '${toonPad(doel)}' niet schrijven: ${uitleg(err)}.`);
    }
    try {
        await (typeof tekst === 'string' ? bestand.writeFile(tekst, 'utf8') : bestand.writeFile(tekst));
    } catch (err) {
        throw new BestandsFout(`Kan '${toonPad(doel)}' niet schrijven: ${uitleg(err)}.`);
    } finally {
        await bestand.close();
    }
}

/** The real path of a file, or of its folder plus its name when the file does not exist yet. */
async function echtPad(bestand: string): Promise<string> {
    const vol = path.resolve(bestand);
    return fs.realpath(vol).catch(async () => path.join(await fs.realpath(path.dirname(vol)).catch(() => path.dirname(vol)), path.basename(vol)));
}
