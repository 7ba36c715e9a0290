import { testRegel } from '../../../tests/regel-tester.js';
import { scenarioRolConflict } from './scenario-rol-conflict.js';

const PARTIJEN = `    partij Welzijn "Welzijn Smallingerland" soort welzijn
    partij Zorg "Zorggroep Drachten" soort zorg
`;

function drachten(verantwoordelijkheid: string, kader: string, uitvoering: string): string {
    return `gemeente Smallingerland {
    verantwoordelijkheid ${verantwoordelijkheid}
${PARTIJEN}
    fase kaderstelling {
        gemeente ${kader}
        rol Welzijn opdrachtnemer
        rol Zorg opdrachtnemer
    }

    fase uitvoering {
        gemeente ${uitvoering}
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gemeente
    }
}
`;
}

testRegel(scenarioRolConflict, {
    meldt: [
        {
            naam: 'responsibility with citizens and professionals, while the municipality commissions and regulates in every phase',
            tekst: drachten('burgers-en-professionals', 'opdrachtgever', 'regelaar'),
            meldingen: [{
                bereik: 'burgers-en-professionals',
                bericht: 'De verantwoordelijkheid ligt bij burgers en professionals, maar de gemeente is overal opdrachtgever of regelaar. Wie verantwoordelijk is, heeft ruimte nodig: geef die, of leg de verantwoordelijkheid bij de gemeente (R1 §2.2 element 1 en 2).',
                ernst: 'waarschuwing'
            }]
        },
        {
            naam: 'the individual citizen at the helm, the municipality market master and client throughout',
            tekst: drachten('individuele-burger', 'marktmeester, opdrachtgever', 'opdrachtgever'),
            meldingen: [{ bereik: 'individuele-burger', bericht: 'De verantwoordelijkheid ligt bij de individuele burger, maar de gemeente is overal marktmeester of opdrachtgever. Wie verantwoordelijk is, heeft ruimte nodig: geef die, of leg de verantwoordelijkheid bij de gemeente (R1 §2.2 element 1 en 2).' }]
        },
        {
            naam: 'the municipality alone responsible, but only mediating in every phase',
            tekst: drachten('gemeente', 'bemiddelaar', 'bemiddelaar'),
            meldingen: [{
                bereik: 'gemeente',
                bericht: 'De verantwoordelijkheid ligt bij de gemeente alleen, terwijl zij in elke fase alleen bemiddelt en de inhoud aan anderen laat. Wie als enige verantwoordelijk is, stuurt meestal zelf, als regisseur of dirigent (R1 §2.2 element 1 en 2).'
            }]
        }
    ],
    zwijgt: [
        {
            naam: 'citizens and professionals responsible; the municipality commissions, then negotiates in the execution (frontlijnsturing)',
            tekst: drachten('burgers-en-professionals', 'opdrachtgever', 'onderhandelaar')
        },
        {
            naam: 'citizens and professionals responsible; mostly client, sometimes facilitator',
            tekst: drachten('burgers-en-professionals', 'opdrachtgever', 'vooral opdrachtgever, soms facilitator')
        },
        {
            naam: 'the municipality alone responsible and regisseur: netwerksturing as in R1 fig. 2',
            tekst: drachten('gemeente', 'regisseur, opdrachtgever', 'regisseur')
        },
        {
            naam: 'shared responsibility with a tightly steering municipality: not the citizens\' scenario',
            tekst: drachten('gedeeld', 'opdrachtgever', 'dirigent')
        },
        {
            naam: 'responsibility stated, but no phase says what the municipality does',
            tekst: `gemeente Smallingerland {
    verantwoordelijkheid burgers-en-professionals
${PARTIJEN}}
`
        }
    ]
});
