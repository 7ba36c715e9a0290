import { URI } from 'langium';
import { GeheugenBestandssysteem } from '../server/memory-file-system.js';

/** The browser server's in-memory file system, holding these files (URI string → text): the bench's sturing.json files. */
export function geheugenMet(bestanden: Map<string, string>): GeheugenBestandssysteem {
    const fs = new GeheugenBestandssysteem();
    for (const [uri, tekst] of bestanden) fs.schrijf(URI.parse(uri), tekst);
    return fs;
}
