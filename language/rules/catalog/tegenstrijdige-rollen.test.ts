import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { tegenstrijdigeRollen } from './tegenstrijdige-rollen.js';

const PARTIJEN = `    partij Welzijn "Welzijn Emmen" soort welzijn
    partij Zorg "Zorggroep Zuidoost-Drenthe" soort zorg
`;

function emmen(rollen: string, fase = 'uitvoering'): string {
    return `gemeente Emmen {
${PARTIJEN}
    fase ${fase} {
        gemeente ${rollen}
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gemeente
    }
}
`;
}

testRegel(tegenstrijdigeRollen, {
    meldt: [
        {
            naam: 'in the execution the municipality both conducts and facilitates, without saying which holds mostly',
            tekst: emmen('dirigent, facilitator'),
            meldingen: [{
                bereik: 'facilitator',
                bericht: 'In de uitvoering is de gemeente zowel dirigent als facilitator: strak sturen en ruimte laten. Zeg met vooral en soms wat meestal geldt, dan weten partners wat zij kunnen verwachten (R1 §4.4; R2 §4.2 concl. 9).',
                ernst: 'waarschuwing'
            }],
            herstel: { titel: "Schrijf 'vooral dirigent, soms facilitator'", resultaat: emmen('vooral dirigent, soms facilitator') }
        },
        {
            naam: 'a market master that also only mediates, the loose role written first: the later one is marked',
            tekst: emmen('bemiddelaar, marktmeester', 'kaderstelling'),
            meldingen: [{ bereik: 'marktmeester', bericht: 'In de kaderstelling is de gemeente zowel marktmeester als bemiddelaar: strak sturen en ruimte laten. Zeg met vooral en soms wat meestal geldt, dan weten partners wat zij kunnen verwachten (R1 §4.4; R2 §4.2 concl. 9).' }],
            herstel: { titel: "Schrijf 'vooral marktmeester, soms bemiddelaar'", resultaat: emmen('soms bemiddelaar, vooral marktmeester', 'kaderstelling') }
        },
        {
            naam: 'bepalende-regisseur counts as the tight pole (the dirigent column of the regie model)',
            tekst: emmen('regisseur, bepalende-regisseur, facilitator'),
            meldingen: [{ bereik: 'facilitator', bericht: 'In de uitvoering is de gemeente zowel bepalende regisseur als facilitator: strak sturen en ruimte laten. Zeg met vooral en soms wat meestal geldt, dan weten partners wat zij kunnen verwachten (R1 §4.4; R2 §4.2 concl. 9).' }]
        },
        {
            naam: 'both written with vooral: still nothing says which one leads',
            tekst: emmen('vooral regelaar, vooral facilitator'),
            meldingen: [{ bereik: 'facilitator', bericht: 'In de uitvoering is de gemeente zowel regelaar als facilitator: strak sturen en ruimte laten. Zeg met vooral en soms wat meestal geldt, dan weten partners wat zij kunnen verwachten (R1 §4.4; R2 §4.2 concl. 9).' }]
        }
    ],
    zwijgt: [
        {
            naam: 'regisseur and opdrachtgever in the kaderstelling: the normal position in contracting, not a contradiction',
            tekst: emmen('regisseur, opdrachtgever', 'kaderstelling')
        },
        {
            naam: 'vooral dirigent, soms facilitator: the advisor says which role leads',
            tekst: emmen('vooral dirigent, soms facilitator')
        },
        {
            naam: 'only one of the pair qualified: the qualified role leads',
            tekst: emmen('dirigent, soms bemiddelaar')
        },
        {
            naam: 'mostly regisseur, sometimes tight and sometimes loose (as R1 summarises several municipalities)',
            tekst: emmen('vooral regisseur, soms dirigent, soms facilitator')
        },
        {
            naam: 'tight in the contracting, loose in the execution: different phases, as R1 §5.3 recommends',
            tekst: `gemeente Emmen {
${PARTIJEN}
    fase kaderstelling {
        gemeente dirigent
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
            naam: 'Groningen 2014: regisseur, facilitator and opdrachtgever in the execution, no tight pole',
            tekst: leesVoorbeeld('groningen-2014.sturing')
        }
    ]
});
