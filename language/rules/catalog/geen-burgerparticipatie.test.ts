import { testRegel } from '../../../tests/regel-tester.js';
import { geenBurgerparticipatie } from './geen-burgerparticipatie.js';

/** A municipality that sets the course with the organisations; citizens appear only where `participatie` says. */
const STADSKANAAL = (verkenning: string, uitvoering = '') => `gemeente Stadskanaal {
    partij Welzijn "Welzijn Stadskanaal" soort welzijn
    partij Zorg "Zorggroep Kanaalstreek" soort zorg
    adviesraad Wmoraad "Wmo-adviesraad Stadskanaal"

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Zorg adviseur
        kennisbron ambtenaren, professionals
${verkenning}    }

    fase uitvoering {
        gemeente regisseur, opdrachtgever
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gemeente
${uitvoering}    }
}
`;

testRegel(geenBurgerparticipatie, {
    meldt: [
        {
            naam: 'nothing written about citizens in any phase: reported at the name',
            tekst: STADSKANAAL(''),
            meldingen: [{
                bereik: 'Stadskanaal',
                bericht: 'In geen enkele fase van Stadskanaal staat hoe burgers meedoen. Dan ontbreekt hun kennis van de eigen situatie; beschrijf waar zij adviseren, worden geraadpleegd of meebeslissen (R1 §5.2 concl. 3).',
                ernst: 'info'
            }],
            herstel: { titel: 'Beschrijf hoe burgers meedoen in de verkenning', resultaat: STADSKANAAL('        burgerparticipatie adviseren\n') }
        },
        {
            naam: 'citizens are only informed (a newsletter at the start of the team): reported at the first informeren',
            tekst: STADSKANAAL('        burgerparticipatie informeren\n', '        burgerparticipatie informeren\n'),
            meldingen: [{
                bereik: 'informeren',
                bericht: 'Burgers worden in Stadskanaal alleen geïnformeerd, in geen enkele fase doen zij meer. Dan ontbreekt hun kennis van de eigen situatie; beschrijf waar zij adviseren, worden geraadpleegd of meebeslissen (R1 §5.2 concl. 3).'
            }],
            herstel: { titel: 'Kies een verdere vorm van burgerparticipatie', resultaat: STADSKANAAL('        burgerparticipatie adviseren\n', '        burgerparticipatie informeren\n') }
        },
        {
            naam: 'an ambition for coproduction does not count as participation in a phase yet',
            tekst: STADSKANAAL('        burgerparticipatie informeren\n').replace(/\n}\n$/, '\n\n    ambitie {\n        burgerparticipatie coproductie\n    }\n}\n'),
            meldingen: [{ bereik: 'informeren', bericht: /^Burgers worden in Stadskanaal alleen geïnformeerd/ }]
        }
    ],
    zwijgt: [
        {
            naam: 'the Wmo-adviesraad advises in the exploration (as in most municipalities of R1)',
            tekst: STADSKANAAL('        burgerparticipatie adviseren via Wmoraad\n')
        },
        {
            naam: 'informed during exploration, consulted at the start of a team in execution',
            tekst: STADSKANAAL('        burgerparticipatie informeren\n', '        burgerparticipatie raadplegen\n')
        },
        {
            naam: 'a file without phases yet: too early to say',
            tekst: `gemeente Stadskanaal {
    partij Welzijn "Welzijn Stadskanaal" soort welzijn
    team Centrum "Sociaal team Centrum" {
        leden Welzijn
        doel "Vroegsignalering in de wijk"
    }
}
`
        }
    ]
});
