import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { npmBijOnduidelijkProbleem } from './npm-bij-onduidelijk-probleem.js';

// Borger-Odoorn (fictitious) contracts home support by open tender, pays per product and steers on output,
// with knowledge from experts and citizens only informed. R1 §2.1 fig. 1: market master, contract,
// tender, p×q and output are the NPM column in both phases (the opdrachtgever position itself abstains
// there, R1 §2.4); so the approach as a whole is NPM, and by R1 §2.2 fig. 2 the type expertsturing.
// Profile (scratch/show.ts): kaderstelling NPM (sterk), uitvoering NPM (matig), whole NPM (matig);
// type expertsturing (sterk).
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

const NPM_BERICHT = 'Het probleem is volgens het ontwerp onduidelijk, terwijl de aanpak als geheel New Public Management (NPM) is (redelijk onderbouwd). NPM werkt alleen als probleem en oplossing helder zijn en partijen het erover eens zijn; bij een onduidelijk probleem past governance, waarin partijen samen zoeken wat het probleem is (R1 §2.1 fig. 1; R2 §3.4).';

testRegel(npmBijOnduidelijkProbleem, {
    meldt: [
        {
            naam: 'an NPM approach (tender, p×q, output) while the problem is still unclear',
            tekst: BORGER_NPM,
            meldingen: [{ bereik: 'onduidelijk', bericht: NPM_BERICHT, ernst: 'waarschuwing' }]
        },
        {
            // The municipality explores as regisseur with a covenant (governance in both phases, R1 fig. 1),
            // but places responsibility with experts, draws on experts and only informs citizens: three
            // ingredients of expertsturing (R1 §2.2 fig. 2, type 2). Profile: whole governance (matig); type
            // expertsturing (matig, four ingredients, three for it).
            naam: 'governance in the phases, but responsibility, knowledge and participation make it expertsturing',
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
`,
            meldingen: [{
                bereik: 'onduidelijk',
                bericht: 'Het probleem is volgens het ontwerp onduidelijk, terwijl het governancetype expertsturing is, dicht bij NPM (redelijk onderbouwd; het ontwerp noemt verantwoordelijkheid experts, kennisbron experts en burgerparticipatie informeren). Expertsturing gaat ervan uit dat deskundigen weten wat er moet gebeuren; bij een onduidelijk probleem past governance, waarin gemeente, professionals en burgers samen zoeken wat het probleem is (R1 §2.1 fig. 1; R2 §3.4).',
                ernst: 'waarschuwing'
            }]
        },
        {
            // One phase only: its conception is NPM (market master, contract; matig), but one phase says little
            // about the approach as a whole (whole: zwak), and two ingredients make the type zwak. Information.
            naam: 'one NPM phase with two ingredients: weakly founded, so information',
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
`,
            meldingen: [{ bereik: 'onduidelijk', bericht: /^Het probleem is volgens het ontwerp onduidelijk, terwijl de aanpak als geheel New Public Management \(NPM\) is \(zwak onderbouwd\)\./, ernst: 'info' }]
        }
    ],
    zwijgt: [
        {
            // One role line: the phase leans NPM only on its typical character (R1 §2.4), the whole is zwak and
            // the governance type cannot be determined (one ingredient, onvoldoende): too thin to judge.
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
