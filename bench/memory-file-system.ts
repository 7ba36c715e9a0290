import { EmptyFileSystemProvider, URI, type FileSystemNode } from 'langium';

/**
 * A read-only file system in memory for the benchmark: the workspace's `sturing.json` files, so
 * that the rule configuration is found and read exactly as in the editor.
 */
export class GeheugenBestandssysteem extends EmptyFileSystemProvider {
    private readonly bestanden: Map<string, string>;

    constructor(bestanden: Map<string, string>) {
        super();
        this.bestanden = new Map([...bestanden].map(([uri, tekst]) => [URI.parse(uri).toString(), tekst]));
    }

    override exists(uri?: URI): Promise<boolean> {
        return Promise.resolve(uri !== undefined && this.bestanden.has(uri.toString()));
    }

    override readFile(uri?: URI): Promise<string> {
        const tekst = uri && this.bestanden.get(uri.toString());
        return tekst === undefined ? Promise.reject(new Error(`niet gevonden: ${uri?.toString()}`)) : Promise.resolve(tekst);
    }

    override stat(uri: URI): Promise<FileSystemNode> {
        return Promise.resolve({ isFile: this.bestanden.has(uri.toString()), isDirectory: false, uri });
    }
}
