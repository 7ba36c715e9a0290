import type { AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { DefaultLinker, interruptAndCheck } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isBekostiging, isModel, isParticipatie, isPartijRol, isTeam } from '../generated/ast.js';
import { gemeenteVan } from '../util/ast-util.js';
import { naastBij } from '../util/nearest-names.js';
import { voorElkeReferentie } from './reference-walk.js';

/**
 * Explains an unresolved reference in Dutch: what is missing, where Sturing looked (the parties named at
 * the top of the gemeente, and the regio's), and which of those come closest. The quick fix that adds
 * the party is in rules/code-actions.ts.
 */
export class SturingLinker extends DefaultLinker {

    /** Links through the grammar's own reference walk instead of visiting every node. */
    override async link(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const model = document.parseResult.value;
        if (!isModel(model)) return super.link(document, cancelToken);
        if (cancelToken) await interruptAndCheck(cancelToken);
        voorElkeReferentie(model, info => this.doLink(info, document));
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const naam = refInfo.reference.$refText;
        const kandidaten = this.scopeProvider.getScope(refInfo).getAllElements()
            .filter(d => d.type === 'Partij' && !d.name.includes('.'))
            .map(d => d.name)
            .distinct()
            .toArray();
        const gemeente = gemeenteVan(refInfo.container);
        const waar = `bovenaan ${gemeente?.name ? `gemeente ${gemeente.name}` : 'de gemeente'} of in een regio`;
        const container = refInfo.container;
        let wat: string;
        if (isTeam(container)) {
            wat = `Teamlid '${naam}' staat niet als partij ${waar}.`;
        } else if (isPartijRol(container)) {
            wat = `'${naam}' krijgt hier een rol, maar staat niet als partij ${waar}.`;
        } else if (isBekostiging(container)) {
            wat = `De bekostiging gaat naar '${naam}', maar die staat niet als partij ${waar}.`;
        } else if (isParticipatie(container)) {
            wat = `Burgerparticipatie loopt via '${naam}', maar die staat niet als adviesraad of partij ${waar}.`;
        } else {
            wat = `'${naam}' staat niet als partij ${waar}.`;
        }
        const soort = isParticipatie(container) ? 'adviesraad' : 'partij';
        const suggesties = naastBij(naam, kandidaten);
        const hulp = suggesties.length > 0
            ? ` Bedoelt u ${suggesties.map(s => `'${s}'`).join(' of ')}?`
            : kandidaten.length > 0
                ? ` Voeg bovenaan een regel ${soort} ${naam} "…" toe, of kies een partij die er staat: ${kandidaten.slice(0, 6).join(', ')}${kandidaten.length > 6 ? ', …' : ''}.`
                : ` Voeg bovenaan een regel ${soort} ${naam} "…" toe.`;
        // The suggestions travel with the error, for the quick fixes (see SturingDocumentValidator).
        const fout: LinkingError & { suggesties: string[] } = { info: refInfo, message: wat + hulp, targetDescription, suggesties };
        return fout;
    }
}
