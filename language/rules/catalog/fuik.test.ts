import { readFileSync } from 'node:fs';
import { testRegel } from '../../../tests/regel-tester.js';
import { fuik } from './fuik.js';

const casus = (naam: string) => readFileSync(new URL(`../../../tests/fixtures/ontwikkelcasussen/${naam}.sturing`, import.meta.url), 'utf8');

const VERKENNING = `    partij Welzijn "Welzijn Oost" soort welzijn
    partij Zorg "Zorggroep" soort zorg

    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn adviseur
        rol Zorg adviseur
        instrument overleg "Werkconferenties"
    }
`;

testRegel(fuik, {
    meldt: [
        {
            naam: 'a joint exploration, then the municipality sets the requirements alone',
            tekst: `gemeente Oostdal {
${VERKENNING}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        eisen gemeente
        instrument bestuurlijke-aanbesteding
    }
}
`,
            meldingen: [{
                bereik: 'gemeente',
                // Zorg thought along but gets no assignment here: only Welzijn receives the requirements.
                bericht: 'De gemeente verkende samen met Welzijn, maar stelt nu als opdrachtgever de eisen alleen op: de opdrachtgeversfuik. Stel de eisen samen met Welzijn op, dan houdt de opdracht een governancekarakter (R1 §4.3–4.4, §5.3).'
            }],
            herstel: {
                titel: "Vervang door 'eisen gezamenlijk'",
                resultaat: `gemeente Oostdal {
${VERKENNING}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
        instrument bestuurlijke-aanbesteding
    }
}
`
            }
        },
        {
            naam: 'a joint exploration, then commissioning without saying who sets the requirements',
            tekst: `gemeente Oostdal {
${VERKENNING}
    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Welzijn opdrachtnemer
    }
}
`,
            meldingen: [{ bereik: 'opdrachtgever', bericht: 'De gemeente verkende samen met Welzijn en geeft hun nu opdrachten, maar wie stelt de eisen op? Alleen is de opdrachtgeversfuik; schrijf eisen gezamenlijk als u ze samen opstelt (R1 §4.3–4.4, §5.3).' }],
            herstel: {
                titel: "Voeg 'eisen gezamenlijk' toe",
                resultaat: `gemeente Oostdal {
${VERKENNING}
    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
    }
}
`
            }
        },
        {
            // R1 §3.6: Emmen talked with its advisory councils and the recognised representatives of districts, and
            // explored with Sedna and the care organisations; only these two are contracted and get requirements.
            naam: 'Emmen: only the parties that explored and are now contracted are named, not the councils that advised',
            tekst: casus('emmen'),
            meldingen: [{ bereik: 'gemeente', bericht: 'De gemeente verkende samen met Sedna en Zorgorganisaties, maar stelt nu als opdrachtgever de eisen alleen op: de opdrachtgeversfuik. Stel de eisen samen met hen op, dan houdt de opdracht een governancekarakter (R1 §4.3–4.4, §5.3).' }]
        }
    ],
    zwijgt: [
        {
            // R1 §2.4 fase 1: a municipality that is dirigent in the exploration sets the frame itself.
            naam: 'the municipality was dirigent in the exploration, next to regisseur: it set the frame itself',
            tekst: `gemeente Oostdal {
${VERKENNING.replace('gemeente regisseur, gesprekspartner', 'gemeente dirigent, regisseur')}
    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        eisen gemeente
    }
}
`
        },
        {
            naam: 'the parties that thought along are not the ones that receive the assignment',
            tekst: `gemeente Oostdal {
    partij Welzijn "Welzijn Oost" soort welzijn
    partij Aanbieder "Aanbieder Noord" soort zorg
    adviesraad Raad "Adviesraad sociaal domein"

    fase verkenning {
        gemeente regisseur
        rol Raad adviseur
        rol Welzijn belanghebbende
    }

    fase kaderstelling {
        gemeente opdrachtgever
        rol Aanbieder opdrachtnemer
        eisen gemeente
    }
}
`
        },
        {
            naam: 'requirements set jointly after a joint exploration (R1 §5.3: a governance commissioner)',
            tekst: `gemeente Oostdal {
${VERKENNING}
    fase kaderstelling {
        gemeente regisseur, opdrachtgever
        eisen gezamenlijk
        instrument convenant
    }
}
`
        },
        {
            naam: 'no joint exploration to leave: the municipality decided the course alone',
            tekst: `gemeente Oostdal {
    partij Welzijn "Welzijn Oost" soort welzijn

    fase verkenning {
        gemeente dirigent
        kennisbron ambtenaren
    }

    fase kaderstelling {
        gemeente opdrachtgever
        rol Welzijn opdrachtnemer
        eisen gemeente
    }
}
`
        },
        {
            naam: 'no exploration at all',
            tekst: `gemeente Oostdal {
    partij Welzijn "Welzijn Oost" soort welzijn
    fase kaderstelling {
        gemeente opdrachtgever
        eisen gemeente
    }
}
`
        }
    ]
});
