import { testRegel } from '../../../tests/regel-tester.js';
import { npmInVerkenning } from './npm-in-verkenning.js';

// A small municipality that starts its area teams with the welfare and care organisations. The
// problem is still being explored (R1 §2.1 fig. 1: governance fits), yet something from the
// contracting phase has crept into the exploration.
const PARTIJEN = `    probleem onduidelijk
    partij Welzijn "Stichting Welzijn Westerveen" soort welzijn
    partij Thuiszorg "Thuiszorg Drenthe" soort zorg
`;

const KADERSTELLING = `    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
        rol Thuiszorg opdrachtnemer
        eisen gezamenlijk
    }
`;

const MET_AANBESTEDING = `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Thuiszorg adviseur
        instrument overleg "Werkconferenties met de instellingen"
        instrument open-aanbesteding "Aanbesteding sociaal wijkteam"
    }

${KADERSTELLING}}
`;

const MET_ROL = `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur, opdrachtgever
        rol Welzijn adviseur
        rol Thuiszorg adviseur
        instrument overleg "Werkconferenties met de instellingen"
    }

${KADERSTELLING}}
`;

const ROL_BERICHT = 'In de verkenning is de gemeente al opdrachtgever, een rol uit de contractering. Partijen die straks om de opdracht concurreren, delen dan minder kennis; verkennen doet zij beter als regisseur (R2 §2.1; R1 §4.2, §5.2 concl. 5).';
const AANBESTEDING_BERICHT = 'In de verkenning staat al een open aanbesteding. Partijen die straks om de opdracht concurreren, delen dan minder kennis over het probleem; dit hoort in de kaderstelling (R2 §2.1; R1 §4.2, §5.2 concl. 5).';

testRegel(npmInVerkenning, {
    meldt: [
        {
            naam: 'an open tender during the exploration; moved to the existing kaderstelling',
            tekst: MET_AANBESTEDING,
            meldingen: [{ bereik: 'open-aanbesteding', bericht: AANBESTEDING_BERICHT, ernst: 'waarschuwing' }],
            herstel: {
                titel: 'Verplaats naar de kaderstelling',
                resultaat: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Thuiszorg adviseur
        instrument overleg "Werkconferenties met de instellingen"
    }

    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
        rol Thuiszorg opdrachtnemer
        eisen gezamenlijk
        instrument open-aanbesteding "Aanbesteding sociaal wijkteam"
    }
}
`
            }
        },
        {
            naam: 'an open tender during the exploration; replaced by consultation',
            tekst: MET_AANBESTEDING,
            meldingen: [{ bereik: 'open-aanbesteding', bericht: AANBESTEDING_BERICHT }],
            herstel: {
                titel: 'Vervang door overleg',
                resultaat: MET_AANBESTEDING.replace('instrument open-aanbesteding', 'instrument overleg')
            }
        },
        {
            naam: 'an open tender during the exploration; replaced by a covenant',
            tekst: MET_AANBESTEDING,
            meldingen: [{ bereik: 'open-aanbesteding', bericht: AANBESTEDING_BERICHT }],
            herstel: {
                titel: 'Vervang door convenant',
                resultaat: MET_AANBESTEDING.replace('instrument open-aanbesteding', 'instrument convenant')
            }
        },
        {
            naam: 'a contract in the exploration and no kaderstelling yet: the fix creates the phase after the exploration',
            tekst: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        instrument contract "Raamcontract welzijn 2015"
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
    }
}
`,
            meldingen: [{ bereik: 'contract', bericht: 'In de verkenning staat al een contract. Partijen die straks om de opdracht concurreren, delen dan minder kennis over het probleem; dit hoort in de kaderstelling (R2 §2.1; R1 §4.2, §5.2 concl. 5).' }],
            herstel: {
                titel: 'Verplaats naar de kaderstelling',
                resultaat: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }

    fase kaderstelling {
        instrument contract "Raamcontract welzijn 2015"
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
    }
}
`
            }
        },
        {
            naam: 'the municipality already acts as client in the exploration; the role joins the gemeente line of the kaderstelling',
            tekst: MET_ROL,
            meldingen: [{ bereik: 'opdrachtgever', bericht: ROL_BERICHT }],
            herstel: {
                titel: "Verplaats 'opdrachtgever' naar de kaderstelling",
                resultaat: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        rol Thuiszorg adviseur
        instrument overleg "Werkconferenties met de instellingen"
    }

${KADERSTELLING.replace('gemeente regisseur', 'gemeente regisseur, opdrachtgever')}}
`
            }
        },
        {
            naam: 'the municipality starts as market master; replaced by regisseur',
            tekst: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente marktmeester
        rol Welzijn belanghebbende
        rol Thuiszorg belanghebbende
    }
}
`,
            meldingen: [{ bereik: 'marktmeester', bericht: /^In de verkenning is de gemeente al marktmeester, een rol uit de contractering\./ }],
            herstel: {
                titel: "Vervang 'marktmeester' door 'regisseur'",
                resultaat: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Welzijn belanghebbende
        rol Thuiszorg belanghebbende
    }
}
`
            }
        },
        {
            naam: 'the municipality starts as market master; the role moves to a new kaderstelling',
            tekst: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente marktmeester
        rol Welzijn belanghebbende
        rol Thuiszorg belanghebbende
    }
}
`,
            meldingen: [{ bereik: 'marktmeester', bericht: /^In de verkenning is de gemeente al marktmeester/ }],
            herstel: {
                titel: "Verplaats 'marktmeester' naar de kaderstelling",
                resultaat: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        rol Welzijn belanghebbende
        rol Thuiszorg belanghebbende
    }

    fase kaderstelling {
        gemeente marktmeester
    }
}
`
            }
        },
        {
            naam: 'production funding of a party during the exploration; replaced by a covenant',
            tekst: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Thuiszorg adviseur
        bekostiging Thuiszorg p-x-q
    }
}
`,
            meldingen: [{
                bereik: 'p-x-q',
                bericht: 'In de verkenning wordt Thuiszorg al bekostigd via prijs × hoeveelheid. Dat hoort bij de contractering: tijdens het samen verkennen zet het partijen tegenover elkaar, en dan delen zij minder kennis (R2 §2.1; R1 §4.2, §5.2 concl. 5).'
            }],
            herstel: {
                titel: 'Vervang door convenant',
                resultaat: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur
        rol Thuiszorg adviseur
        bekostiging Thuiszorg convenant
    }
}
`
            }
        },
        {
            naam: 'no problem statement at all, a client role, a tender among the partners and a contract: each is marked where it stands',
            tekst: `gemeente Westerveen {
    partij Welzijn "Stichting Welzijn Westerveen" soort welzijn

    fase verkenning {
        gemeente vooral regisseur, soms opdrachtgever
        rol Welzijn adviseur
        instrument bestuurlijke-aanbesteding "Uitnodiging aan de drie vaste partners"
        bekostiging Welzijn contract
    }
}
`,
            meldingen: [
                { bereik: 'opdrachtgever', bericht: /^In de verkenning is de gemeente al opdrachtgever/ },
                { bereik: 'bestuurlijke-aanbesteding', bericht: /^In de verkenning staat al een bestuurlijke aanbesteding\./ },
                { bereik: 'contract', bericht: /^In de verkenning wordt Welzijn al bekostigd via contract\./ }
            ]
        }
    ],
    zwijgt: [
        {
            naam: 'probleem helder: an NPM start for a proven method is what the framework prescribes (R2 §3, R1 fig. 1)',
            tekst: `gemeente Dalwijk {
    probleem helder
    partij Methode "Stichting Methode Thuis" soort overig

    fase verkenning {
        gemeente opdrachtgever
        rol Methode adviseur
        instrument contract "Verkennend contract met de methode-eigenaar"
        bekostiging Methode p-x-q
    }
}
`
        },
        {
            naam: 'probleem duidelijk, the word R1 itself uses, counts as helder (R1 §2.1)',
            tekst: `gemeente Dalwijk {
    probleem duidelijk
    partij Methode "Stichting Methode Thuis" soort overig

    fase verkenning {
        gemeente opdrachtgever
        rol Methode adviseur
        instrument contract "Verkennend contract met de methode-eigenaar"
        bekostiging Methode p-x-q
    }
}
`
        },
        {
            naam: 'a joint exploration with consultation, a covenant and unpaid participation; the tender comes later',
            tekst: `gemeente Westerveen {
${PARTIJEN}
    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn adviseur
        rol Thuiszorg adviseur
        instrument overleg "Werkconferenties met de instellingen"
        instrument convenant "Pilotafspraken wijkteam Noord"
        bekostiging Welzijn om-niet
        bekostiging Thuiszorg om-niet
    }

    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Welzijn opdrachtnemer
        instrument bestuurlijke-aanbesteding "Uitnodiging aan de pilotpartners"
        bekostiging Welzijn contract
    }
}
`
        }
    ]
});
