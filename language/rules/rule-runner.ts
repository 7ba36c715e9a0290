import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isFase, isGemeente, type Gemeente, type Model, type SturingAstType } from '../generated/ast.js';
import type { GovernanceProfileProvider } from '../inference/profile-provider.js';
import type { SturingServices } from '../sturing-module.js';
import { bevatOnleesbaars, cstVan, gemeenteVan } from '../util/ast-util.js';
import type { RuleConfiguration } from './configuration.js';
import { regelDocumentatie } from './rule-documentation.js';
import { berichtErnst, type Bericht, type MeldOpties, type ProfielDeel, type Regel, type RegelContext } from './rule-types.js';
import { acceptorErnst, type Ernst, type ErnstInstelling } from './severity.js';
import { bevat, leesOnderdrukkingen, type Onderdrukking } from './suppression.js';

/** Codes of the findings about suppression comments themselves. */
export const NEGEER_CODES = {
    ongebruikt: 'negeer-ongebruikt',
    zonderReden: 'negeer-zonder-reden',
    zonderRegel: 'negeer-zonder-regel',
    onbekend: 'negeer-onbekende-regel'
} as const;

interface DocumentStaat {
    instellingen: Map<string, ErnstInstelling>;
    onderdrukkingen: Onderdrukking[];
    /** The acceptor of the document's validation (Langium makes one per document). */
    accept?: ValidationAcceptor;
    /** What each rule receives, made once per rule and document instead of once per node. */
    contexten: Map<Regel, RegelContext>;
}

/**
 * Fills a message's placeholders (`{{naam}}`) and appends the source once: "… zin (R1 §5.3)."
 * A placeholder without a value is a programming error in the rule, not a user's problem.
 */
export function maakBericht(bericht: Bericht, bron: string, data: Readonly<Record<string, string | number>> = {}): string {
    const tekst = typeof bericht === 'string' ? bericht : bericht.tekst;
    const gevuld = tekst.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, sleutel: string) => {
        if (!Object.prototype.hasOwnProperty.call(data, sleutel)) throw new Error(`waarde voor '{{${sleutel}}}' ontbreekt`);
        return String(data[sleutel]);
    });
    const citaat = `(${typeof bericht === 'string' ? bron : bericht.bron ?? bron})`;
    return gevuld.endsWith('.') ? `${gevuld.slice(0, -1)} ${citaat}.` : `${gevuld} ${citaat}`;
}

/**
 * Runs the rule catalogue inside Langium's validation: applies the configured severity (or
 * switches a rule off), honours suppression comments, keeps rules that read the inferred profile
 * silent where it rests on too little, adds the rule id as code with a link to its page and the
 * source to its message, and keeps one failing rule from silencing the others.
 */
export class RuleRunner {
    private readonly staat = new Map<string, DocumentStaat>();
    private readonly profielen: GovernanceProfileProvider;
    private readonly configuratie: RuleConfiguration;

    constructor(services: SturingServices, private readonly regels: readonly Regel[]) {
        this.profielen = services.inference.ProfileProvider;
        this.configuratie = services.rules.Configuration;
    }

    register(services: SturingServices): void {
        const registry = services.validation.ValidationRegistry;
        registry.registerBeforeDocument(async root => {
            const doc = AstUtils.getDocument(root);
            this.staat.set(doc.uri.toString(), {
                instellingen: await this.configuratie.voor(doc.uri),
                onderdrukkingen: leesOnderdrukkingen(root),
                contexten: new Map()
            });
        });
        // One Langium check per node type that runs every rule for that type: Langium wraps and
        // dispatches each registered check per node, which for some thirty rules cost more than the rules.
        const perType = new Map<string, Array<{ regel: Regel; check: (n: AstNode, c: RegelContext) => void }>>();
        for (const regel of this.regels) {
            for (const [type, check] of Object.entries(regel.checks)) {
                const lijst = perType.get(type) ?? [];
                lijst.push({ regel, check: check as (n: AstNode, c: RegelContext) => void });
                perType.set(type, lijst);
            }
        }
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, lijst] of perType) {
            checks[type] = (node, accept) => {
                const staat = this.staat.get(AstUtils.getDocument(node).uri.toString());
                if (staat) staat.accept = accept;
                for (let i = 0; i < lijst.length; i++) this.voerUit(lijst[i].regel, lijst[i].check, staat, node, accept);
            };
        }
        registry.register(checks as ValidationChecks<SturingAstType>, this);
        registry.registerAfterDocument((root, accept) => this.meldOnderdrukkingen(root, accept));
    }

    /** Whether the part of the profile this rule judges by is less than reasonably founded for the gemeente of `node`. */
    private teWeinigGegevens(leest: readonly ProfielDeel[] | undefined, node: AstNode): boolean {
        if (!leest?.length) return false;
        const gemeente = isGemeente(node) ? node : gemeenteVan(node);
        if (!gemeente) return true;
        const p = this.profielen.profiel(gemeente);
        return leest.some(deel => {
            const z = deel === 'governancetype' ? p.governancetype.zekerheid : p.opvatting.zekerheid;
            return z !== 'sterk' && z !== 'matig';
        });
    }

    private voerUit(regel: Regel, check: (n: AstNode, c: RegelContext) => void, staat: DocumentStaat | undefined, node: AstNode, accept: ValidationAcceptor): void {
        if (staat?.instellingen.get(regel.id) === 'uit') return;
        try {
            if (this.teWeinigGegevens(regel.leest, node)) return;
            check(node, staat ? this.contextVoor(regel, staat) : this.maakContext(regel, undefined, () => accept));
        } catch (err) {
            // One failing rule must not take the others down; the server logs it to the output channel.
            console.error(`Regel ${regel.id} kon ${node.$type} niet controleren: ${(err as Error)?.stack ?? err}`);
        }
    }

    /** The context of a rule in the document being validated. */
    private contextVoor(regel: Regel, staat: DocumentStaat): RegelContext {
        let ctx = staat.contexten.get(regel);
        if (!ctx) {
            ctx = this.maakContext(regel, staat, () => staat.accept!);
            staat.contexten.set(regel, ctx);
        }
        return ctx;
    }

    private maakContext(regel: Regel, staat: DocumentStaat | undefined, accept: () => ValidationAcceptor): RegelContext {
        return {
            feiten: (g: Gemeente) => this.profielen.feiten(g),
            profiel: (g: Gemeente) => this.profielen.profiel(g),
            meld: (doel, bericht, opties = {}) => this.meld(regel, staat, doel, bericht, opties, accept()),
            meldBij: (feit, bericht, opties = {}) => this.meld(regel, staat, feit.plek.node, bericht,
                { ...opties, property: feit.plek.property, index: feit.plek.index }, accept())
        };
    }

    private meld(regel: Regel, staat: DocumentStaat | undefined, node: AstNode, berichtId: string, opties: MeldOpties, accept: ValidationAcceptor): void {
        const bericht = (regel.berichten as Record<string, Bericht>)[berichtId];
        if (bericht === undefined) throw new Error(`regel ${regel.id} kent geen bericht '${berichtId}'`);
        if (regel.afwezigheid && bevatOnleesbaars(bereikVanAfwezigheid(regel.afwezigheid, node))) return;
        const tekst = maakBericht(bericht, regel.bron, opties.data);
        const range = opties.range ?? bereikVan(node, opties);
        const onderdrukt = staat?.onderdrukkingen.find(o => o.ids.includes(regel.id) && bevat(o.doel, range.start));
        if (onderdrukt) {
            onderdrukt.gebruikt.add(regel.id);
            return;
        }
        const ingesteld = staat?.instellingen.get(regel.id);
        const ernst: Ernst = ingesteld && ingesteld !== 'uit' ? ingesteld : berichtErnst(regel, bericht);
        accept(acceptorErnst(ernst), tekst, {
            node,
            range,
            code: regel.id,
            codeDescription: { href: regelDocumentatie(regel.id) },
            relatedInformation: opties.relatedInformation,
            data: { code: regel.id, ...(opties.fix ? { fix: opties.fix } : {}) }
        });
    }

    private meldOnderdrukkingen(root: AstNode, accept: ValidationAcceptor): void {
        const doc = AstUtils.getDocument(root) as LangiumDocument<Model>;
        const staat = this.staat.get(doc.uri.toString());
        this.staat.delete(doc.uri.toString());
        if (!staat) return;
        const bekend = new Set(this.regels.map(r => r.id));
        for (const o of staat.onderdrukkingen) {
            if (o.ids.length === 0) {
                // `// sturing-negeer: vaag-doel` names no rule before the colon; say what was meant.
                const bedoeld = o.reden?.split(/[\s,:]+/).filter(w => bekend.has(w)) ?? [];
                const voorbeeld = bedoeld.length ? `// sturing-negeer ${bedoeld.join(', ')}: <reden>` : '// sturing-negeer vaag-doel: wordt in het jaarplan uitgewerkt';
                accept('warning', `Dit commentaar noemt vóór de dubbele punt geen regel, dus het zet niets uit. Schrijf eerst de regel en na de dubbele punt de reden: ${voorbeeld}.`, { node: root, range: o.commentaar, code: NEGEER_CODES.zonderRegel });
                continue;
            }
            const onbekend = o.ids.filter(id => !bekend.has(id));
            for (const id of onbekend) {
                accept('warning', `Sturing kent geen regel '${id}'; dit commentaar schakelt dus niets uit. De regels staan in docs/regels/README.md.`, { node: root, range: o.commentaar, code: NEGEER_CODES.onbekend });
            }
            const ongebruikt = o.ids.filter(id => bekend.has(id) && !o.gebruikt.has(id) && staat.instellingen.get(id) !== 'uit');
            if (ongebruikt.length > 0) {
                accept('hint', `Dit commentaar schakelt ${ongebruikt.join(', ')} uit, maar ${ongebruikt.length > 1 ? 'die regels melden' : 'die regel meldt'} hier niets. Haal het weg als het niet meer nodig is.`, { node: root, range: o.commentaar, code: NEGEER_CODES.ongebruikt, tags: [1] });
            }
            if (!o.reden) {
                accept('hint', 'Schrijf achter een dubbele punt waarom deze regel hier niet geldt, bijvoorbeeld "// sturing-negeer fuik: eisen worden in de stuurgroep samen vastgesteld". Dan weet een collega later waarom.', { node: root, range: o.commentaar, code: NEGEER_CODES.zonderReden });
            }
        }
    }
}

function bereikVan(node: AstNode, opties: MeldOpties): Range {
    const cst = node.$cstNode;
    if (cst && opties.property) return cstVan(node, opties.property, opties.index)!.range;
    if (cst && opties.keyword) {
        const doel = GrammarUtils.findNodeForKeyword(cst, opties.keyword);
        if (doel) return doel.range;
    }
    return cst?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** Where an unreadable line silences a rule that concludes from something missing: the element, its phase, or the whole gemeente. */
function bereikVanAfwezigheid(afwezigheid: NonNullable<Regel['afwezigheid']>, node: AstNode): AstNode {
    if (afwezigheid === 'gemeente') return gemeenteVan(node) ?? node;
    if (afwezigheid === 'fase') return AstUtils.getContainerOfType(node, isFase) ?? gemeenteVan(node) ?? node;
    return node;
}
