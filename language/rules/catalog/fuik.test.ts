import { testRegel } from '../../../tests/regel-tester.js';
import { fuik } from './fuik.js';

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
                bericht: 'De gemeente verkende samen met Welzijn, Zorg, maar stelt als opdrachtgever de eisen nu alleen op. Zo raakt zij in de opdrachtgeversfuik: van samen zoeken naar eisen opleggen aan wie net meedacht. Stel de eisen samen met de uitvoerende partijen op, dan houdt de contractering een governancekarakter (R1 §4.3–4.4, §5.3).'
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
            meldingen: [{ bereik: 'opdrachtgever', bericht: /^De gemeente verkende samen met Welzijn, Zorg en wordt nu opdrachtgever, maar er staat niet wie de eisen opstelt\./ }],
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
        }
    ],
    zwijgt: [
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
