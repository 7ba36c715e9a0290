import { testRegel } from '../../../tests/regel-tester.js';
import { teamZonderDoel } from './team-zonder-doel.js';

const GEMEENTE = (team: string) => `gemeente Oldambt {
    partij Welzijn "Welzijn Oldambt" soort welzijn
    partij Zorg "Zorggroep Oost" soort zorg

${team}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
    }
}
`;

const WINSCHOTEN_ZONDER_DOEL = `    team Winschoten "Sociaal team Winschoten" {
        gebied "Winschoten"
        breedte breed
        samenstelling generalisten specialisten
        toegang ja
        leden Welzijn, Zorg
    }
`;

testRegel(teamZonderDoel, {
    meldt: [
        {
            naam: 'a broad team that is the access point, without a goal',
            tekst: GEMEENTE(WINSCHOTEN_ZONDER_DOEL),
            meldingen: [{
                bereik: 'Winschoten',
                bericht: 'Team Winschoten heeft geen doel. Onduidelijke doelen en taakgrenzen waren een terugkerend probleem bij de gebiedsteams; een doel maakt duidelijk wat het team wel en niet doet (R1 §4.4).',
                ernst: 'waarschuwing'
            }],
            herstel: {
                titel: 'Voeg een doel toe',
                resultaat: GEMEENTE(WINSCHOTEN_ZONDER_DOEL.replace('        leden Welzijn, Zorg\n', '        leden Welzijn, Zorg\n        doel ""\n'))
            }
        },
        {
            naam: 'a goal still empty, as the quick fix leaves it: reported at the empty text',
            tekst: GEMEENTE(WINSCHOTEN_ZONDER_DOEL.replace('        leden Welzijn, Zorg\n', '        leden Welzijn, Zorg\n        doel ""\n')),
            meldingen: [{
                bereik: '""',
                bericht: 'Het doel van team Winschoten is nog leeg. Vul in wat het team wil bereiken: een doel maakt duidelijk wat het team wel en niet doet (R1 §4.4).'
            }]
        },
        {
            naam: 'two teams, one with a goal: only the other is reported',
            tekst: GEMEENTE(`    team Pekela "Sociaal team Pekela" {
        leden Welzijn
        doel "Vroegsignalering van schulden en eenzaamheid"
    }
${WINSCHOTEN_ZONDER_DOEL}`),
            meldingen: [{ bereik: 'Winschoten', bericht: /^Team Winschoten heeft geen doel\./ }]
        }
    ],
    zwijgt: [
        {
            naam: 'a team with a goal (even without an indicator: that is vaag-doel)',
            tekst: GEMEENTE(WINSCHOTEN_ZONDER_DOEL.replace('        leden Welzijn, Zorg\n', '        leden Welzijn, Zorg\n        doel "Inwoners met meervoudige problemen krijgen één plan"\n'))
        },
        {
            naam: 'a team with an empty goal next to a real one',
            tekst: GEMEENTE(WINSCHOTEN_ZONDER_DOEL.replace('        leden Welzijn, Zorg\n', '        leden Welzijn, Zorg\n        doel "Eén huishouden, één plan"\n        doel ""\n'))
        },
        {
            naam: 'no team described at all',
            tekst: GEMEENTE('')
        }
    ]
});
