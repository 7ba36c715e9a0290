import type { LangiumDocument, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, DocumentValidator } from 'langium';
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
