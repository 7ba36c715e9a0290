import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bereik, metCode, valideer } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { regieBotstMetRol } from './regie-botst-met-rol.js';

const voorbeeld = (naam: string) => readFileSync(new URL(`../../../examples/${naam}`, import.meta.url), 'utf8');

/** Groningen's regie answers (R1 §3.1): five times the municipality, four times jointly. */
const GRONINGEN_REGIE = `    regie {
        visie gemeente
        doel gezamenlijk
        rol-partijen gezamenlijk
        afhankelijkheid gemeente
        afstemming gezamenlijk
        sturing gemeente
        randvoorwaarden gemeente
        verantwoordelijkheid gezamenlijk
        monitoring gemeente
    }
`;

/** A regisseur that leaves room: seven of nine categories jointly (as five of the eight municipalities in R1 saw themselves). */
const RUIMTE_REGIE = `    regie {
        visie gezamenlijk
        doel gemeente
        rol-partijen gezamenlijk
        afhankelijkheid gezamenlijk
        afstemming gezamenlijk
        sturing gezamenlijk
        randvoorwaarden gemeente
        verantwoordelijkheid gezamenlijk
        monitoring gezamenlijk
    }
`;

const SMILDE = (kader: string, uitvoering: string, regie: string) => `gemeente Midden {
    partij Welzijn "Welzijn Midden-Drenthe" soort welzijn
    partij Zorg "Zorggroep Midden" soort zorg

    fase kaderstelling {
${kader}    }

    fase uitvoering {
${uitvoering}    }

${regie}}
`;

const KADER = '        gemeente regisseur\n        rol Welzijn opdrachtnemer\n        rol Zorg opdrachtnemer\n        bekostiging Welzijn subsidie\n';
const PARTNERS = '        rol Welzijn partner\n        rol Zorg partner\n';

testRegel(regieBotstMetRol, {
    meldt: [
        {
            naam: '(a) regie says joint monitoring, execution says the municipality monitors',
            tekst: SMILDE(KADER, `        gemeente ruimte-latende-regisseur\n${PARTNERS}        monitoring gemeente\n`, RUIMTE_REGIE),
            meldingen: [{
                bereik: 'gemeente',
                bericht: 'Het regie-blok zegt: de monitoring wordt samen bepaald. De uitvoering zegt: de gemeente monitort zelf. Zo weten partners niet wie hier bepaalt; laat beide hetzelfde zeggen (R1 §2.3 fig. 3).',
                ernst: 'waarschuwing'
            }]
        },
        {
            naam: '(a) preconditions set jointly, but the municipality sets the requirements alone',
            tekst: SMILDE(`${KADER}        eisen gemeente\n`, `        gemeente ruimte-latende-regisseur\n${PARTNERS}        monitoring gezamenlijk\n`, RUIMTE_REGIE.replace('randvoorwaarden gemeente', 'randvoorwaarden gezamenlijk')),
            meldingen: [{ bereik: 'gemeente', bericht: 'Het regie-blok zegt: de randvoorwaarden worden samen bepaald. De kaderstelling zegt: de gemeente stelt de eisen alleen op. Zo weten partners niet wie hier bepaalt; laat beide hetzelfde zeggen (R1 §2.3 fig. 3).' }]
        },
        {
            // One line of the regie block that both phases contradict is one cause: one finding, at the first
            // phase, naming both (issue 26: say a thing once, at the first place).
            naam: '(a) preconditions set jointly, and both contracting and execution set the requirements alone: said once',
            tekst: SMILDE(`${KADER}        eisen gemeente\n`, `        gemeente ruimte-latende-regisseur\n${PARTNERS}        eisen gemeente\n        monitoring gezamenlijk\n`, RUIMTE_REGIE.replace('randvoorwaarden gemeente', 'randvoorwaarden gezamenlijk')),
            meldingen: [{ bereik: 'gemeente', bericht: 'Het regie-blok zegt: de randvoorwaarden worden samen bepaald. De kaderstelling en de uitvoering zeggen: de gemeente stelt de eisen alleen op. Zo weten partners niet wie hier bepaalt; laat beide hetzelfde zeggen (R1 §2.3 fig. 3).' }]
        },
        {
            naam: '(a) a regie block inside execution is compared with that phase\'s lines',
            tekst: SMILDE(KADER, `        gemeente facilitator\n${PARTNERS}        monitoring gemeente\n        regie {\n            monitoring actoren\n            sturing actoren\n        }\n`, ''),
            meldingen: [{ bereik: 'gemeente', bericht: 'Het regie-blok zegt: de partijen bepalen de monitoring. De uitvoering zegt: de gemeente monitort zelf. Zo weten partners niet wie hier bepaalt; laat beide hetzelfde zeggen (R1 §2.3 fig. 3).' }]
        },
        {
            naam: '(b) a regisseur that leaves room in the regie block, but a regelaar in execution',
            tekst: SMILDE(KADER, `        gemeente regelaar\n${PARTNERS}        monitoring gezamenlijk\n`, RUIMTE_REGIE),
            meldingen: [{
                bereik: 'regelaar',
                bericht: 'In de uitvoering is de gemeente regelaar, maar in het regie-blok bepaalt zij zeven van de negen onderdelen niet alleen. Laat rol en regie hetzelfde zeggen, dan weten partners hoeveel ruimte zij krijgen (R1 §2.3 fig. 3).'
            }]
        },
        {
            naam: '(c) Groningen\'s mostly municipal regie, while the municipality is mainly facilitator in execution',
            tekst: SMILDE(KADER, `        gemeente vooral facilitator, soms regisseur\n${PARTNERS}        monitoring gemeente\n`, GRONINGEN_REGIE),
            meldingen: [{
                bereik: 'facilitator',
                bericht: 'In de uitvoering is de gemeente facilitator, maar in het regie-blok bepaalt zij vijf van de negen onderdelen zelf. Laat rol en regie hetzelfde zeggen, dan weten partners of zij ruimte krijgen (R1 §2.3 fig. 3).'
            }]
        }
    ],
    zwijgt: [
        {
            naam: 'regie calls the parties partners, the execution lines call them uitvoerder: they carry out the work, also as partners',
            tekst: SMILDE(KADER, '        gemeente ruimte-latende-regisseur\n        rol Welzijn uitvoerder\n        rol Zorg uitvoerder\n        monitoring gezamenlijk\n', RUIMTE_REGIE)
        },
        {
            naam: 'Voorbeeldstad: a regisseur that leaves room, partners that carry out the work',
            tekst: voorbeeld('voorbeeldstad.sturing')
        },
        {
            naam: 'Groningen\'s mix (5 gemeente / 4 gezamenlijk) with regisseur roles and lines that agree',
            tekst: SMILDE(`        gemeente regisseur, opdrachtgever\n        rol Welzijn opdrachtnemer\n        rol Zorg opdrachtnemer\n        instrument convenant\n`,
                `        gemeente regisseur, opdrachtgever\n${PARTNERS}        monitoring gemeente\n`, GRONINGEN_REGIE)
        },
        {
            naam: 'Groningen\'s execution roles (regisseur, facilitator, opdrachtgever): the facilitator role does not lead',
            tekst: SMILDE(KADER, `        gemeente regisseur, facilitator, opdrachtgever\n${PARTNERS}        monitoring gemeente\n`, GRONINGEN_REGIE)
        },
        {
            naam: 'preconditions by the municipality, requirements set jointly within them: the governance commissioner of R1 §5.3',
            tekst: SMILDE(`${KADER}        eisen gezamenlijk\n`, `        gemeente regisseur\n${PARTNERS}        monitoring gemeente\n`, GRONINGEN_REGIE)
        },
        {
            naam: 'one party partner, one uitvoerder: the lines agree with the regie block in part',
            tekst: SMILDE(KADER, '        gemeente ruimte-latende-regisseur\n        rol Welzijn partner\n        rol Zorg uitvoerder\n        monitoring gezamenlijk\n', RUIMTE_REGIE)
        },
        {
            naam: 'a regelaar only sometimes, next to a regisseur that mostly leaves room',
            tekst: SMILDE(KADER, `        gemeente vooral ruimte-latende-regisseur, soms regelaar\n${PARTNERS}        monitoring gezamenlijk\n`, RUIMTE_REGIE)
        },
        {
            naam: 'the execution has its own regie block that agrees with its lines, though the gemeente\'s block says otherwise',
            tekst: SMILDE(KADER, `        gemeente regisseur\n${PARTNERS}        monitoring gemeente\n        regie {\n            monitoring gemeente\n        }\n`, RUIMTE_REGIE)
        },
        {
            naam: 'no regie block: nothing to contradict',
            tekst: SMILDE(KADER, `        gemeente facilitator\n        rol Welzijn uitvoerder\n        monitoring gemeente\n`, '')
        }
    ]
});

test('regie-botst-met-rol: an aspect finding points to the regie line it contradicts', async () => {
    const doc = await valideer(SMILDE(KADER, `        gemeente ruimte-latende-regisseur\n${PARTNERS}        monitoring gemeente\n`, RUIMTE_REGIE));
    const [d] = metCode(doc, 'regie-botst-met-rol');
    expect(d.relatedInformation?.map(r => `${doc.textDocument.getText(r.location.range)}: ${r.message}`)).toEqual(['gezamenlijk: regie monitoring gezamenlijk (r. 28)']);
    expect(bereik(doc, d)).toBe('gemeente');
});

test('regie-botst-met-rol: one regie line contradicted in two phases is one finding, linked to the other phase\'s line', async () => {
    const doc = await valideer(SMILDE(`${KADER}        eisen gemeente\n`, `        gemeente ruimte-latende-regisseur\n${PARTNERS}        eisen gemeente\n        monitoring gezamenlijk\n`, RUIMTE_REGIE.replace('randvoorwaarden gemeente', 'randvoorwaarden gezamenlijk')));
    const meldingen = metCode(doc, 'regie-botst-met-rol');
    expect(meldingen).toHaveLength(1);
    expect(meldingen[0].range.start.line + 1).toBe(10);
    expect(meldingen[0].relatedInformation?.map(r => `${doc.textDocument.getText(r.location.range)}: ${r.message}`)).toEqual([
        'gezamenlijk: regie randvoorwaarden gezamenlijk (r. 28)',
        'gemeente: eisen gemeente (r. 17)'
    ]);
});
