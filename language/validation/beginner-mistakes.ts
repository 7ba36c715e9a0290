import type { IToken } from 'chevrotain';
import type { AstNode, LangiumDocument } from 'langium';
import { CstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isGemeente, isInstrument, isPartij, isRegio } from '../generated/ast.js';
import { WOORDENSCHAT, waarden, type Categorie } from '../framework/vocabulary.js';
import { naastBij } from '../util/nearest-names.js';
import type { SyntaxUitleg, Vervanging } from './explanation-types.js';

/**
 * The mistakes a person who writes Word documents, not code, makes in a .sturing file, recognised by
 * their shape, each with a message that names the cause where it is and a fix that changes only what
 * it means to. Every recogniser here has a case in tests/vergissingen/. What the grammar allows where
 * comes from syntax-explanation.ts (`Taalkennis`); the values and their labels from the framework tables.
 */

/** What the grammar says about a block's lines, for the recognisers (computed once from the grammar). */
export interface Taalkennis {
    /** The words that start a line in a block (`Fase`: gemeente, rol, kennisbron …). */
    beginWoorden(blok: string): readonly string[];
    /** What follows the word that starts a line: a name, a text, or a value of these categories. */
    naWoord(blok: string, woord: string): Vervolg | undefined;
    /** How a line lists several values: `gemeente a, b` (comma) or `samenstelling a b` (space). */
    scheiding(blok: string, woord: string): ',' | ' ' | undefined;
}

export type Vervolg = { soort: 'naam' } | { soort: 'tekst' } | { soort: 'blok' } | { soort: 'waarde'; categorieen: Categorie[] };

/** A syntax error as the parser left it, with what can stand there. */
export interface Fout {
    document: LangiumDocument;
    /** Where the parser stopped (may be the end of the file). */
    token: IToken;
    /** The token before it, when it is in the text. */
    vorige?: IToken;
    /** The innermost block the error is in: `Model`, `Gemeente`, `Fase` … */
    blok: string;
    /** The vocabulary categories expected at the token, when a value is expected there. */
    categorieen: Categorie[];
    /** The parser expected this token type (`{`, `}`, `ID`, `STRING` …), when it says so. */
    verwacht?: string;
    /** The parser skipped the line as written in the wrong block (sturing-parser.ts). */
    elders?: boolean;
    /** The block whose lines start with the token's word, when the line belongs in a surrounding block. */
    buiten?: string;
}

type Herkenner = (f: Fout, taal: Taalkennis) => SyntaxUitleg | undefined;

/** The recognisers, most specific first: the first that knows the mistake explains it. */
const HERKENNERS: Herkenner[] = [
    rolVoorGemeente, gemeenterolNaRol, rolVoorMeerderePartijen, accoladeOntbreekt, naamMetSpatieOfZonderAanhalingstekens,
    tekstZonderAanhalingstekens, enTussenWaarden, kommaOntbreekt, woordenVanEenBegrip, hoofdletters, vulwoord,
    keuzeTussenAanhalingstekens, puntAanRegeleinde, gemeenterolBuitenFase, vrijeTekst, regelInVerkeerdBlok, accoladeTeVeel
];

export function herkenVergissing(fout: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    for (const herken of HERKENNERS) {
        const uitleg = herken(fout, taal);
        if (uitleg) return uitleg;
    }
    return undefined;
}

// ---------------------------------------------------------------- recognisers of parser errors

/** `rol gemeente regisseur`: the municipality's role is written without `rol`. */
function rolVoorGemeente({ document, token, vorige, blok }: Fout): SyntaxUitleg | undefined {
    if (blok !== 'Fase' || vorige?.image !== 'rol' || token.image !== 'gemeente' || !opRegel(vorige, token)) return undefined;
    const rol = woordenVanaf(tekstVan(document), eind(token))[0]?.woord ?? 'regisseur';
    return {
        bericht: `De rol van de gemeente schrijft u zonder 'rol' ervoor: gemeente ${rol}. Met 'rol' geeft u een partij een rol, zoals rol Welzijn adviseur.`,
        bereik: tokenBereik(document, vorige),
        vervangingen: [{ titel: "Haal 'rol' weg", tekst: '', bereik: bereikVan(document, vorige.startOffset, token.startOffset) }]
    };
}

/** `rol regisseur`: a role of the municipality after `rol`, which gives a party a role. */
function gemeenterolNaRol({ document, token, vorige, blok }: Fout): SyntaxUitleg | undefined {
    if (blok !== 'Fase' || vorige?.image !== 'rol' || !waarden('GemeenteRol').includes(token.image) || !opRegel(vorige, token)) return undefined;
    return {
        bericht: `'${token.image}' is een rol van de gemeente; die schrijft u als gemeente ${token.image}. Met 'rol' geeft u een partij een rol, zoals rol Welzijn adviseur.`,
        bereik: tokenBereik(document, vorige),
        vervangingen: [{ titel: "Schrijf 'gemeente' in plaats van 'rol'", tekst: 'gemeente', bereik: tokenBereik(document, vorige) }]
    };
}

/** `rol Welzijn, Zorg adviseur`: one `rol` line gives one party its role. */
function rolVoorMeerderePartijen({ document, token, vorige, blok }: Fout): SyntaxUitleg | undefined {
    if (blok !== 'Fase' || !vorige || ![',', 'en'].includes(token.image) || !opRegel(vorige, token)) return undefined;
    const tekst = tekstVan(document);
    const begin = regelBegin(tekst, token.startOffset), einde = regelEinde(tekst, token.startOffset);
    const m = /^([ \t]*)rol[ \t]+([\p{L}_][\p{L}\p{N}_]*(?:[ \t]*(?:,|[ \t]en[ \t])[ \t]*[\p{L}_][\p{L}\p{N}_]*)+)[ \t]+([\p{L}-]+)[ \t]*/u.exec(tekst.slice(begin, einde));
    if (!m || !waarden('PartijRolSoort').includes(m[3])) return undefined;
    const partijen = m[2].split(/[ \t]*,[ \t]*|[ \t]+en[ \t]+/);
    const regels = partijen.map(p => `rol ${p} ${m[3]}`);
    return {
        bericht: `Met 'rol' geeft u één partij een rol; zet elke partij op een eigen regel: ${regels.join(', ')}.`,
        vervangingen: [{ titel: 'Zet elke partij op een eigen regel', tekst: regels.join(`\n${m[1]}`), bereik: bereikVan(document, begin + m[1].length, begin + m[0].trimEnd().length) }]
    };
}

const BLOK_WAT: Record<string, string> = {
    Gemeente: 'de gemeente', Regio: 'de regio', Team: 'het team', Fase: 'de fase', Regie: 'het regie-blok', Ambitie: 'de ambitie', Doel: 'het doel'
};

/**
 * A `{` that is missing after the words that open a block (`gemeente Proefstad`), or that comes only
 * after more words than the block's name (`gemeente Den Haag {`, `fase kaderstelling en contractering {`).
 */
function accoladeOntbreekt(f: Fout): SyntaxUitleg | undefined {
    const { document, token, vorige } = f;
    if (f.verwacht !== '{' || !vorige || !geldig(vorige)) return undefined;
    const tekst = tekstVan(document);
    const kop = kopVan(tekst, vorige);
    const blok = blokVanKop(kop);
    if (!isEinde(token) && opRegel(vorige, token)) {
        const extra = woordenVanaf(tekst, eind(vorige));
        const naExtra = extra.length ? tekst.slice(extra[extra.length - 1].eind).trimStart() : '';
        if (extra.length === 0 || !/^(\{|"|\u201C|\u201E|$|\/\/)/.test(naExtra)) return undefined;
        const woorden = extra.map(w => w.woord).join(' ');
        if (vorige.tokenType.name === 'ID') return naamMetSpaties(document, vorige, extra, blok === 'Team' || blok === 'Regio');
        // A value: `fase kaderstelling en contractering`, the phase's full name.
        const label = labelVan(vorige.image);
        if (label && label.toLowerCase() === `${vorige.image} ${woorden}`.toLowerCase()) {
            return {
                bericht: `Sturing noemt deze fase kortweg '${vorige.image}': '${woorden}' laat u weg, dan volgt direct de {.`,
                bereik: bereikVan(document, extra[0].start, extra[extra.length - 1].eind),
                vervangingen: [{ titel: `Haal '${woorden}' weg`, tekst: '', bereik: bereikVan(document, eind(vorige), extra[extra.length - 1].eind) }]
            };
        }
        return undefined;
    }
    const wat = BLOK_WAT[blok] ? `alles wat bij ${BLOK_WAT[blok]} hoort, staat tussen { en }` : 'daarmee opent het blok';
    return {
        bericht: `Na '${kop.tekst}' hoort een {: ${wat}.`,
        bereik: bereikVan(document, kop.start, eind(vorige)),
        vervangingen: [{ titel: `Zet een { na '${kop.tekst}'`, tekst: ' {', bereik: bereikVan(document, eind(vorige), eind(vorige)) }]
    };
}

/**
 * `gemeente Den Haag`, `partij Welzijn Stichting Welzijn Noord`: words after a name. Where a longer name
 * may follow in quotes (a party, team or regio) and more than one word follows, those words are that
 * longer name; one word may be either. A gemeente's name, or one with a text after it, is one word.
 */
function naamMetSpaties(document: LangiumDocument, naam: IToken, extra: Woord[], magTekst: boolean, tekstErna = false): SyntaxUitleg {
    const tekst = tekstVan(document);
    const heel = [naam.image, ...extra.map(w => w.woord)];
    const samen = heel.map((w, i) => i === 0 ? w : w[0].toUpperCase() + w.slice(1)).join('');
    const span = bereikVan(document, naam.startOffset, extra[extra.length - 1].eind);
    const rest = extra.map(w => w.woord).join(' ');
    const kw = eersteWoord(tekst, naam.startOffset);
    const aanElkaar: Vervanging = { titel: `Schrijf de naam aan elkaar: ${samen}`, tekst: tekstErna || !magTekst ? samen : `${samen} "${heel.join(' ')}"`, bereik: span };
    if (!magTekst || tekstErna) {
        return { bericht: `Een naam is één woord, zonder spaties: schrijf ${samen}.${tekstErna ? ' De volledige naam staat erachter tussen aanhalingstekens.' : ''}`, bereik: span, vervangingen: [aanElkaar] };
    }
    const restBereik = bereikVan(document, extra[0].start, extra[extra.length - 1].eind);
    const tussen: Vervanging = { titel: `Zet '${kort(rest)}' tussen aanhalingstekens`, tekst: `"${rest}"`, bereik: restBereik };
    if (extra.length > 1) {
        return { bericht: `Na de naam '${naam.image}' hoort de volledige naam tussen aanhalingstekens: ${kw} ${naam.image} "${kort(rest)}".`, bereik: restBereik, vervangingen: [tussen] };
    }
    return {
        bericht: `Een naam is één woord, zonder spaties: ${samen}. Is '${rest}' een volledige naam, zet die dan tussen aanhalingstekens: ${kw} ${naam.image} "${rest}".`,
        bereik: span,
        vervangingen: [aanElkaar, tussen]
    };
}

/**
 * `partij Welzijn Stichting Welzijn Noord`: words after a party's (or instrument's) name, outside
 * quotes. With a text in quotes after them, they are part of the short name (`partij Stichting Welzijn "…"`).
 */
function naamMetSpatieOfZonderAanhalingstekens({ document, token, vorige }: Fout): SyntaxUitleg | undefined {
    if (!vorige || !geldig(vorige) || isEinde(token) || !opRegel(vorige, token) || !isWoordToken(token)) return undefined;
    const node = nodeBij(document, vorige);
    const tekst = tekstVan(document);
    const extra = woordenTot(tekst, token.startOffset, ['soort', 'streefwaarde']);
    // `partij Welzijn sort zorg`: a typo of the word that may follow, not a name.
    if (extra.length === 0 || naastBij(extra[0].woord, ['soort', 'streefwaarde']).length > 0) return undefined;
    const naExtra = tekst.slice(extra[extra.length - 1].eind, regelEinde(tekst, token.startOffset)).trim();
    const tekstErna = /^["\u201C\u201E]/.test(naExtra);
    if (isPartij(node) && node.name === vorige.image && !node.naam) {
        if (tekstErna) return naamMetSpaties(document, vorige, extra, true, true);
        return naamMetSpaties(document, vorige, extra, true);
    }
    if (isInstrument(node) && !node.omschrijving && node.soort === vorige.image && !tekstErna) {
        return tussenAanhalingstekens(document, extra, `Een omschrijving zet u tussen aanhalingstekens: instrument ${vorige.image}`);
    }
    return undefined;
}

/** `doel Inwoners redden zich zelf`: a text that belongs between quotes. */
function tekstZonderAanhalingstekens({ document, token, vorige, verwacht }: Fout): SyntaxUitleg | undefined {
    if (verwacht !== 'STRING' || !vorige || isEinde(token) || !opRegel(vorige, token) || !isWoordToken(token)) return undefined;
    const tekst = tekstVan(document);
    const extra = woordenTot(tekst, token.startOffset, ['streefwaarde']);
    if (extra.length === 0) return undefined;
    // With a text in quotes after them, the words are something else (`indicator outcom "…"`: a typo).
    if (/^\s*["\u201C\u201E]/.test(tekst.slice(extra[extra.length - 1].eind))) return undefined;
    return tussenAanhalingstekens(document, extra, `Een tekst zet u tussen aanhalingstekens: ${vorige.image}`);
}

function tussenAanhalingstekens(document: LangiumDocument, woorden: Woord[], begin: string): SyntaxUitleg {
    const tekst = tekstVan(document).slice(woorden[0].start, woorden[woorden.length - 1].eind);
    const span = bereikVan(document, woorden[0].start, woorden[woorden.length - 1].eind);
    return {
        bericht: `${begin} "${kort(tekst)}".`,
        bereik: span,
        vervangingen: [{ titel: 'Zet de tekst tussen aanhalingstekens', tekst: `"${tekst}"`, bereik: span }]
    };
}

/** `gemeente regisseur en opdrachtgever`: values are listed with commas (or, in a few lines, spaces). */
function enTussenWaarden({ document, token, vorige, blok }: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    if (!['en', 'En', 'of'].includes(token.image) || !vorige || !isWoordToken(vorige) || !opRegel(vorige, token)) return undefined;
    const tekst = tekstVan(document);
    const scheiding = taal.scheiding(blok, eersteWoord(tekst, token.startOffset));
    const volgende = woordenVanaf(tekst, eind(token))[0];
    if (!scheiding || !volgende) return undefined;
    const vervang = bereikVan(document, eind(vorige), volgende.start);
    const wat = wattenOp(taal, blok, eersteWoord(tekst, token.startOffset));
    if (scheiding === ',') {
        return {
            bericht: `Tussen twee ${wat} staat een komma, geen '${token.image}': ${vorige.image}, ${volgende.woord}.`,
            vervangingen: [{ titel: `Zet een komma in plaats van '${token.image}'`, tekst: ', ', bereik: vervang }]
        };
    }
    return {
        bericht: `Op deze regel staan de ${wat} alleen met een spatie ertussen, zonder '${token.image}': ${vorige.image} ${volgende.woord}.`,
        vervangingen: [{ titel: `Haal '${token.image}' weg`, tekst: ' ', bereik: vervang }]
    };
}

/** What a line lists, as a message says it: names (`leden`) or choices (`gemeente`, `kennisbron` …). */
function wattenOp(taal: Taalkennis, blok: string, woord: string): string {
    return taal.naWoord(blok, woord)?.soort === 'naam' ? 'namen' : 'keuzes';
}

/** `gemeente regisseur opdrachtgever`: two values of a list without the comma between them. */
function kommaOntbreekt({ document, token, vorige, blok }: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    if (!vorige || !geldig(vorige) || isEinde(token) || !opRegel(vorige, token)) return undefined;
    const tekst = tekstVan(document);
    const kw = eersteWoord(tekst, token.startOffset);
    const vervolg = taal.naWoord(blok, kw);
    if (taal.scheiding(blok, kw) !== ',' || vervolg?.soort !== 'waarde') return undefined;
    const lijst = vervolg.categorieen.flatMap(waarden);
    if (!lijst.includes(token.image) || !lijst.includes(vorige.image)) return undefined;
    return {
        bericht: `Tussen twee ${wattenOp(taal, blok, kw)} hoort een komma: ${vorige.image}, ${token.image}.`,
        vervangingen: [{ titel: 'Zet er een komma tussen', tekst: ',', bereik: bereikVan(document, eind(vorige), eind(vorige)) }]
    };
}

/**
 * `ruimte latende regisseur`, `sturing op`, `netwerk sturing`, `pxq`, `maatschappelijke verkenning`: the
 * words of one term written apart, without their hyphens, or as the framework's full name.
 */
function woordenVanEenBegrip(f: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    const { document, token } = f;
    if (isEinde(token) || !isWoordToken(token)) return undefined;
    const kandidaten = kandidatenBij(f, taal);
    const woorden = woordenVanaf(tekstVan(document), token.startOffset, 4);
    for (let n = Math.min(4, woorden.length); n >= 1; n--) {
        const stuk = woorden.slice(0, n);
        const geschreven = stuk.map(w => w.woord).join(' ');
        const sleutel = vergelijkbaar(geschreven);
        const gevonden = kandidaten.find(k => vergelijkbaar(k) === sleutel && (n > 1 || k.toLowerCase() !== geschreven.toLowerCase()))
            ?? (n > 1 ? kandidaten.find(k => labelsIn(f.categorieen, k).some(l => vergelijkbaar(l) === sleutel)) : undefined);
        if (!gevonden) continue;
        const span = bereikVan(document, stuk[0].start, stuk[n - 1].eind);
        const hoe = vergelijkbaar(gevonden) !== sleutel ? `Sturing noemt dit kortweg '${gevonden}'.`
            : gevonden.includes('-') ? `Dit begrip schrijft u als één woord met streepjes: ${gevonden}.`
                : `Dit begrip schrijft u als één woord: ${gevonden}.`;
        return { bericht: `'${geschreven}' kent Sturing niet. ${hoe}`, bereik: span, vervangingen: [{ titel: `Schrijf '${gevonden}'`, tekst: gevonden, bereik: span }] };
    }
    return undefined;
}

/** `Fase Verkenning`, `Probleem Onduidelijk`: the words of the language are written in lower case. */
function hoofdletters(f: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    const { document, token, blok } = f;
    if (f.categorieen.length > 0 || isEinde(token) || token.image === token.image.toLowerCase()) return undefined;
    const woord = token.image.toLowerCase();
    if (!taal.beginWoorden(blok).includes(woord)) return undefined;
    const [, volgende] = woordenVanaf(tekstVan(document), token.startOffset, 2);
    const vervolg = taal.naWoord(blok, woord);
    // The value after it too (`Verkenning`), but never a name (`Partij Welzijn`).
    const ook = volgende && vervolg?.soort === 'waarde' && volgende.woord !== volgende.woord.toLowerCase()
        && vervolg.categorieen.some(c => waarden(c).includes(volgende.woord.toLowerCase())) ? volgende : undefined;
    const eindOffset = ook ? ook.eind : eind(token);
    const nieuw = ook ? `${woord}${tekstVan(document).slice(eind(token), ook.start)}${ook.woord.toLowerCase()}` : woord;
    const span = bereikVan(document, token.startOffset, eindOffset);
    const tekst = tekstVan(document);
    const blokKop = /\{[ \t]*(\/\/.*)?$/.test(tekst.slice(token.startOffset, regelEinde(tekst, token.startOffset)));
    return {
        // The example shows the name after it too: "gemeente Proefstad".
        bericht: `Sturing schrijft ${ook ? 'deze woorden met kleine letters' : `'${woord}' met een kleine letter`}: ${nieuw.replace(/\s+/g, ' ')}${!ook && volgende ? ` ${volgende.woord}` : ''}.${blokKop ? ' Tot dan leest Sturing dit blok niet.' : ''}`,
        bereik: span,
        vervangingen: [{ titel: `Schrijf '${nieuw.replace(/\s+/g, ' ')}'`, tekst: nieuw, bereik: span }]
    };
}

const VULWOORDEN = ['is', 'als', 'de', 'het', 'een', 'zijn', 'wordt', 'op', 'van', 'en'];

/** `gemeente is regisseur`, `gemeente als regisseur`: a little word from a sentence, left out in Sturing. */
function vulwoord(f: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    const { document, token } = f;
    if (f.categorieen.length === 0 || !VULWOORDEN.includes(token.image.toLowerCase())) return undefined;
    const volgende = woordenVanaf(tekstVan(document), eind(token))[0];
    if (!volgende || !kandidatenBij(f, taal).includes(volgende.woord)) return undefined;
    // The line as it reads without the word: "gemeente regisseur, opdrachtgever".
    const tekst = tekstVan(document);
    const begin = regelBegin(tekst, token.startOffset);
    const zonder = (tekst.slice(begin, token.startOffset) + tekst.slice(volgende.start, regelEinde(tekst, token.startOffset))).replace(/\/\/.*$/, '').trim().replace(/\s+/g, ' ');
    return {
        bericht: `Het woordje '${token.image}' laat u weg: ${zonder}.`,
        vervangingen: [{ titel: `Haal '${token.image}' weg`, tekst: '', bereik: bereikVan(document, token.startOffset, volgende.start) }]
    };
}

/** `probleem "onduidelijk"`: a choice is a word of the language, written without quotes. */
function keuzeTussenAanhalingstekens(f: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    const { token } = f;
    if (f.categorieen.length === 0 || token.tokenType?.name !== 'STRING') return undefined;
    const binnen = token.image.replace(/^["\u201C\u201E]|["\u201C\u201D]$/g, '').trim().toLowerCase();
    if (!kandidatenBij(f, taal).includes(binnen)) return undefined;
    return {
        bericht: `Een keuze als ${binnen} schrijft u zonder aanhalingstekens: ${vorigWoord(f)}${binnen}.`,
        vervangingen: [{ titel: 'Haal de aanhalingstekens weg', tekst: binnen }]
    };
}

/** `probleem onduidelijk.`: a full stop at the end of a line, as in a sentence. */
function puntAanRegeleinde({ document, token, vorige }: Fout): SyntaxUitleg | undefined {
    if (token.image !== '.' || !vorige || !opRegel(vorige, token)) return undefined;
    const tekst = tekstVan(document);
    if (tekst.slice(eind(token), regelEinde(tekst, token.startOffset)).replace(/\/\/.*$/, '').trim() !== '') return undefined;
    return { bericht: 'Aan het eind van een regel staat geen punt; elke regel staat op zich.', vervangingen: [{ titel: 'Haal de punt weg', tekst: '' }] };
}

/** `gemeente regisseur` directly in the gemeente: the role of the municipality is named per phase. */
function gemeenterolBuitenFase({ document, token, blok }: Fout): SyntaxUitleg | undefined {
    if (blok !== 'Gemeente' || token.image !== 'gemeente') return undefined;
    const volgende = woordenVanaf(tekstVan(document), eind(token))[0]?.woord;
    if (!volgende || ![...waarden('GemeenteRol'), ...waarden('Mate')].includes(volgende)) return undefined;
    return { bericht: `De rol van de gemeente staat per fase: zet 'gemeente ${volgende}' in een blok als fase verkenning { … }.`, vervangingen: [] };
}

/**
 * `De gemeente wil meer regie op de wijkteams.`: a sentence, as in a memo. A remark goes after `//`,
 * where Sturing leaves it alone.
 */
function vrijeTekst(f: Fout, taal: Taalkennis): SyntaxUitleg | undefined {
    const { document, token } = f;
    if (f.categorieen.length > 0 || isEinde(token) || token.tokenType?.name !== 'ID') return undefined;
    const tekst = tekstVan(document);
    const begin = regelBegin(tekst, token.startOffset);
    if (tekst.slice(begin, token.startOffset).trim() !== '') return undefined;
    const regel = tekst.slice(token.startOffset, regelEinde(tekst, token.startOffset));
    if ((regel.match(/\p{L}+/gu) ?? []).length < 3 || naastBij(token.image, taal.beginWoorden(f.blok)).length > 0) return undefined;
    const plek = bereikVan(document, token.startOffset, token.startOffset);
    return {
        bericht: 'Dit lijkt een zin uit een notitie. Sturing leest alleen zijn eigen woorden; zet // voor de zin, dan is het een opmerking die Sturing overslaat.',
        bereik: bereikVan(document, token.startOffset, token.startOffset + regel.trimEnd().length),
        vervangingen: [{ titel: 'Maak er een opmerking van (//)', tekst: '// ', bereik: plek }]
    };
}

/** Where a line stands, as a message says it. */
export const WAAR: Record<string, string> = {
    Gemeente: 'in een gemeente', Regio: 'in een regio', Team: 'in een team', Doel: 'in een doel', Fase: 'in een fase',
    Regie: 'in een regie-blok', Ambitie: 'in de ambitie'
};

/**
 * A line written in the wrong block (`partij …` inside a `fase`), which the parser skipped: the line
 * moves, as written, to the block where it belongs.
 */
function regelInVerkeerdBlok({ document, token, blok, elders, buiten }: Fout): SyntaxUitleg | undefined {
    if (!elders || !buiten || !WAAR[blok] || !WAAR[buiten]) return undefined;
    const partij = waarden('PartijSoort').includes(token.image);
    const naam = partij ? woordenVanaf(tekstVan(document), eind(token))[0]?.woord : undefined;
    const bericht = partij && blok === 'Fase'
        ? `'${token.image}' hoort niet in een fase, maar bovenaan in de ${buiten === 'Regio' ? 'regio' : 'gemeente'}. In een fase geeft u een partij een rol: rol ${naam ?? 'Welzijn'} adviseur.`
        : `'${token.image}' hoort niet ${WAAR[blok]}, maar ${WAAR[buiten]}.`;
    const verplaats = verplaatsRegel(document, token, buiten, partij);
    return { bericht, vervangingen: verplaats ? [verplaats] : [] };
}

/** Moves the one-line statement that starts at `token` into the enclosing block `naar`: after its parties, or at its top. */
function verplaatsRegel(document: LangiumDocument, token: IToken, naar: string, partij: boolean): Vervanging | undefined {
    const tekst = tekstVan(document);
    const begin = regelBegin(tekst, token.startOffset), einde = regelEinde(tekst, token.startOffset);
    const regel = tekst.slice(begin, einde);
    // Only a line of its own, not a block.
    if (tekst.slice(begin, token.startOffset).trim() !== '' || /[{}]/.test(regel.replace(/"[^"]*"|\/\/.*$/g, ''))) return undefined;
    const root = document.parseResult.value.$cstNode;
    // The skipped line is not in the tree: the node before it is inside the block it stands in.
    let node: AstNode | undefined = root && CstUtils.findLeafNodeBeforeOffset(root, token.startOffset)?.astNode;
    while (node && node.$type !== naar) node = node.$container;
    if (!node?.$cstNode || !(isGemeente(node) || isRegio(node))) return undefined;
    const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    if (!open) return undefined;
    const laatste = partij ? node.partijen[node.partijen.length - 1]?.$cstNode : undefined;
    const na = laatste ? laatste.range.end.line : open.range.end.line;
    const doc = document.textDocument;
    const inspringing = laatste ? inspringingOp(tekst, doc.offsetAt({ line: laatste.range.start.line, character: 0 }))
        : inspringingOp(tekst, doc.offsetAt({ line: open.range.start.line, character: 0 })) + '    ';
    const volgendeRegel = doc.offsetAt({ line: na + 1, character: 0 });
    // At the end of a file without a last line break the new line needs one of its own.
    const invoeg = volgendeRegel > tekst.length || (volgendeRegel === tekst.length && !/\n$/.test(tekst)) ? `\n${inspringing}${regel.trim()}` : `${inspringing}${regel.trim()}\n`;
    const weg = bereikVan(document, begin, Math.min(tekst.length, einde + (tekst[einde] === '\r' ? 2 : 1)));
    const plek = bereikVan(document, Math.min(volgendeRegel, tekst.length), Math.min(volgendeRegel, tekst.length));
    const waar = naar === 'Regio' ? 'de regio' : 'de gemeente';
    return { titel: `Verplaats de regel naar ${laatste ? `de partijen van ${waar}` : `het begin van ${waar}`}`, tekst: invoeg, bereik: plek, ook: [{ bereik: weg, tekst: '' }] };
}

/** A `}` after the last block: it closes nothing. */
function accoladeTeVeel({ document, token, blok }: Fout): SyntaxUitleg | undefined {
    if (token.image !== '}' || blok !== 'Model') return undefined;
    const tekst = tekstVan(document);
    // A } on a line of its own goes with its line.
    const alleen = tekst.slice(regelBegin(tekst, token.startOffset), token.startOffset).trim() === '' && tekst.slice(eind(token), regelEinde(tekst, token.startOffset)).trim() === '';
    const van = alleen && regelBegin(tekst, token.startOffset) > 0 ? regelEinde(tekst, regelBegin(tekst, token.startOffset) - 1) : token.startOffset;
    const tot = alleen && regelBegin(tekst, token.startOffset) === 0 ? Math.min(tekst.length, regelEinde(tekst, token.startOffset) + 1) : eind(token);
    return {
        bericht: 'Deze } sluit niets af: de blokken ervoor zijn al gesloten. Haal hem weg, of kijk of er eerder een } te veel staat.',
        vervangingen: [{ titel: 'Haal de } weg', tekst: '', bereik: bereikVan(document, van, tot) }]
    };
}

// ---------------------------------------------------------------- characters that are not in the language

/**
 * A character the lexer does not know (a colon after a word, a semicolon at the end of a line, a
 * bullet, a slash between two years, single quotes …) or a text whose closing quote is missing,
 * explained with a fix. `lengte` is how many characters the lexer skipped there.
 */
export function legTekenUit(document: LangiumDocument, offset: number, lengte: number, taal: Taalkennis): SyntaxUitleg | undefined {
    const tekst = tekstVan(document);
    const teken = tekst[offset];
    const begin = regelBegin(tekst, offset), einde = regelEinde(tekst, offset);
    const ervoor = tekst.slice(begin, offset), erna = tekst.slice(offset + 1, einde);
    const hier = bereikVan(document, offset, offset + 1);
    const weg = (titel: string, bericht: string, tekstErvoor = ''): SyntaxUitleg => ({ bericht, bereik: hier, vervangingen: [{ titel, tekst: tekstErvoor, bereik: hier }] });
    // The lexer reads any quote as the start of a text; an error there is a text whose closing quote is missing.
    if ('"\u201C\u201E'.includes(teken)) return tekstNietGesloten(document, offset, lengte);
    const woordErvoor = /([\p{L}\p{N}_-]+)\s*$/u.exec(ervoor)?.[1];
    const eersteWoordRegel = /^\s*([\p{L}\p{N}_-]+)/u.exec(ervoor)?.[1];
    const blokKop = eersteWoordRegel !== undefined && BLOKWOORDEN.includes(eersteWoordRegel);
    if (teken === ':' || teken === '=') {
        const naam = teken === ':' ? 'dubbele punt' : 'isgelijkteken';
        if (blokKop && erna.replace(/\/\/.*$/, '').trim() === '') {
            return { bericht: `Een blok opent met {, niet met een ${naam}: ${ervoor.trim()} {. Sluit het na de laatste regel af met }.`, bereik: hier, vervangingen: [{ titel: `Zet een { in plaats van de ${naam}`, tekst: /\s$/.test(ervoor) ? '{' : ' {', bereik: hier }] };
        }
        if (woordErvoor && woordErvoor === eersteWoordRegel) {
            return weg(`Haal de ${naam} weg`, `Na '${woordErvoor}' staat geen ${naam}: ${woordErvoor} ${erna.trim().split(/\s+/)[0] ?? ''}`.trimEnd() + '.', /^\S/.test(erna) && /\S$/.test(ervoor) ? ' ' : '');
        }
    }
    if (teken === ';') {
        if (erna.replace(/\/\/.*$/, '').trim() === '') return weg('Haal de puntkomma weg', 'Aan het eind van een regel staat geen puntkomma; elke regel staat op zich.');
        if (woordErvoor) return weg('Zet een komma in plaats van de puntkomma', `Tussen twee keuzes of namen staat een komma, geen puntkomma: ${woordErvoor}, ${erna.trim().split(/\s+/)[0]}.`, ',');
    }
    if (/[\u2022\u00B7\u25AA\u25CF\u25E6\u2023\u2043*]/.test(teken) && ervoor.trim() === '') {
        const metSpatie = bereikVan(document, offset, offset + 1 + (/^[ \t\u00A0]*/.exec(erna)?.[0].length ?? 0));
        return { bericht: 'Een opsommingsteken laat u weg: elke regel begint met een woord, zoals gemeente of rol.', bereik: hier, vervangingen: [{ titel: 'Haal het opsommingsteken weg', tekst: '', bereik: metSpatie }] };
    }
    if (teken === '/' && /\d\s*$/.test(ervoor) && /^\s*\d/.test(erna)) {
        return weg('Schrijf een streepje', `Een periode schrijft u met een streepje: ${/(\d+)\s*$/.exec(ervoor)![1]} - ${/^\s*(\d+)/.exec(erna)![1]}.`, '-');
    }
    if (teken === '/' && /\d\s+t$/.test(ervoor) && /^m\s+\d/.test(erna)) {
        const tm = bereikVan(document, offset - 1, offset + 2);
        return { bericht: `Een periode schrijft u met een streepje: ${/(\d+)\s+t$/.exec(ervoor)![1]} - ${/^m\s+(\d+)/.exec(erna)![1]}.`, bereik: tm, vervangingen: [{ titel: "Schrijf een streepje in plaats van 't/m'", tekst: '-', bereik: tm }] };
    }
    if (teken === '&' && woordErvoor) {
        const volgende = woordenVanaf(tekst, offset + 1)[0];
        const scheiding = eersteWoordRegel ? alleScheidingen(taal, eersteWoordRegel) : undefined;
        if (volgende && scheiding) {
            const span = bereikVan(document, offset - (/\s*$/.exec(ervoor)?.[0].length ?? 0), volgende.start);
            return { bericht: scheiding === ',' ? `Tussen twee keuzes of namen staat een komma, geen &: ${woordErvoor}, ${volgende.woord}.` : `Op deze regel staan de keuzes alleen met een spatie ertussen: ${woordErvoor} ${volgende.woord}.`, bereik: hier, vervangingen: [{ titel: scheiding === ',' ? 'Zet een komma in plaats van &' : 'Haal & weg', tekst: scheiding === ',' ? ', ' : ' ', bereik: span }] };
        }
    }
    if (teken === "'" || teken === '\u2018') {
        const sluit = teken === "'" ? erna.indexOf("'") : erna.search(/[\u2019']/);
        if (sluit > 0) {
            const binnen = erna.slice(0, sluit);
            const tweede = bereikVan(document, offset + 1 + sluit, offset + 2 + sluit);
            return { bericht: `Een tekst staat tussen dubbele aanhalingstekens: "${kort(binnen)}".`, bereik: bereikVan(document, offset, offset + 2 + sluit), vervangingen: [{ titel: 'Zet dubbele aanhalingstekens', tekst: '"', bereik: hier, ook: [{ bereik: tweede, tekst: '"' }] }] };
        }
    }
    if ((teken === '(' || teken === '[') && blokKop && erna.replace(/\/\/.*$/, '').trim() === '') {
        return weg('Zet een {', `Een blok opent met {, niet met ${teken}: ${ervoor.trim()} {.`, '{');
    }
    if ((teken === ')' || teken === ']') && ervoor.trim() === '' && erna.replace(/\/\/.*$/, '').trim() === '') {
        return weg('Zet een }', `Een blok sluit met }, niet met ${teken}.`, '}');
    }
    return undefined;
}

/** A text whose closing quote is missing: the lexer read it to the end of its line. */
function tekstNietGesloten(document: LangiumDocument, offset: number, lengte: number): SyntaxUitleg {
    const tekst = tekstVan(document);
    const stuk = tekst.slice(offset, offset + lengte);
    const inhoud = stuk.replace(/\s+$/, '');
    const sluit = stuk[0] === '"' ? '"' : '\u201D';
    const plek = bereikVan(document, offset + inhoud.length, offset + inhoud.length);
    return {
        bericht: `Deze tekst heeft aan het eind geen aanhalingsteken: ${kort(inhoud)}${sluit}. Sturing leest hem tot het einde van de regel.`,
        bereik: bereikVan(document, offset, offset + inhoud.length),
        vervangingen: [{ titel: `Sluit de tekst af met ${sluit}`, tekst: sluit, bereik: plek }]
    };
}

/** Words that open a block (`gemeente X {`, `fase verkenning {`). */
const BLOKWOORDEN = ['gemeente', 'regio', 'team', 'fase', 'regie', 'ambitie', 'doel'];

/** The list separator of a line that starts with `woord`, in whichever block has such a line. */
function alleScheidingen(taal: Taalkennis, woord: string): ',' | ' ' | undefined {
    for (const blok of ['Fase', 'Team', 'Ambitie', 'Gemeente', 'Regio', 'Regie']) {
        const s = taal.scheiding(blok, woord);
        if (s) return s;
    }
    return undefined;
}

// ---------------------------------------------------------------- helpers

interface Woord { woord: string; start: number; eind: number }

function tekstVan(document: LangiumDocument): string {
    return document.textDocument.getText();
}

function bereikVan(document: LangiumDocument, van: number, tot: number): Range {
    return { start: document.textDocument.positionAt(van), end: document.textDocument.positionAt(tot) };
}

function tokenBereik(document: LangiumDocument, token: IToken): Range {
    return bereikVan(document, token.startOffset, eind(token));
}

/** The offset just after a token. */
function eind(token: IToken): number {
    return token.endOffset !== undefined && !Number.isNaN(token.endOffset) ? token.endOffset + 1 : token.startOffset + token.image.length;
}

function isEinde(token: IToken): boolean {
    return token.tokenType?.name === 'EOF' || !geldig(token);
}

function geldig(token: IToken): boolean {
    return token.startOffset >= 0 && !Number.isNaN(token.startOffset);
}

function isWoordToken(token: IToken): boolean {
    return /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(token.image);
}

function opRegel(a: IToken, b: IToken): boolean {
    return a.startLine !== undefined && a.startLine === b.startLine && geldig(a) && geldig(b);
}

function regelBegin(tekst: string, offset: number): number {
    return tekst.lastIndexOf('\n', offset - 1) + 1;
}

function regelEinde(tekst: string, offset: number): number {
    const n = tekst.indexOf('\n', offset);
    const e = n < 0 ? tekst.length : n;
    return tekst[e - 1] === '\r' ? e - 1 : e;
}

function inspringingOp(tekst: string, regelStart: number): string {
    return /^[ \t]*/.exec(tekst.slice(regelStart))![0];
}

/** The first word of the line that holds `offset`. */
function eersteWoord(tekst: string, offset: number): string {
    return /^\s*([\p{L}\p{N}_-]+)/u.exec(tekst.slice(regelBegin(tekst, offset), offset))?.[1] ?? '';
}

/** The words (letters, digits, `_`, `-`) that follow one another on the line from `offset`, separated by spaces only. */
function woordenVanaf(tekst: string, offset: number, max = 50): Woord[] {
    const uit: Woord[] = [];
    const patroon = /[ \t\u00A0]*([\p{L}\p{N}_-]+)/uy;
    patroon.lastIndex = offset;
    for (let m = patroon.exec(tekst); m && uit.length < max; m = patroon.exec(tekst)) {
        uit.push({ woord: m[1], start: m.index + m[0].length - m[1].length, eind: m.index + m[0].length });
    }
    return uit;
}

/** The words from `offset` up to one of the `stop` words, a text in quotes, a brace or a comment. */
function woordenTot(tekst: string, offset: number, stop: readonly string[]): Woord[] {
    const woorden = woordenVanaf(tekst, offset);
    const i = woorden.findIndex(w => stop.includes(w.woord));
    return i < 0 ? woorden : woorden.slice(0, i);
}

/** The words of the line up to where a value is expected, for an example: "gemeente ". */
function vorigWoord({ vorige }: Fout): string {
    return vorige && geldig(vorige) ? `${vorige.image} ` : '';
}

/** The header of the block that `vorige` ends: its first word up to `vorige` ("gemeente Proefstad"). */
function kopVan(tekst: string, vorige: IToken): { tekst: string; start: number } {
    const begin = regelBegin(tekst, vorige.startOffset);
    const inspringing = /^[ \t]*/.exec(tekst.slice(begin))![0].length;
    return { tekst: tekst.slice(begin + inspringing, eind(vorige)).replace(/\s+/g, ' '), start: begin + inspringing };
}

function blokVanKop(kop: { tekst: string }): string {
    const woord = kop.tekst.split(' ')[0];
    return { gemeente: 'Gemeente', regio: 'Regio', team: 'Team', fase: 'Fase', regie: 'Regie', ambitie: 'Ambitie', doel: 'Doel' }[woord] ?? '';
}

/** The node the token belongs to. */
function nodeBij(document: LangiumDocument, token: IToken): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    return root && CstUtils.findLeafNodeAtOffset(root, token.startOffset)?.astNode;
}

/** Words compared as a reader sees them: case, hyphens, spaces and underscores aside. */
function vergelijkbaar(woord: string): string {
    return woord.toLowerCase().replace(/[\s_\-\u2013]+/g, '');
}

/** What may stand at the error: the values expected there, or the words that start a line in the block. */
function kandidatenBij(f: Fout, taal: Taalkennis): string[] {
    return f.categorieen.length > 0 ? f.categorieen.flatMap(waarden) : [...taal.beginWoorden(f.blok)];
}

/** The framework's labels of a value in the expected categories ("maatschappelijke verkenning" for verkenning). */
function labelsIn(categorieen: readonly Categorie[], waarde: string): string[] {
    return categorieen.flatMap(c => {
        const tabel = WOORDENSCHAT[c] as Record<string, { label: string }>;
        return Object.prototype.hasOwnProperty.call(tabel, waarde) ? [tabel[waarde].label] : [];
    });
}

/** The label of a phase ("kaderstelling en contractering"). */
function labelVan(fase: string): string | undefined {
    return (WOORDENSCHAT.FaseSoort as Record<string, { label: string }>)[fase]?.label;
}

function kort(tekst: string): string {
    return tekst.length > 40 ? tekst.slice(0, 40) + '…' : tekst;
}
