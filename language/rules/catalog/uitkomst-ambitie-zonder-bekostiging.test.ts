import { readFileSync } from 'node:fs';
import { testRegel } from '../../../tests/regel-tester.js';
import { uitkomstAmbitieZonderBekostiging } from './uitkomst-ambitie-zonder-bekostiging.js';

const voorbeeld = (naam: string) => readFileSync(new URL(`../../../examples/${naam}`, import.meta.url), 'utf8');
const GRONINGEN = voorbeeld('groningen-2014.sturing');
const GRONINGEN_AMBITIE = '    ambitie {\n        sturing-op outcome\n        burgerparticipatie coproductie\n    }\n';

/** A municipality that buys care per product and wants to move to outcome steering. */
const EMMEN = (ambitie: string, bekostiging = '        bekostiging Zorg p-x-q\n        bekostiging Welzijn subsidie\n') => `gemeente Emmen {
    partij Welzijn "Welzijn Emmen" soort welzijn
    partij Zorg "Zorgaanbieders Zuidoost-Drenthe" soort zorg

    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        rol Zorg opdrachtnemer
        instrument contract
${bekostiging}        sturing-op output
    }

    ambitie {
${ambitie}    }
}
`;

testRegel(uitkomstAmbitieZonderBekostiging, {
    meldt: [
        {
            naam: 'Groningen 2014: ambition outcome, funding subsidy and covenant, nothing about funding in the ambition (R1 §3.1)',
            tekst: GRONINGEN,
            meldingen: [{
                bereik: 'outcome',
                // Only the welfare institutions are funded on input; the care institutions have a covenant, so the
                // message names the one party it is true of (not "de uitvoerders").
                bericht: 'De ambitie is sturen op outcome, maar Welzijnsinstellingen krijgen nog inputsubsidie. Noem in de ambitie bekostiging die resultaat beloont, zoals resultaatfinanciering (R1 §2.5, voorwaarde 3; R1 §4.2).',
                ernst: 'waarschuwing'
            }],
            herstel: {
                titel: "Voeg 'bekostiging resultaatfinanciering' toe aan de ambitie",
                resultaat: GRONINGEN.replace(GRONINGEN_AMBITIE, GRONINGEN_AMBITIE.replace('    }\n', '        bekostiging resultaatfinanciering\n    }\n'))
            }
        },
        {
            naam: 'production funding (price × quantity) and an ambition that keeps contracts',
            tekst: EMMEN('        sturing-op outcome\n        bekostiging contract\n'),
            meldingen: [{ bereik: 'outcome', bericht: 'De ambitie is sturen op outcome, maar Zorg krijgt nog geld per product en Welzijn inputsubsidie. Noem in de ambitie bekostiging die resultaat beloont, zoals resultaatfinanciering (R1 §2.5, voorwaarde 3; R1 §4.2).' }],
            herstel: {
                titel: "Voeg 'bekostiging populatiegebonden' toe aan de ambitie",
                resultaat: EMMEN('        sturing-op outcome\n        bekostiging contract\n        bekostiging populatiegebonden\n')
            }
        },
        {
            naam: 'an ambition on two levels, output now and outcome later: the outcome counts',
            tekst: EMMEN('        sturing-op output, outcome\n'),
            meldingen: [{ bereik: 'outcome', bericht: /^De ambitie is sturen op outcome/ }]
        },
        {
            // The party already paid for results is named as such: the message is true of every party it names.
            naam: 'one provider is already paid for results, the other still on input subsidy',
            tekst: EMMEN('        sturing-op outcome\n', '        bekostiging Zorg resultaatfinanciering\n        bekostiging Welzijn subsidie\n'),
            meldingen: [{ bereik: 'outcome', bericht: 'De ambitie is sturen op outcome, maar Welzijn krijgt nog inputsubsidie, terwijl Zorg al resultaatfinanciering krijgt. Noem in de ambitie bekostiging die resultaat beloont, zoals resultaatfinanciering (R1 §2.5, voorwaarde 3; R1 §4.2).' }]
        }
    ],
    zwijgt: [
        {
            naam: 'every provider is paid for results already',
            tekst: EMMEN('        sturing-op outcome\n', '        bekostiging Zorg resultaatfinanciering\n        bekostiging Welzijn populatiegebonden\n')
        },
        {
            naam: 'Voorbeeldstad: the ambition names population-based funding',
            tekst: voorbeeld('voorbeeldstad.sturing')
        },
        {
            naam: 'the ambition names result funding',
            tekst: EMMEN('        sturing-op outcome\n        bekostiging resultaatfinanciering\n')
        },
        {
            naam: 'a lump sum tied to outcomes in the ambition',
            tekst: EMMEN('        sturing-op outcome\n        bekostiging lumpsum\n')
        },
        {
            naam: 'current funding is by covenant and BCF, not per hour or product',
            tekst: EMMEN('        sturing-op outcome\n', '        bekostiging Zorg bcf\n        bekostiging Welzijn convenant\n')
        },
        {
            naam: 'the ambition is output, not outcome',
            tekst: EMMEN('        sturing-op output\n')
        }
    ]
});
