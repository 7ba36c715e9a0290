import { testRegel } from '../../../tests/regel-tester.js';
import { concurrentieNaAdvies } from './concurrentie-na-advies.js';

const PARTIJEN = `    probleem onduidelijk
    partij Welzijn "Stichting Welzijn Hoogeveen" soort welzijn
    partij Zorg "Thuiszorg Zuidwest-Drenthe" soort zorg
    adviesraad WmoRaad "Wmo-raad Hoogeveen"
`;

const KADER_OPEN = `    fase kaderstelling {
        gemeente opdrachtgever
        eisen gemeente
        instrument open-aanbesteding "Europese aanbesteding sociale wijkteams"
    }
`;

const TWEE_ADVISEURS = `gemeente Hoogeveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Zorg adviseur
        instrument overleg "Ontwikkeltafels met de instellingen"
    }

${KADER_OPEN}}
`;

testRegel(concurrentieNaAdvies, {
    meldt: [
        {
            naam: 'two organisations advised in the exploration and must then compete in an open tender',
            tekst: TWEE_ADVISEURS,
            meldingen: [{
                bereik: 'open-aanbesteding',
                bericht: 'Welzijn en Zorg denken in de verkenning mee, maar moeten in de kaderstelling meedingen in een open aanbesteding; wie later moet concurreren, deelt minder kennis. Overweeg een bestuurlijke aanbesteding onder hen (R2 §2.1).',
                ernst: 'waarschuwing'
            }],
            herstel: {
                titel: 'Vervang door bestuurlijke-aanbesteding',
                resultaat: TWEE_ADVISEURS.replace('instrument open-aanbesteding', 'instrument bestuurlijke-aanbesteding')
            }
        },
        {
            naam: 'one organisation thought along; the Wmo council that also advised is not a bidder and is not named',
            tekst: `gemeente Hoogeveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn meedenker
        rol Zorg belanghebbende
        rol WmoRaad adviseur
    }

${KADER_OPEN}}
`,
            meldingen: [{ bereik: 'open-aanbesteding', bericht: 'Welzijn denkt in de verkenning mee, maar moet in de kaderstelling meedingen in een open aanbesteding; wie later moet concurreren, deelt minder kennis. Overweeg een bestuurlijke aanbesteding onder hen (R2 §2.1).' }]
        }
    ],
    zwijgt: [
        {
            naam: 'a tender among the parties that explored together (bestuurlijke aanbesteding, R1 §4.2)',
            tekst: TWEE_ADVISEURS.replace('instrument open-aanbesteding', 'instrument bestuurlijke-aanbesteding')
        },
        {
            naam: 'only the Wmo council advised: no organisation held back knowledge it will later compete with',
            tekst: `gemeente Hoogeveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol WmoRaad adviseur
        kennisbron ambtenaren
    }

${KADER_OPEN}}
`
        },
        {
            naam: 'the organisations advised, and the contracting uses a covenant instead of a tender',
            tekst: `gemeente Hoogeveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Zorg adviseur
    }

    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        eisen gezamenlijk
        instrument convenant "Samenwerkingsconvenant wijkteams"
    }
}
`
        }
    ]
});
