import { AstUtils, GrammarAST, GrammarUtils, type MaybePromise } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';

/**
 * Langium's completion, plus: a cross-reference is only completed on an element that can hold it.
 * After an unfinished statement (a bare `rol` in a phase, the cursor after the phase's `}`), the
 * parser's error recovery offered the reference `partij` on the phase itself; Langium then failed
 * ("Property partij of type Fase is not a reference"), logged that, and proposed nothing at all.
 * Such a reference is not what the user can type there, so it is left out; the keywords remain.
 */
export class SturingCompletionProvider extends DefaultCompletionProvider {

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const regel = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        const eigenaar = next.type ?? context.node?.$type;
        if (regel && eigenaar && !this.astReflection.isSubtype(eigenaar, GrammarUtils.getRuleTypeName(regel))) return;
        return super.completionForCrossReference(context, next, acceptor);
    }
}
