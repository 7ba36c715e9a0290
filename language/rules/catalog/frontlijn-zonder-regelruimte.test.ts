import { testRegel } from '../../../tests/regel-tester.js';
import { frontlijnZonderRegelruimte } from './frontlijn-zonder-regelruimte.js';

/** A municipality where professionals and citizens share the responsibility; its team's room to act varies per case. */
const WESTERKWARTIER = (regelruimte: string, extra = '') => `gemeente Westerkwartier {
    verantwoordelijkheid burgers-en-professionals
    partij Welzijn "Stichting Welzijn Westerkwartier" soort welzijn
    partij Zorg "Thuiszorg West" soort zorg

    team Noord "Sociaal team Noord" {
        breedte breed
        samenstelling generalisten
        regelruimte ${regelruimte}
        leden Welzijn, Zorg
        doel "Inwoners redden zich langer zelfstandig"
    }

    fase verkenning {
        gemeente gesprekspartner, coproducent
        rol Welzijn partner
        rol Zorg partner
        kennisbron professionals, burgers
        burgerparticipatie coproductie
    }

    fase uitvoering {
        gemeente onderhandelaar
        rol Welzijn partner
        rol Zorg partner
        monitoring gezamenlijk
    }
${extra}}
`;

/** A municipality in the network style, with a regisseur and professionals as knowledge source. */
const HAREN = (extra: string) => `gemeente Haren {
    verantwoordelijkheid gedeeld
    partij Welzijn "Welzijn Haren" soort welzijn

    team Centrum "Wijkteam Centrum" {
        regelruimte laag
        leden Welzijn
        doel "Basisondersteuning in de wijk"
    }

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        kennisbron ambtenaren, professionals
        burgerparticipatie adviseren
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        monitoring gemeente
    }
${extra}}
`;

testRegel(frontlijnZonderRegelruimte, {
    meldt: [
        {
            naam: 'declared frontlijnsturing while the team has little room to act',
            tekst: WESTERKWARTIER('laag', '\n    governancetype frontlijnsturing\n'),
            meldingen: [{
                bereik: 'laag',
                bericht: 'Team Noord heeft weinig regelruimte, terwijl u de aanpak als frontlijnsturing typeert: daarbij beslissen juist de uitvoerders. Geef hen meer ruimte, of kijk of het type past (R1 §1.1, VNG-criteria; §2.2).'
            }]
        },
        {
            naam: 'frontlijnsturing inferred from the description (well founded)',
            tekst: WESTERKWARTIER('laag'),
            meldingen: [{ bereik: 'laag', bericht: 'Team Noord heeft weinig regelruimte, terwijl het ontwerp op frontlijnsturing wijst (stevig onderbouwd): daarbij beslissen juist de uitvoerders. Geef hen meer ruimte, of kijk of het type past (R1 §1.1, VNG-criteria; §2.2).' }]
        },
        {
            naam: 'frontlijnsturing as ambition of a network municipality whose team has little room',
            tekst: HAREN(`
    ambitie {
        governancetype frontlijnsturing
        burgerparticipatie coproductie
    }
`),
            meldingen: [{ bereik: 'laag', bericht: 'Team Centrum heeft weinig regelruimte, terwijl de ambitie frontlijnsturing is: daarbij beslissen juist de uitvoerders. Geef hen meer ruimte, of kijk of het type past (R1 §1.1, VNG-criteria; §2.2).' }]
        },
        {
            naam: 'two teams: only the one with little room is reported',
            tekst: WESTERKWARTIER('laag', `
    team Zuid "Sociaal team Zuid" {
        regelruimte hoog
        leden Welzijn
        doel "Inwoners redden zich langer zelfstandig"
    }

    governancetype frontlijnsturing
`),
            meldingen: [{ bereik: 'laag', bericht: /^Team Noord heeft weinig regelruimte/ }]
        }
    ],
    zwijgt: [
        {
            // Two lines lean to frontlijnsturing (a negotiating municipality, citizens co-producing), but the
            // profile calls that weak: the rule does not build on it (issue 22: a weak type is no ground).
            naam: 'frontlijnsturing inferred, but weakly: the rule does not build on it',
            tekst: `gemeente Zuidbroek {
    partij Welzijn "Welzijn Zuidbroek" soort welzijn

    team Dorp "Dorpsteam" {
        regelruimte laag
        leden Welzijn
        doel "Inwoners helpen elkaar"
    }

    fase uitvoering {
        gemeente onderhandelaar
        burgerparticipatie coproductie
    }
}
`
        },
        {
            naam: 'frontlijnsturing with a team that has reasonable room to act',
            tekst: WESTERKWARTIER('redelijk', '\n    governancetype frontlijnsturing\n')
        },
        {
            naam: 'little room in a network municipality: the regisseur steers the professionals, no contradiction',
            tekst: HAREN('\n    governancetype netwerksturing\n')
        },
        {
            naam: 'too little written to infer a type: a team with little room alone says nothing about frontlijnsturing',
            tekst: `gemeente Zuidhorn {
    verantwoordelijkheid burgers-en-professionals
    partij Welzijn "Welzijn Zuidhorn" soort welzijn
    team Dorpen "Dorpenteam" {
        regelruimte laag
        leden Welzijn
        doel "Vroeg signaleren in de dorpen"
    }
}
`
        }
    ]
});
