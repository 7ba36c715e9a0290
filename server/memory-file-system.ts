import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';

/**
 * Langium's FileSystemProvider over files held in memory: the browser has no disk the language
 * server may read. The page (or the web extension) puts a file here, e.g. a sturing.json, and the
 * language/ core finds it exactly as it finds one on disk (see RuleConfiguration).
 */
export class GeheugenBestandssysteem implements FileSystemProvider {
    private readonly bestanden = new Map<string, string>();

    /** Puts a file in place (or replaces it); `undefined` removes it. */
    schrijf(uri: URI, tekst: string | undefined): void {
        if (tekst === undefined) this.bestanden.delete(sleutel(uri));
        else this.bestanden.set(sleutel(uri), tekst);
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return Promise.resolve(this.statSync(uri));
    }

    statSync(uri: URI): FileSystemNode {
        if (this.bestanden.has(sleutel(uri))) return { uri, isFile: true, isDirectory: false };
        if (this.isMap(uri)) return { uri, isFile: false, isDirectory: true };
        throw new Error(`${uri.path} bestaat niet`);
    }

    exists(uri: URI): Promise<boolean> {
        return Promise.resolve(this.existsSync(uri));
    }

    existsSync(uri: URI): boolean {
        return this.bestanden.has(sleutel(uri)) || this.isMap(uri);
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return Promise.resolve(this.readBinarySync(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    readFile(uri: URI): Promise<string> {
        try {
            return Promise.resolve(this.readFileSync(uri));
        } catch (err) {
            return Promise.reject(err);
        }
    }

    readFileSync(uri: URI): string {
        const tekst = this.bestanden.get(sleutel(uri));
        if (tekst === undefined) throw new Error(`${uri.path} bestaat niet`);
        return tekst;
    }

    readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return Promise.resolve(this.readDirectorySync(uri));
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const map = mapSleutel(uri);
        const kinderen = new Map<string, FileSystemNode>();
        for (const bestand of this.bestanden.keys()) {
            if (!bestand.startsWith(map)) continue;
            const [naam, ...dieper] = bestand.slice(map.length).split('/');
            const kind = URI.parse(map + naam);
            kinderen.set(naam, dieper.length ? { uri: kind, isFile: false, isDirectory: true } : { uri: kind, isFile: true, isDirectory: false });
        }
        return [...kinderen.values()];
    }

    private isMap(uri: URI): boolean {
        const map = mapSleutel(uri);
        return [...this.bestanden.keys()].some(b => b.startsWith(map));
    }
}

function sleutel(uri: URI): string {
    return uri.toString();
}

function mapSleutel(uri: URI): string {
    const s = sleutel(uri);
    return s.endsWith('/') ? s : s + '/';
}
