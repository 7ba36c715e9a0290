import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { TAAL_CODES } from './language-codes.js';

/**
 * Gives syntax errors and unresolved references a visible code (`syntax`, `onbekende-verwijzing`),
 * so they can be found in the Problems panel and in `sturing check` like every other finding.
 */
export class SturingDocumentValidator extends DefaultDocumentValidator {

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        this.geefCodes(diagnostics);
        return this.beperkSyntaxfouten(diagnostics);
    }

    /**
     * Langium's walk over the nodes, with less overhead per node: the checks of a node type are looked
     * up once per document instead of once per node, and the walk offers to yield to waiting
     * requests every few dozen nodes instead of at every node (a file has a few hundred).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const perType = new Map<string, ValidationCheck[]>();
        let teller = 0;
        const nodes = AstUtils.streamAst(rootNode).iterator();
        for (const node of nodes) {
            if ((teller++ & 31) === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = perType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    perType.set(node.$type, checks);
                }
                for (const check of checks) await check(node, acceptor, cancelToken);
            }
            if (!nodeOptions.validateChildren) nodes.prune();
        }
    }

    private geefCodes(diagnostics: Diagnostic[]): void {
        for (const d of diagnostics) {
            const code = (d.data as { code?: string } | undefined)?.code;
            if (d.code === undefined && (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError)) {
                d.code = TAAL_CODES.syntax;
            } else if (d.code === undefined && code === DocumentValidator.LinkingError) {
                d.code = TAAL_CODES.onbekendeVerwijzing;
            }
        }
    }

    /**
     * After one syntax error the parser often finds many more that follow from it. Beyond
     * MAX_SYNTAXFOUTEN they only bury the first, real one; one closing note says how many were left out.
     */
    private beperkSyntaxfouten(diagnostics: Diagnostic[]): Diagnostic[] {
        const syntax = diagnostics.filter(d => d.code === TAAL_CODES.syntax);
        if (syntax.length <= MAX_SYNTAXFOUTEN) return diagnostics;
        const weg = new Set(syntax.slice(MAX_SYNTAXFOUTEN));
        const laatste = syntax[MAX_SYNTAXFOUTEN - 1];
        return [...diagnostics.filter(d => !weg.has(d)), {
            range: laatste.range, severity: 3, code: TAAL_CODES.syntax, source: 'sturing',
            message: `Nog ${weg.size} syntaxfouten zijn niet getoond; vaak volgen ze uit de eerste. Los de bovenste op, dan verdwijnen de meeste vanzelf.`
        }];
    }
}

/** How many syntax errors a document shows at most. */
export const MAX_SYNTAXFOUTEN = 100;
