import { URI } from 'langium';
import type { Gemeente } from '../generated/ast.js';
import { alsGemeente, documentUriVan } from '../inference/onderwerp.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import { ontwikkelingsZin, periodeKolom } from '../presentation/ontwikkeling.js';
import type { SturingServices } from '../sturing-module.js';
import { overlappen } from '../util/periode.js';
import type { Ontwikkeling } from './summary-types.js';

/** Another description of the same gemeente in the workspace (another period, another file). */
export interface AndereBeschrijving {
    gemeente: Gemeente;
    bestand: string;
}

/** Finds the other descriptions of a gemeente: the same name elsewhere in the workspace. */
export type AndereBeschrijvingen = (g: Gemeente) => AndereBeschrijving[];

/**
 * The other descriptions of a gemeente, found through the workspace's index of names (no walk over
 * every document), with the file name each comes from as `bestandsnaam` writes it.
 */
export function andereBeschrijvingen(sturing: SturingServices, bestandsnaam: (uri: URI) => string): AndereBeschrijvingen {
    const namen = sturing.workspace.WorkspaceNames;
    const locator = sturing.workspace.AstNodeLocator;
    const documenten = sturing.shared.workspace.LangiumDocuments;
    return g => {
        if (!g.name) return [];
        const eigen = documentUriVan(g);
        return namen.anderen(g.name, eigen, locator.getAstNodePath(g)).filter(d => d.soort === 'Gemeente').flatMap(d => {
            const uri = URI.parse(d.documentUri);
            const doc = documenten.getDocument(uri);
            const gemeente = alsGemeente(doc ? locator.getAstNode(doc.parseResult.value, d.pad) : undefined);
            return gemeente ? [{ gemeente, bestand: bestandsnaam(uri) }] : [];
        });
    };
}

/**
 * The Ontwikkeling of a gemeente: its period next to the other periods the workspace describes it
 * for, in time order, with what moved. Only descriptions with a period that does not overlap take
 * part (overlapping ones are an error of their own, dubbele-naam); none when there is nothing to
 * set side by side.
 */
export function maakOntwikkeling(g: Gemeente, bestand: string, andere: readonly AndereBeschrijving[], profielen: GovernanceProfileProvider): Ontwikkeling | null {
    const eigen = profielen.feiten(g).periode;
    if (!eigen || andere.length === 0) return null;
    const perioden = [{ gemeente: g, bestand, jaren: eigen, deze: true }];
    for (const a of andere) {
        const jaren = profielen.feiten(a.gemeente).periode;
        if (jaren && perioden.every(p => !overlappen(p.jaren, jaren))) perioden.push({ ...a, jaren, deze: false });
    }
    if (perioden.length < 2) return null;
    perioden.sort((x, y) => x.jaren.van - y.jaren.van);
    const metProfiel = perioden.map(p => ({ ...p, profiel: profielen.profiel(p.gemeente) }));
    return {
        perioden: metProfiel.map(p => ({ periode: p.jaren.tekst, bestand: p.bestand, dezePeriode: p.deze, ...periodeKolom(p.profiel) })),
        zin: ontwikkelingsZin(metProfiel.map(p => ({ periode: p.jaren.tekst, profiel: p.profiel })))
    };
}
