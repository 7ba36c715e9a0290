import { testRegel } from '../../../tests/regel-tester.js';
import { faseVolgorde } from './fase-volgorde.js';

const PARTIJEN = `    partij Welzijn "Stichting Welzijn Tynaarlo" soort welzijn
    partij Zorg "Zorggroep Noord" soort zorg
`;

testRegel(faseVolgorde, {
    meldt: [
        {
            naam: 'the kaderstelling written twice, once per organisation (an error: the blocks are read as one)',
            tekst: `gemeente Tynaarlo {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Zorg adviseur
    }

    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        bekostiging Welzijn subsidie
    }

    fase kaderstelling {
        gemeente opdrachtgever
        rol Zorg opdrachtnemer
        bekostiging Zorg contract
    }
}
`,
            meldingen: [{
                bereik: 'kaderstelling',
                bericht: 'De fase kaderstelling staat hier nog een keer; het eerste blok begint op r. 11. Sturing leest de blokken als één fase; voeg ze samen, dan ziet u in één keer wat in deze fase geldt (R1 §2.4 fig. 4).',
                ernst: 'fout'
            }]
        },
        {
            naam: 'the evaluation written before the execution (a warning)',
            tekst: `gemeente Tynaarlo {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }

    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
    }
}
`,
            meldingen: [{
                bereik: 'uitvoering',
                bericht: 'De fase uitvoering staat na de fase evaluatie, terwijl de cyclus loopt van verkenning via kaderstelling en uitvoering naar evaluatie. Zet de fasen in die volgorde (R1 §2.4 fig. 4).',
                ernst: 'waarschuwing'
            }],
            herstel: {
                titel: 'Zet fase uitvoering vóór fase evaluatie',
                resultaat: `gemeente Tynaarlo {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
    }

    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
    }
}
`
            }
        },
        {
            naam: 'a phase out of order and another written twice: each reported once, the duplicate as an error',
            tekst: `gemeente Tynaarlo {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
    }

    fase uitvoering {
        gemeente regisseur
    }

    fase kaderstelling {
        gemeente opdrachtgever
    }

    fase uitvoering {
        monitoring gezamenlijk
    }
}
`,
            meldingen: [
                { bereik: 'kaderstelling', bericht: /^De fase kaderstelling staat na de fase uitvoering, / },
                { bereik: 'uitvoering', bericht: /^De fase uitvoering staat hier nog een keer; het eerste blok begint op r. 9\./, ernst: 'fout' }
            ]
        },
        {
            naam: 'an exploration written once more at the end: only the duplicate is reported, not also the order',
            tekst: `gemeente Tynaarlo {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
    }

    fase kaderstelling {
        gemeente opdrachtgever
    }

    fase verkenning {
        rol Welzijn adviseur
    }
}
`,
            meldingen: [{ bereik: 'verkenning', bericht: /^De fase verkenning staat hier nog een keer; het eerste blok begint op r. 5\./, ernst: 'fout' }]
        }
    ],
    zwijgt: [
        {
            naam: 'the whole cycle in order, with a team and a regie block in between',
            tekst: `gemeente Tynaarlo {
${PARTIJEN}
    team Vries "Sociaal team Vries" {
        leden Welzijn, Zorg
        doel "Eén plan per huishouden"
    }

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }

    regie {
        visie gezamenlijk
        monitoring gemeente
    }

    fase kaderstelling {
        gemeente opdrachtgever
        eisen gezamenlijk
    }

    fase uitvoering {
        gemeente regisseur
    }

    fase evaluatie {
        gemeente regisseur
        rol Zorg partner
    }
}
`
        },
        {
            naam: 'phases left out but the rest in order',
            tekst: `gemeente Tynaarlo {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
    }

    fase uitvoering {
        gemeente regisseur
    }
}
`
        }
    ]
});
