import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gemeentenaam, startbestand } from '../language/presentation/start-file.js';
import { CliFout } from './files.js';

/** The file `sturing init` writes when no name is given. */
export const STANDAARD_STARTBESTAND = 'mijn-gemeente.sturing';

/**
 * `sturing init [bestand]`: writes a starter design, the gemeente named after the file. It never
 * overwrites: an existing file is refused with a plain message (exit 2).
 */
export function maakStartbestand(pad: string = STANDAARD_STARTBESTAND): { bestand: string; gemeente: string } {
    const bestand = pad.endsWith('.sturing') ? pad : `${pad}.sturing`;
    const gemeente = gemeentenaam(path.basename(bestand, '.sturing'));
    if (!gemeente) {
        throw new CliFout(`Uit '${path.basename(bestand)}' kan Sturing geen naam voor de gemeente maken. Gebruik letters in de bestandsnaam, bijvoorbeeld: sturing init voorbeeldstad.sturing`);
    }
    try {
        // 'wx': only when the file does not exist yet, decided by the file system in one step.
        writeFileSync(bestand, startbestand(gemeente), { flag: 'wx' });
    } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
            throw new CliFout(`${bestand} bestaat al. Sturing overschrijft geen bestanden; kies een andere naam, bijvoorbeeld: sturing init ${path.basename(bestand, '.sturing')}-nieuw.sturing`);
        }
        throw new CliFout(`Sturing kan ${bestand} niet schrijven (${code === 'ENOENT' ? 'de map bestaat niet' : code === 'EACCES' ? 'geen toestemming' : (err as Error).message}).`);
    }
    return { bestand, gemeente };
}
