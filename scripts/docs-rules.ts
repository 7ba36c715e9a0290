import { REGELS } from '../language/rules/catalog/index.js';
import { standaardErnstTekst } from '../language/rules/rule-types.js';

/** How far an unreadable line silences a rule that concludes from something missing (Regel.afwezigheid). */
const AFWEZIGHEID = {
    element: 'in het element zelf (het team, het doel, de fase waarover de regel gaat)',
    fase: 'in dezelfde fase',
    gemeente: 'ergens in de gemeente'
} as const;

/** docs/regels/README.md: the index of the rule catalogue, generated from the rules themselves. */
export function regelIndex(): string {
    return `<!-- Gegenereerd door \`npm run generate\` uit language/rules/catalog/; wijzig de regels daar. -->
# Regels

Sturing controleert een sturingsontwerp op ${REGELS.length} punten. Elke regel heeft een eigen pagina: wat hij
controleert, waarom (met bron), een voorbeeld met en zonder melding, hoe u het oplost en hoe u de ernst
aanpast.

| regel | standaardernst | wat | bron |
|---|---|---|---|
${REGELS.map(r => `| [\`${r.id}\`](${r.id}.md) | ${standaardErnstTekst(r)} | ${r.titel} | ${r.bron} |`).join('\n')}

## Als Sturing een regel niet kan lezen

Veel regels melden dat er iets *ontbreekt*: geen rol, geen evaluatie, geen indicator. Staat er vlakbij een regel
met een tikfout of een naam die Sturing niet kent, dan kan het ontbrekende juist daar staan, alleen onleesbaar.
Die regels zwijgen dan; de melding over de tikfout of de onbekende naam zegt wat u moet verbeteren, en daarna
komen ze vanzelf terug. Hoe ver "vlakbij" reikt, verschilt per regel:

${(['element', 'fase', 'gemeente'] as const).map(w => `- ${AFWEZIGHEID[w]}: ${REGELS.filter(r => r.afwezigheid === w).map(r => `[\`${r.id}\`](${r.id}.md)`).join(', ')}.`).join('\n')}

## Ernst aanpassen

Zet in \`sturing.json\` in de hoofdmap van de werkruimte (de CLI gebruikt het dichtstbijzijnde \`sturing.json\`
boven de gecontroleerde bestanden):

\`\`\`json
{
  "regels": {
    "vaag-doel": "uit",
    "kleine-cyclus": "fout"
  }
}
\`\`\`

of in VS Code de instelling \`sturing.regels\` (die wint van \`sturing.json\`). Waarden: \`fout\`, \`waarschuwing\`,
\`info\`, \`hint\`, \`uit\`; ook \`error\`, \`warning\`, \`info\`, \`hint\`, \`off\`. Een onbekende regel of waarde geeft een
melding in \`sturing.json\` zelf (en in \`sturing check\`).

## Eén keer uitzetten

Een commentaar op de regel boven een element, of aan het eind van de regel, zet de genoemde regels voor dat
element uit:

\`\`\`sturing
// sturing-negeer npm-in-verkenning, fuik: pilot met vaste partners, afgesproken in de stuurgroep
fase verkenning { … }
\`\`\`

Staat er geen reden achter de dubbele punt, of zet het commentaar niets uit, dan geeft Sturing een hint.
`;
}
