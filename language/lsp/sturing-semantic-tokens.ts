import type { AstNode, NameProvider } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isGemeente, isPartij, isRegio, isTeam } from '../generated/ast.js';
import type { Categorie } from '../framework/vocabulary.js';
import { categorieVan } from '../presentation/keyword-text.js';
import type { SturingServices } from '../sturing-module.js';

/**
 * The token type of each kind of word, so that every colour theme colours it: standard LSP types that
 * the default themes all style, unlike the TextMate scopes of values, which many themes leave plain.
 */
export const WOORDSOORT_TOKEN = {
    /** A value from the framework tables: `regisseur`, `subsidie`, `outcome` … */
    waarde: SemanticTokenTypes.enumMember,
    /** A phase kind: `verkenning`, `kaderstelling`, `uitvoering`, `evaluatie`. */
    fase: SemanticTokenTypes.type,
    /** A party: where it is declared and every reference to it. */
    partij: SemanticTokenTypes.variable,
    /** The name of a gemeente or regio. */
    gemeente: SemanticTokenTypes.namespace,
    /** The name of a team. */
    team: SemanticTokenTypes.class
} as const;

/** Keywords that stay keywords: the kind of a party declaration and the weight of a role. */
const GEEN_WAARDE: ReadonlySet<Categorie> = new Set(['PartijSoort', 'Mate']);

/**
 * Semantic tokens: values, phase kinds, party references and declared names each get a token type of
 * their own. Computed once per document from the root, in one pass over its words.
 */
export class SturingSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly namen: NameProvider;

    constructor(services: SturingServices) {
        super(services);
        this.namen = services.references.NameProvider;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        const cst = node.$cstNode;
        if (!cst) return 'prune';
        for (const leaf of CstUtils.streamCst(cst).filter(isLeafCstNode)) {
            if (leaf.hidden || !GrammarAST.isKeyword(leaf.grammarSource)) continue;
            const categorie = categorieVan(leaf.grammarSource);
            if (!categorie || GEEN_WAARDE.has(categorie)) continue;
            acceptor({ cst: leaf, type: categorie === 'FaseSoort' ? WOORDSOORT_TOKEN.fase : WOORDSOORT_TOKEN.waarde });
        }
        for (const element of AstUtils.streamAst(node)) {
            for (const ref of AstUtils.streamReferences(element)) {
                if (ref.reference.$refNode) acceptor({ cst: ref.reference.$refNode, type: WOORDSOORT_TOKEN.partij });
            }
            const naam = this.namen.getNameNode(element);
            const type = isPartij(element) ? WOORDSOORT_TOKEN.partij : isTeam(element) ? WOORDSOORT_TOKEN.team
                : isGemeente(element) || isRegio(element) ? WOORDSOORT_TOKEN.gemeente : undefined;
            if (naam && type) acceptor({ cst: naam, type, modifier: SemanticTokenModifiers.declaration });
        }
        // Everything is done from the root in one pass.
        return 'prune';
    }
}
