import type { AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { DefaultLinker, interruptAndCheck } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isBekostiging, isModel, isParticipatie, isPartijRol, isTeam } from '../generated/ast.js';
import { gemeenteVan } from '../util/ast-util.js';
import { naastBij } from '../util/nearest-names.js';
import { voorElkeReferentie } from './reference-walk.js';

/**
 * Explains an unresolved reference in Dutch: what is missing, where Sturing looked, and which
 * declared parties come closest.
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
        const waar = gemeente?.name ? `in gemeente ${gemeente.name} of in een regio` : 'in dit bestand of in een regio';
        const container = refInfo.container;
        let wat: string;
        if (isTeam(container)) {
            wat = `Teamlid '${naam}' is niet gedeclareerd als partij ${waar}.`;
        } else if (isPartijRol(container)) {
            wat = `De rol is toegekend aan '${naam}', maar die partij is niet gedeclareerd ${waar}.`;
        } else if (isBekostiging(container)) {
            wat = `De bekostiging gaat naar '${naam}', maar die partij is niet gedeclareerd ${waar}.`;
        } else if (isParticipatie(container)) {
            wat = `Burgerparticipatie loopt via '${naam}', maar die partij of adviesraad is niet gedeclareerd ${waar}.`;
        } else {
            wat = `'${naam}' is niet gedeclareerd ${waar}.`;
        }
        const suggesties = naastBij(naam, kandidaten);
        const hulp = suggesties.length > 0
            ? ` Bedoelt u ${suggesties.map(s => `'${s}'`).join(' of ')}?`
            : kandidaten.length > 0
                ? ` Gedeclareerde partijen: ${kandidaten.slice(0, 8).join(', ')}${kandidaten.length > 8 ? ', …' : ''}.`
                : ' Declareer de partij eerst, bijvoorbeeld: partij ' + naam + ' "Volledige naam".';
        // The suggestions travel with the error, for the quick fixes (see SturingDocumentValidator).
        const fout: LinkingError & { suggesties: string[] } = { info: refInfo, message: wat + hulp, targetDescription, suggesties };
        return fout;
    }
}
