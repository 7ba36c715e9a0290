import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, interruptAndCheck, MultiMap, type LangiumCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isGemeente, isModel, isRegio } from '../generated/ast.js';

/**
 * Exports gemeenten and regio's (Langium's default) and, in addition, every party a `regio`
 * declares, both by its plain name (`Zorgcoop`) and qualified (`Noord.Zorgcoop`), so that a
 * gemeente in any file of the workspace can refer to it.
 *
 * The local symbols come from the places the grammar gives a name (gemeente, regio, partij, team),
 * without Langium's walk over every node; tests/reference-walk.test.ts checks that both agree.
 */
export class SturingScopeComputation extends DefaultScopeComputation {

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const exports = await super.collectExportedSymbols(document, cancelToken);
        const model = document.parseResult.value;
        if (!isModel(model)) return exports;
        for (const regio of model.elementen.filter(isRegio)) {
            if (!regio.name) continue;
            for (const partij of regio.partijen) {
                if (!partij.name) continue;
                exports.push(this.descriptions.createDescription(partij, partij.name, document));
                exports.push(this.descriptions.createDescription(partij, `${regio.name}.${partij.name}`, document));
            }
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<LocalSymbols> {
        const model = document.parseResult.value;
        if (!isModel(model)) return super.collectLocalSymbols(document, cancelToken);
        if (cancelToken) await interruptAndCheck(cancelToken);
        const symbolen = new MultiMap<AstNode, AstNodeDescription>();
        const voeg = (container: AstNode, node: AstNode & { name?: string }) => {
            if (node.name) symbolen.add(container, this.descriptions.createDescription(node, node.name, document));
        };
        for (const element of model.elementen ?? []) {
            voeg(model, element);
            for (const partij of element.partijen) voeg(element, partij);
            if (isGemeente(element)) for (const team of element.teams) voeg(element, team);
        }
        return symbolen;
    }
}
