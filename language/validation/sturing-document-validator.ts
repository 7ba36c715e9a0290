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
        for (const d of diagnostics) {
            const code = (d.data as { code?: string } | undefined)?.code;
            if (d.code === undefined && (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError)) {
                d.code = TAAL_CODES.syntax;
            } else if (d.code === undefined && code === DocumentValidator.LinkingError) {
                d.code = TAAL_CODES.onbekendeVerwijzing;
            }
        }
        return diagnostics;
    }
}
