import { readFileSync } from 'node:fs';
import { leesVoorbeeld } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { rolwisselingRegisseurOpdrachtgever } from './rolwisseling-regisseur-opdrachtgever.js';

const casus = (naam: string) => readFileSync(new URL(`../../../tests/fixtures/ontwikkelcasussen/${naam}.sturing`, import.meta.url), 'utf8');

/** A municipality that explored with its partners; how it commissions them afterwards differs per case. */
const DELFZIJL = (verkenning: string, kader: string, uitvoering: string) => `gemeente Delfzijl {
    partij Welzijn "Welzijn Eemsdelta" soort welzijn
    partij Zorg "Zorggroep Eemsdelta" soort zorg

    fase verkenning {
        ${verkenning}
        rol Welzijn meedenker
        rol Zorg adviseur
        instrument overleg "Werkateliers"
    }

    fase kaderstelling {
        ${kader}
        rol Welzijn opdrachtnemer
        rol Zorg opdrachtnemer
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
            // R1 §3.2: Hoogezand explored together with Kwartier and the institutions, then contracted the care
            // providers through a joint tender, with requirements the municipality set in advance (800 clients).
            naam: 'Hoogezand: a joint exploration, then an opdrachtgever who sets the requirements and pays per product',
            tekst: casus('hoogezand'),
            meldingen: [{
                bereik: 'opdrachtgever',
                bericht: 'Na een gezamenlijke verkenning is de gemeente in de kaderstelling opdrachtgever die zelf de eisen stelt en Zorgaanbieders per product betaalt. Zo\'n wisseling is lastig; spreek met de partners af welke rol u wanneer speelt (R1 §4.3; §5.3).',
                ernst: 'info'
            }]
        },
        {
            // R1 §3.6: Emmen explored with institutions and citizens, then set requirements before the tender.
            naam: 'Emmen: the requirements set by the municipality after exploring together',
            tekst: casus('emmen'),
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^Na een gezamenlijke verkenning is de gemeente in de kaderstelling opdrachtgever die zelf de eisen stelt en Zorgorganisaties per product betaalt\./ }]
        },
        {
            // The requirements were agreed jointly, but execution is commissioned per product: the switch shows there.
            naam: 'contracting jointly, then execution paid per product: reported once, at execution',
            tekst: DELFZIJL('gemeente regisseur', 'gemeente zachte-opdrachtgever\n        eisen gezamenlijk', 'gemeente opdrachtgever\n        bekostiging Zorg p-x-q'),
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^Na een gezamenlijke verkenning is de gemeente in de uitvoering opdrachtgever die Zorg per product betaalt\./ }]
        },
        {
            // Execution runs under the requirements of contracting (R1 §2.4 fase 3); said once, at the first phase.
            naam: 'requirements set alone in contracting and still opdrachtgever in execution: one finding for the municipality',
            tekst: DELFZIJL('gemeente regisseur, gesprekspartner', 'gemeente opdrachtgever\n        eisen gemeente', 'gemeente opdrachtgever'),
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^Na een gezamenlijke verkenning is de gemeente in de kaderstelling opdrachtgever die zelf de eisen stelt\./ }]
        }
    ],
    zwijgt: [
        {
            // The contract is with the insurer (Zorgverzekeringswet): the municipality does not pay per product itself.
            naam: 'Ittersum: sometimes opdrachtgever, requirements set jointly; the only contract is paid by the insurer',
            tekst: leesVoorbeeld('ittersum.sturing')
        },
        {
            // R1 §3.3: in Oldambt the relation did not change and even the opdrachtgever role had no NPM traits.
            naam: 'Oldambt: opdrachtgever in execution, but goals set jointly and a BCF subsidy',
            tekst: casus('oldambt')
        },
        {
            // R1 §3.1.4: no hard client relation; requirements agreed jointly and laid down in a covenant.
            naam: 'Groningen 2014: sometimes opdrachtgever, with joint requirements and a covenant',
            tekst: leesVoorbeeld('groningen-2014.sturing')
        },
        {
            naam: 'Voorbeeldstad: opdrachtgever and regisseur in contracting, but the requirements are set jointly',
            tekst: leesVoorbeeld('voorbeeldstad.sturing')
        },
        {
            naam: 'both roles in one phase without vooral or soms is not by itself a switch',
            tekst: DELFZIJL('gemeente regisseur', 'gemeente regisseur, opdrachtgever\n        eisen gezamenlijk\n        bekostiging Welzijn subsidie', 'gemeente regisseur')
        },
        {
            // R1 §2.4 fase 1: a municipality that sets the frame itself as dirigent did not explore jointly.
            naam: 'no joint exploration: the municipality was dirigent and set the frame itself',
            tekst: DELFZIJL('gemeente dirigent', 'gemeente opdrachtgever\n        eisen gemeente', 'gemeente opdrachtgever')
        },
        {
            naam: 'no exploration described: there is no transition to see',
            tekst: DELFZIJL('gemeente regisseur', 'gemeente opdrachtgever\n        eisen gemeente', 'gemeente opdrachtgever').replace(/    fase verkenning \{[\s\S]*?\n    \}\n\n/, '')
        }
    ]
});
