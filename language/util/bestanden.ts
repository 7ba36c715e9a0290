/**
 * Explaining file errors in Dutch. No Node import here: the language server in the browser reads
 * files too (language/workspace/document-factory.ts). Writing files is the CLI's (cli/write-files.ts).
 */

/** A file that cannot be read or written, explained in a Dutch sentence that names the path. */
export class BestandsFout extends Error { }

/** Why a file operation failed, as the end of a Dutch sentence ("… : <uitleg>"). */
export function uitleg(err: unknown): string {
    const code = (err as { code?: string } | undefined)?.code;
    switch (code) {
        case 'ENOENT': return 'het bestaat niet';
        case 'EACCES': case 'EPERM': return 'u heeft er geen rechten voor';
        case 'EISDIR': return 'het is een map, geen bestand';
        case 'ENOTDIR': return 'een deel van het pad is een bestand, geen map';
        case 'EEXIST': return 'er staat al een bestand met die naam';
        case 'ELOOP': return 'symbolische links verwijzen in een kring naar elkaar';
        case 'EROFS': return 'die plek is alleen-lezen';
        case 'ENOSPC': return 'de schijf is vol';
        case 'ENAMETOOLONG': return 'de naam is te lang';
        case 'EBUSY': return 'het is in gebruik';
        default: return `het systeem meldt ${code ?? String((err as Error)?.message ?? err)}`;
    }
}
