import { testRegel } from '../../../tests/regel-tester.js';
import { participatieTeLaag } from './participatie-te-laag.js';

/** A small municipality that works with citizens and professionals, but hears citizens only through its Wmo-raad. */
const WESTERKWARTIER = (extra: string, participatie = 'burgerparticipatie adviseren via Wmoraad') => `gemeente Westerkwartier {
    verantwoordelijkheid burgers-en-professionals
    partij Welzijn "Stichting Welzijn Westerkwartier" soort welzijn
    adviesraad Wmoraad "Wmo-raad Westerkwartier"

    fase verkenning {
        gemeente gesprekspartner, coproducent
        rol Welzijn partner
        kennisbron professionals, burgers
        ${participatie}
    }

    fase uitvoering {
        gemeente onderhandelaar, facilitator
        rol Welzijn partner
        monitoring gezamenlijk
    }
${extra}}
`;

/** A municipality in the network style (Groningen-like): regisseur, professionals, the Wmo-raad advises. */
const NETWERK = (extra: string) => `gemeente Haren {
    verantwoordelijkheid gedeeld
    scenario gemeente-aan-het-roer
    partij Welzijn "Welzijn Haren" soort welzijn
    partij Zorg "Thuiszorg Haren" soort zorg
    adviesraad Wmoraad "Wmo-raad Haren"

    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn adviseur
        rol Zorg adviseur
        kennisbron ambtenaren, professionals
        burgerparticipatie adviseren via Wmoraad
    }

    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
        rol Zorg opdrachtnemer
        eisen gezamenlijk
        instrument convenant
        bekostiging Welzijn subsidie
    }
${extra}}
`;

testRegel(participatieTeLaag, {
    meldt: [
        {
            naam: 'declared frontlijnsturing while citizens only advise through the Wmo-raad',
            tekst: WESTERKWARTIER('    governancetype frontlijnsturing\n'),
            meldingen: [{
                bereik: 'frontlijnsturing',
                bericht: 'Burgerparticipatie gaat nergens verder dan adviseren, terwijl u de aanpak als frontlijnsturing typeert. Bij frontlijnsturing beslissen burgers mee (coproductie); beschrijf waar zij dat doen, of kijk of de typering past (R1 §2.2 element 4).'
            }]
        },
        {
            naam: 'inferred frontlijnsturing (well founded) while citizens only advise: reported at the name',
            tekst: WESTERKWARTIER(''),
            meldingen: [{
                bereik: 'Westerkwartier',
                bericht: 'Burgerparticipatie gaat nergens verder dan adviseren, terwijl het ontwerp verder op frontlijnsturing wijst. Bij frontlijnsturing beslissen burgers mee (coproductie); beschrijf waar zij meer doen dan adviseren (R1 §2.2 element 4).'
            }]
        },
        {
            naam: 'ambition vraagsturing, participation stays informeren and the ambition does not raise it',
            tekst: NETWERK(`
    ambitie {
        governancetype vraagsturing
        bekostiging populatiegebonden
    }
`).replace('burgerparticipatie adviseren via Wmoraad', 'burgerparticipatie informeren'),
            meldingen: [{
                bereik: 'vraagsturing',
                bericht: 'Burgerparticipatie gaat nergens verder dan informeren, terwijl de ambitie vraagsturing is. Bij vraagsturing besturen burgers zelf (zelfbestuur); noem in de ambitie hoe ver de burgerparticipatie moet groeien (R1 §2.2 element 4).'
            }]
        },
        {
            naam: 'declared vraagsturing and nothing written about citizen participation',
            tekst: `gemeente Pekela {
    verantwoordelijkheid individuele-burger
    partij Zorg "Zorgcoöperatie Pekela" soort zorg

    fase uitvoering {
        gemeente bemiddelaar
        rol Zorg uitvoerder
        bekostiging Zorg p-x-q
    }

    governancetype vraagsturing
}
`,
            meldingen: [{ bereik: 'vraagsturing', bericht: /^Nergens staat hoe burgers meedoen, terwijl u de aanpak als vraagsturing typeert\. Bij vraagsturing besturen burgers zelf \(zelfbestuur\);/ }]
        },
        {
            naam: 'scenario civil society while citizens are only informed (the type itself is netwerksturing)',
            tekst: `gemeente Zuidhorn {
    scenario civil-society
    partij Welzijn "Welzijn Zuidhorn" soort welzijn
    burgerinitiatief Dorpshuis "Dorpshuis De Kern"

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Dorpshuis belanghebbende
        kennisbron ambtenaren, professionals
        burgerparticipatie informeren
    }

    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
        bekostiging Welzijn subsidie
    }
}
`,
            meldingen: [{
                bereik: 'civil-society',
                bericht: 'Burgerparticipatie gaat nergens verder dan informeren, terwijl het scenario civil society is. In dat scenario staan burgers en hun netwerken centraal; beschrijf hoe zij meedoen, bijvoorbeeld in coproductie (R1 §2.2 element 1 en 4).'
            }]
        }
    ],
    zwijgt: [
        {
            naam: 'declared frontlijnsturing and citizens coproduce in execution',
            tekst: WESTERKWARTIER('    governancetype frontlijnsturing\n').replace('monitoring gezamenlijk', 'monitoring gezamenlijk\n        burgerparticipatie coproductie')
        },
        {
            naam: 'the ambition frontlijnsturing also raises participation to coproductie: the municipality is on its way',
            tekst: NETWERK(`
    ambitie {
        governancetype frontlijnsturing
        burgerparticipatie coproductie
    }
`)
        },
        {
            naam: 'netwerksturing with an advising Wmo-raad: adviseren fits that type (R1 §2.2 fig. 2)',
            tekst: NETWERK('    governancetype netwerksturing\n')
        },
        {
            naam: 'an inferred frontlijnsturing while nothing is written about participation: nothing to hold it against',
            tekst: `gemeente Zuidhorn {
    verantwoordelijkheid burgers-en-professionals
    fase uitvoering {
        gemeente onderhandelaar
    }
}
`
        }
    ]
});
