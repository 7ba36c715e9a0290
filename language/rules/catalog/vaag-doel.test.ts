import { readFileSync } from 'node:fs';
import { testRegel } from '../../../tests/regel-tester.js';
import { vaagDoel } from './vaag-doel.js';

const GEMEENTE = (doelen: string) => `gemeente Midden {
    partij Welzijn "Welzijn Midden" soort welzijn

    team Centrum "Sociaal wijkteam Centrum" {
        breedte breed
        leden Welzijn
${doelen}    }
}
`;

testRegel(vaagDoel, {
    meldt: [
        {
            naam: 'a goal in general terms without an indicator (as in Groningen 2014)',
            tekst: GEMEENTE('        doel "Basisniveau van ondersteuning in de wijk"\n'),
            meldingen: [{
                bereik: '"Basisniveau van ondersteuning in de wijk"',
                bericht: 'Het doel "Basisniveau van ondersteuning in de wijk" heeft geen indicator. Een doel in algemene termen is lastig te volgen; vertaal het in een beoogde uitkomst die u kunt meten (R1 §5.2 concl. 2, §5.3).',
                ernst: 'info'
            }],
            herstel: {
                titel: 'Voeg een indicator toe',
                resultaat: GEMEENTE('        doel "Basisniveau van ondersteuning in de wijk" {\n            indicator ""\n        }\n')
            }
        },
        {
            naam: 'a goal with an empty block',
            tekst: GEMEENTE('        doel "Eén huishouden, één plan" {\n        }\n'),
            meldingen: [{ bereik: '"Eén huishouden, één plan"', bericht: /^Het doel "Eén huishouden, één plan" heeft geen indicator\./ }],
            herstel: {
                titel: 'Voeg een indicator toe',
                resultaat: GEMEENTE('        doel "Eén huishouden, één plan" {\n            indicator ""\n        }\n')
            }
        },
        {
            naam: 'an indicator still empty, as the quick fix leaves it: reported at the empty text',
            tekst: GEMEENTE('        doel "Basisniveau van ondersteuning in de wijk" {\n            indicator ""\n        }\n'),
            meldingen: [{
                bereik: '""',
                bericht: 'De indicator bij het doel "Basisniveau van ondersteuning in de wijk" is nog leeg. Beschrijf de beoogde uitkomst die u wilt meten, bijvoorbeeld het aandeel inwoners dat zich zelfstandig redt (R1 §5.2 concl. 2, §5.3).'
            }]
        },
        {
            naam: 'of two goals, only the one without an indicator',
            tekst: GEMEENTE(`        doel "Meer inwoners redden zich zelfstandig" {
            indicator "Aandeel cliënten met stijgende zelfredzaamheidsscore" streefwaarde "60%"
        }
        doel "Eén huishouden, één plan, één hulpverlener"
`),
            meldingen: [{ bereik: '"Eén huishouden, één plan, één hulpverlener"', bericht: /^Het doel "Eén huishouden, één plan, één hulpverlener" heeft geen indicator\./ }]
        },
        {
            naam: 'two teams with the same goal: each message names its team, so neither looks like the other said twice',
            tekst: `gemeente Midden {
    team Noord "Sociaal team Noord" {
        doel "Eigen kracht versterken"
    }
    team Zuid "Sociaal team Zuid" {
        doel "Eigen kracht versterken" {
            indicator ""
        }
    }
}
`,
            meldingen: [
                { bereik: '"Eigen kracht versterken"', bericht: 'Het doel "Eigen kracht versterken" van team Noord heeft geen indicator. Een doel in algemene termen is lastig te volgen; vertaal het in een beoogde uitkomst die u kunt meten (R1 §5.2 concl. 2, §5.3).' },
                { bereik: '""', bericht: 'De indicator bij het doel "Eigen kracht versterken" van team Zuid is nog leeg. Beschrijf de beoogde uitkomst die u wilt meten, bijvoorbeeld het aandeel inwoners dat zich zelfstandig redt (R1 §5.2 concl. 2, §5.3).' }
            ]
        },
        {
            naam: 'Voorbeeldstad: "one household, one plan" has no indicator, the self-reliance goal has one',
            tekst: readFileSync(new URL('../../../examples/voorbeeldstad.sturing', import.meta.url), 'utf8'),
            meldingen: [{ bereik: '"Eén huishouden, één plan, één hulpverlener"', bericht: /^Het doel "Eén huishouden, één plan, één hulpverlener" heeft geen indicator\./ }]
        }
    ],
    zwijgt: [
        {
            naam: 'a goal translated into an intended outcome with a target',
            tekst: GEMEENTE(`        doel "Meer inwoners redden zich zelfstandig" {
            indicator "Aandeel cliënten met stijgende zelfredzaamheidsscore" streefwaarde "60%"
        }
`)
        },
        {
            naam: 'a goal whose indicator counts production: that is output-als-doelindicator, not a vague goal',
            tekst: GEMEENTE(`        doel "Vroeg erbij zijn" {
            indicator output "Aantal huisbezoeken per jaar"
        }
`)
        },
        {
            naam: 'a goal whose text is still empty (team-zonder-doel points there)',
            tekst: GEMEENTE('        doel ""\n')
        }
    ]
});
