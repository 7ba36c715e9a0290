import { readFileSync } from 'node:fs';
import { testRegel } from '../../../tests/regel-tester.js';
import { rolwisselingRegisseurOpdrachtgever } from './rolwisseling-regisseur-opdrachtgever.js';

const GRONINGEN = readFileSync(new URL('../../../examples/groningen-2014.sturing', import.meta.url), 'utf8');

/** A municipality that explored with its partners and now contracts them; the role lines differ per case. */
const DELFZIJL = (kader: string, uitvoering = 'gemeente regisseur') => `gemeente Delfzijl {
    partij Welzijn "Welzijn Eemsdelta" soort welzijn
    partij Zorg "Zorggroep Eemsdelta" soort zorg

    fase verkenning {
        gemeente regisseur, opdrachtgever
        rol Welzijn adviseur
        rol Zorg adviseur
    }

    fase kaderstelling {
        ${kader}
        rol Welzijn opdrachtnemer
        rol Zorg opdrachtnemer
        eisen gezamenlijk
        instrument bestuurlijke-aanbesteding
        bekostiging Welzijn subsidie
        bekostiging Zorg contract
    }

    fase uitvoering {
        ${uitvoering}
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        monitoring gezamenlijk
    }
}
`;

testRegel(rolwisselingRegisseurOpdrachtgever, {
    meldt: [
        {
            naam: 'regisseur and opdrachtgever in contracting, without saying which leads',
            tekst: DELFZIJL('gemeente regisseur, opdrachtgever'),
            meldingen: [{
                bereik: 'opdrachtgever',
                bericht: 'In de kaderstelling is de gemeente zowel regisseur als opdrachtgever, zonder te zeggen welke rol vooral geldt. Juist die wisseling van regisseur naar opdrachtgever vonden gemeenten het lastigst, en partners raken erdoor in verwarring; zet \'vooral\' voor de rol die meestal geldt en \'soms\' voor de andere (bijvoorbeeld gemeente vooral regisseur, soms opdrachtgever), zodat zij weten wat zij kunnen verwachten (R1 §4.4, §5.2 concl. 5, §5.3).',
                ernst: 'info'
            }],
            herstel: {
                titel: "Schrijf 'vooral regisseur, soms opdrachtgever'",
                resultaat: DELFZIJL('gemeente vooral regisseur, soms opdrachtgever')
            }
        },
        {
            naam: 'opdrachtgever and a regisseur that leaves room in execution; the other fix',
            tekst: DELFZIJL('gemeente vooral opdrachtgever', 'gemeente opdrachtgever, ruimte-latende-regisseur'),
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^In de uitvoering is de gemeente zowel ruimte latende regisseur als opdrachtgever, zonder te zeggen welke rol vooral geldt\./ }],
            herstel: {
                titel: "Schrijf 'vooral opdrachtgever, soms ruimte-latende-regisseur'",
                resultaat: DELFZIJL('gemeente vooral opdrachtgever', 'gemeente vooral opdrachtgever, soms ruimte-latende-regisseur')
            }
        },
        {
            naam: 'a bepalende regisseur is a regisseur too',
            tekst: DELFZIJL('gemeente bepalende-regisseur, opdrachtgever'),
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^In de kaderstelling is de gemeente zowel bepalende regisseur als opdrachtgever/ }]
        },
        {
            naam: 'Groningen 2014 written without vooral and soms: both roles in contracting and in execution',
            tekst: GRONINGEN.replaceAll('vooral regisseur', 'regisseur').replaceAll('soms dirigent, soms opdrachtgever', 'opdrachtgever').replaceAll('soms dirigent, ', ''),
            meldingen: [
                { bereik: 'opdrachtgever', bericht: /^In de kaderstelling is de gemeente zowel regisseur als opdrachtgever/ },
                { bereik: 'opdrachtgever', bericht: /^Ook in de uitvoering is de gemeente zowel regisseur als opdrachtgever, zonder te zeggen welke rol vooral geldt; zet ook hier 'vooral' en 'soms' voor de rollen/ }
            ]
        },
        {
            naam: 'an unknown name in another phase does not hide what this phase says',
            tekst: DELFZIJL('gemeente regisseur, opdrachtgever').replace('rol Welzijn uitvoerder', 'rol Welzjin uitvoerder'),
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^In de kaderstelling is de gemeente zowel regisseur als opdrachtgever/ }]
        },
        {
            naam: 'Voorbeeldstad: opdrachtgever and regisseur in contracting; execution has only the regisseur that leaves room',
            tekst: readFileSync(new URL('../../../examples/voorbeeldstad.sturing', import.meta.url), 'utf8'),
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^In de kaderstelling is de gemeente zowel regisseur als opdrachtgever/ }]
        }
    ],
    zwijgt: [
        {
            // The example says which role mostly holds (vooral regisseur, soms opdrachtgever; R1 §3.1.4).
            naam: 'Groningen 2014 as in the example: vooral regisseur, soms opdrachtgever',
            tekst: GRONINGEN
        },
        {
            naam: 'qualified: mostly regisseur, sometimes opdrachtgever',
            tekst: DELFZIJL('gemeente vooral regisseur, soms opdrachtgever')
        },
        {
            naam: 'one qualifier is enough to say which role leads',
            tekst: DELFZIJL('gemeente regisseur, soms opdrachtgever')
        },
        {
            naam: 'opdrachtgever in contracting, regisseur in execution: one clear role per phase',
            tekst: DELFZIJL('gemeente opdrachtgever')
        },
        {
            naam: 'an unknown name in the same phase: that finding speaks first, this rule waits until the phase reads cleanly',
            tekst: DELFZIJL('gemeente regisseur, opdrachtgever').replace('rol Welzijn opdrachtnemer', 'rol Welzjin opdrachtnemer')
        },
        {
            naam: 'both roles in the exploration are npm-in-verkenning\'s concern, not this rule\'s',
            tekst: DELFZIJL('gemeente coproducent')
        }
    ]
});
