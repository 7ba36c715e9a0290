import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { TextEdit, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import type { SturingServices } from '../sturing-module.js';
import type { VervangData } from '../validation/sturing-document-validator.js';
import { actie } from './edits.js';
import type { Regel } from './rule-types.js';

/** Quick fixes: each rule that knows an obvious fix offers it for its own findings. */
export class SturingCodeActionProvider implements CodeActionProvider {
    private readonly profielen: GovernanceProfileProvider;
    private readonly regels: Map<string, Regel>;

    constructor(services: SturingServices) {
        this.profielen = services.inference.ProfileProvider;
        this.regels = new Map(services.rules.Catalogus.map(r => [r.id, r]));
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const acties: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            acties.push(...vervangingen(document, diagnostic));
            const regel = typeof diagnostic.code === 'string' ? this.regels.get(diagnostic.code) : undefined;
            if (!regel?.herstel) continue;
            const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
            if (!leaf) continue;
            try {
                acties.push(...regel.herstel({
                    document: document as LangiumDocument<Model>,
                    diagnostic,
                    node: leaf.astNode,
                    fix: ((diagnostic.data as { fix?: Record<string, unknown> } | undefined)?.fix) ?? {},
                    feiten: g => this.profielen.feiten(g),
                    profiel: g => this.profielen.profiel(g)
                }));
            } catch (err) {
                console.error(`Snelle oplossing van regel ${regel.id} mislukte: ${(err as Error)?.stack ?? err}`);
            }
        }
        return acties;
    }
}

/** "Bedoelt u 'regisseur'?" and the like: the replacements a syntax error or an unknown reference carries. */
function vervangingen(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const lijst = (diagnostic.data as VervangData | undefined)?.vervangingen ?? [];
    return lijst.map(v => actie(v.titel, document, diagnostic, [TextEdit.replace(diagnostic.range, v.tekst)], lijst.length === 1));
}
