import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { metCode, valideer } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { governancetype } from './governancetype.js';

const GRONINGEN = readFileSync(new URL('../../../examples/groningen-2014.sturing', import.meta.url), 'utf8');

/** A municipality that decides and regulates itself, with civil servants as its knowledge source. */
const VLAGTWEDDE = `gemeente Vlagtwedde {
    verantwoordelijkheid gemeente
    scenario gemeente-aan-het-roer
    partij Welzijn "Welzijn Westerwolde" soort welzijn
    adviesraad Wmoraad "Wmo-raad Vlagtwedde"

    fase verkenning {
        gemeente dirigent
        kennisbron ambtenaren
        burgerparticipatie adviseren via Wmoraad
        instrument beleidsnota "Nota sociaal domein"
    }

    fase kaderstelling {
        gemeente regelaar
        rol Welzijn opdrachtnemer
        eisen gemeente
        instrument verordening "Wmo-verordening"
        bekostiging Welzijn subsidie
        sturing-op input
    }

    fase uitvoering {
        gemeente dirigent, controleur
        rol Welzijn uitvoerder
        monitoring gemeente
        sturing-op input
    }
}
`;

testRegel(governancetype, {
    meldt: [
        {
            naam: 'Groningen 2014: netwerksturing with traits of integrale beleidssturing, well founded (R1 §3.1.4)',
            tekst: GRONINGEN,
            meldingen: [{
                bereik: 'Groningen',
                bericht: 'Afgeleid governancetype: netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering); stevig onderbouwd (R1 §2.2 fig. 2).',
                ernst: 'info'
            }]
        },
        {
            naam: 'a municipality that decides itself: integrale beleidssturing, close to classic government',
            tekst: VLAGTWEDDE,
            meldingen: [{
                bereik: 'Vlagtwedde',
                bericht: 'Afgeleid governancetype: integrale beleidssturing; dicht bij klassieke overheidssturing; stevig onderbouwd (R1 §2.2 fig. 2).'
            }]
        },
        {
            naam: 'two ingredients that agree: the type is named, and said to be weakly founded',
            tekst: `gemeente Zuidhorn {
    verantwoordelijkheid burgers-en-professionals
    fase uitvoering {
        gemeente onderhandelaar
    }
}
`,
            meldingen: [{ bereik: 'Zuidhorn', bericht: 'Afgeleid governancetype: frontlijnsturing; zwak onderbouwd (R1 §2.2 fig. 2).' }]
        },
        {
            naam: 'Voorbeeldstad: netwerksturing inferred, as the advisor declared, with an expertsturing trait where the contracting is a mix in which NPM leads two rows (R1 §4.3: NPM met mate)',
            tekst: readFileSync(new URL('../../../examples/voorbeeldstad.sturing', import.meta.url), 'utf8'),
            meldingen: [{ bereik: 'Voorbeeldstad', bericht: /^Afgeleid governancetype: netwerksturing, met trekjes van expertsturing \(in de kaderstelling\); redelijk onderbouwd/ }]
        }
    ],
    zwijgt: [
        {
            naam: 'an empty gemeente',
            tekst: 'gemeente Leeg { }\n'
        },
        {
            naam: 'too little to infer from: only the role in the exploration',
            tekst: `gemeente Dun {
    partij Welzijn "Welzijn Dun" soort welzijn
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }
}
`
        },
        {
            naam: 'no type leads: netwerksturing and frontlijnsturing score the same',
            tekst: `gemeente Westerkwartier {
    verantwoordelijkheid burgers-en-professionals
    partij Welzijn "Stichting Welzijn Westerkwartier" soort welzijn

    fase verkenning {
        gemeente gesprekspartner
        kennisbron professionals
    }
}
`
        }
    ]
});

test('governancetype: one short line on the name, without related information', async () => {
    const doc = await valideer(GRONINGEN);
    const meldingen = metCode(doc, 'governancetype');
    expect(meldingen).toHaveLength(1);
    expect(meldingen[0].relatedInformation ?? []).toEqual([]);
    expect(meldingen[0].message).not.toContain('\n');
});
