/// <reference lib="dom" />
/**
 * Opening and saving files on the user's own computer. With the File System Access API (Chromium,
 * Edge) Sturing writes back into the file that was opened; elsewhere opening goes through the
 * browser's file dialog and saving becomes a download.
 */

export interface GeopendBestand {
    naam: string;
    tekst: string;
    /** Only with the File System Access API: where "Opslaan" writes to. */
    handvat?: BestandsHandvat;
}

/** The parts of FileSystemFileHandle the page uses (TypeScript's DOM library has no picker types yet). */
export interface BestandsHandvat {
    readonly name: string;
    getFile(): Promise<File>;
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

interface BestandsKiezers {
    showOpenFilePicker?(opties: unknown): Promise<BestandsHandvat[]>;
    showSaveFilePicker?(opties: unknown): Promise<BestandsHandvat>;
}

const kiezers = window as unknown as BestandsKiezers;

const TYPEN = [
    { description: 'Sturingsontwerp', accept: { 'text/plain': ['.sturing'] } },
    { description: 'Regelinstellingen (sturing.json)', accept: { 'application/json': ['.json'] } }
];

/** Asks for a .sturing file (or sturing.json); `undefined` when the user cancels. */
export async function openBestand(): Promise<GeopendBestand | undefined> {
    if (kiezers.showOpenFilePicker) {
        try {
            const [handvat] = await kiezers.showOpenFilePicker({ types: TYPEN, excludeAcceptAllOption: false, multiple: false });
            const bestand = await handvat.getFile();
            return { naam: bestand.name, tekst: await bestand.text(), handvat };
        } catch (err) {
            if ((err as Error).name === 'AbortError') return undefined;
            throw err;
        }
    }
    return new Promise(resolve => {
        const invoer = document.createElement('input');
        invoer.type = 'file';
        invoer.accept = '.sturing,.json';
        invoer.addEventListener('change', async () => {
            const bestand = invoer.files?.[0];
            resolve(bestand ? { naam: bestand.name, tekst: await bestand.text() } : undefined);
        });
        invoer.addEventListener('cancel', () => resolve(undefined));
        invoer.click();
    });
}

/**
 * Saves `tekst`: into `handvat` when there is one, else asks where (File System Access API), else
 * downloads it. Returns the handle to use next time, or `undefined` after a download or a cancel.
 */
export async function slaOp(naam: string, tekst: string, handvat?: BestandsHandvat): Promise<{ handvat?: BestandsHandvat; opgeslagen: boolean }> {
    if (!handvat && kiezers.showSaveFilePicker) {
        try {
            handvat = await kiezers.showSaveFilePicker({ suggestedName: naam, types: [TYPEN[0]] });
        } catch (err) {
            if ((err as Error).name === 'AbortError') return { opgeslagen: false };
            throw err;
        }
    }
    if (handvat) {
        const schrijver = await handvat.createWritable();
        await schrijver.write(tekst);
        await schrijver.close();
        return { handvat, opgeslagen: true };
    }
    download(naam, tekst, 'text/plain');
    return { opgeslagen: true };
}

/** Offers text (as UTF-8) or bytes as a file download (the browser puts it in the downloads folder or asks). */
export function download(naam: string, inhoud: string | Uint8Array, type: string): void {
    const blob = typeof inhoud === 'string' ? new Blob([inhoud], { type: `${type};charset=utf-8` }) : new Blob([inhoud as Uint8Array<ArrayBuffer>], { type });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = naam;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
