import { testRegel } from '../../../tests/regel-tester.js';
import { onbekostigdeUitvoerder } from './onbekostigde-uitvoerder.js';

/** A small municipality whose team works with welfare, district nursing and the GPs. */
const TYNAARLO = (bekostiging: string, uitvoering = '') => `gemeente Tynaarlo {
    partij Welzijn "Welzijn Tynaarlo" soort welzijn
    partij Wijkverpleging "Wijkverpleging Drenthe" soort zorg
    partij Huisartsen "Huisartsenkring Tynaarlo" soort basiszorg
    burgerinitiatief Buurtzorg "Buurtzorgcoöperatie Vries"

    team Vries "Sociaal team Vries" {
        leden Welzijn, Wijkverpleging, Huisartsen
        doel "Inwoners redden zich langer zelfstandig"
    }

    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
${bekostiging}    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        rol Wijkverpleging uitvoerder
${uitvoering}        monitoring gezamenlijk
    }
}
`;

testRegel(onbekostigdeUitvoerder, {
    meldt: [
        {
            naam: 'district nursing executes, but the file does not say how it is funded',
            tekst: TYNAARLO('        bekostiging Welzijn subsidie\n'),
            // Without tab stops the template's first choice of funding model.
            herstel: { titel: 'Schrijf in de kaderstelling hoe Wijkverpleging bekostigd wordt', resultaat: TYNAARLO('        bekostiging Welzijn subsidie\n        bekostiging Wijkverpleging subsidie\n') },
            meldingen: [{
                bereik: 'Wijkverpleging',
                bericht: 'Hoe Wijkverpleging bekostigd wordt, staat er niet, terwijl deze partij in de uitvoering uitvoerder is. Schrijf het erbij, met de geldstroom als een ander betaalt: wat zij niet betaalt, kan de gemeente weinig sturen (R2 §4.2 concl. 9).',
                ernst: 'info'
            }]
        },
        {
            naam: 'district nursing is paid by the health insurer only (geldstroom zvw)',
            tekst: TYNAARLO('        bekostiging Welzijn subsidie\n        bekostiging Wijkverpleging contract geldstroom zvw\n'),
            meldingen: [{
                bereik: 'Wijkverpleging',
                bericht: 'Wijkverpleging is in de uitvoering uitvoerder, maar wordt betaald door de zorgverzekeraar (Zorgverzekeringswet), dus de gemeente heeft weinig grip. Spreek met die financier af wat het team van deze partij mag verwachten (R2 §4.2 concl. 9).'
            }]
        },
        {
            naam: 'the GPs carry out a pilot as opdrachtnemer, paid by the province and a fund',
            tekst: TYNAARLO(`        bekostiging Welzijn subsidie
        bekostiging Wijkverpleging contract
        bekostiging Huisartsen convenant geldstroom provincie
        bekostiging Huisartsen convenant geldstroom fonds
`, '        rol Huisartsen opdrachtnemer\n'),
            meldingen: [{ bereik: 'Huisartsen', bericht: 'Huisartsen zijn in de uitvoering opdrachtnemer, maar worden betaald door de provincie en een fonds, dus de gemeente heeft weinig grip. Spreek met die financier af wat het team van deze partij mag verwachten (R2 §4.2 concl. 9).' }]
        },
        {
            naam: 'two executing parties, one with the insurer only and one with nothing written',
            tekst: TYNAARLO('        bekostiging Wijkverpleging p-x-q geldstroom wlz\n'),
            meldingen: [
                { bereik: 'Welzijn', bericht: 'Hoe Welzijn bekostigd wordt, staat er niet, terwijl deze partij in de uitvoering uitvoerder is. Schrijf het erbij, met de geldstroom als een ander betaalt: wat zij niet betaalt, kan de gemeente weinig sturen (R2 §4.2 concl. 9).' },
                { bereik: 'Wijkverpleging', bericht: /^Wijkverpleging is in de uitvoering uitvoerder, maar wordt betaald door het zorgkantoor \(Wet langdurige zorg\)/ }
            ]
        }
    ],
    zwijgt: [
        {
            naam: 'every executing party funded by the municipality (subsidy and contract, no stream named)',
            tekst: TYNAARLO('        bekostiging Welzijn subsidie\n        bekostiging Wijkverpleging contract\n')
        },
        {
            naam: 'the insurer pays, and the municipality co-funds from the Wmo budget',
            tekst: TYNAARLO('        bekostiging Welzijn subsidie geldstroom wmo\n        bekostiging Wijkverpleging contract geldstroom zvw\n        bekostiging Wijkverpleging subsidie geldstroom wmo\n')
        },
        {
            naam: 'a citizens\' initiative that takes the initiative in execution is not an executor the municipality must fund',
            tekst: TYNAARLO('        bekostiging Welzijn subsidie\n        bekostiging Wijkverpleging contract\n', '        rol Buurtzorg initiatiefnemer\n')
        }
    ]
});
