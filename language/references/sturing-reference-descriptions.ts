import { DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isModel } from '../generated/ast.js';
import { voorElkeReferentie } from './reference-walk.js';

/** Langium's reference index entries, gathered through the grammar's own reference walk. */
export class SturingReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    override async createDescriptions(document: LangiumDocument, cancelToken?: CancellationToken): Promise<ReferenceDescription[]> {
        const model = document.parseResult.value;
        if (!isModel(model)) return super.createDescriptions(document, cancelToken);
        if (cancelToken) await interruptAndCheck(cancelToken);
        const beschrijvingen: ReferenceDescription[] = [];
        voorElkeReferentie(model, info => {
            if (!info.reference.error) beschrijvingen.push(...this.createInfoDescriptions(info));
        });
        return beschrijvingen;
    }
}
