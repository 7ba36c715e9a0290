import { testRegel } from '../../../tests/regel-tester.js';
import { gemeenteTrektZichTerug } from './gemeente-trekt-zich-terug.js';

/**
 * A Wmo project as R2 describes them: the municipality takes the initiative and leads the exploration with
 * the organisations, then (in some cases) steps back once the project runs.
 */
const PROJECT = (uitvoering: string, rest = '') => `gemeente Hoogeveen {
    partij Welzijn "Welzijn De Wolden Hoogeveen" soort welzijn
    partij Woonstichting "Woonstichting Hoogeveen" soort woningcorporatie
    burgerinitiatief Buurtkamer "Buurtkamer Krakeel"

    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn adviseur
        rol Woonstichting adviseur
        rol Buurtkamer belanghebbende
        instrument projectplan "Projectplan Wmo-werkplaats Krakeel"
    }
${rest}
    fase uitvoering {
${uitvoering}        rol Welzijn uitvoerder
        rol Woonstichting partner
    }
}
`;

testRegel(gemeenteTrektZichTerug, {
    meldt: [
        {
            naam: 'the municipality led the exploration, then only facilitates; the parties monitor themselves and nothing is funded',
            tekst: PROJECT('        gemeente facilitator\n        monitoring actoren\n'),
            herstel: { titel: "Laat de gemeente samen met de partijen monitoren: 'monitoring gezamenlijk'", resultaat: PROJECT('        gemeente facilitator\n        monitoring gezamenlijk\n') },
            meldingen: [{
                bereik: 'facilitator',
                bericht: 'De gemeente trekt de verkenning als regisseur, maar in de uitvoering is zij alleen facilitator, monitoren de partijen zelf en betaalt zij niets. Partners rekenen op haar: beschrijf wat zij daar blijft doen (R2 hfst. 3; R2 §4.2 concl. 9).',
                ernst: 'waarschuwing'
            }]
        },
        {
            naam: 'no role and no monitoring in execution: reported at the phase',
            tekst: PROJECT(''),
            herstel: { titel: "Laat de gemeente samen met de partijen monitoren: 'monitoring gezamenlijk'", resultaat: PROJECT('').replace('partner\n    }', 'partner\n        monitoring gezamenlijk\n    }') },
            meldingen: [{ bereik: 'uitvoering', bericht: 'De gemeente trekt de verkenning als regisseur, maar in de uitvoering staat geen rol voor haar, monitort niemand en betaalt zij niets. Partners rekenen op haar: beschrijf wat zij daar blijft doen (R2 hfst. 3; R2 §4.2 concl. 9).' }]
        },
        {
            naam: 'the project is paid by a fund and the partners take part unpaid: the municipality itself funds nothing',
            tekst: PROJECT('        gemeente facilitator, bemiddelaar\n', `
    fase kaderstelling {
        gemeente regisseur
        instrument convenant
        bekostiging Welzijn convenant geldstroom fonds
        bekostiging Woonstichting om-niet
    }
`),
            meldingen: [{ bereik: 'facilitator', bericht: 'De gemeente trekt de verkenning als regisseur, maar in de uitvoering is zij alleen facilitator en bemiddelaar, monitort niemand en betaalt zij niets. Partners rekenen op haar: beschrijf wat zij daar blijft doen (R2 hfst. 3; R2 §4.2 concl. 9).' }]
        }
    ],
    zwijgt: [
        {
            naam: 'it still monitors together with the partners',
            tekst: PROJECT('        gemeente facilitator\n        monitoring gezamenlijk\n')
        },
        {
            naam: 'it funds execution with a subsidy agreed in the kaderstelling',
            tekst: PROJECT('        gemeente facilitator\n        monitoring actoren\n', `
    fase kaderstelling {
        gemeente regisseur
        bekostiging Welzijn subsidie geldstroom wmo
    }
`)
        },
        {
            naam: 'it funds in execution itself',
            tekst: PROJECT('        gemeente facilitator\n        bekostiging Welzijn subsidie\n')
        },
        {
            naam: 'the gemeente\'s regie block keeps the monitoring with the municipality',
            tekst: PROJECT('        gemeente facilitator\n', `
    regie {
        monitoring gemeente
    }
`)
        },
        {
            naam: 'it stays regisseur in execution',
            tekst: PROJECT('        gemeente ruimte-latende-regisseur\n        monitoring actoren\n')
        },
        {
            naam: 'it never led: the partners took the initiative and the municipality facilitated from the start',
            tekst: PROJECT('        gemeente facilitator\n        monitoring actoren\n').replace('gemeente regisseur, gesprekspartner', 'gemeente facilitator')
        }
    ]
});
