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

export function bouwTextMateGrammatica(): object {
    const gehad = new Set<string>([...DECLARATIES, ...OPDRACHTEN]);
    const patronen: object[] = [
        { include: '#commentaar' },
        { name: 'string.quoted.double.sturing', begin: '"', end: '"', patterns: [{ name: 'constant.character.escape.sturing', match: '\\\\.' }] },
        { name: 'storage.type.declaratie.sturing', match: woorden(DECLARATIES) }
    ];
    for (const groep of GROEPEN) {
        const lijst = groep.categorieen.flatMap(c => Object.keys(WOORDENSCHAT[c])).filter(w => !gehad.has(w));
        lijst.forEach(w => gehad.add(w));
        patronen.push({ name: groep.scope, match: woorden(lijst) });
    }
    patronen.push(
        { name: 'keyword.other.opdracht.sturing', match: woorden(OPDRACHTEN) },
        { name: 'constant.numeric.integer.sturing', match: '\\b[0-9]+\\b' },
        { name: 'punctuation.separator.sturing', match: '[,.\\-]' }
    );
    return {
        name: 'sturing',
        scopeName: 'source.sturing',
        fileTypes: ['sturing'],
        patterns: patronen,
        repository: {
            commentaar: {
                patterns: [
                    { name: 'comment.block.documentation.sturing', begin: '/\\*\\*(?!/)', end: '\\*/' },
                    { name: 'comment.block.sturing', begin: '/\\*', end: '\\*/' },
                    { name: 'comment.line.double-slash.sturing', begin: '//', end: '$' }
                ]
            }
        }
    };
}
