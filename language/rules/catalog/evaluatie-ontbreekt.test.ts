import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { evaluatieOntbreekt } from './evaluatie-ontbreekt.js';

const GRONINGEN = leesVoorbeeld('groningen-2014.sturing');
const BERICHT = 'Er staat nog geen evaluatie in het ontwerp. Beschrijf haar, ook als zij pas gepland is: het effect voor inwoners voedt de volgende verkenning. Bij een jonge aanpak komt zij vaak nog (R1 §2.4 fase 4; R1 hfst. 3).';
const EINDE_UITVOERING = '        monitoring gemeente\n        sturing-op input\n    }\n';

const VERKENNING = `    partij Welzijn "Stichting Welzijn Midden-Drenthe" soort welzijn
    partij Zorg "Zorggroep Drenthe" soort zorg

    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn adviseur
        rol Zorg adviseur
        instrument overleg "Dorpsgesprekken en werkconferenties"
    }
`;

testRegel(evaluatieOntbreekt, {
    meldt: [
        {
            naam: 'Groningen 2014: explored, contracted and running, the interviews did not reach an evaluation (a quiet hint)',
            tekst: GRONINGEN,
            meldingen: [{ bereik: 'Groningen', bericht: BERICHT, ernst: 'hint' }],
            herstel: {
                titel: 'Voeg fase evaluatie toe',
                resultaat: GRONINGEN.replace(EINDE_UITVOERING, `${EINDE_UITVOERING}
    fase evaluatie {
        gemeente regisseur
    }
`)
            }
        },
        {
            naam: 'explored and just contracted, execution not yet described',
            tekst: `gemeente MiddenDrenthe {
${VERKENNING}
    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
    }
}
`,
            meldingen: [{ bereik: 'MiddenDrenthe', bericht: BERICHT, ernst: 'hint' }],
            herstel: {
                titel: 'Voeg fase evaluatie toe',
                resultaat: `gemeente MiddenDrenthe {
${VERKENNING}
    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
    }

    fase evaluatie {
        gemeente regisseur
    }
}
`
            }
        }
    ],
    zwijgt: [
        {
            naam: 'no exploration either: that is the small cycle, reported by kleine-cyclus',
            tekst: `gemeente MiddenDrenthe {
    partij Welzijn "Stichting Welzijn Midden-Drenthe" soort welzijn
    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
    }
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
    }
}
`
        },
        {
            naam: 'the whole cycle, with an evaluation together with the partners',
            tekst: `gemeente MiddenDrenthe {
${VERKENNING}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
    }

    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
        rol Zorg partner
        effectmeting "Wijkscan zelfredzaamheid, elke twee jaar"
    }
}
`
        },
        {
            naam: 'still exploring: nothing contracted or running yet, so nothing to evaluate',
            tekst: `gemeente MiddenDrenthe {
${VERKENNING}}
`
        }
    ]
});
