import { OPVATTINGEN } from '../language/framework/conceptions.js';
import { GOVERNANCE_TYPE_IDS, INGREDIENTEN, MODELLEN, SECUNDAIR_DREMPEL, model, type ModelId } from '../language/framework/governance-types.js';
import { FASE_UITZONDERINGEN, KENNISBRON_COMBINATIES } from '../language/framework/inference-tables.js';
import { FASEN } from '../language/framework/phases.js';
import { REGIE_MATRIX, REGIE_MIX_MINIMUM, REGIEROL_IDS, REGIEROL_LABEL } from '../language/framework/regie.js';
import { WOORDENSCHAT, type Begrip, type Categorie } from '../language/framework/vocabulary.js';

/**
 * The page "Hoe Sturing het governancetype bepaalt" (docs/), for policy advisors. The prose is
 * written here; every table is built from the framework data, so the page always matches what the
 * tool does. `npm run generate` writes it; a test keeps it in sync.
 */

const pct = (x: number | undefined) => x ? `${Math.round(x * 100)}%` : '·';
const MODEL_KOP = MODELLEN.map(m => m.id);

function affiniteitTabel(categorie: Categorie, titel: string): string {
    const rijen = Object.entries(WOORDENSCHAT[categorie] as Record<string, Begrip>).filter(([, b]) => b.affiniteit);
    const kop = `| ${titel} | ${MODEL_KOP.map(id => model(id as ModelId).label).join(' | ')} |`;
    const scheiding = `|---|${MODEL_KOP.map(() => '---:').join('|')}|`;
    return [kop, scheiding, ...rijen.map(([w, b]) => `| \`${w}\` | ${MODEL_KOP.map(id => pct(b.affiniteit![id as ModelId])).join(' | ')} |`)].join('\n');
}

function opvattingTabel(categorie: Categorie, titel: string): string {
    const rijen = Object.entries(WOORDENSCHAT[categorie] as Record<string, Begrip>).filter(([, b]) => b.opvatting);
    return [`| ${titel} | ${OPVATTINGEN.map(o => o.id).join(' | ')} |`, `|---|${OPVATTINGEN.map(() => '---:').join('|')}|`,
        ...rijen.map(([w, b]) => `| \`${w}\` | ${OPVATTINGEN.map(o => pct(b.opvatting![o.id])).join(' | ')} |`)].join('\n');
}

export function governancetypePagina(): string {
    return `<!-- Gegenereerd door \`npm run generate\` uit language/framework/; wijzig de tabellen daar. -->
# Hoe Sturing het governancetype bepaalt

Sturing leest wat u over uw gemeente hebt geschreven en doet daarmee wat de onderzoekers met de
hand deden (R1 hoofdstuk 2 en 3): het bepaalt de **sturingsopvatting** per fase, het **governancetype**,
de **regierol**, het **sturingsniveau** en de **beleidscyclus**. Deze pagina laat precies zien hoe,
zodat u elke uitkomst kunt narekenen. Alle getallen hieronder komen uit dezelfde tabellen die de
editor en de CLI gebruiken.

Een uitkomst is nooit een oordeel over uw gemeente: het is een typering volgens het raamwerk, en de
praktijk is altijd een mengvorm (R1 §2.2). Klopt de typering niet met uw beeld, kijk dan in de hover
van de gemeentenaam welke regels de doorslag gaven.

## 1. Sturingsopvatting per fase (R1 §2.1 fig. 1)

Per fase telt Sturing wat er over de rol van de gemeente, de instrumenten, de bekostiging, de eisen
en de monitoring staat. Elk woord wijst voor een deel naar klassieke overheidssturing (*government*),
New Public Management (*npm*) of *governance*:

${opvattingTabel('GemeenteRol', 'rol van de gemeente')}

${opvattingTabel('InstrumentSoort', 'instrument')}

${opvattingTabel('Bekostigingsmodel', 'bekostiging')}

${opvattingTabel('Eisen', 'eisen')}

${opvattingTabel('Wie', 'monitoring')}

De aandelen worden opgeteld en omgerekend naar percentages; de grootste wint. Bij een gelijke stand
geeft het typische karakter van de fase de doorslag (${FASEN.map(f => `${f.id}: ${f.typisch}`).join(', ')}; R1 §2.4).
Voor de aanpak als geheel telt elke fase met gegevens even zwaar.

Uitzonderingen die van de fase afhangen:

${FASE_UITZONDERINGEN.map(u => `- \`${u.rol}\` in \`${u.fase}\` telt niet mee: ${u.reden} (${u.bron}). Wat de gemeente met die positie doet (\`eisen gezamenlijk\`, een convenant of juist een aanbesteding) beslist.`).join('\n')}

## 2. Governancetype (R1 §2.2 fig. 2)

De vijf governancetypen zijn ideaaltypen, opgebouwd uit vier ingrediënten:

${INGREDIENTEN.map(i => `- **${i.label}** — ${i.uitleg} (${i.bron})`).join('\n')}

Het ideaalbeeld per type:

| type | ${INGREDIENTEN.map(i => i.label).join(' | ')} |
|---|${INGREDIENTEN.map(() => '---').join('|')}|
${MODELLEN.map(m => `| ${m.label} | ${INGREDIENTEN.map(i => m.profiel[i.id]).join(' | ')} |`).join('\n')}

De laatste twee rijen zijn geen governancetypen: R2 behandelt klassieke overheidssturing en NPM als
eigen modellen. Sturing laat zien wanneer uw aanpak daar dichter bij ligt dan bij elk governancetype.

### Zo rekent Sturing

1. Voor elk ingrediënt zoekt Sturing de woorden die u schreef. Elk woord past in een bepaalde mate
   (0–100%) bij elk type; zie de tabellen hieronder.
2. Per ingrediënt is de score van een type het **gemiddelde** over de gevonden woorden. Schrijft u
   drie keer \`regisseur\` en één keer \`facilitator\`, dan telt \`regisseur\` drie keer.
3. De totaalscore van een type is het gemiddelde over de ingrediënten waarover u iets schreef.
   Ontbreekt een ingrediënt helemaal, dan telt het niet mee (het trekt de scores niet omlaag).
4. Het type met de hoogste score is het **primaire type**. Een tweede type wordt als
   **"met trekjes van"** genoemd als zijn score minstens ${Math.round(SECUNDAIR_DREMPEL * 100)}% van die van het primaire type is.
5. Scoort klassieke overheidssturing of NPM hoger dan het primaire type, dan meldt Sturing dat de
   aanpak daar **dichter bij ligt** (R2 §2.2).
6. Per fase rekent Sturing hetzelfde, met alleen de rollen, kennisbronnen en burgerparticipatie uit
   die fase (de verantwoordelijkheid geldt voor alle fasen).

### Ingrediënt 1: verantwoordelijkheid en scenario

${affiniteitTabel('Verantwoordelijkheid', '`verantwoordelijkheid`')}

${affiniteitTabel('Scenario', '`scenario`')}

### Ingrediënt 2: sturingsrol van de gemeente (alle fasen samen)

${affiniteitTabel('GemeenteRol', '`gemeente` in een fase')}

### Ingrediënt 3: kennisbron

${affiniteitTabel('Kennisbron', '`kennisbron`')}

Combinaties die samen meer zeggen dan los:

${KENNISBRON_COMBINATIES.map(c => `- ${c.samen.map(k => `\`${k}\``).join(' + ')} in dezelfde fase: ${c.label} — ${MODEL_KOP.filter(id => c.affiniteit[id as ModelId]).map(id => `${model(id as ModelId).label} ${pct(c.affiniteit[id as ModelId])}`).join(', ')} (${c.bron})`).join('\n')}

### Ingrediënt 4: burgerparticipatie

${affiniteitTabel('ParticipatieNiveau', '`burgerparticipatie`')}

## 3. Regierol (R1 §2.3 fig. 3)

In het blok \`regie\` kiest u per categorie wie bepaalt: \`gemeente\`, \`gezamenlijk\` of \`actoren\`. Dat
zijn de drie kolommen van het regiemodel:

| categorie | ${REGIEROL_IDS.map(r => `${REGIEROL_LABEL[r]}`).join(' | ')} |
|---|---|---|---|
${Object.entries(REGIE_MATRIX).map(([c, rij]) => `| \`${c}\` | ${REGIEROL_IDS.map(r => rij[r]).join(' | ')} |`).join('\n')}
| *u schrijft* | \`gemeente\` | \`gezamenlijk\` | \`actoren\` |

Sturing telt per kolom. De kolom met de meeste antwoorden is de **dominante regierol**. Heeft de
tweede kolom minstens ${REGIE_MIX_MINIMUM} antwoorden, dan heet het een **mix** van beide. Is
coproducent de grootste kolom, dan typeert Sturing de gemeente als **ruimte latende regisseur**: zo
beschreven vijf van de acht gemeenten in R1 zichzelf.

## 4. Sturingsniveau (R1 §2.5)

\`sturing-op\` kan per fase \`input\`, \`throughput\`, \`output\` of \`outcome\` zijn. Het huidige niveau is
het niveau dat in de fasen het vaakst voorkomt; bij een gelijke stand het laagste, zodat Sturing nooit
te rooskleurig is. De ambitie staat in het blok \`ambitie\`. De kloof is het aantal stappen daartussen.

## 5. Beleidscyclus (R1 §2.4)

- **groot**: alle vier fasen (${FASEN.map(f => f.id).join(' → ')}) zijn beschreven;
- **klein**: kaderstelling en uitvoering zijn er, maar verkenning en/of evaluatie ontbreekt;
- **onvolledig**: ook kaderstelling of uitvoering ontbreekt.

## Rekenvoorbeeld: Groningen 2014

Voor \`examples/groningen-2014.sturing\` (naar R1 §3.1) geeft Sturing: **netwerksturing, met trekjes van
integrale beleidssturing**, opvatting governance in elke fase, regierol een mix van bepalende regisseur
en coproducent (5 tegen 4), sturing op input met ambitie outcome, en de kleine cyclus. Dat is ook wat de
onderzoekers concludeerden (R1 §3.1.4). Draai zelf \`npx sturing profiel examples/groningen-2014.sturing\`
om alle tussenstappen te zien.

De governancetypen op een rij: ${GOVERNANCE_TYPE_IDS.map(id => `\`${id}\``).join(', ')}.
`;
}
