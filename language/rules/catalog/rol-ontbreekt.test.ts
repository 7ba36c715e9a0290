import { testRegel } from '../../../tests/regel-tester.js';
import { rolOntbreekt } from './rol-ontbreekt.js';

const PARTIJEN = `    partij Welzijn "Welzijn De Wolden" soort welzijn
    partij Zorg "Zorggroep Meppel" soort zorg
`;

const VERKENNING = `    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn adviseur
        rol Zorg adviseur
    }
`;

testRegel(rolOntbreekt, {
    meldt: [
        {
            naam: 'the execution names the parties and who monitors, but not the role of the municipality',
            tekst: `gemeente DeWolden {
${PARTIJEN}
${VERKENNING}
    fase uitvoering {
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gezamenlijk
    }
}
`,
            meldingen: [{
                bereik: 'uitvoering',
                bericht: 'In de uitvoering staat niet welke rol de gemeente speelt. Partners moeten per fase weten wat zij van de gemeente kunnen verwachten; schrijf haar rol erbij, bijvoorbeeld gemeente regisseur (R1 §4.4, §5.3).',
                ernst: 'waarschuwing'
            }],
            herstel: {
                titel: "Voeg 'gemeente regisseur' toe",
                resultaat: `gemeente DeWolden {
${PARTIJEN}
${VERKENNING}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gezamenlijk
    }
}
`
            }
        },
        {
            naam: 'an evaluation skeleton on one line',
            tekst: `gemeente DeWolden {
${PARTIJEN}
${VERKENNING}
    fase evaluatie { }
}
`,
            meldingen: [{ bereik: 'evaluatie', bericht: /^In de evaluatie staat niet welke rol de gemeente speelt\./ }],
            herstel: {
                titel: "Voeg 'gemeente regisseur' toe",
                resultaat: `gemeente DeWolden {
${PARTIJEN}
${VERKENNING}
    fase evaluatie { gemeente regisseur }
}
`
            }
        },
        {
            naam: 'two phases without a role: each is reported',
            tekst: `gemeente DeWolden {
${PARTIJEN}
    fase kaderstelling {
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
        instrument convenant "Samenwerkingsconvenant sociaal team"
    }

    fase uitvoering {
        rol Welzijn uitvoerder
        monitoring gezamenlijk
    }
}
`,
            meldingen: [
                { bereik: 'kaderstelling', bericht: /^In de kaderstelling staat niet welke rol/ },
                { bereik: 'uitvoering', bericht: /^In de uitvoering staat niet welke rol/ }
            ]
        }
    ],
    zwijgt: [
        {
            naam: 'every phase says what the municipality does, also with a weight',
            tekst: `gemeente DeWolden {
${PARTIJEN}
${VERKENNING}
    fase kaderstelling {
        gemeente vooral regisseur, soms opdrachtgever
        rol Welzijn opdrachtnemer
    }

    fase uitvoering {
        gemeente facilitator
        rol Welzijn uitvoerder
    }
}
`
        },
        {
            naam: 'a phase written twice is read as one: the role in the first block counts (fase-volgorde reports the duplicate)',
            tekst: `gemeente DeWolden {
${PARTIJEN}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
    }

    fase kaderstelling {
        rol Zorg opdrachtnemer
        bekostiging Zorg contract
    }
}
`
        }
    ]
});
