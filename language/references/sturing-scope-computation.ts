import type { AstNodeDescription, LangiumDocument } from 'langium';
import { DefaultScopeComputation, type LangiumCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isModel, isRegio } from '../generated/ast.js';

/**
 * Exports gemeenten and regio's (Langium's default) and, in addition, every party a `regio`
 * declares, both by its plain name (`Zorgcoop`) and qualified (`Noord.Zorgcoop`), so that a
 * gemeente in any file of the workspace can refer to it.
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
}
