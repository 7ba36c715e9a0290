import type { Bron } from '../framework/sources.js';

/**
 * Recommendations for the summary's "Aandachtspunten en aanbevelingen": what the reports advise
 * (R1 §5.3, R2 §4.2), each shown only when a finding it answers is there. A finding names the
 * problem at its place in the file; a recommendation says what to do about the whole, in the
 * reports' spirit and in our own words. Grouped by theme, in the order of R1 §5.3. Which findings call
 * for a recommendation, the rules say themselves (`Regel.aanbeveling`).
 */
export interface Aanbeveling {
    id: string;
    thema: string;
    tekst: string;
    bron: Bron;
}

/** Each rule names the recommendation its findings call for (`aanbeveling` in language/rules/catalog/<id>.ts). */
const LIJST = [
    {
        id: 'rollen-per-fase', thema: 'Rollen per fase',
        tekst: 'Maak per fase duidelijk welke rol de gemeente speelt en welke rol vooral geldt, en vertel de partners dat ook. Vooral bij de overgang van verkennen naar opdracht geven raken partners anders in verwarring.',
        bron: 'R1 §5.3; R2 §4.2 concl. 9'
    },
    {
        id: 'eisen-samen', thema: 'Van samenwerken naar opdracht geven',
        tekst: 'Stel de eisen voor de opdracht samen met de uitvoerende partijen op. Dan blijft de contractering een zaak van samenwerking en blijven partijen hun kennis delen, ook als zij later een opdracht krijgen.',
        bron: 'R1 §5.3; R2 §2.1'
    },
    {
        id: 'probleem-samen', thema: 'Van samenwerken naar opdracht geven',
        tekst: 'Zolang niet duidelijk is wat het probleem precies is, past een aanpak waarin gemeente en partijen samen zoeken. Contracten en afrekenen op prestaties werken pas als probleem en oplossing helder zijn.',
        bron: 'R1 §2.1 fig. 1; R2 §3.4'
    },
    {
        id: 'doelen-uitkomsten', thema: 'Doelen en uitkomsten',
        tekst: 'Vertaal de doelen in beoogde uitkomsten voor inwoners die u kunt volgen, liefst samen met de partijen en inwoners opgesteld. Een telling van wat er gedaan is, laat niet zien of het doel bereikt wordt.',
        bron: 'R1 §5.3; §5.2 concl. 2'
    },
    {
        id: 'uitkomst-voorwaarden', thema: 'Doelen en uitkomsten',
        tekst: 'Regel de voorwaarden voordat u op uitkomsten stuurt: meet het effect voor inwoners, en koppel de bekostiging aan resultaat in plaats van aan uren of producten.',
        bron: 'R1 §2.5, voorwaarden 1 en 3; §5.3'
    },
    {
        id: 'burgers', thema: 'Burgers betrekken',
        tekst: 'Betrek burgers op meer manieren dan via formele adviesraden: peil hun behoeften bij de start, zet samen met hen een gebiedsagenda op, en reageer snel op initiatieven van bewoners.',
        bron: 'R1 §5.3; §5.2 concl. 3'
    },
    {
        id: 'ruimte-professional', thema: 'Burgers betrekken',
        tekst: 'Geef de professionals in de teams ruimte om zelf te beslissen; dat hoort bij een aanpak waarin uitvoerders en bewoners het zwaartepunt vormen.',
        bron: 'R1 §5.3; §1.1'
    },
    {
        id: 'cyclus', thema: 'De hele beleidscyclus',
        tekst: 'Doorloop de hele beleidscyclus: verken het maatschappelijke probleem samen met partners en inwoners, en plan ook de evaluatie van het effect, samen met de organisaties. Die evaluatie voedt de volgende verkenning.',
        bron: 'R1 §5.3; §2.4'
    },
    {
        id: 'geldstromen', thema: 'Bekostiging en geldstromen',
        tekst: 'Maak met de andere financiers afspraken over één budget of één verantwoording voor het team. Een gemeente heeft weinig grip op organisaties die zij niet zelf financiert, en gescheiden geldstromen hinderen samenwerken.',
        bron: 'R2 §4.2 concl. 5 en 9'
    },
    {
        id: 'typering', thema: 'Typering en ambitie',
        tekst: 'Laat de eigen typering en de ambitie aansluiten bij wat er in de fasen gebeurt: beschrijf hoe rol, kennisbron en burgerparticipatie moeten veranderen om het gewenste type te bereiken.',
        bron: 'R1 §2.2 fig. 2'
    }
] as const satisfies readonly Aanbeveling[];

export type AanbevelingId = typeof LIJST[number]['id'];

export const AANBEVELINGEN: readonly Aanbeveling[] = LIJST;
