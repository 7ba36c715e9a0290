/**
 * The starter file of `sturing init` and of the editor's "Nieuw sturingsontwerp": a gemeente with the
 * four phases of the policy cycle, and per step a comment that says what to write and where the
 * framework comes from. Texts that only the advisor can write (the team's goal) are left empty, so
 * that Sturing keeps asking for them.
 */
export function startbestand(gemeente: string): string {
    return `// Sturingsontwerp van gemeente ${gemeente}
//
// Beschrijf hier stap voor stap hoe uw gemeente de gebiedsgerichte aanpak stuurt. Sturing controleert
// terwijl u typt: een melding zegt wat er nog ontbreekt of niet klopt, met de bron in het onderzoek.
// Ctrl+Spatie toont wat u op een plek kunt schrijven; een muisaanwijzer op een woord legt het uit.

gemeente ${gemeente} {
    // Stap 1. Is het maatschappelijke probleem helder, of nog onduidelijk (R1 §2.1)? En wie staat aan
    // het roer: de gemeente, gedeeld met de uitvoerders, of burgers en professionals (R1 §2.2)?
    probleem onduidelijk
    verantwoordelijkheid gedeeld

    // Stap 2. De organisaties waarmee de gemeente samenwerkt. Geef elke partij een eigen naam.
    partij Welzijn soort welzijn

    // Stap 3. Het sociale team: wie erin zit en wat het moet bereiken. Schrijf het doel tussen de
    // aanhalingstekens, en daarna een indicator waaraan u ziet dat het doel bereikt wordt.
    team Wijkteam {
        leden Welzijn
        doel ""
    }

    // Stap 4. De beleidscyclus (R1 §2.4): welke rol speelt de gemeente in elke fase, en welke de partijen?
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
    }

    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        monitoring gezamenlijk
    }

    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
    }
}
`;
}

/** A gemeente name from what the advisor typed or a file name: `den-haag` → `DenHaag`. */
export function gemeentenaam(tekst: string): string | undefined {
    const naam = tekst.split(/[^\p{L}\p{N}_]+/u).filter(Boolean).map(w => w[0].toUpperCase() + w.slice(1)).join('');
    return /^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*$/.test(naam) ? naam : undefined;
}
