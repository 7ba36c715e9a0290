import {
    AstUtils, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, UriUtils,
    type AstNode, type AstNodeLocator, type CstNode, type DocumentSegment, type LangiumDocument, type ReferenceDescription, type ReferenceInfo, type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isModel } from '../generated/ast.js';
import { voorElkeReferentie } from './reference-walk.js';

/**
 * Langium's reference index entries, gathered through the grammar's own reference walk, and kept small:
 * an entry holds the reference's text node and its container, and works out its place in the text
 * (`segment`) and the path of its container (`sourcePath`) when asked, which only find-references and
 * rename do. Langium computed both for every reference of the workspace up front and kept them for as
 * long as the document lived (about 6 MB for the realistic bench workspace).
 */
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

    /** As Langium's, for a single reference (the grammar has no multi-references), with the place in the text worked out when asked. */
    protected override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const reference = refInfo.reference;
        if (!isReference(reference) || reference.error || !reference.$refNode || !reference.$nodeDescription) return super.createInfoDescriptions(refInfo);
        const doel = reference.$nodeDescription;
        const bron = AstUtils.getDocument(refInfo.container).uri;
        return [new Verwijzing(bron, doel.documentUri, doel.path, UriUtils.equals(doel.documentUri, bron), reference.$refNode, refInfo.container, this.nodeLocator)];
    }
}

/** One entry of the reference index: `segment` and `sourcePath` are computed from the reference when read. */
class Verwijzing implements ReferenceDescription {
    constructor(
        readonly sourceUri: URI,
        readonly targetUri: URI,
        readonly targetPath: string,
        readonly local: boolean,
        private readonly tekstNode: CstNode,
        private readonly container: AstNode,
        private readonly locator: AstNodeLocator
    ) {}

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.tekstNode);
    }

    get sourcePath(): string {
        return this.locator.getAstNodePath(this.container);
    }
}
