import { testRegel } from '../../../tests/regel-tester.js';
import { uitkomstMetProductbekostiging } from './uitkomst-met-productbekostiging.js';

const PARTIJEN = `    partij Welzijn "Welzijn Noordenveld" soort welzijn
    partij Zorg "Thuiszorg Noordenveld" soort zorg
`;

const MET_PXQ = `gemeente Noordenveld {
${PARTIJEN}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        sturing-op output, outcome
        bekostiging Welzijn lumpsum
        bekostiging Zorg p-x-q
    }
}
`;

const BERICHT = 'De uitvoering stuurt op outcome, maar Zorg krijgt geld per product: dat beloont volume, geen resultaat voor inwoners. Denk aan resultaatfinanciering of een populatiegebonden budget (R1 §2.5, voorwaarde 3).';

testRegel(uitkomstMetProductbekostiging, {
    meldt: [
        {
            naam: 'execution steers on output and outcome while home care is paid per hour; replaced by result funding',
            tekst: MET_PXQ,
            meldingen: [{ bereik: 'p-x-q', bericht: BERICHT, ernst: 'waarschuwing' }],
            herstel: { titel: 'Vervang door resultaatfinanciering', resultaat: MET_PXQ.replace('Zorg p-x-q', 'Zorg resultaatfinanciering') }
        },
        {
            naam: 'the same, replaced by a population budget',
            tekst: MET_PXQ,
            meldingen: [{ bereik: 'p-x-q', bericht: BERICHT }],
            herstel: { titel: 'Vervang door populatiegebonden', resultaat: MET_PXQ.replace('Zorg p-x-q', 'Zorg populatiegebonden') }
        },
        {
            naam: 'the welfare organisation gets only input subsidy in a phase that steers on outcome',
            tekst: `gemeente Noordenveld {
${PARTIJEN}
    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Welzijn opdrachtnemer
        rol Zorg opdrachtnemer
        sturing-op outcome
        bekostiging Welzijn subsidie
        bekostiging Zorg resultaatfinanciering
    }
}
`,
            meldingen: [{ bereik: 'subsidie', bericht: 'De kaderstelling stuurt op outcome, maar Welzijn krijgt alleen inputsubsidie: dat beloont volume, geen resultaat voor inwoners. Denk aan resultaatfinanciering of een populatiegebonden budget (R1 §2.5, voorwaarde 3).' }]
        },
        {
            naam: 'the funding is agreed in the kaderstelling; both phases steer on outcome: one finding per funding line',
            tekst: `gemeente Noordenveld {
${PARTIJEN}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Zorg opdrachtnemer
        instrument contract "Contract wijkverpleging en huishoudelijke hulp"
        bekostiging Zorg contract
        sturing-op outcome
    }

    fase uitvoering {
        gemeente regisseur
        rol Zorg uitvoerder
        sturing-op outcome
    }
}
`,
            meldingen: [{ bereik: 'contract', bericht: 'De kaderstelling stuurt op outcome, maar Zorg krijgt productiefinanciering (contract): dat beloont volume, geen resultaat voor inwoners. Denk aan resultaatfinanciering of een populatiegebonden budget (R1 §2.5, voorwaarde 3).' }]
        },
        {
            naam: 'a party whose name is plural gets a plural verb (as Emmen\'s Zorgorganisaties, R1 §3.6)',
            tekst: `gemeente Emmen {
    partij Zorgorganisaties "Zorgaanbieders Wmo"
    fase kaderstelling {
        gemeente opdrachtgever
        rol Zorgorganisaties opdrachtnemer
        bekostiging Zorgorganisaties contract
        sturing-op outcome
    }
}
`,
            meldingen: [{ bereik: 'contract', bericht: 'De kaderstelling stuurt op outcome, maar Zorgorganisaties krijgen productiefinanciering (contract): dat beloont volume, geen resultaat voor inwoners. Denk aan resultaatfinanciering of een populatiegebonden budget (R1 §2.5, voorwaarde 3).' }]
        },
        {
            naam: 'only the execution steers on outcome and names no funding: the contract of the kaderstelling is what it runs on',
            tekst: `gemeente Noordenveld {
${PARTIJEN}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Zorg opdrachtnemer
        bekostiging Zorg p-x-q
        sturing-op output
    }

    fase uitvoering {
        gemeente regisseur
        rol Zorg uitvoerder
        sturing-op throughput, outcome
    }
}
`,
            meldingen: [{
                bereik: 'p-x-q',
                bericht: 'De uitvoering stuurt op outcome, maar Zorg krijgt geld per product volgens de kaderstelling: dat beloont volume, geen resultaat voor inwoners. Denk aan resultaatfinanciering of een populatiegebonden budget (R1 §2.5, voorwaarde 3).'
            }]
        }
    ],
    zwijgt: [
        {
            naam: 'outcome steering with result funding and a population budget (R1 §2.5 condition 3 met)',
            tekst: `gemeente Noordenveld {
${PARTIJEN}
    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        rol Zorg uitvoerder
        sturing-op output, outcome
        bekostiging Welzijn populatiegebonden
        bekostiging Zorg resultaatfinanciering
    }
}
`
        },
        {
            naam: 'subsidy together with BCF for the same party: there is an agreement on results',
            tekst: `gemeente Noordenveld {
${PARTIJEN}
    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Welzijn opdrachtnemer
        sturing-op outcome
        bekostiging Welzijn subsidie
        bekostiging Welzijn bcf
    }
}
`
        },
        {
            naam: 'production funding while steering on input and output only: not this rule',
            tekst: MET_PXQ.replace('sturing-op output, outcome', 'sturing-op input, output')
        },
        {
            naam: 'the execution has its own funding without production elements; the contract in the kaderstelling is not read',
            tekst: `gemeente Noordenveld {
${PARTIJEN}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Zorg opdrachtnemer
        bekostiging Zorg contract
        sturing-op output
    }

    fase uitvoering {
        gemeente regisseur
        rol Zorg uitvoerder
        sturing-op outcome
        bekostiging Zorg resultaatfinanciering
    }
}
`
        }
    ]
});
