import { EmptyFileSystem, URI, type FileSystemProvider } from 'langium';
import { createSturingServices, type SturingServices } from '../language/sturing-module.js';
import { GeheugenBestandssysteem } from '../server/memory-file-system.js';
import { genereerRealistischeWerkruimte, genereerWerkruimte } from './generate-workspace.js';

export type Werkruimte = 'realistisch' | 'zwaar';

/** A benchmark workspace: its .sturing files (path under the root → text) and a file system with its sturing.json files. */
export interface Opzet {
    werkruimte: Werkruimte;
    schaal: number;
    bestanden: Map<string, string>;
    fs: FileSystemProvider;
}

/** The workspace at this scale, its sturing.json files under `wortel` (the heavy one has none). */
export function opzet(werkruimte: Werkruimte, schaal: number, wortel: string): Opzet {
    if (werkruimte === 'zwaar') {
        return { werkruimte, schaal, bestanden: genereerWerkruimte(342 * schaal), fs: EmptyFileSystem.fileSystemProvider() };
    }
    const { bestanden, configuraties } = genereerRealistischeWerkruimte(schaal);
    const configs = new Map([...configuraties].map(([map, tekst]) => [URI.file(`${wortel}/${map ? map + '/' : ''}sturing.json`).toString(), tekst]));
    return { werkruimte, schaal, bestanden, fs: geheugenMet(configs) };
}

/** Services for a workspace whose folder is `wortel`, as the editor has a workspace folder: its sturing.json counts. */
export function werkruimteServices(fs: FileSystemProvider, wortel: string): SturingServices {
    const services = createSturingServices({ fileSystemProvider: () => fs }).Sturing;
    services.rules.Configuration.stelWortelsIn([URI.file(wortel)]);
    return services;
}

/** Processor time of this process (user + system, all threads) in ms. */
export const processortijd = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };

/** The browser server's in-memory file system, holding these files (URI string → text): the bench's sturing.json files. */
export function geheugenMet(bestanden: Map<string, string>): GeheugenBestandssysteem {
    const fs = new GeheugenBestandssysteem();
    for (const [uri, tekst] of bestanden) fs.schrijf(URI.parse(uri), tekst);
    return fs;
}
