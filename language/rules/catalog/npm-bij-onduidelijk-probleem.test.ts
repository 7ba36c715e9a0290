import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { npmBijOnduidelijkProbleem } from './npm-bij-onduidelijk-probleem.js';

// Borger-Odoorn (fictitious) contracts home support by open tender, pays per product and steers on output,
// with knowledge from experts and citizens only informed. R1 §2.1 fig. 1: opdrachtgever, market master,
// contract, tender, p×q and output are the NPM column; the municipality stays opdrachtgever in execution,
// so contracting and execution are read together (R1 §2.4). The approach as a whole is NPM, and the
// overview of the four ingredients (experts, informing) points the same way: firmly founded; the type is
// expertsturing (R1 §2.2 fig. 2).
const BORGER_NPM = `gemeente Borger {
    probleem onduidelijk
    verantwoordelijkheid experts

    partij Zorg "Zorgaanbieder Noord" soort zorg
    partij Welzijn "Welzijn Borger-Odoorn" soort welzijn

    fase kaderstelling {
        gemeente opdrachtgever, marktmeester
        rol Zorg opdrachtnemer
        rol Welzijn opdrachtnemer
        eisen gemeente
        kennisbron experts
        burgerparticipatie informeren
        instrument open-aanbesteding "Aanbesteding ondersteuning thuis"
        bekostiging Zorg p-x-q
        bekostiging Welzijn contract
        sturing-op output
    }

    fase uitvoering {
        gemeente opdrachtgever
        rol Zorg opdrachtnemer
        rol Welzijn opdrachtnemer
        monitoring gemeente
        sturing-op output
    }
}
`;

const NPM_BERICHT = 'Het probleem heet onduidelijk, maar de aanpak is als geheel NPM (stevig onderbouwd), en dat werkt pas bij een helder probleem. Zoek het probleem eerst samen met de partijen uit, zoals bij governance (R1 §2.1 fig. 1; R2 §3.4).';

testRegel(npmBijOnduidelijkProbleem, {
    meldt: [
        {
            naam: 'an NPM approach (tender, p×q, output) while the problem is still unclear',
            tekst: BORGER_NPM,
            meldingen: [{ bereik: 'onduidelijk', bericht: NPM_BERICHT, ernst: 'waarschuwing' }]
        },
    ],
    zwijgt: [
        {
            // One phase only, with a market master and a contract: NPM, but one phase says little about the
            // approach as a whole. The rule reads the inferred conception, so on a weak picture it stays silent.
            naam: 'one NPM phase with two lines: the whole is weakly founded, so the rule does not speak',
            tekst: `gemeente Borger {
    probleem onduidelijk
    partij Zorg "Zorgaanbieder Noord" soort zorg

    fase kaderstelling {
        gemeente marktmeester
        rol Zorg opdrachtnemer
        instrument contract "Raamcontract ondersteuning thuis"
        burgerparticipatie informeren
    }
}
`
        },
        {
            // The municipality explores as regisseur with a covenant (governance in both phases, R1 fig. 1), but
            // places responsibility with experts, draws on experts and only informs citizens. The phases say
            // governance, the overview of the ingredients NPM: a conflicting, weak picture, so no finding.
            naam: 'governance in the phases, but the ingredients point to expertsturing: a weak picture, no finding',
            tekst: `gemeente Borger {
    probleem onduidelijk
    verantwoordelijkheid experts

    partij Zorg "Zorgaanbieder Noord" soort zorg

    fase verkenning {
        gemeente regisseur
        rol Zorg adviseur
        kennisbron experts
        burgerparticipatie informeren
        instrument overleg "Expertmeetings"
    }

    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Zorg opdrachtnemer
        kennisbron experts
        burgerparticipatie informeren
        instrument convenant "Samenwerkingsafspraken"
    }
}
`
        },
        {
            // One role line: the phase is NPM on one row of Fig. 1 and the whole is weak: too thin to judge.
            naam: 'too thin: a single role line says nothing about the approach as a whole',
            tekst: `gemeente Borger {
    probleem onduidelijk
    fase kaderstelling {
        gemeente marktmeester
    }
}
`
        },
        {
            naam: 'probleem helder: the same NPM approach is what fits a clear, agreed problem (R1 fig. 1, R2 §2.1)',
            tekst: BORGER_NPM.replace('probleem onduidelijk', 'probleem helder')
        },
        {
            naam: 'no problem statement: the rule has nothing to compare with',
            tekst: BORGER_NPM.replace('    probleem onduidelijk\n', '')
        },
        {
            naam: 'Groningen 2014: problem unclear and governance in every phase, type netwerksturing',
            tekst: leesVoorbeeld('groningen-2014.sturing')
        }
    ]
});
