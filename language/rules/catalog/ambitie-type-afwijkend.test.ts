import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { ambitieTypeAfwijkend } from './ambitie-type-afwijkend.js';

// Midden (fictitious) works with professionals and citizens as a governance network and negotiates in the
// execution, but citizens only advise through the Wmo council (R1 §2.2 element 4: adviseren belongs to
// integrale beleidssturing). Its ambition is frontlijnsturing, which needs co-production (fig. 2, type 4).
const MIDDEN = (ambitie: string) => `gemeente Midden {
    verantwoordelijkheid gezamenlijk
    adviesraad WmoRaad "Wmo-raad Midden"
    partij Welzijn "Welzijn Midden" soort welzijn

    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn partner
        kennisbron professionals, burgers
        burgerparticipatie adviseren via WmoRaad
    }

    fase uitvoering {
        gemeente onderhandelaar
        rol Welzijn partner
        kennisbron professionals, burgers
        burgerparticipatie adviseren via WmoRaad
    }

    ambitie {
${ambitie}
    }
}
`;

testRegel(ambitieTypeAfwijkend, {
    meldt: [
        {
            naam: 'ambition frontlijnsturing while citizen participation stays advising (the case rules.md names)',
            tekst: MIDDEN(`        governancetype frontlijnsturing
        verantwoordelijkheid burgers-en-professionals`),
            meldingen: [{
                bereik: 'frontlijnsturing',
                bericht: 'De ambitie is frontlijnsturing, maar de burgerparticipatie blijft bij adviseren. Beschrijf in de ambitie hoe dat verandert, of kies een type dat erbij past (R1 §2.2 fig. 2).',
                ernst: 'info'
            }]
        },
        {
            // Groningen wants to involve citizens more and move to outcome steering (R1 §3.1.4). Named
            // frontlijnsturing, the ambition moves participation, but responsibility stays shared with the
            // municipality at the helm and knowledge stays with civil servants and professionals (netwerksturing).
            naam: 'Groningen 2014 with frontlijnsturing as ambition: responsibility and knowledge source stay where they are',
            tekst: leesVoorbeeld('groningen-2014.sturing').replace('        burgerparticipatie coproductie\n    }', '        burgerparticipatie coproductie\n        governancetype frontlijnsturing\n    }'),
            meldingen: [{
                bereik: 'frontlijnsturing',
                bericht: 'De ambitie is frontlijnsturing, maar de verantwoordelijkheid blijft gedeeld met de uitvoerders en het beleid blijft rusten op ambtenaren en professionals. Beschrijf in de ambitie hoe dat verandert, of kies een type dat erbij past (R1 §2.2 fig. 2).'
            }]
        },
        {
            // Vraagsturing puts the individual citizen at the helm with a mediating municipality (fig. 2,
            // type 5); a regisseur does not belong there, and today's co-production and governance network
            // are frontlijnsturing.
            naam: 'ambition vraagsturing that keeps the municipality regisseur',
            tekst: `gemeente Midden {
    verantwoordelijkheid gezamenlijk
    partij Welzijn "Welzijn Midden" soort welzijn

    fase uitvoering {
        gemeente regisseur
        rol Welzijn partner
        kennisbron professionals, burgers
        burgerparticipatie coproductie
    }

    ambitie {
        governancetype vraagsturing
        rol regisseur
        verantwoordelijkheid individuele-burger
    }
}
`,
            meldingen: [{
                bereik: 'vraagsturing',
                bericht: 'De ambitie is vraagsturing, maar de rol van de gemeente, de kennisbron en de burgerparticipatie bewegen niet mee. Beschrijf in de ambitie hoe dat verandert, of kies een type dat erbij past (R1 §2.2 fig. 2).'
            }]
        }
    ],
    zwijgt: [
        {
            naam: 'Ittersum: ambition netwerksturing with co-production, a rung beyond consultation on the participation ladder',
            tekst: leesVoorbeeld('ittersum.sturing')
        },
        {
            naam: 'ambition frontlijnsturing that also names co-production and citizens at the helm',
            tekst: MIDDEN(`        governancetype frontlijnsturing
        verantwoordelijkheid burgers-en-professionals
        burgerparticipatie coproductie`)
        },
        {
            naam: 'an ambition without a governance type',
            tekst: MIDDEN(`        sturing-op outcome
        burgerparticipatie coproductie`)
        },
        {
            naam: 'Groningen 2014 as it is: the ambition names no type',
            tekst: leesVoorbeeld('groningen-2014.sturing')
        }
    ]
});
