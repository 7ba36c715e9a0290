import type { AstNodeDescription, LangiumDocument, MaybePromise, ReferenceInfo } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, CompletionTriggerKind, type CancellationToken, type CompletionItem, type CompletionParams
} from 'vscode-languageserver';
import { begrip, CATEGORIE_LABEL, OPDRACHTEN, opdracht, POOL_LABEL, waarden, type Categorie } from '../framework/vocabulary.js';
import { onderwerpVan } from '../inference/onderwerp.js';
import { begripUitleg, categorieVan, opdrachtUitleg, grammaticaRegelVan } from '../presentation/keyword-text.js';
import { standaardErnstTekst, type Regel } from '../rules/rule-types.js';
import type { SturingServices } from '../sturing-module.js';

/** `// sturing-negeer fuik, vaag-d|`: the rule ids being typed. */
const NEGEER = /\/\/\s*sturing-negeer\b([^:\n]*)$/;

/**
 * Completion that explains each choice: a value carries its meaning and source from the framework
 * tables (the same text as its hover), values are in a sensible order (roles from tight to loose, levels
 * up the ladder), a space after a keyword opens the list, and inside `// sturing-negeer` the rule ids
 * are offered. A cross-reference is only completed on an element that can hold it (see
 * `completionForCrossReference`).
 */
export class SturingCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' '] };
    private readonly regels: readonly Regel[];

    constructor(services: SturingServices) {
        super(services);
        this.regels = services.rules.Catalog;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const tekstTotCursor = document.textDocument.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
        const negeer = NEGEER.exec(tekstTotCursor);
        if (negeer) return this.regelIds(negeer[1], params);
        if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && !this.naSleutelwoord(document, offset)) {
            return CompletionList.create([], false);
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /** A space opens the list only right after a keyword that asks for a value, not in text or comments. */
    private naSleutelwoord(document: LangiumDocument, offset: number): boolean {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset - 2);
        const woord = /([\p{L}-]+) $/u.exec(document.textDocument.getText().slice(Math.max(0, offset - 40), offset))?.[1];
        if (!woord || (leaf && (leaf.hidden || leaf.text.startsWith('"')))) return false;
        return Object.prototype.hasOwnProperty.call(OPDRACHTEN, woord) || waarden('Mate').includes(woord);
    }

    /** The rule ids of the catalogue, each with its title; those already in the comment are left out. */
    private regelIds(geschreven: string, params: CompletionParams): CompletionList {
        const al = new Set(geschreven.split(/[\s,]+/).filter(Boolean));
        const begonnen = /[\w-]*$/.exec(geschreven)![0];
        const range = { start: { line: params.position.line, character: params.position.character - begonnen.length }, end: params.position };
        const items: CompletionItem[] = this.regels.filter(r => !al.has(r.id) || r.id === begonnen).map((r, i) => ({
            label: r.id,
            kind: CompletionItemKind.Constant,
            detail: r.titel,
            documentation: { kind: 'markdown', value: `${r.titel}\n\nStandaardernst: ${standaardErnstTekst(r)}. Bron: ${r.bron}.` },
            sortText: String(i).padStart(3, '0'),
            textEdit: { range, newText: r.id }
        }));
        return CompletionList.create(items, false);
    }

    /**
     * After an unfinished statement (a bare `rol` in a phase, the cursor after the phase's `}`), the
     * parser's error recovery offered the reference `partij` on the phase itself; Langium then failed
     * ("Property partij of type Fase is not a reference"), logged that, and proposed nothing at all.
     * Such a reference is not what the user can type there, so it is left out; the keywords remain.
     */
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const grammaticaRegel = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        const eigenaar = next.type ?? context.node?.$type;
        if (grammaticaRegel && eigenaar && !this.astReflection.isSubtype(eigenaar, GrammarUtils.getRuleTypeName(grammaticaRegel))) return;
        return super.completionForCrossReference(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const categorie = categorieVan(keyword);
        if (categorie) {
            const b = begrip(categorie, keyword.value);
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.EnumMember,
                detail: `${CATEGORIE_LABEL[categorie]}: ${b?.label ?? keyword.value}${groep(categorie, keyword.value)}`,
                documentation: markdown(begripUitleg(categorie, keyword.value)),
                sortText: volgorde(categorie, keyword.value)
            });
            return;
        }
        const grammaticaRegel = grammaticaRegelVan(keyword);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: eersteZin(opdracht(keyword.value, grammaticaRegel)?.uitleg),
            documentation: markdown(opdrachtUitleg(keyword.value, grammaticaRegel)),
            sortText: `5${keyword.value}`
        });
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node;
        const partij = onderwerpVan(node);
        return { ...item, detail: partij?.soort === 'partij' ? `${partij.node.soort}${partij.node.naam ? `: ${partij.node.naam}` : ''}` : 'partij' };
    }
}

function markdown(tekst: string | undefined): CompletionItem['documentation'] {
    return tekst ? { kind: 'markdown', value: tekst } : undefined;
}

function eersteZin(tekst: string | undefined): string | undefined {
    return tekst?.split(/(?<=\.)\s/)[0];
}

/** For a municipal role: where it stands between tight and loose steering. */
function groep(categorie: Categorie, waarde: string): string {
    return categorie === 'GemeenteRol' ? ` · ${POOL_LABEL[begrip(categorie, waarde)?.pool ?? 'midden']}` : '';
}

/**
 * The place of a value in the list: roles grouped from tight to loose steering, scales (levels,
 * participation, room to act, phases) in ladder order, the rest in the order of the framework tables.
 * Weights (`vooral`, `soms`) come after the roles they qualify.
 */
function volgorde(categorie: Categorie, waarde: string): string {
    const b = begrip(categorie, waarde);
    const pool = categorie === 'GemeenteRol' ? { strak: 0, midden: 1, los: 2 }[b?.pool ?? 'midden'] : 0;
    const plek = b?.rang ?? waarden(categorie).indexOf(waarde);
    return `${categorie === 'Mate' ? 3 : 1}${pool}${String(plek).padStart(2, '0')}`;
}
