import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { kleineCyclus } from './kleine-cyclus.js';

// A municipality that describes only what it contracts and how the teams are run: phases two and
// three, the "kleine cyclus" of R1 §2.4.
const KADER_EN_UITVOERING = `    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        instrument bcf "Subsidie met prestatieafspraken"
        bekostiging Welzijn bcf
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        monitoring gemeente
        sturing-op output
    }
`;

const KOP = `gemeente Aa {
    partij Welzijn "Stichting Welzijn Aa en Hunze" soort welzijn

`;

testRegel(kleineCyclus, {
    meldt: [
        {
            naam: 'only contracting and execution; the fix adds exploration and evaluation in cycle order',
            tekst: `${KOP}${KADER_EN_UITVOERING}}
`,
            meldingen: [{
                bereik: 'Aa',
                bericht: 'Alleen de kaderstelling en de uitvoering zijn beschreven, zonder verkenning en evaluatie: de kleine cyclus. Dan krijgen het probleem, de koers en het effect voor inwoners te weinig aandacht; beschrijf ook die twee fasen (R1 §2.4).',
                ernst: 'waarschuwing'
            }],
            herstel: {
                titel: 'Voeg fase verkenning en fase evaluatie toe',
                resultaat: `${KOP}    fase verkenning {
        gemeente regisseur
    }

${KADER_EN_UITVOERING.trimEnd()}

    fase evaluatie {
        gemeente regisseur
    }
}
`
            }
        },
        {
            naam: 'only the execution, with a comment above it that stays with its phase',
            tekst: `gemeente Aa {
    partij Welzijn "Stichting Welzijn Aa en Hunze" soort welzijn

    // De teams draaien sinds 2015 in drie dorpen.
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
    }
}
`,
            meldingen: [{ bereik: 'Aa', bericht: 'Alleen de uitvoering is beschreven, zonder verkenning en evaluatie: de kleine cyclus. Dan krijgen het probleem, de koers en het effect voor inwoners te weinig aandacht; beschrijf ook die twee fasen (R1 §2.4).' }],
            herstel: {
                titel: 'Voeg fase verkenning en fase evaluatie toe',
                resultaat: `gemeente Aa {
    partij Welzijn "Stichting Welzijn Aa en Hunze" soort welzijn

    fase verkenning {
        gemeente regisseur
    }

    // De teams draaien sinds 2015 in drie dorpen.
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
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
            naam: 'Groningen 2014: the exploration is described; the missing evaluation is only a hint (evaluatie-ontbreekt)',
            tekst: leesVoorbeeld('groningen-2014.sturing')
        },
        {
            naam: 'the exploration is there, the evaluation not yet: not the small cycle',
            tekst: `${KOP}    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }

${KADER_EN_UITVOERING}}
`
        },
        {
            naam: 'an evaluation without a described exploration: phase four is there, so not phases two and three only',
            tekst: `${KOP}${KADER_EN_UITVOERING}
    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
        effectmeting "Zelfredzaamheidsmatrix bij start en afsluiting"
    }
}
`
        },
        {
            naam: 'the whole cycle',
            tekst: `${KOP}    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }

${KADER_EN_UITVOERING}
    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
    }
}
`
        },
        {
            naam: 'no phases yet, only a team: there is no cycle to judge',
            tekst: `gemeente Aa {
    partij Welzijn "Stichting Welzijn Aa en Hunze" soort welzijn
    team Gieten "Sociaal team Gieten" {
        leden Welzijn
        doel "Eén plan per huishouden"
    }
}
`
        }
    ]
});
