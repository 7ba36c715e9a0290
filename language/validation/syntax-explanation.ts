import type { IRecognitionException, IToken } from 'chevrotain';
import type { AstNode, CstNode, Grammar, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import { CATEGORIE_NAAMWOORD, POOL_LABEL, WOORDENSCHAT, begrip, keuzewaarden, waarden, type Categorie } from '../framework/vocabulary.js';
import type { HerstelInfo } from '../parser/sturing-parser.js';
import { keuzes } from '../presentation/profile-text.js';
import { naastBij } from '../util/nearest-names.js';
import { herkenVergissing, legTekenUit, WAAR, type Taalkennis, type Vervolg } from './beginner-mistakes.js';
import { bedoeltU, type SyntaxUitleg } from './explanation-types.js';

/** What can stand in a block: the words that start a line, and the words that may continue one. */
interface Blok {
    begin: string[];
    vervolg: string[];
}

/**
 * Explains a syntax error the way an advisor thinks about the text: an unknown value or word with the
 * closest known word(s) by edit distance ("Onbekende rol 'regiseur'. Bedoelt u 'regisseur'?"), or a
 * block that was not closed, marked where its `}` is missing. The mistakes a beginner makes are recognised
 * first (beginner-mistakes.ts), with what the grammar says about a block's lines (`Taalkennis`). Which
 * words can stand where comes from the grammar; what a value is called comes from the framework tables.
 */
export class SyntaxUitlegger implements Taalkennis {
    private readonly blokken = new Map<string, Blok>();
    /** Per block, the elements between its braces: its kinds of lines. */
    private readonly inhoud = new Map<string, GrammarAST.AbstractElement[]>();

    constructor(private readonly grammar: Grammar) {
        for (const regel of grammar.rules) {
            if (!GrammarAST.isParserRule(regel) || isCategorie(regel.name)) continue;
            const inhoud = regel.entry ? [regel.definition] : blokInhoud(regel.definition);
            if (!inhoud) continue;
            this.inhoud.set(regel.name, inhoud.flatMap(alternatieven));
            const begin = uniek(inhoud.flatMap(e => eersteWoorden(e)));
            const vervolg = uniek(inhoud.flatMap(e => alleWoorden(e))).filter(w => !begin.includes(w));
            this.blokken.set(regel.name, { begin, vervolg });
        }
    }

    /** The explanation of one parser error, or undefined when the parser's own message says it best. */
    legUit(fout: IRecognitionException, document: LangiumDocument): SyntaxUitleg | undefined {
        const stapel = (fout.context?.ruleStack ?? []).map(r => r.replace(/\u200B/g, ''));
        const token = fout.token;
        const binnenste = stapel[stapel.length - 1];
        const diepte = findLastIndex(stapel, r => this.blokken.has(r));
        const vorige = (fout as { previousToken?: IToken }).previousToken;
        const herstel = fout as IRecognitionException & HerstelInfo;
        const blok = diepte < 0 ? 'Model' : stapel[diepte];
        // The values of the line around it count too: `gemeente voral regisseur` meant `vooral`.
        let categorieen: Categorie[] = [];
        if (binnenste && isCategorie(binnenste)) {
            const regel = stapel[stapel.length - 2];
            const naast = regel && !this.blokken.has(regel) ? this.categorieenIn(regel) : [];
            categorieen = [binnenste, ...naast.filter(c => c !== binnenste)];
        }
        // A word that starts a line in a surrounding block.
        const buiten = isWoord(token) && !this.blokken.get(blok)?.begin.includes(token.image)
            ? stapel.slice(0, Math.max(diepte, 0)).reverse().find(r => this.blokken.get(r)?.begin.includes(token.image)) : undefined;
        const vergissing = herkenVergissing({
            document, token, vorige: vorige && isGeldig(vorige) ? vorige : undefined, blok, categorieen,
            verwacht: herstel.verwacht, elders: herstel.elders, buiten
        }, this);
        if (vergissing) return vergissing;
        if (categorieen.length > 0) return onbekendeWaarde(categorieen, token, vorige);
        if (diepte < 0 || (fout.name !== 'MismatchedTokenException' && fout.name !== 'NotAllInputParsedException')) return undefined;
        // After `leden` or `rol Welzijn,` something must still follow: that, not a }, is what is missing.
        const onaf = vorige !== undefined && (!isGeldig(vorige) || [',', '-', '.'].includes(vorige.image) || this.isOpdrachtwoord(blok, vorige.image));
        if (isEinde(token)) return vorige && !onaf ? this.nietGesloten(blok, vorige, document) : undefined;
        if (!isWoord(token)) return undefined;
        if (diepte < stapel.length - 1) {
            // Inside a line (`indicator outcom "…"`): the words that line can hold.
            return this.onbekendWoord(blok, token, this.woordenIn(binnenste), true);
        }
        // A line of a surrounding block: this block was not closed, or the line is in the wrong block. The
        // parser decided which when it recovered (sturing-parser.ts, hoortElders).
        if (buiten && vorige && !onaf) {
            if (!herstel.elders) {
                const gesloten = this.nietGesloten(blok, vorige, document);
                if (gesloten) return gesloten;
            }
            if (WAAR[blok] && WAAR[buiten]) return { bericht: `'${token.image}' hoort niet ${WAAR[blok]}, maar ${WAAR[buiten]}.`, vervangingen: [] };
        }
        const { begin, vervolg } = this.blokken.get(blok)!;
        return this.onbekendWoord(blok, token, [...begin, ...vervolg]);
    }

    /** The explanation of a character Sturing does not know, or of a text left open (see beginner-mistakes.ts). */
    legTekenUit(document: LangiumDocument, offset: number, lengte: number): SyntaxUitleg | undefined {
        return legTekenUit(document, offset, lengte, this);
    }

    beginWoorden(blok: string): readonly string[] {
        return this.blokken.get(blok)?.begin ?? [];
    }

    naWoord(blok: string, woord: string): Vervolg | undefined {
        for (const element of this.inhoud.get(blok) ?? []) {
            if (!eersteWoorden(element).includes(woord)) continue;
            const volger = volgerVan(element, woord);
            if (volger) return this.soortVan(volger);
        }
        return undefined;
    }

    scheiding(blok: string, woord: string): ',' | ' ' | undefined {
        for (const element of this.inhoud.get(blok) ?? []) {
            if (!eersteWoorden(element).includes(woord) || !GrammarAST.isGroup(element)) continue;
            if (AstUtils.streamAllContents(element).some(e => GrammarAST.isKeyword(e) && e.value === ',')) return ',';
            const volger = volgerVan(element, woord);
            if (volger && (volger.cardinality === '+' || volger.cardinality === '*')) return ' ';
        }
        return undefined;
    }

    /** What an element of the grammar asks for: a name, a text, a block, or a value of some categories. */
    private soortVan(element: GrammarAST.AbstractElement): Vervolg | undefined {
        const doel = GrammarAST.isAssignment(element) ? element.terminal : element;
        if (GrammarAST.isCrossReference(doel)) return { soort: 'naam' };
        if (GrammarAST.isKeyword(doel)) return doel.value === '{' ? { soort: 'blok' } : undefined;
        if (GrammarAST.isRuleCall(doel)) {
            const regel = doel.rule.ref;
            if (!regel) return undefined;
            if (GrammarAST.isTerminalRule(regel)) return regel.name === 'ID' ? { soort: 'naam' } : regel.name === 'STRING' ? { soort: 'tekst' } : undefined;
            if (isCategorie(regel.name)) return { soort: 'waarde', categorieen: [regel.name] };
            if (regel.name === 'QualifiedName') return { soort: 'naam' };
            const categorieen = this.categorieenIn(regel.name);
            return categorieen.length ? { soort: 'waarde', categorieen } : undefined;
        }
        return undefined;
    }

    /** A word that starts or continues a line of the block, and so needs something after it. */
    private isOpdrachtwoord(blok: string, woord: string): boolean {
        const b = this.blokken.get(blok);
        return !!b && (b.begin.includes(woord) || b.vervolg.includes(woord));
    }

    /** Every word a line of this grammar rule can hold, its values included. */
    private woordenIn(regel: string): string[] {
        const r = this.grammar.rules.find(x => x.name === regel);
        if (!GrammarAST.isParserRule(r)) return [];
        return uniek([...alleWoorden(r.definition), ...this.categorieenIn(regel).flatMap(waarden)]);
    }

    /** The vocabulary categories a grammar rule names directly (`RolKeuze`: Mate and GemeenteRol). */
    private categorieenIn(regel: string): Categorie[] {
        const r = this.grammar.rules.find(x => x.name === regel);
        if (!GrammarAST.isParserRule(r)) return [];
        return uniek(AstUtils.streamAllContents(r.definition).filter(GrammarAST.isRuleCall).map(c => c.rule.ref?.name ?? '').filter(isCategorie).toArray()) as Categorie[];
    }

    /** A word Sturing does not know, with the closest of the words that may stand there, or else all of them. */
    private onbekendWoord(blok: string, token: IToken, kandidaten: string[], inRegel = false): SyntaxUitleg {
        const { begin } = this.blokken.get(blok)!;
        const suggesties = naastBij(token.image, kandidaten);
        const bovenaan = blok === 'Model' || !WAAR[blok];
        const wat = !isNaam(token)
            ? `'${token.image}' kan ${bovenaan ? 'hier' : WAAR[blok]} geen regel beginnen.`
            : `Onbekend woord '${token.image}'${bovenaan ? '' : ` ${WAAR[blok]}`}.`;
        const gevolg = bovenaan ? ' Tot dit klopt, slaat Sturing het blok erachter over.' : '';
        if (suggesties.length > 0) return { bericht: `${wat} Bedoelt u ${keuzes(suggesties.map(s => `'${s}'`))}?${gevolg}`, vervangingen: suggesties.map(bedoeltU) };
        if (bovenaan) return { bericht: `${wat} Een blok begint met ${keuzes(begin)}.${gevolg}`, vervangingen: [] };
        // Inside a line its own words, else the words that start a line in this block.
        const hulp = inRegel && kandidaten.length > 0 && kandidaten.length <= 16 ? `Hier kan staan: ${keuzes(kandidaten)}.` : `Een regel ${WAAR[blok]} begint met ${keuzes(begin)}.`;
        return { bericht: `${wat} ${hulp}`, vervangingen: [], noemtKeuzes: true };
    }

    /** A block whose `}` is missing: marked at the end of what it holds, with a fix that closes it there. */
    private nietGesloten(blok: string, vorige: IToken, document: LangiumDocument): SyntaxUitleg | undefined {
        const open = openBlok(blok, vorige, document);
        if (!open || vorige.endLine === undefined || vorige.endColumn === undefined) return undefined;
        const plek = { line: vorige.endLine - 1, character: vorige.endColumn };
        const regel = open.node.$cstNode!.range.start.line + 1;
        return {
            bericht: `Hier hoort een } die ${open.naam} (r. ${regel}) afsluit.`,
            bereik: { start: plek, end: plek },
            vervangingen: [{ titel: `Sluit ${open.naam} af met }`, tekst: `\n${inspringing(document, open.node)}}` }]
        };
    }
}

/**
 * A value of a vocabulary category (a role, a phase, a funding model …) that Sturing does not know. The
 * first category is the one the parser expected; the others may stand in the same place. Without a
 * close word it lists the choices, so that the message also helps on the command line.
 */
function onbekendeWaarde(categorieen: Categorie[], token: IToken, vorige?: IToken): SyntaxUitleg {
    const [verwacht] = categorieen;
    const keuze = keuzeLijst(verwacht);
    // The value is missing and the next line (or the end of the file) follows: say so where it is missing.
    if (vorige && isGeldig(vorige) && vorige.endLine !== undefined && vorige.endColumn !== undefined && !isNaam(token)
        && (isEinde(token) || (token.startLine ?? 0) > vorige.endLine)) {
        const plek = { line: vorige.endLine - 1, character: vorige.endColumn };
        return { bericht: `Achter '${vorige.image}' hoort nog een ${CATEGORIE_NAAMWOORD[verwacht].woord}. ${keuze}`, bereik: { start: plek, end: plek }, vervangingen: [], noemtKeuzes: true };
    }
    if (!isWoord(token)) {
        return { bericht: `Hier hoort een ${CATEGORIE_NAAMWOORD[verwacht].woord}, maar er staat ${gevonden(token)}. ${keuze}`, vervangingen: [], noemtKeuzes: true };
    }
    const suggesties = naastBij(token.image, categorieen.flatMap(waarden));
    // Named after what it most likely is: "Onbekende rol 'regiseur'", "Onbekend woord 'voral'".
    const categorie = categorieen.find(c => suggesties.length > 0 && waarden(c).includes(suggesties[0])) ?? verwacht;
    const { woord, lidwoord } = CATEGORIE_NAAMWOORD[categorie];
    const wat = isNaam(token) ? `${lidwoord === 'de' ? 'Onbekende' : 'Onbekend'} ${woord} '${token.image}'.` : `Hier hoort een ${woord}, maar er staat '${token.image}'.`;
    if (suggesties.length > 0) return { bericht: `${wat} Bedoelt u ${keuzes(suggesties.map(s => `'${s}'`))}?`, vervangingen: suggesties.map(bedoeltU) };
    // A word from a value's description: `regelruimte weinig` meant `laag` (weinig regelruimte).
    const uitLabel = labelWoord(verwacht, token.image);
    if (uitLabel.length > 0) {
        const namen = uitLabel.map(w => `'${w}' (${begrip(verwacht, w)!.label})`);
        return { bericht: `${wat} Bedoelt u ${keuzes(namen)}?`, vervangingen: uitLabel.map(bedoeltU) };
    }
    return { bericht: `${wat} ${keuze}`, vervangingen: [], noemtKeuzes: true };
}

/**
 * The values of a category to choose from, short: each meaning once (helder, not also its synonym
 * duidelijk), the roles of the municipality grouped from tight to loose as completion shows them.
 */
export function keuzeLijst(categorie: Categorie): string {
    const lijst = keuzewaarden(categorie);
    if (categorie === 'GemeenteRol') {
        const groepen = (['strak', 'midden', 'los'] as const).map(pool => [pool, lijst.filter(w => (begrip(categorie, w)?.pool ?? 'midden') === pool)] as const);
        return groepen.filter(([, w]) => w.length).map(([pool, w]) => `${POOLKOP[pool]}: ${w.join(', ')}.`).join(' ');
    }
    return `Kies ${keuzes(lijst)}.`;
}

/** The values whose description holds this word, when it is not in every description of the category. */
function labelWoord(categorie: Categorie, woord: string): string[] {
    const gezocht = woord.toLowerCase();
    if (gezocht.length < 4) return [];
    const woordenVan = (w: string) => (begrip(categorie, w)?.label ?? '').toLowerCase().split(/[^\p{L}-]+/u).filter(x => x.length >= 4);
    const lijst = keuzewaarden(categorie);
    const gevonden = lijst.filter(w => woordenVan(w).includes(gezocht));
    return gevonden.length > 0 && gevonden.length < lijst.length ? gevonden.slice(0, 3) : [];
}

/** The groups of roles as a message names them: POOL_LABEL's words, the middle one short. */
const POOLKOP: Record<keyof typeof POOL_LABEL, string> = {
    strak: POOL_LABEL.strak[0].toUpperCase() + POOL_LABEL.strak.slice(1),
    midden: 'Ertussenin',
    los: POOL_LABEL.los[0].toUpperCase() + POOL_LABEL.los.slice(1)
};

function isCategorie(naam: string): naam is Categorie {
    return Object.prototype.hasOwnProperty.call(WOORDENSCHAT, naam);
}

function isEinde(token: IToken): boolean {
    return token.tokenType?.name === 'EOF' || !isGeldig(token);
}

/** A token that is in the text (not one the parser inserted while recovering). */
function isGeldig(token: IToken): boolean {
    return token.startOffset >= 0 && !Number.isNaN(token.startOffset);
}

/** A keyword or a name: something that could be a misspelled word. */
function isWoord(token: IToken): boolean {
    return !isEinde(token) && /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(token.image);
}

/** A name Sturing does not know as a keyword: what a misspelled keyword becomes. */
function isNaam(token: IToken): boolean {
    return token.tokenType?.name === 'ID';
}

function gevonden(token: IToken): string {
    if (isEinde(token)) return 'het einde van het bestand';
    if (token.tokenType?.name === 'STRING') return 'een tekst tussen aanhalingstekens';
    return `'${token.image.length > 30 ? token.image.slice(0, 30) + '…' : token.image}'`;
}

/** The block of kind `blok` that holds the token before the error, with the words that name it ("fase verkenning"). */
function openBlok(blok: string, vorige: IToken, document: LangiumDocument): { node: AstNode; naam: string } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, vorige.startOffset);
    let node: AstNode | undefined = leaf?.astNode;
    while (node && node.$type !== blok) node = node.$container;
    const cst = node?.$cstNode;
    const accolade = cst && GrammarUtils.findNodeForKeyword(cst, '{');
    if (!node || !cst || !accolade) return undefined;
    const kop = cst.text.slice(0, accolade.offset - cst.offset).replace(/"[^"]*"/g, '').replace(/\s+/g, ' ').trim();
    return { node, naam: kop };
}

function inspringing(document: LangiumDocument, node: AstNode): string {
    const regel = (node.$cstNode as CstNode).range.start.line;
    const tekst = document.textDocument.getText({ start: { line: regel, character: 0 }, end: { line: regel + 1, character: 0 } });
    return /^[ \t]*/.exec(tekst)![0];
}

/** The elements between a rule's `{` and `}`: its statements. */
function blokInhoud(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] | undefined {
    if (GrammarAST.isGroup(element)) {
        const open = element.elements.findIndex(e => GrammarAST.isKeyword(e) && e.value === '{');
        if (open >= 0) {
            const sluit = element.elements.findIndex((e, i) => i > open && GrammarAST.isKeyword(e) && e.value === '}');
            return element.elements.slice(open + 1, sluit < 0 ? undefined : sluit);
        }
    }
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
        for (const e of element.elements) {
            const inhoud = blokInhoud(e);
            if (inhoud) return inhoud;
        }
    }
    return undefined;
}

/** A block's kinds of lines: the alternatives of its repetition, one by one. */
function alternatieven(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    return GrammarAST.isAlternatives(element) ? element.elements.flatMap(alternatieven) : [element];
}

/**
 * The element that follows the word `woord` with which `element` starts: in `'gemeente' rollen+=RolKeuze`
 * the roles, in a `partij` line (the Partij rule) its name.
 */
function volgerVan(element: GrammarAST.AbstractElement, woord: string): GrammarAST.AbstractElement | undefined {
    if (GrammarAST.isAlternatives(element)) {
        for (const e of element.elements) if (eersteWoorden(e).includes(woord)) return volgerVan(e, woord);
        return undefined;
    }
    if (GrammarAST.isGroup(element)) {
        const i = element.elements.findIndex(e => eersteWoorden(e).includes(woord));
        if (i < 0) return undefined;
        const eerste = element.elements[i];
        return isHetWoord(eerste, woord) ? element.elements[i + 1] : volgerVan(eerste, woord);
    }
    const doel = GrammarAST.isAssignment(element) ? element.terminal : element;
    if (GrammarAST.isRuleCall(doel) && GrammarAST.isParserRule(doel.rule.ref) && !isCategorie(doel.rule.ref.name)) return volgerVan(doel.rule.ref.definition, woord);
    return undefined;
}

/** The element is the word itself: its keyword, or a value of a category that holds it (`partij` of PartijSoort). */
function isHetWoord(element: GrammarAST.AbstractElement, woord: string): boolean {
    const doel = GrammarAST.isAssignment(element) ? element.terminal : element;
    if (GrammarAST.isKeyword(doel)) return doel.value === woord;
    return GrammarAST.isRuleCall(doel) && !!doel.rule.ref && isCategorie(doel.rule.ref.name) && waarden(doel.rule.ref.name).includes(woord);
}

/** The words an element can start with. */
function eersteWoorden(element: GrammarAST.AbstractElement, gezien: ReadonlySet<GrammarAST.AbstractRule> = new Set()): string[] {
    if (GrammarAST.isKeyword(element)) return /\p{L}/u.test(element.value) ? [element.value] : [];
    if (GrammarAST.isAssignment(element)) return eersteWoorden(element.terminal, gezien);
    if (GrammarAST.isRuleCall(element)) {
        const regel = element.rule.ref;
        return GrammarAST.isParserRule(regel) && !gezien.has(regel) ? eersteWoorden(regel.definition, new Set([...gezien, regel])) : [];
    }
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) return element.elements.flatMap(e => eersteWoorden(e, gezien));
    if (GrammarAST.isGroup(element)) {
        const uit: string[] = [];
        for (const e of element.elements) {
            uit.push(...eersteWoorden(e, gezien));
            if (e.cardinality !== '?' && e.cardinality !== '*') break;
        }
        return uit;
    }
    return [];
}

/**
 * Every keyword a line of the block can hold, values aside (`soort` after a party, `geldstroom` after a
 * funding line): a nested block contributes only the word that opens it.
 */
function alleWoorden(element: GrammarAST.AbstractElement, gezien: ReadonlySet<GrammarAST.AbstractRule> = new Set()): string[] {
    if (GrammarAST.isRuleCall(element)) {
        const regel = element.rule.ref;
        if (!GrammarAST.isParserRule(regel) || gezien.has(regel) || isCategorie(regel.name)) return [];
        if (blokInhoud(regel.definition)) return eersteWoorden(regel.definition);
        return alleWoorden(regel.definition, new Set([...gezien, regel]));
    }
    if (GrammarAST.isKeyword(element)) return /\p{L}/u.test(element.value) ? [element.value] : [];
    if (GrammarAST.isAssignment(element)) return alleWoorden(element.terminal, gezien);
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) return element.elements.flatMap(e => alleWoorden(e, gezien));
    return [];
}

function uniek(woorden: string[]): string[] {
    return [...new Set(woorden)];
}

function findLastIndex<T>(items: readonly T[], pred: (t: T) => boolean): number {
    for (let i = items.length - 1; i >= 0; i--) if (pred(items[i])) return i;
    return -1;
}
