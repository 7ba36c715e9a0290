import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { OPVATTINGEN, OPVATTING_RIJEN, SITUATIE_BRON, type Opvatting, type OpvattingRichting } from '../language/framework/conception-model.js';
import { GOVERNANCE_TYPE_IDS, INGREDIENTEN, MODELLEN, TYPEN_BINNEN, TYPEN_BINNEN_BRON, model, type TypeRichting } from '../language/framework/governance-type-model.js';
import {
    DOORZETTINGSMACHT_ALS_ROL, GEMEENTE_POSITIE, KENNISNETWERKEN, OPDRACHTRELATIE, PARTIJ_POSITIES, REGIE_RIJ, RELATIE_BRON, RICHTINGGEVENDE_BRON,
    RICHTINGGEVENDE_FASEN, ROL_PER_FASE
} from '../language/framework/inference-tables.js';
import { FASEN } from '../language/framework/phases.js';
import { REGIE_MATRIX, REGIEROL_IDS, REGIEROL_LABEL } from '../language/framework/regie-model.js';
import { WOORDENSCHAT, type Begrip, type Categorie } from '../language/framework/vocabulary.js';
import { GEWICHTEN, gewicht } from '../language/framework/weights.js';
import { isGemeente, type Model } from '../language/generated/ast.js';
import {
    faseNaam, faseOpvattingZin, geschrevenZin, ingredientRichting, onderbouwingZin, opvattingKort, regieZin, rijenTabel, typeLabel, typeZin, zekerheidWoord
} from '../language/presentation/profile-text.js';
import { redeneringAlinea } from '../language/presentation/redenering.js';
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

/** Sturing's own reading of the worked development case, computed now, step by step. */
async function rekenvoorbeeld(): Promise<string> {
    const { shared, Sturing } = createSturingServices(EmptyFileSystem);
    // Run from the project root (npm run generate, the tests).
    const tekst = readFileSync('tests/fixtures/ontwikkelcasussen/hoogezand.sturing', 'utf8');
    const doc = shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, URI.file('/voorbeeld/hoogezand.sturing'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: false });
    const g = doc.parseResult.value.elementen.find(isGemeente)!;
    const p = Sturing.inference.ProfileProvider.profiel(g);
    // The worked example's sentence on the trait below is written for a trait from a phase with another conception.
    if (p.governancetype.secundairGrond !== 'fase') throw new Error(`Het uitgewerkte voorbeeld (Hoogezand) heeft zijn trek nu uit '${p.governancetype.secundairGrond}', niet uit een fase met een andere opvatting: pas de zin over de trek in scripts/docs-inference.ts aan.`);
    const fase = (s: string) => p.opvatting.fasen.find(f => f.fase === s)!;
    const uitvoering = fase('uitvoering');
    const [opvatting, type, regie] = redeneringAlinea(p);
    return [
        '**Stap 1: de opvatting per fase.** De verkenning op haar eigen regels:',
        '',
        `- ${faseOpvattingZin(fase('verkenning'))}`,
        '',
        rijenTabel(fase('verkenning')),
        '',
        `In de uitvoering is de gemeente nog opdrachtgever. Daarom leest Sturing de kaderstelling en de uitvoering samen, als één opdrachtrelatie. Op haar eigen regels zou de uitvoering ${uitvoering.eigen.opvatting ? opvattingKort(uitvoering.eigen.opvatting) : 'gemengd'} zijn (${zekerheidWoord(uitvoering.eigen.zekerheid)}): er is overleg, een meedenkende partij en gezamenlijke monitoring. Samen met de opdracht waaronder zij loopt (eisen van de gemeente, contracten na een aanbesteding, sturen op output) komt er iets anders uit:`,
        '',
        `- ${faseOpvattingZin(uitvoering)}`,
        '',
        rijenTabel(uitvoering),
        '',
        `**Stap 2: de aanpak als geheel.** De verkenning is governance, de kaderstelling en de uitvoering zijn NPM. De verkenning zet de koers, dus de aanpak is governance, met NPM in de opdrachtrelatie. Het overzicht van de vier ingrediënten wijst ${p.opvatting.overzicht === p.opvatting.geheel ? 'dezelfde kant op' : 'een andere kant op'}. Sturing zegt het zo:`,
        '',
        `> ${opvatting}`,
        '',
        '**Stap 3: het type binnen governance.** De vier ingrediënten kiezen tussen netwerk-, frontlijn- en vraagsturing:',
        '',
        '| ingrediënt | wat er staat | wijst vooral op |',
        '|---|---|---|',
        ...INGREDIENTEN.map(i => {
            const v = p.governancetype.ingredienten.find(x => x.ingredient === i.id)!;
            return `| ${i.label} | ${geschrevenZin(v)} | ${ingredientRichting(v)} |`;
        }),
        '',
        `De fasen met een andere opvatting geven het type in mindere mate: ${opsommingFasen(p.governancetype.secundairIn)}. Uitkomst: **${typeZin(p)}** (${onderbouwingZin(p.governancetype)}).`,
        '',
        `> ${type}`,
        '',
        `**Stap 4: de regierol.** ${regieZin(p)}.`,
        '',
        regie ? `> ${regie}` : ''
    ].join('\n');
}

function opsommingFasen(fasen: readonly string[]): string {
    return fasen.length ? fasen.map(f => faseNaam(f as never)).join(' en ') : 'geen';
}

export async function governancetypePagina(): Promise<string> {
    return `<!-- Gegenereerd door \`npm run generate\` uit language/framework/; wijzig de tabellen daar. -->
# Hoe Sturing het governancetype bepaalt

Sturing leest wat u over uw gemeente hebt geschreven en redeneert daarmee in de volgorde van de onderzoekers
(R1 §3.x.4, de "typering van de sturing" bij elke gemeente):

1. eerst per fase: **government, NPM of governance?** (R1 §2.1 fig. 1);
2. dan de **aanpak als geheel**, gecontroleerd aan het overzicht van de vier ingrediënten;
3. pas daarna, **binnen die opvatting**, het **governancetype** (R1 §2.2 fig. 2), met waar nodig een tweede type
   "in mindere mate";
4. daarnaast de **regierol** (R1 §2.3), het **sturingsniveau** en de **beleidscyclus**.

Bij elke uitkomst zegt Sturing in woorden hoe goed die onderbouwd is, en bij elke bewering op welke regels van uw
bestand zij rust. Deze pagina laat precies zien hoe; alle tabellen komen uit dezelfde gegevens die de editor en de
CLI gebruiken. Een uitkomst is geen oordeel over uw gemeente maar een typering volgens het raamwerk, en de praktijk
is altijd een mengvorm (R1 §2.2).

## 1. Government, NPM of governance? Per fase (R1 §2.1 fig. 1)

Figuur 1 van R1 is een tabel met rijen. Vijf daarvan beschrijven wat een gemeente doet; Sturing leest die per fase,
alleen uit de regels van die fase zelf:

| rij | wat Sturing leest | bron |
|---|---|---|
${OPVATTING_RIJEN.map(r => `| ${r.label} | ${r.leest} | ${r.bron} |`).join('\n')}

Zo werkt het:

1. Elke regel hoort bij één rij. Binnen een rij telt elke regel even zwaar, behalve een rol met \`vooral\` (twee keer
   zo zwaar) of \`soms\` (half zo zwaar). Een instrument of bekostigingsmodel telt één keer per fase, niet per partij:
   vijf partijen met subsidie zijn één keer subsidie, en een convenant als instrument en als bekostiging is één convenant.
2. **Elke rij is één stem.** Een rij waarover de fase niets zegt, doet niet mee.
3. Een fase krijgt een opvatting alleen als **meer rijen ernaar wijzen dan ervan af**. Anders is de fase een
   **mengvorm** en zegt Sturing welke opvattingen elkaar in evenwicht houden. Een uitkomst rust dus nooit op een
   minderheid van de rijen.
4. Een \`regie\`-blok ín een fase telt voor die fase (${Object.entries(REGIE_RIJ).map(([c, r]) => `${c} → ${OPVATTING_RIJEN.find(x => x.id === r)!.label}`).join('; ')}).
   Het regie-blok van de gemeente zelf beschrijft de regierol (hoofdstuk 5); het beslist niet over een fase.
5. De **situatie** (\`probleem helder\` of \`onduidelijk\`, de laatste rij van fig. 1) is geen stem: zij zegt welke
   opvatting past. Sturing legt de uitkomst ernaast en zegt het als die niet past (${SITUATIE_BRON}).

Woorden die van de fase afhangen:

${PARTIJ_POSITIES.map(u => `- \`rol <partij> ${u.rol}\` in ${u.fasen.map(f => `\`${f}\``).join(' en ')} telt niet mee: ${u.reden} (${u.bron}).`).join('\n')}
- Alleen de rollen van **partijen** tellen voor de relatie met de uitvoerende organisaties; die van adviesraden en
  burgerinitiatieven zeggen hoe burgers meedoen (${RELATIE_BRON}).
- \`gemeente opdrachtgever\` telt als NPM (fig. 1 zet de opdrachtgever bij NPM). Speelt de gemeente die positie minder
  hard, en bepaalt zij samen met de partijen wat er gebeurt, schrijf dan \`zachte-opdrachtgever\` (R1 §2.4 fase 2, §3.1.4).

**Kaderstelling en uitvoering samen.** Is de gemeente in de uitvoering nog \`${OPDRACHTRELATIE.rolInUitvoering}\`, of
noemt het ontwerp daar geen rol voor haar (dan heeft zij de positie van opdrachtgever), dan voert de uitvoering de
opdracht van de kaderstelling uit. R1 beschrijft "opdrachtverlening en uitvoering" per
gemeente in één paragraaf en typeert ze samen. Sturing leest die twee fasen dan als één opdrachtrelatie: de rijen van
beide samen geven beide fasen hun opvatting. De hover op een fase toont ook wat de fase op eigen regels zou zijn. Kiest
de gemeente in de uitvoering een andere rol (coproducent, onderhandelaar: de frontlijnkeuze van R1 §2.4 fase 3), dan
telt de uitvoering op zichzelf (${OPDRACHTRELATIE.bron}).

Waar elk woord naar wijst (*kern*: fig. 1 noemt het in die kolom; *trek van*: het neigt die kant op):

${opvattingTabel('GemeenteRol', 'rol van de gemeente')}

${opvattingTabel('PartijRolSoort', 'rol van een partij')}

${opvattingTabel('Eisen', '`eisen`')}

${opvattingTabel('Doorzettingsmacht', '`doorzettingsmacht` in een fase')}

${opvattingTabel('InstrumentSoort', 'instrument')}

${opvattingTabel('Bekostigingsmodel', 'bekostiging')}

${opvattingTabel('Wie', '`monitoring` en regie-antwoord in een fase')}

${opvattingTabel('Niveau', '`sturing-op`')}

## 2. De aanpak als geheel

- Hebben alle fasen met een opvatting dezelfde, dan is dat de opvatting van de aanpak.
- Verschillen ze, dan zetten de **verkenning en de evaluatie** de koers: dat zijn de fasen van de grote cyclus met het
  karakter van governance, terwijl de kaderstelling en de uitvoering (de kleine cyclus) NPM kunnen tonen. R1 vond bij
  alle acht gemeenten governance, met NPM "met mate" in de opdracht- en uitvoeringsfase. Zijn de richtinggevende fasen
  (${RICHTINGGEVENDE_FASEN.join(' en ')}) het eens, dan krijgt de aanpak hun opvatting en tonen de andere fasen hun eigen
  opvatting als trek (${RICHTINGGEVENDE_BRON}). Dat is hooguit redelijk onderbouwd.
- Zonder richtinggevende fasen die het eens zijn: de opvatting van de meeste fasen, zwak onderbouwd; staan ze gelijk,
  dan is de aanpak nog niet te typeren.

Daarna de **controle**, zoals de onderzoekers die doen: wijst het overzicht van de vier ingrediënten (hoofdstuk 3)
naar een type van dezelfde opvatting? Dan is dat een tweede, onafhankelijke lezing en is het beeld zo stevig als de
sterkste van de twee (met één fase hooguit redelijk). Wijst het overzicht naar een type van een andere opvatting, dan
is het beeld zwak onderbouwd, en zegt Sturing dat.

## 3. Het governancetype, binnen de opvatting (R1 §2.2 fig. 2)

De vijf governancetypen zijn ideaaltypen, opgebouwd uit vier ingrediënten:

${INGREDIENTEN.map(i => `- **${i.label}** — ${i.uitleg} (${i.bron})`).join('\n')}

| type | ${INGREDIENTEN.map(i => i.label).join(' | ')} |
|---|${INGREDIENTEN.map(() => '---').join('|')}|
${MODELLEN.map(m => `| ${m.label} | ${INGREDIENTEN.map(i => m.profiel[i.id]).join(' | ')} |`).join('\n')}

De laatste twee rijen zijn geen governancetypen: R2 behandelt klassieke overheidssturing en NPM als eigen modellen.
Elke opvatting heeft haar eigen typen (${TYPEN_BINNEN_BRON}):

| opvatting | typen |
|---|---|
${OPVATTINGEN.map(o => `| ${opvattingKort(o.id)} | ${TYPEN_BINNEN[o.id].map(t => typeLabel(t)).join(', ')} |`).join('\n')}

### Zo kiest Sturing

1. Eerst de opvatting (hoofdstuk 1 en 2). Een NPM-fase is expertsturing, een government-fase integrale
   beleidssturing. Binnen governance kiezen de vier ingrediënten tussen netwerk-, frontlijn- en vraagsturing.
2. Elk ingrediënt is **één stem**: de verantwoordelijkheid van de gemeente (en van fasen die er zelf een noemen), de rol,
   de kennisbron en de burgerparticipatie per fase; voor de aanpak als geheel spreekt elke fase één keer. Ingrediënten
   waarover niets staat, doen niet mee. Een fase leent niets van de andere fasen of van de gemeente.
3. Het type binnen de opvatting met de meeste stemmen is het **primaire type**. Een ingrediënt dat alleen naar een type
   van een andere opvatting wijst, telt bij de keuze niet mee: dat is al gewogen bij de opvatting, en komt terug als trek.
4. In een fase die geen NPM is, telt \`${GEMEENTE_POSITIE.rol}\` in ${GEMEENTE_POSITIE.fasen.join(' en ')} niet voor expertsturing: ${GEMEENTE_POSITIE.reden} (${GEMEENTE_POSITIE.bron}).
5. Een tweede type **in mindere mate**, in deze volgorde:
   - een fase met een andere opvatting: het type van die fase (zoals expertsturing bij NPM in de opdrachtrelatie; R1 §3.2.4, §4.3);
   - anders een fase die een mengvorm is, waarin een andere opvatting dan die van het geheel minstens ${gewicht('matigRijen')} rijen van
     fig. 1 leidt: die opvatting speelt daar **met mate** mee (R1 §4.3: "ook sprake van NPM, maar met mate"), en haar type
     komt terug als trek waar de opvatting maar één type kent (expertsturing bij NPM, integrale beleidssturing bij
     government; R1 §2.2). Eén rij is een aanwijzing, geen trek (Hoogezands Wmo-regels zijn voor de onderzoekers een
     kanttekening, R1 §3.2.4);
   - anders een fase met dezelfde opvatting maar een ander eigen type (zoals frontlijnsturing "soms" in de uitvoering;
     R1 §3.6.4);
   - anders een ingrediënt dat naar een ander type wijst (zoals een gedeelde verantwoordelijkheid van gemeente en
     instellingen naar frontlijnsturing; R1 §3.3.4);
   - anders een rol die de gemeente speelt, ook als dat maar \`soms\` is (R1 §3.1.4: "soms dirigent"). Heeft de gemeente
     haar \`doorzettingsmacht\` gebruikt, dan telt dat hier als \`${DOORZETTINGSMACHT_ALS_ROL.mate} ${DOORZETTINGSMACHT_ALS_ROL.rol}\` (${DOORZETTINGSMACHT_ALS_ROL.bron}).
6. Ligt de aanpak als geheel bij klassieke overheidssturing of NPM en is het type de governance-tweeling daarvan, dan
   zegt Sturing dat het er **dicht bij ligt** (R2 §2.2).

### Ingrediënt 1: verantwoordelijkheid en scenario

${typeTabel('Verantwoordelijkheid', '`verantwoordelijkheid`')}

${typeTabel('Scenario', '`scenario`')}

### Ingrediënt 2: sturingsrol van de gemeente

${typeTabel('GemeenteRol', '`gemeente` in een fase')}

Een rol waarvan het type van de fase afhangt:

${Object.entries(ROL_PER_FASE).map(([rol, r]) => `- \`${rol}\`: ${Object.entries(r!.typen).map(([f, t]) => `${f} ${richting(t, x => typeLabel(x))}`).join('; ')} (${r!.bron}).`).join('\n')}

### Ingrediënt 3: kennisbron

De kennisbronnen die in één fase samen staan, vormen met de burgerparticipatie in die fase een netwerk; dat netwerk telt
(R1 §2.2 element 3):

| netwerk | wanneer | telt voor |
|---|---|---|
${KENNISNETWERKEN.map(n => `| ${n.naam} | ${n.wanneer} | ${richting(n.typen, t => typeLabel(t))} (${n.bron}) |`).join('\n')}

### Ingrediënt 4: burgerparticipatie

${typeTabel('ParticipatieNiveau', '`burgerparticipatie`')}

## 4. Hoe zeker is het? (onderbouwing)

Sturing geeft geen percentages: een percentage lijkt een meting, en dat is het niet. Het zegt in woorden hoe goed
een uitkomst onderbouwd is:

- **${zekerheidWoord('sterk')}**: genoeg gegevens, en een ruime meerderheid wijst dezelfde kant op;
- **${zekerheidWoord('matig')}**: genoeg gegevens, en de meeste wijzen dezelfde kant op;
- **${zekerheidWoord('zwak')}**: weinig gegevens, of de gegevens wijzen verschillende kanten op;
- **${zekerheidWoord('onvoldoende')}**: er is te weinig om een uitkomst op te baseren. Regels die het afgeleide type
  gebruiken, zwijgen dan.

Voor een fase telt hoeveel rijen van fig. 1 haar kant op wijzen; voor het type hoeveel van de vier ingrediënten. Het type
is nooit zekerder dan de opvatting waarbinnen het gekozen is. Eén regel \`gemeente regisseur\` maakt een zwak
onderbouwde opvatting en geen type.

## 5. Alle getallen

Het raamwerk geeft geen getallen: zijn figuren zijn tabellen met woorden. De getallen hieronder zijn de afspraken die van
die woorden stemmen maken, elk met wat het betekent en waarom. Waar een getal een keuze is, staat dat er. Sturing
gebruikt geen ander getal.

${gewichtenTabel()}

In \`sturing profiel --json\` staan per type **relatieve scores** (het aandeel van de vier ingrediënten; samen 1): bedoeld
om typen te vergelijken, geen kansen. De onderbouwing staat ernaast in woorden.

## 6. Regierol (R1 §2.3 fig. 3)

In het blok \`regie\` kiest u per categorie wie bepaalt: \`gemeente\`, \`gezamenlijk\` of \`actoren\`. Dat zijn de drie
kolommen van het regiemodel:

| categorie | ${REGIEROL_IDS.map(r => `${REGIEROL_LABEL[r]}`).join(' | ')} |
|---|---|---|---|
${Object.entries(REGIE_MATRIX).map(([c, rij]) => `| \`${c}\` | ${REGIEROL_IDS.map(r => rij[r]).join(' | ')} |`).join('\n')}
| *u schrijft* | \`gemeente\` | \`gezamenlijk\` | \`actoren\` |

Sturing telt per kolom. De kolom met de meeste antwoorden is de **dominante regierol**; heeft een tweede kolom minstens
${gewicht('regieMix')} antwoorden, dan heet het een **mix** van beide. Hebben twee kolommen evenveel antwoorden, dan is het
een mix in gelijke delen, zwak onderbouwd: Sturing kiest dan niet de strengste. Is coproducent de grootste kolom, dan
typeert Sturing de gemeente als **ruimte latende regisseur**: zo beschreven vijf van de acht gemeenten in R1 zichzelf.
Zonder regie-blok leest Sturing een eerste beeld uit de fasen (\`monitoring\`, \`eisen\`, de rol van de partijen in de
uitvoering, en rollen als \`ruimte-latende-regisseur\` of \`facilitator\`); dat is hooguit redelijk onderbouwd.

## 7. Sturingsniveau (R1 §2.5)

Een fase mag op meer niveaus tegelijk sturen (\`sturing-op output, throughput\`); alle tellen. Het huidige niveau is het
niveau dat het vaakst voorkomt; bij een gelijke stand noemt Sturing de mix en rekent met het laagste, zodat het nooit te
rooskleurig is. De ambitie is het hoogste niveau in het blok \`ambitie\`.

## 8. Beleidscyclus (R1 §2.4)

- **volledig**: alle vier fasen (${FASEN.map(f => f.id).join(' → ')});
- **kleine cyclus**: alleen kaderstelling en uitvoering, zonder verkenning en evaluatie;
- **onvolledig**: een andere combinatie (bijvoorbeeld een verkenning zonder evaluatie, zoals bij een aanpak die nog jong is).

## Uitgewerkt: Hoogezand (R1 §3.2)

Het bestand \`tests/fixtures/ontwikkelcasussen/hoogezand.sturing\` beschrijft de praktijk van Hoogezand zoals R1 §3.2.1–3.2.3
die vertelt. Sturing leidt stap voor stap af:

${await rekenvoorbeeld()}

De onderzoekers kwamen tot hetzelfde (R1 §3.2.4): governance in de verkenning, meer NPM in de opdrachtverlening en de
uitvoering, als geheel governance; vooral netwerksturing en in mindere mate expertsturing; een regierol die vooral
co-productief is. Draai zelf \`npx sturing profiel tests/fixtures/ontwikkelcasussen/hoogezand.sturing\` om alle
tussenstappen te zien.

De governancetypen op een rij: ${GOVERNANCE_TYPE_IDS.map(id => `\`${id}\` (${model(id).label})`).join(', ')}.
`;
}
