import { DocumentState, type AstNodeDescription, type IndexManager, type LangiumSharedCoreServices } from 'langium';

/** A gemeente or regio somewhere in the workspace. */
export interface Declaratie {
    naam: string;
    soort: 'Gemeente' | 'Regio';
    documentUri: string;
    /** Its path in its document (Langium's AstNodeLocator path). */
    pad: string;
}

interface Namen {
    /** Gemeenten and regio's by name. */
    declaraties: Map<string, Declaratie[]>;
    /** A regio party's plain name → the regio's that declare a party of that name, in index order. */
    regiosPerPartij: Map<string, string[]>;
}

/**
 * The names that matter across files, read from Langium's index once per build rather than once
 * per document: which gemeenten and regio's carry a name, and which regio's declare a party of a
 * given name. Checks that compare a document with the rest of the workspace read these, so that
 * a workspace of n files costs n lookups instead of n scans of n files.
 *
 * Forgotten at the start of every update and when the index content has changed in a build.
 */
export class WorkspaceNames {
    private namen: Namen | undefined;
    private readonly index: IndexManager;

    constructor(shared: LangiumSharedCoreServices) {
        this.index = shared.workspace.IndexManager;
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate(() => { this.namen = undefined; });
        builder.onBuildPhase(DocumentState.IndexedContent, () => { this.namen = undefined; });
    }

    /** Other gemeenten or regio's with this name (the declaration itself left out). */
    anderen(naam: string, documentUri: string, pad: string): Declaratie[] {
        return (this.lees().declaraties.get(naam) ?? []).filter(d => !(d.documentUri === documentUri && d.pad === pad));
    }

    /** The regio's that declare a party with this plain name. */
    regiosMetPartij(naam: string): readonly string[] {
        return this.lees().regiosPerPartij.get(naam) ?? [];
    }

    private lees(): Namen {
        if (!this.namen) {
            const declaraties = new Map<string, Declaratie[]>();
            const regiosPerPartij = new Map<string, string[]>();
            for (const d of this.index.allElements()) {
                if (d.type === 'Gemeente' || d.type === 'Regio') {
                    voegToe(declaraties, d.name, { naam: d.name, soort: d.type, documentUri: d.documentUri.toString(), pad: d.path });
                } else if (d.type === 'Partij') {
                    const punt = d.name.lastIndexOf('.');
                    if (punt < 0) continue;
                    const lijst = regiosPerPartij.get(d.name.slice(punt + 1)) ?? [];
                    if (!lijst.includes(d.name.slice(0, punt))) lijst.push(d.name.slice(0, punt));
                    regiosPerPartij.set(d.name.slice(punt + 1), lijst);
                }
            }
            this.namen = { declaraties, regiosPerPartij };
        }
        return this.namen;
    }
}

function voegToe(kaart: Map<string, Declaratie[]>, naam: string, declaratie: Declaratie): void {
    const lijst = kaart.get(naam);
    if (lijst) lijst.push(declaratie);
    else kaart.set(naam, [declaratie]);
}

/** The names a document's exports carry (gemeenten, regio's, regio parties plain and qualified). */
export function geexporteerdeNamen(beschrijvingen: Iterable<AstNodeDescription>): Set<string> {
    const uit = new Set<string>();
    for (const d of beschrijvingen) uit.add(d.name);
    return uit;
}
