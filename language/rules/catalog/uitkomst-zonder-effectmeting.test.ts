import { testRegel } from '../../../tests/regel-tester.js';
import { uitkomstZonderEffectmeting } from './uitkomst-zonder-effectmeting.js';

const PARTIJEN = `    partij Welzijn "Welzijn Assen" soort welzijn
    partij Zorg "Zorggroep Assen" soort zorg
`;

const UITVOERING = `    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gezamenlijk
        sturing-op output, outcome
    }
`;

const EVALUATIE_ZONDER_METING = `    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
        rol Zorg partner
    }
`;

const FASE_BERICHT = 'In de uitvoering wordt op outcome gestuurd, maar nergens staat een effectmeting. Beschrijf in de evaluatie hoe u meet hoe zelfredzaam inwoners zijn en hoe zij meedoen (R1 §2.5, voorwaarde 1).';

testRegel(uitkomstZonderEffectmeting, {
    meldt: [
        {
            naam: 'execution steers on output and outcome, the evaluation does not say how the effect is measured',
            tekst: `gemeente Assen {
${PARTIJEN}
${UITVOERING}
${EVALUATIE_ZONDER_METING}}
`,
            meldingen: [{ bereik: 'outcome', bericht: FASE_BERICHT, ernst: 'waarschuwing' }],
            herstel: {
                titel: 'Voeg een effectmeting toe aan de evaluatie',
                resultaat: `gemeente Assen {
${PARTIJEN}
${UITVOERING}
    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
        rol Zorg partner
        effectmeting ""
    }
}
`
            }
        },
        {
            naam: 'the ambition is outcome steering and there is no evaluation yet: the fix adds one with a measurement',
            tekst: `gemeente Assen {
${PARTIJEN}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        sturing-op input
    }

    ambitie {
        sturing-op outcome
    }
}
`,
            meldingen: [{
                bereik: 'outcome',
                bericht: 'De ambitie is sturen op outcome, maar nergens staat een effectmeting. Beschrijf in de evaluatie hoe u gaat meten hoe zelfredzaam inwoners zijn en hoe zij meedoen (R1 §2.5, voorwaarde 1).'
            }],
            herstel: {
                titel: 'Voeg een evaluatiefase met effectmeting toe',
                resultaat: `gemeente Assen {
${PARTIJEN}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        sturing-op input
    }

    fase evaluatie {
        gemeente regisseur
        effectmeting ""
    }

    ambitie {
        sturing-op outcome
    }
}
`
            }
        },
        {
            // One cause, said once at its first place, naming the other places (Emmen named outcome three times).
            naam: 'outcome in two phases and in the ambition: one finding at the first place, naming the others',
            tekst: `gemeente Assen {
${PARTIJEN}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        sturing-op outcome
    }

    fase uitvoering {
        gemeente opdrachtgever
        rol Welzijn uitvoerder
        sturing-op output, outcome
    }

    ambitie {
        sturing-op outcome
    }
}
`,
            meldingen: [
                { bereik: 'outcome', bericht: /^In de kaderstelling en de uitvoering \(en in de ambitie\) wordt op outcome gestuurd, maar nergens staat een effectmeting\./ }
            ]
        },
        {
            naam: 'an empty effectmeting line does not count as a measurement',
            tekst: `gemeente Assen {
${PARTIJEN}
${UITVOERING}
    fase evaluatie {
        gemeente regisseur
        effectmeting ""
    }
}
`,
            meldingen: [{ bereik: '""', bericht: 'Er wordt op outcome gestuurd, maar de effectmeting is nog leeg. Beschrijf hoe u het effect voor inwoners meet, bijvoorbeeld met een zelfredzaamheidsmatrix bij de start en het einde van elk traject (R1 §2.5, voorwaarde 1).' }]
        }
    ],
    zwijgt: [
        {
            naam: 'outcome steering with an effect measurement in the evaluation',
            tekst: `gemeente Assen {
${PARTIJEN}
${UITVOERING}
    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
        effectmeting "Zelfredzaamheidsmatrix bij start en afsluiting van elk traject"
    }

    ambitie {
        sturing-op outcome
    }
}
`
        },
        {
            naam: 'the measurement is written in the execution: anywhere counts',
            tekst: `gemeente Assen {
${PARTIJEN}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        sturing-op outcome
        effectmeting "Jaarlijkse wijkscan zelfredzaamheid en participatie"
    }
}
`
        },
        {
            naam: 'steering on output and throughput only: no outcome, no measurement needed',
            tekst: `gemeente Assen {
${PARTIJEN}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        sturing-op output, throughput
    }
}
`
        }
    ]
});
