import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { OPVATTINGEN, OPVATTING_RIJEN, type Opvatting, type OpvattingRichting } from '../language/framework/conceptions.js';
import { GOVERNANCE_TYPE_IDS, INGREDIENTEN, MODELLEN, OPVATTING_BRUG_BRON, OPVATTING_NAAR_TYPE, model, type TypeRichting } from '../language/framework/governance-types.js';
import { FASE_POSITIES, KENNISNETWERKEN, REGIE_MONITORING_FASE, REGIE_RIJ, REGIEKOLOM_ROL } from '../language/framework/inference-tables.js';
import { FASEN } from '../language/framework/phases.js';
import { REGIE_MATRIX, REGIEROL_IDS, REGIEROL_LABEL } from '../language/framework/regie.js';
import { WOORDENSCHAT, type Begrip, type Categorie } from '../language/framework/vocabulary.js';
import { GEWICHTEN, gewicht } from '../language/framework/weights.js';
import { isGemeente, type Model } from '../language/generated/ast.js';
import {
    faseOpvattingZin, onderbouwingZin, opvattingKort, regieZin, rijenTabel, typeLabel, typeZin, waaromRegels, zekerheidWoord
} from '../language/presentation/profile-text.js';
import { createSturingServices } from '../language/sturing-module.js';

/**
 * The page "Hoe Sturing het governancetype bepaalt" (docs/), for policy advisors. The prose is
 * written here; every table is built from the framework data, and the worked example is computed
 * by Sturing itself, so the page always matches what the tool does. `npm run generate` writes it;
 * a test keeps it in sync.
 */


function richting<K extends string>(r: Partial<Record<K, 'kern' | 'trek'>> | undefined, label: (k: K) => string): string {
    if (!r || Object.keys(r).length === 0) return 'telt niet mee';
    return (Object.entries(r) as Array<[K, 'kern' | 'trek']>).sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'kern' ? -1 : 1))
        .map(([k, s]) => s === 'kern' ? label(k) : `trek van ${label(k)}`).join(', ');
}

const opvattingNaam = (o: Opvatting) => opvattingKort(o);

function opvattingTabel(categorie: Categorie, titel: string): string {
    const rijen = Object.entries(WOORDENSCHAT[categorie] as Record<string, Begrip>);
    return [`| ${titel} | wijst op |`, '|---|---|',
        ...rijen.map(([w, b]) => `| \`${w}\` | ${b.synoniemVan ? `telt als \`${b.synoniemVan}\`` : richting(b.opvatting as OpvattingRichting, opvattingNaam)} |`)].join('\n');
}

function typeTabel(categorie: Categorie, titel: string): string {
    const rijen = Object.entries(WOORDENSCHAT[categorie] as Record<string, Begrip>);
    return [`| ${titel} | wijst op |`, '|---|---|',
        ...rijen.map(([w, b]) => `| \`${w}\` | ${b.synoniemVan ? `telt als \`${b.synoniemVan}\`` : richting(b.typen as TypeRichting, t => typeLabel(t))} |`)].join('\n');
}

function gewichtenTabel(): string {
    return ['| getal | waarde | betekenis | waarom |', '|---|---:|---|---|',
        ...Object.entries(GEWICHTEN).map(([id, g]) => `| \`${id}\` | ${String(g.waarde).replace('.', ',')} | ${g.betekenis} | ${g.grond} |`)].join('\n');
}

/** Sturing's own reading of the worked case, computed now. */
async function rekenvoorbeeld(): Promise<string> {
    const { shared, Sturing } = createSturingServices(EmptyFileSystem);
    // Run from the project root (npm run generate, the tests).
    const tekst = readFileSync('examples/groningen-2014.sturing', 'utf8');
    const doc = shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, URI.file('/voorbeeld/groningen-2014.sturing'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: false });
    const g = doc.parseResult.value.elementen.find(isGemeente)!;
    const p = Sturing.inference.ProfileProvider.profiel(g);
    const kader = p.opvatting.fasen.find(f => f.fase === 'kaderstelling')!;
    return [
        ...p.opvatting.fasen.map(f => `- **${f.fase}**: ${faseOpvattingZin(f)}`),
        '',
        'De rijen van de kaderstelling, waar de onderzoekers NPM-trekken zagen die het convenant in toom houdt:',
        '',
        rijenTabel(kader),
        '',
        `Het governancetype: **${typeZin(p)}** — ${onderbouwingZin(p.governancetype)}.`,
        '',
        ...waaromRegels(p).map(w => `- ${w}`),
        '',
        `De regierol: ${regieZin(p)}.`,
        '',
        `Type per fase: ${p.governancetype.fasen.map(f => `${f.fase} ${f.primair ? typeLabel(f.primair) : 'onbepaald'} (${zekerheidWoord(f.zekerheid)})`).join('; ')}.`
    ].join('\n');
}

export async function governancetypePagina(): Promise<string> {
    return `<!-- Gegenereerd door \`npm run generate\` uit language/framework/; wijzig de tabellen daar. -->
# Hoe Sturing het governancetype bepaalt

Sturing leest wat u over uw gemeente hebt geschreven en redeneert daarmee zoals de onderzoekers dat met de
hand deden (R1 hoofdstuk 2 en 3): per fase de **sturingsopvatting**, het **governancetype** (met een type per
fase en eventueel een trekje van een tweede type), de **regierol**, het **sturingsniveau** en de
**beleidscyclus**. Bij elke uitkomst zegt Sturing in woorden hoe goed die onderbouwd is. Deze pagina laat
precies zien hoe; alle tabellen komen uit dezelfde gegevens die de editor en de CLI gebruiken.

Een uitkomst is geen oordeel over uw gemeente maar een typering volgens het raamwerk, en de praktijk is
altijd een mengvorm (R1 §2.2). Klopt de typering niet met uw beeld, kijk dan in de hover op de gemeentenaam
wat ervoor en wat ertegen pleit, met de regel in het bestand waar het staat.

## 1. De sturingsopvatting per fase (R1 §2.1 fig. 1)

Figuur 1 van R1 is een tabel met **rijen**: wat de rol van de gemeente is, hoe de relatie met de uitvoerende
organisaties is, hoe besluiten worden genomen, welke instrumenten er zijn, in welke situatie de opvatting past.
Sturing leest per fase deze rijen:

| rij | wat Sturing leest | bron |
|---|---|---|
${OPVATTING_RIJEN.map(r => `| ${r.label} | ${r.leest} | ${r.bron} |`).join('\n')}

Zo werkt het:

1. Elke regel die u schrijft, hoort bij één rij. Binnen een rij telt elke regel even zwaar, behalve een rol
   met \`vooral\` (twee keer zo zwaar) of \`soms\` (half zo zwaar).
2. **Elke rij spreekt één keer per fase.** Vijf partijen met subsidie en één met een contract zijn samen één
   stem voor de rij bekostiging ("vooral subsidie, deels contract"), geen zes stemmen. Een rij waarover de fase
   niets zegt, doet niet mee.
3. De opvatting met de meeste stemmen wint. Bij een gelijke stand beslist het typische karakter van de fase
   (${FASEN.map(f => `${f.id}: ${opvattingKort(f.typisch)}`).join(', ')}; R1 §2.4 fig. 4).
4. Het **regie-blok** telt mee in de rijen waarover het gaat: ${Object.entries(REGIE_RIJ).map(([c, r]) => `${c} → ${OPVATTING_RIJEN.find(x => x.id === r)!.label}`).join('; ')}. Een \`regie\`-blok ín een fase geldt voor die fase. Het
   regie-blok van de gemeente geldt voor elke fase die zelf niets over dat onderdeel zegt (een regel
   \`monitoring\` of een rol van een partij gaat voor), en monitoring alleen in de ${REGIE_MONITORING_FASE}.
5. De **situatie** (\`probleem helder\` of \`onduidelijk\`) geldt voor alle fasen: zij zegt welke opvatting past.

Uitzondering die van de fase afhangt:

${FASE_POSITIES.map(u => `- \`${u.rol}\` in ${u.fasen.map(f => `\`${f}\``).join(' en ')} telt niet mee: ${u.reden} (${u.bron}).`).join('\n')}

Waar elk woord naar wijst (*kern*: fig. 1 noemt het in die kolom; *trek van*: het neigt die kant op):

${opvattingTabel('GemeenteRol', 'rol van de gemeente')}

${opvattingTabel('PartijRolSoort', 'rol van een partij')}

${opvattingTabel('Eisen', '`eisen`')}

${opvattingTabel('InstrumentSoort', 'instrument')}

${opvattingTabel('Bekostigingsmodel', 'bekostiging')}

${opvattingTabel('Wie', '`monitoring` en regie-antwoord')}

${opvattingTabel('Niveau', '`sturing-op`')}

${opvattingTabel('Probleem', '`probleem`')}

Voor de **aanpak als geheel** spreekt elke fase met gegevens één keer, met haar eigen opvatting; de opvatting
van de meeste fasen wint. Ligt het gelijk, dan beslist het gemiddelde van de fasen.

## 2. Het governancetype (R1 §2.2 fig. 2)

De vijf governancetypen zijn ideaaltypen, opgebouwd uit vier ingrediënten:

${INGREDIENTEN.map(i => `- **${i.label}** — ${i.uitleg} (${i.bron})`).join('\n')}

| type | ${INGREDIENTEN.map(i => i.label).join(' | ')} |
|---|${INGREDIENTEN.map(() => '---').join('|')}|
${MODELLEN.map(m => `| ${m.label} | ${INGREDIENTEN.map(i => m.profiel[i.id]).join(' | ')} |`).join('\n')}

De laatste twee rijen zijn geen governancetypen: R2 behandelt klassieke overheidssturing en NPM als eigen
modellen. R1 vouwt ze in: integrale beleidssturing ligt dicht bij government, expertsturing dicht bij NPM.
Daarom zijn opvatting en type **twee kanten van één model**: de opvatting van een fase is een vijfde stem voor het
type (${OPVATTING_BRUG_BRON}):

| opvatting | telt voor |
|---|---|
${OPVATTINGEN.map(o => `| ${opvattingKort(o.id)} | ${richting(OPVATTING_NAAR_TYPE[o.id], t => typeLabel(t))} |`).join('\n')}

Een fase die op NPM lijkt, is dus precies waar een trekje van expertsturing zichtbaar wordt.

### Zo telt Sturing

1. Elk ingrediënt is **één stem**; ingrediënten waarover niets staat, doen niet mee. De verantwoordelijkheid en
   het scenario gelden voor de hele gemeente. De rol, de kennisbron en de burgerparticipatie tellen per fase; voor
   de aanpak als geheel spreekt elke fase één keer. Het regie-blok van de gemeente telt als één extra stem voor de
   rol: zijn kolommen zijn zelf regierollen (${REGIEROL_IDS.map(k => `${REGIEROL_LABEL[k]} → \`${REGIEKOLOM_ROL[k]}\``).join(', ')}; R1 §2.3).
2. Het type met de meeste stemmen is het **primaire type**.
3. Per fase rekent Sturing hetzelfde met de rol en de opvatting van die fase. Noemt een fase zelf geen
   kennisbron of burgerparticipatie, dan gelden die van de aanpak als geheel.
4. Een tweede type heet een **trekje** ("met trekjes van …") als het in een fase duidelijk aanwezig is: het is
   het type van die fase, of wat ervoor pleit is daar samen minstens ${gewicht('trekjeMinimum') === 1 ? 'één heel ingrediënt' : gewicht('trekjeMinimum')} waard.
5. Ligt de aanpak als geheel bij klassieke overheidssturing of NPM en is het type de governance-tweeling
   daarvan, dan zegt Sturing dat het er **dicht bij ligt** (R2 §2.2).

### Ingrediënt 1: verantwoordelijkheid en scenario

${typeTabel('Verantwoordelijkheid', '`verantwoordelijkheid`')}

${typeTabel('Scenario', '`scenario`')}

### Ingrediënt 2: sturingsrol van de gemeente

${typeTabel('GemeenteRol', '`gemeente` in een fase')}

### Ingrediënt 3: kennisbron

De kennisbronnen die in één fase samen staan, vormen een netwerk; dat netwerk telt (R1 §2.2 element 3):

| netwerk | wanneer | telt voor |
|---|---|---|
${KENNISNETWERKEN.map(n => `| ${n.naam} | ${n.wanneer} | ${typeLabel(n.type)} (${n.bron}) |`).join('\n')}

### Ingrediënt 4: burgerparticipatie

${typeTabel('ParticipatieNiveau', '`burgerparticipatie`')}

## 3. Hoe zeker is het? (onderbouwing)

Sturing geeft geen percentages: een percentage lijkt een meting, en dat is het niet. Het zegt in woorden hoe goed
een uitkomst onderbouwd is:

- **${zekerheidWoord('sterk')}** — genoeg gegevens, en een ruime meerderheid wijst dezelfde kant op;
- **${zekerheidWoord('matig')}** — genoeg gegevens, en de meeste wijzen dezelfde kant op;
- **${zekerheidWoord('zwak')}** — weinig gegevens, of de gegevens wijzen verschillende kanten op;
- **${zekerheidWoord('onvoldoende')}** — er is niets (of te weinig) om een uitkomst op te baseren. Regels die het
  afgeleide type gebruiken, zwijgen dan.

Voor een fase telt hoeveel rijen van fig. 1 iets over de praktijk in die fase zeggen (het regie-blok van de gemeente
en de situatie tellen daarbij niet mee); voor het type hoeveel van de vier ingrediënten gegevens hebben. Eén regel
\`gemeente regisseur\` maakt dus een zwak onderbouwde opvatting en geen type.

## 4. Alle getallen

Het raamwerk geeft geen getallen: zijn figuren zijn tabellen met woorden. De getallen hieronder zijn de afspraken
die van die woorden stemmen maken, elk met wat het betekent en waarom het zo is. Sturing gebruikt geen ander getal.

${gewichtenTabel()}

In \`sturing profiel --json\` staan per type **relatieve scores** (het aandeel van de stemmen; samen 1): bedoeld om
typen te vergelijken, geen kansen. De onderbouwing staat ernaast in woorden.

## 5. Regierol (R1 §2.3 fig. 3)

In het blok \`regie\` kiest u per categorie wie bepaalt: \`gemeente\`, \`gezamenlijk\` of \`actoren\`. Dat zijn de
drie kolommen van het regiemodel:

| categorie | ${REGIEROL_IDS.map(r => `${REGIEROL_LABEL[r]}`).join(' | ')} |
|---|---|---|---|
${Object.entries(REGIE_MATRIX).map(([c, rij]) => `| \`${c}\` | ${REGIEROL_IDS.map(r => rij[r]).join(' | ')} |`).join('\n')}
| *u schrijft* | \`gemeente\` | \`gezamenlijk\` | \`actoren\` |

Sturing telt per kolom. De kolom met de meeste antwoorden is de **dominante regierol**; heeft een tweede kolom
minstens ${gewicht('regieMix')} antwoorden, dan heet het een **mix** van beide. Is coproducent de grootste kolom, dan
typeert Sturing de gemeente als **ruimte latende regisseur**: zo beschreven vijf van de acht gemeenten in R1
zichzelf. Zonder regie-blok leest Sturing een eerste beeld uit de fasen (\`monitoring\`, \`eisen\`, de rol van de
partijen in de uitvoering, en rollen als \`ruimte-latende-regisseur\` of \`facilitator\`); dat is hooguit redelijk
onderbouwd.

## 6. Sturingsniveau (R1 §2.5)

Een fase mag op meer niveaus tegelijk sturen (\`sturing-op output, throughput\`); alle tellen. Het huidige niveau is
het niveau dat het vaakst voorkomt; bij een gelijke stand noemt Sturing de mix en rekent met het laagste, zodat het
nooit te rooskleurig is. De ambitie is het hoogste niveau in het blok \`ambitie\`.

## 7. Beleidscyclus (R1 §2.4)

- **volledig**: alle vier fasen (${FASEN.map(f => f.id).join(' → ')});
- **kleine cyclus**: alleen kaderstelling en uitvoering, zonder verkenning en evaluatie;
- **onvolledig**: een andere combinatie (bijvoorbeeld een verkenning zonder evaluatie, zoals bij een aanpak die nog
  jong is).

## Rekenvoorbeeld: Groningen 2014

Voor \`examples/groningen-2014.sturing\` (de praktijk zoals beschreven in R1 §3.1) leidt Sturing nu af:

${await rekenvoorbeeld()}

De onderzoekers concludeerden (R1 §3.1.4): governance in elke fase, ook in de contractering; netwerksturing met
trekjes van integrale beleidssturing wanneer de gemeente naar de dirigentrol neigt; een regierol tussen bepalende
regisseur en coproducent. Draai zelf \`npx sturing profiel examples/groningen-2014.sturing\` om alle tussenstappen te
zien.

De governancetypen op een rij: ${GOVERNANCE_TYPE_IDS.map(id => `\`${id}\` (${model(id).label})`).join(', ')}.
`;
}
