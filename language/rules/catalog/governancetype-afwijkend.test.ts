import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { governancetypeAfwijkend } from './governancetype-afwijkend.js';

// Ooststellingwerf (fictitious) calls its approach netwerksturing, but describes frontlijnsturing on all
// four ingredients of R1 §2.2 fig. 2: responsibility with citizens and professionals, the municipality
// as negotiator (facilitating), a governance network of professionals and citizens, and co-production
// through the village councils. Profile (scratch/show.ts): governance in both phases; type
// frontlijnsturing, sterk (four ingredients, five voices for, none against).
const OOSTSTELLINGWERF = `gemeente Ooststellingwerf {
    probleem onduidelijk
    verantwoordelijkheid burgers-en-professionals
    governancetype netwerksturing

    partij Welzijn "Welzijn Ooststellingwerf" soort welzijn
    burgerinitiatief Dorpsbelang "Dorpsbelangen Oosterwolde"

    fase verkenning {
        gemeente gesprekspartner
        rol Welzijn partner
        rol Dorpsbelang initiatiefnemer
        kennisbron professionals, burgers
        burgerparticipatie coproductie via Dorpsbelang
        instrument overleg "Keukentafelgesprekken per dorp"
    }

    fase uitvoering {
        gemeente onderhandelaar, facilitator
        rol Welzijn partner
        rol Dorpsbelang initiatiefnemer
        kennisbron professionals, burgers
        burgerparticipatie coproductie via Dorpsbelang
        instrument wijkbudget "Dorpsbudget"
        monitoring gezamenlijk
    }
}
`;

// Groningen 2014 with a declared type added. The researchers concluded netwerksturing with traits of
// integrale beleidssturing (R1 §3.1.4, examples/groningen-2014.expected.md); Sturing infers the same
// (netwerksturing, sterk; secondary trait integrale beleidssturing).
const groningenAls = (type: string) => leesVoorbeeld('groningen-2014.sturing')
    .replace('    scenario gemeente-aan-het-roer\n', `    scenario gemeente-aan-het-roer\n    governancetype ${type}\n`);

testRegel(governancetypeAfwijkend, {
    meldt: [
        {
            naam: 'declared netwerksturing, described frontlijnsturing on all four ingredients (well founded: a warning)',
            tekst: OOSTSTELLINGWERF,
            meldingen: [{
                bereik: 'netwerksturing',
                bericht: 'U typeert de aanpak als netwerksturing, maar het ontwerp wijst op frontlijnsturing (stevig onderbouwd), vooral door alle vier de ingrediënten. Pas de typering of de beschrijving aan (R1 §2.2 fig. 2).',
                ernst: 'waarschuwing'
            }],
            herstel: {
                titel: 'Neem het afgeleide type over: frontlijnsturing',
                resultaat: OOSTSTELLINGWERF.replace('governancetype netwerksturing', 'governancetype frontlijnsturing')
            }
        },
        {
            naam: 'Groningen 2014 declared as frontlijnsturing: neither the primary type nor its trait (a warning)',
            tekst: groningenAls('frontlijnsturing'),
            meldingen: [{
                bereik: 'frontlijnsturing',
                bericht: 'U typeert de aanpak als frontlijnsturing, maar het ontwerp wijst op netwerksturing (stevig onderbouwd), vooral door alle vier de ingrediënten. Pas de typering of de beschrijving aan (R1 §2.2 fig. 2).',
                ernst: 'waarschuwing'
            }]
        },
        {
            naam: 'Groningen 2014 declared as integrale beleidssturing: that is the secondary trait, so information',
            tekst: groningenAls('integrale-beleidssturing'),
            meldingen: [{
                bereik: 'integrale-beleidssturing',
                bericht: 'U typeert de aanpak als integrale beleidssturing, maar het ontwerp wijst op netwerksturing (stevig onderbouwd), vooral door alle vier de ingrediënten. Als trekje komt uw type wel terug. Pas de typering of de beschrijving aan (R1 §2.2 fig. 2).',
                ernst: 'info'
            }]
        },
    ],
    zwijgt: [
        {
            // Two ingredients (role regisseur; knowledge from civil servants and professionals, a service network)
            // point to netwerksturing, but the profile calls that weak: the rule does not tell the advisor that
            // their own typing is wrong on a picture Sturing itself is not sure of.
            naam: 'a mismatch on a weakly founded type: silent',
            tekst: `gemeente Weststellingwerf {
    governancetype frontlijnsturing
    partij Welzijn "Welzijn West" soort welzijn

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        kennisbron ambtenaren, professionals
    }
}
`
        },
        {
            naam: 'declared and inferred agree (frontlijnsturing)',
            tekst: OOSTSTELLINGWERF.replace('governancetype netwerksturing', 'governancetype frontlijnsturing')
        },
        {
            naam: 'Groningen 2014 declared as netwerksturing, as the researchers concluded',
            tekst: groningenAls('netwerksturing')
        },
        {
            // One role line: one ingredient, so the type cannot be determined (onvoldoende, R1 §2.2: one
            // ingredient makes no type). Sturing has nothing to set against the advisor's own typing.
            naam: 'too thin: a declared type and a single role line',
            tekst: `gemeente Weststellingwerf {
    governancetype frontlijnsturing
    fase uitvoering {
        gemeente regisseur
    }
}
`
        },
        {
            naam: 'no declared type',
            tekst: OOSTSTELLINGWERF.replace('    governancetype netwerksturing\n', '')
        }
    ]
});
