import { expect, test } from 'vitest';
import { metCode, valideer } from '../../../tests/helpers.js';
import { testRegel } from '../../../tests/regel-tester.js';
import { outputAlsDoelindicator } from './output-als-doelindicator.js';

const HOOGEZAND = (indicatoren: string, doel = 'Inwoners redden zich langer zelfstandig') => `gemeente MiddenGroningen {
    partij Welzijn "Welzijn Midden-Groningen" soort welzijn

    team Hoogezand "Sociaal team Hoogezand" {
        breedte breed
        leden Welzijn
        doel "${doel}" {
${indicatoren}        }
    }
}
`;

testRegel(outputAlsDoelindicator, {
    meldt: [
        {
            naam: 'the only indicator counts home visits (read from its wording)',
            tekst: HOOGEZAND('            indicator "Aantal huisbezoeken per jaar" streefwaarde "400"\n'),
            meldingen: [{
                bereik: '"Aantal huisbezoeken per jaar"',
                bericht: 'De indicator "Aantal huisbezoeken per jaar" telt wat er gedaan wordt, niet het effect voor inwoners. Voeg er een toe voor hun zelfredzaamheid, of schrijf indicator outcome als deze het effect al meet (R1 §2.5; §5.2 concl. 2).',
                ernst: 'info'
            }]
        },
        {
            naam: 'an indicator with the level output written out',
            tekst: HOOGEZAND('            indicator output "Bereikte gezinnen in de wijk"\n'),
            meldingen: [{
                bereik: 'output',
                bericht: 'De indicator "Bereikte gezinnen in de wijk" meet op output-niveau: wat er gedaan wordt, niet of het doel voor inwoners bereikt wordt. Voeg een indicator toe die het effect (outcome) meet (R1 §2.5; §5.2 concl. 2).'
            }]
        },
        {
            naam: 'every indicator counts production: each is reported',
            tekst: HOOGEZAND('            indicator "Aantal keukentafelgesprekken"\n            indicator throughput "Percentage casussen met één gezinsplan"\n', 'Eén huishouden, één plan'),
            meldingen: [
                { bereik: '"Aantal keukentafelgesprekken"', bericht: 'De indicator "Aantal keukentafelgesprekken" telt wat er gedaan wordt, niet het effect voor inwoners. Voeg er een toe voor hun zelfredzaamheid, of schrijf indicator outcome als deze het effect al meet (R1 §2.5; §5.2 concl. 2).' },
                { bereik: 'throughput', bericht: /^De indicator "Percentage casussen met één gezinsplan" meet op throughput-niveau/ }
            ]
        },
        {
            // R1 §3.2.3: Hoogezand required in advance that 800 clients and 600 young people be visited, and
            // the researchers call that steering on output. A number of people reached is a count, not an effect.
            naam: 'Hoogezand: a plain count of people reached ("800 cliënten en 600 jongeren bezocht")',
            tekst: HOOGEZAND('            indicator "800 cliënten en 600 jongeren bezocht"\n', 'Veranderproces sociaal domein: integraal werken'),
            meldingen: [{ bereik: '"800 cliënten en 600 jongeren bezocht"', bericht: /^De indicator "800 cliënten en 600 jongeren bezocht" telt wat er gedaan wordt/ }]
        },
        {
            naam: 'a number followed by what was delivered, without a count word',
            tekst: HOOGEZAND('            indicator "1200 gezinnen per jaar"\n'),
            meldingen: [{ bereik: '"1200 gezinnen per jaar"', bericht: /^De indicator "1200 gezinnen per jaar" telt wat er gedaan wordt/ }]
        }
    ],
    zwijgt: [
        {
            naam: 'a number of inwoners with an effect ("500 inwoners zelfredzamer"): the effect word decides',
            tekst: HOOGEZAND('            indicator "500 inwoners zelfredzamer na een jaar"\n')
        },
        {
            naam: 'an effect indicator (self-reliance) next to a count: the goal is followed on its effect',
            tekst: HOOGEZAND('            indicator "Aantal huisbezoeken per jaar"\n            indicator "Aandeel cliënten met stijgende zelfredzaamheidsscore" streefwaarde "60%"\n')
        },
        {
            naam: 'the level outcome written out, though the wording contains count words',
            tekst: HOOGEZAND('            indicator outcome "Aantal gezinnen met een schuldhulptraject daalt"\n', 'Minder inwoners met problematische schulden')
        },
        {
            naam: 'wording that says neither count nor effect: no guess',
            tekst: HOOGEZAND('            indicator "Inwoners weten het team te vinden"\n')
        },
        {
            naam: 'a goal without indicators is vaag-doel\'s concern',
            tekst: HOOGEZAND('')
        }
    ]
});

// The word list in language/framework/indicators.ts matches at the start of a word: "uren" is not read in "buren".
test('output-als-doelindicator: "buren" is not "uren", "sociaal contact" is an effect', async () => {
    const doc = await valideer(HOOGEZAND('            indicator "Meer inwoners helpen hun buren"\n', 'Inwoners zien naar elkaar om'));
    expect(metCode(doc, 'output-als-doelindicator')).toEqual([]);
    const contact = await valideer(HOOGEZAND('            indicator "Minder inwoners zonder sociaal contact"\n', 'Inwoners zien naar elkaar om'));
    expect(metCode(contact, 'output-als-doelindicator')).toEqual([]);
    const uren = await valideer(HOOGEZAND('            indicator "Uren inzet per week"\n', 'Inwoners zien naar elkaar om'));
    expect(metCode(uren, 'output-als-doelindicator')).toHaveLength(1);
});
