import { OPDRACHTEN as OPDRACHT_UITLEG, WOORDENSCHAT, type Categorie } from './framework/vocabulary.js';

/**
 * Builds the TextMate grammar (syntaxes/sturing.tmLanguage.json) from the framework tables, so
 * that roles, phases, governance types and funding models each get a scope of their own and
 * stand out in any colour theme. `npm run generate` writes it; a test keeps it in sync.
 */

const DECLARATIES = ['gemeente', 'regio', 'team', 'fase', 'partij', 'adviesraad', 'burgerinitiatief', 'regie', 'ambitie'];
/** The other statement keywords, from the framework's table of them. */
const OPDRACHTEN = Object.keys(OPDRACHT_UITLEG).filter(w => !DECLARATIES.includes(w));

/** Scope per vocabulary category; the first matching group wins, in this order. */
const GROEPEN: Array<{ naam: string; scope: string; categorieen: Categorie[] }> = [
    { naam: 'governancetype', scope: 'support.class.governancetype.sturing', categorieen: ['GovernanceType'] },
    { naam: 'fase', scope: 'entity.name.function.fase.sturing', categorieen: ['FaseSoort'] },
    { naam: 'rol', scope: 'entity.name.type.rol.sturing', categorieen: ['GemeenteRol', 'PartijRolSoort'] },
    { naam: 'mate', scope: 'keyword.operator.mate.sturing', categorieen: ['Mate'] },
    { naam: 'bekostiging', scope: 'constant.language.bekostiging.sturing', categorieen: ['Bekostigingsmodel', 'InstrumentSoort', 'Geldstroom'] },
    { naam: 'niveau', scope: 'constant.numeric.niveau.sturing', categorieen: ['Niveau', 'ParticipatieNiveau'] },
    {
        naam: 'waarde', scope: 'constant.other.waarde.sturing',
        categorieen: ['Probleem', 'Verantwoordelijkheid', 'Scenario', 'Sector', 'Breedte', 'Samenstelling', 'Doelgroep', 'Lijn', 'JaNee',
            'Integratie', 'Regelruimte', 'Kennisbron', 'Eisen', 'Wie', 'RegieCategorie', 'PartijSoort']
    }
];

function woorden(lijst: readonly string[]): string {
    // Longest first so `sturing-op` wins over `sturing`; a keyword never continues into a name.
    const sorted = [...new Set(lijst)].sort((a, b) => b.length - a.length || a.localeCompare(b));
    return `(?<![\\w\\-])(?:${sorted.map(w => w.replace(/[-]/g, '\\-')).join('|')})(?![\\w\\-])`;
}

/** A scope and the words that get it. */
export interface WoordGroep {
    scope: string;
    woorden: string[];
}

/**
 * The coloured words, in the order the grammar tries them: declarations, each vocabulary group,
 * then the statement keywords. A word belongs to the first group that names it, so the groups never
 * overlap. The TextMate grammar (VS Code) and the Monarch tokenizer (the browser page) both come from here.
 */
export function woordGroepen(): WoordGroep[] {
    const gehad = new Set<string>([...DECLARATIES, ...OPDRACHTEN]);
    const groepen: WoordGroep[] = [{ scope: 'storage.type.declaratie.sturing', woorden: [...DECLARATIES] }];
    for (const groep of GROEPEN) {
        const lijst = groep.categorieen.flatMap(c => Object.keys(WOORDENSCHAT[c])).filter(w => !gehad.has(w));
        lijst.forEach(w => gehad.add(w));
        groepen.push({ scope: groep.scope, woorden: lijst });
    }
    groepen.push({ scope: 'keyword.other.opdracht.sturing', woorden: [...OPDRACHTEN] });
    return groepen;
}

const SCOPE = {
    documentatie: 'comment.block.documentation.sturing',
    blok: 'comment.block.sturing',
    regel: 'comment.line.double-slash.sturing',
    tekst: 'string.quoted.double.sturing',
    escape: 'constant.character.escape.sturing',
    getal: 'constant.numeric.integer.sturing',
    leesteken: 'punctuation.separator.sturing'
};

export function bouwTextMateGrammatica(): object {
    const [declaraties, ...rest] = woordGroepen();
    const patronen: object[] = [
        { include: '#commentaar' },
        // As the grammar's STRING: straight or curly quotes, and a text left open ends with its line.
        { name: SCOPE.tekst, begin: '"', end: '"|$', patterns: [{ name: SCOPE.escape, match: '\\\\.' }] },
        { name: SCOPE.tekst, begin: '[\u201C\u201E]', end: '["\u201C\u201D]|$', patterns: [{ name: SCOPE.escape, match: '\\\\.' }] },
        { name: declaraties.scope, match: woorden(declaraties.woorden) },
        ...rest.map(g => ({ name: g.scope, match: woorden(g.woorden) })),
        { name: SCOPE.getal, match: '\\b[0-9]+\\b' },
        { name: SCOPE.leesteken, match: '[,.\\-\u2013\u2014]' }
    ];
    return {
        name: 'sturing',
        scopeName: 'source.sturing',
        fileTypes: ['sturing'],
        patterns: patronen,
        repository: {
            commentaar: {
                patterns: [
                    { name: SCOPE.documentatie, begin: '/\\*\\*(?!/)', end: '\\*/' },
                    { name: SCOPE.blok, begin: '/\\*', end: '\\*/' },
                    { name: SCOPE.regel, begin: '//', end: '$' }
                ]
            }
        }
    };
}

/**
 * The same colouring as a Monarch tokenizer (Monaco's own, used by the browser page): the same word
 * groups and scope names. Monarch matches from the current position, so instead of TextMate's
 * look-behind it reads a whole word (letters, digits, `_` and `-`, like the language's wordPattern)
 * and looks it up in the groups. Plain data, so language/ needs no Monaco types.
 */
export function bouwMonarch(): Record<string, unknown> {
    const groepen = woordGroepen();
    const lijsten = Object.fromEntries(groepen.map((g, i) => [`groep${i}`, [...g.woorden].sort()]));
    const gevallen = Object.fromEntries([...groepen.map((g, i) => [`@groep${i}`, g.scope]), ['@default', '']]);
    return {
        defaultToken: '',
        tokenPostfix: '',
        unicode: true,
        ...lijsten,
        tokenizer: {
            root: [
                [/\/\*\*(?!\/)/, SCOPE.documentatie, '@documentatie'],
                [/\/\*/, SCOPE.blok, '@blok'],
                [/\/\/.*$/, SCOPE.regel],
                [/"/, SCOPE.tekst, '@tekst'],
                [/[\u201C\u201E]/, SCOPE.tekst, '@krultekst'],
                [/[0-9]+(?![\w\u00C0-\u024F-])/, SCOPE.getal],
                [/[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F-]*/, { cases: gevallen }],
                [/[,.\-\u2013\u2014]/, SCOPE.leesteken]
            ],
            documentatie: [[/\*\//, SCOPE.documentatie, '@pop'], [/[^*]+|\*/, SCOPE.documentatie]],
            blok: [[/\*\//, SCOPE.blok, '@pop'], [/[^*]+|\*/, SCOPE.blok]],
            // As the grammar's STRING: a text left open ends with its line (Monarch reads a line without its end).
            tekst: [[/\\./, SCOPE.escape], [/"/, SCOPE.tekst, '@pop'], [/[^"\\]+$/, SCOPE.tekst, '@pop'], [/[^"\\]+/, SCOPE.tekst]],
            krultekst: [[/\\./, SCOPE.escape], [/["\u201C\u201D]/, SCOPE.tekst, '@pop'], [/[^"\u201C\u201D\\]+$/, SCOPE.tekst, '@pop'], [/[^"\u201C\u201D\\]+/, SCOPE.tekst]]
        }
    };
}
