import type { IRecognitionException, IToken } from 'chevrotain';
import type { AstNode, CstNode, Grammar, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import { CATEGORIE_NAAMWOORD, WOORDENSCHAT, keuzewaarden, waarden, type Categorie } from '../framework/vocabulary.js';
import { keuzes } from '../presentation/profile-text.js';
import type { HerstelInfo } from '../parser/sturing-parser.js';
import { naastBij } from '../util/nearest-names.js';

/** A replacement for the text a finding marks, offered as a quick fix ("Bedoelt u 'regisseur'?"). */
export interface Vervanging {
    titel: string;
    tekst: string;
}

export function bedoeltU(woord: string): Vervanging {
    return { titel: `Bedoelt u '${woord}'?`, tekst: woord };
}

/** What a syntax error means, in the words of the block or value where it happened. */
export interface SyntaxUitleg {
    bericht: string;
    /** Where to mark it, when that is not the unreadable word itself (a missing `}`). */
    bereik?: Range;
    vervangingen: Vervanging[];
}

/** What can stand in a block: the words that start a line, and the words that may continue one. */
interface Blok {
    begin: string[];
    vervolg: string[];
}

const WAAR: Record<string, string> = {
    Gemeente: 'in een gemeente', Regio: 'in een regio', Team: 'in een team', Doel: 'in een doel', Fase: 'in een fase',
    Regie: 'in een regie-blok', Ambitie: 'in de ambitie'
};

const MET_CTRL_SPATIE = 'Met Ctrl+Spatie ziet u wat hier kan staan.';

/**
 * Explains a syntax error the way an advisor thinks about the text: an unknown value or word with the
 * closest known word(s) by edit distance ("Onbekende rol 'regiseur'. Bedoelt u 'regisseur'?"), or a
 * block that was not closed, marked where its `}` is missing. Which words can stand where comes from
 * the grammar; what a value is called comes from the framework tables.
 */
export class SyntaxUitlegger {
    private readonly blokken = new Map<string, Blok>();

    constructor(private readonly grammar: Grammar) {
        for (const regel of grammar.rules) {
            if (!GrammarAST.isParserRule(regel) || isCategorie(regel.name)) continue;
            const inhoud = regel.entry ? [regel.definition] : blokInhoud(regel.definition);
            if (!inhoud) continue;
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
        if (binnenste && isCategorie(binnenste)) {
            // The values of the line around it count too: `gemeente voral regisseur` meant `vooral`.
            const regel = stapel[stapel.length - 2];
            const naast = regel && !this.blokken.has(regel) ? this.categorieenIn(regel) : [];
            return onbekendeWaarde([binnenste, ...naast.filter(c => c !== binnenste)], token, (fout as { previousToken?: IToken }).previousToken);
        }
        if (diepte < 0 || (fout.name !== 'MismatchedTokenException' && fout.name !== 'NotAllInputParsedException')) return undefined;
        const blok = stapel[diepte];
        const vorige = (fout as { previousToken?: IToken }).previousToken;
        // After `leden` or `rol Welzijn,` something must still follow: that, not a }, is what is missing.
        const onaf = vorige !== undefined && (!isGeldig(vorige) || [',', '-', '.'].includes(vorige.image) || this.isOpdrachtwoord(blok, vorige.image));
        if (isEinde(token)) return vorige && !onaf ? this.nietGesloten(blok, vorige, document) : undefined;
        if (!isWoord(token)) return undefined;
        if (diepte < stapel.length - 1) {
            // Inside a line (`indicator outcom "…"`): the words that line can hold.
            return this.onbekendWoord(blok, token, this.woordenIn(binnenste));
        }
        // A word that starts a line in a surrounding block: this block was not closed, or the line is in the
        // wrong block. The parser decided which when it recovered (sturing-parser.ts, hoortElders).
        const buiten = stapel.slice(0, diepte).reverse().find(r => this.blokken.get(r)?.begin.includes(token.image));
        if (buiten && !this.blokken.get(blok)!.begin.includes(token.image) && vorige && !onaf) {
            if (!(fout as HerstelInfo).elders) {
                const gesloten = this.nietGesloten(blok, vorige, document);
                if (gesloten) return gesloten;
            }
            if (WAAR[blok] && WAAR[buiten]) return { bericht: `'${token.image}' hoort niet ${WAAR[blok]}, maar ${WAAR[buiten]}.`, vervangingen: [] };
        }
        const { begin, vervolg } = this.blokken.get(blok)!;
        return this.onbekendWoord(blok, token, [...begin, ...vervolg]);
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

    /** A word Sturing does not know, with the closest of the words that may stand there. */
    private onbekendWoord(blok: string, token: IToken, kandidaten: string[]): SyntaxUitleg {
        const { begin } = this.blokken.get(blok)!;
        const suggesties = naastBij(token.image, kandidaten);
        const bovenaan = blok === 'Model' || !WAAR[blok];
        const wat = !isNaam(token)
            ? `'${token.image}' kan ${bovenaan ? 'hier' : WAAR[blok]} geen regel beginnen.`
            : `Onbekend woord '${token.image}'${bovenaan ? '' : ` ${WAAR[blok]}`}.`;
        const hulp = suggesties.length > 0 ? ` Bedoelt u ${keuzes(suggesties.map(s => `'${s}'`))}?`
            : bovenaan ? ` Een blok begint met ${keuzes(begin)}.` : ` ${MET_CTRL_SPATIE}`;
        const gevolg = bovenaan ? ' Tot dit klopt, slaat Sturing het blok erachter over.' : '';
        return { bericht: wat + hulp + gevolg, vervangingen: suggesties.map(bedoeltU) };
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
 * first category is the one the parser expected; the others may stand in the same place.
 */
function onbekendeWaarde(categorieen: Categorie[], token: IToken, vorige?: IToken): SyntaxUitleg {
    const [verwacht] = categorieen;
    // The choices listed once per meaning (helder, not also its synonym duidelijk); a typo of a synonym still gets it suggested.
    const kandidaten = keuzewaarden(verwacht);
    const keuze = kandidaten.length <= 6 ? `Kies ${keuzes(kandidaten)}.` : MET_CTRL_SPATIE;
    // The value is missing and the next line (or the end of the file) follows: say so where it is missing.
    if (vorige && isGeldig(vorige) && vorige.endLine !== undefined && vorige.endColumn !== undefined && !isNaam(token)
        && (isEinde(token) || (token.startLine ?? 0) > vorige.endLine)) {
        const plek = { line: vorige.endLine - 1, character: vorige.endColumn };
        return { bericht: `Achter '${vorige.image}' hoort nog een ${CATEGORIE_NAAMWOORD[verwacht].woord}. ${keuze}`, bereik: { start: plek, end: plek }, vervangingen: [] };
    }
    if (!isWoord(token)) {
        return { bericht: `Hier hoort een ${CATEGORIE_NAAMWOORD[verwacht].woord}, maar er staat ${gevonden(token)}. ${keuze}`, vervangingen: [] };
    }
    const suggesties = naastBij(token.image, categorieen.flatMap(waarden));
    // Named after what it most likely is: "Onbekende rol 'regiseur'", "Onbekend woord 'voral'".
    const categorie = categorieen.find(c => suggesties.length > 0 && waarden(c).includes(suggesties[0])) ?? verwacht;
    const { woord, lidwoord } = CATEGORIE_NAAMWOORD[categorie];
    const wat = isNaam(token) ? `${lidwoord === 'de' ? 'Onbekende' : 'Onbekend'} ${woord} '${token.image}'.` : `Hier hoort een ${woord}, maar er staat '${token.image}'.`;
    const hulp = suggesties.length > 0 ? `Bedoelt u ${keuzes(suggesties.map(s => `'${s}'`))}?` : keuze;
    return { bericht: `${wat} ${hulp}`, vervangingen: suggesties.map(bedoeltU) };
}

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
