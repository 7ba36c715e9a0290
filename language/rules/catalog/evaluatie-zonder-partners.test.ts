import { testRegel } from '../../../tests/regel-tester.js';
import { evaluatieZonderPartners } from './evaluatie-zonder-partners.js';

const VEENDAM = (evaluatie: string) => `gemeente Veendam {
    partij Welzijn "Welzijn Veendam" soort welzijn
    partij Zorg "Thuiszorg Veenkoloniën" soort zorg

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Zorg adviseur
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gezamenlijk
    }

    fase evaluatie {
${evaluatie}    }
}
`;

testRegel(evaluatieZonderPartners, {
    meldt: [
        {
            naam: 'the municipality evaluates the effect on its own, with its own monitor',
            tekst: VEENDAM('        gemeente regisseur\n        effectmeting "Gemeentelijke wijkmonitor"\n'),
            meldingen: [{
                bereik: 'evaluatie',
                bericht: 'In de evaluatie staat alleen de gemeente. Beoordeel het effect samen met de organisaties, als adviseur of partner: zij brengen kennis in die de gemeente zelf niet heeft (R1 §2.4 fase 4).',
                ernst: 'info'
            }],
            // Without tab stops the template's first choices: the first organisation, as partner.
            herstel: {
                titel: 'Voeg een organisatie toe die het effect mee beoordeelt',
                resultaat: VEENDAM('        gemeente regisseur\n        effectmeting "Gemeentelijke wijkmonitor"\n        rol Welzijn partner\n')
            }
        },
        {
            naam: 'citizens judge the effect with the municipality, the organisations are not named',
            tekst: VEENDAM('        gemeente regisseur\n        burgerparticipatie coproductie\n'),
            meldingen: [{
                bereik: 'evaluatie',
                bericht: 'In de evaluatie doen burgers mee, maar geen van de organisaties. Laat ook de uitvoerders het effect mee beoordelen, als adviseur of partner: zij zien in de uitvoering wat de gemeente niet ziet (R1 §2.4 fase 4).'
            }]
        },
        {
            naam: 'an evaluation skeleton with only the municipality as regisseur (as kleine-cyclus inserts it)',
            tekst: VEENDAM('        gemeente regisseur\n'),
            meldingen: [{ bereik: 'evaluatie', bericht: /^In de evaluatie staat alleen de gemeente\./ }]
        }
    ],
    zwijgt: [
        {
            naam: 'the organisations evaluate as partner and adviser (R1 §2.4 phase 4)',
            tekst: VEENDAM('        gemeente regisseur\n        rol Welzijn partner\n        rol Zorg adviseur\n        effectmeting "Wijkmonitor zelfredzaamheid"\n')
        },
        {
            naam: 'one organisation is enough',
            tekst: VEENDAM('        gemeente regisseur\n        rol Welzijn partner\n')
        },
        {
            naam: 'an evaluation that names no one yet: it does not say the municipality evaluates alone (rol-ontbreekt asks for its role)',
            tekst: VEENDAM('')
        },
        {
            naam: 'an evaluation with only a measurement and no one named',
            tekst: VEENDAM('        effectmeting "Wijkmonitor zelfredzaamheid"\n')
        },
        {
            naam: 'no evaluation described yet (evaluatie-ontbreekt is about that)',
            tekst: VEENDAM('').replace(/\n    fase evaluatie \{\n    \}\n/, '\n')
        }
    ]
});
