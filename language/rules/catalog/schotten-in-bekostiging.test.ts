import { testRegel } from '../../../tests/regel-tester.js';
import { schottenInBekostiging } from './schotten-in-bekostiging.js';

/** A team of welfare workers, district nurses and youth workers; the funding lines differ per case. */
const ASSEN = (bekostiging: string) => `gemeente Assen {
    partij Welzijn "Stichting Welzijn Assen" soort welzijn
    partij Wijkverpleging "Wijkverpleging Icare" soort zorg
    partij Jeugd "Jeugdhulp Drenthe" soort jeugd
    partij Huisartsen "Huisartsen Assen" soort basiszorg

    team Noord "Sociaal team Assen-Noord" {
        breedte breed
        samenstelling generalisten specialisten
        leden Welzijn, Wijkverpleging, Jeugd
        doel "Inwoners redden zich langer zelfstandig"
    }

    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
        rol Wijkverpleging opdrachtnemer
        rol Jeugd opdrachtnemer
${bekostiging}    }
}
`;

testRegel(schottenInBekostiging, {
    meldt: [
        {
            naam: 'welfare paid from the Wmo, district nursing by the health insurer (Zvw)',
            tekst: ASSEN(`        bekostiging Welzijn subsidie geldstroom wmo
        bekostiging Wijkverpleging contract geldstroom zvw
`),
            meldingen: [{
                bereik: 'Noord',
                bericht: 'De leden van team Noord worden betaald uit het Wmo-budget en de Zorgverzekeringswet, elk met eigen regels en verantwoording. Spreek met de financiers één budget of één verantwoording voor het team af (R2 §4.2 concl. 5 en 9).',
                ernst: 'info'
            }]
        },
        {
            naam: 'two earmarked municipal budgets: Wmo for welfare, Jeugdwet for youth care',
            tekst: ASSEN(`        bekostiging Welzijn subsidie geldstroom wmo
        bekostiging Jeugd contract geldstroom jeugdwet
        bekostiging Wijkverpleging contract
`),
            meldingen: [{ bereik: 'Noord', bericht: 'De leden van team Noord worden betaald uit het Wmo-budget en het budget voor de Jeugdwet, elk met eigen regels en verantwoording. Spreek met de financiers één budget of één verantwoording voor het team af (R2 §4.2 concl. 5 en 9).' }]
        },
        {
            naam: 'one member paid from two streams',
            tekst: ASSEN(`        bekostiging Welzijn subsidie geldstroom wmo
        bekostiging Welzijn subsidie geldstroom participatiewet
`),
            meldingen: [{ bereik: 'Noord', bericht: 'De leden van team Noord worden betaald uit het Wmo-budget en het budget voor de Participatiewet, elk met eigen regels en verantwoording. Spreek met de financiers één budget of één verantwoording voor het team af (R2 §4.2 concl. 5 en 9).' }]
        }
    ],
    zwijgt: [
        {
            naam: 'subsidy for welfare and contracts for care from one municipal budget (ordinary practice, R1)',
            tekst: ASSEN(`        bekostiging Welzijn subsidie
        bekostiging Wijkverpleging contract
        bekostiging Jeugd contract
`)
        },
        {
            naam: 'subsidy and contract, both from the Wmo budget: one stream',
            tekst: ASSEN(`        bekostiging Welzijn subsidie geldstroom wmo
        bekostiging Wijkverpleging contract geldstroom wmo
`)
        },
        {
            naam: 'another stream for a party outside the team (the GPs, paid by the insurer) is no wall inside the team',
            tekst: ASSEN(`        bekostiging Welzijn subsidie geldstroom wmo
        bekostiging Wijkverpleging contract geldstroom wmo
        bekostiging Huisartsen p-x-q geldstroom zvw
`)
        }
    ]
});
