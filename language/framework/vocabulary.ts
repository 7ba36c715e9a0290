import type { Opvatting, OpvattingRichting } from './conception-model.js';
import { GOVERNANCE_TYPE_IDS, model, type GovernanceTypeId, type TypeRichting } from './governance-type-model.js';
import type { Regierol } from './regie-model.js';
import type { Bron } from './sources.js';

/**
 * Every vocabulary value of the language, grouped by the grammar rule that lists it.
 * The grammar (language/sturing.langium) names the keywords; this table gives them meaning.
 * tests/framework-grammar.test.ts fails when the two drift apart.
 */
export interface Begrip {
    label: string;
    uitleg: string;
    bron: Bron;
    /** Which steering conceptions this value points to (Fig. 1); absent: it does not count. */
    opvatting?: OpvattingRichting;
    /**
     * For the problem definition: the conceptions that fit this situation (Fig. 1, last row). It is a
     * condition to check a conception against, not evidence of how the municipality steers.
     */
    pastBij?: readonly Opvatting[];
    /** Which governance types this value points to (Fig. 2); absent: it does not count. */
    typen?: TypeRichting;
    /** Another word for the same thing: it counts as that value, once (e.g. regelaar = dirigent). */
    synoniemVan?: string;
    /** The column of the regie model (R1 §2.3 fig. 3) this value stands for. */
    regieKolom?: Regierol;
    /** Ordinal position where the category is a scale (participation, steering level …). */
    rang?: number;
    /** Pole of a municipal role: tight steering, loose steering, or neither. */
    pool?: 'strak' | 'los';
    /** A market instrument of NPM (contracting, tendering, production funding, the client or market-master role). */
    marktwerking?: boolean;
    /** Funding that pays per product or hour (rewards volume, not results). */
    productie?: boolean;
    /** Funding that rewards results (R1 §2.5 condition 3). */
    beloontResultaat?: boolean;
    /** A tender: parties compete for the assignment. */
    concurrentie?: boolean;
    /** Who pays, for a funding stream. */
    financier?: 'gemeente' | 'zorgverzekeraar' | 'zorgkantoor' | 'provincie' | 'fonds';
}

export type Categorie = keyof typeof WOORDENSCHAT;

export const WOORDENSCHAT = {
    Probleem: {
        helder: { label: 'helder probleem', uitleg: 'Het maatschappelijke probleem en de aanpak zijn duidelijk en partijen zijn het erover eens. Alleen dan passen klassieke sturing of NPM goed.', bron: 'R1 §2.1 fig. 1', pastBij: ['government', 'npm'] },
        duidelijk: { label: 'duidelijk probleem', uitleg: 'Hetzelfde als helder: het probleem en de aanpak liggen vast en partijen zijn het erover eens. R1 gebruikt dit woord zelf; Sturing telt het als helder.', bron: 'R1 §2.1 fig. 1', synoniemVan: 'helder' },
        onduidelijk: { label: 'onduidelijk probleem', uitleg: 'Nog niet duidelijk is wat precies het probleem is, en partijen denken verschillend over kennis, normen en oplossingen. Dan past governance; NPM veronderstelt juist helderheid.', bron: 'R1 §2.1 fig. 1; R2 §2.1', pastBij: ['governance'] }
    },
    Verantwoordelijkheid: {
        gemeente: { label: 'de gemeente', uitleg: 'De gemeente draagt de verantwoordelijkheid voor beleid en uitvoering alleen.', bron: 'R1 §2.2 fig. 2', typen: { 'integrale-beleidssturing': 'kern', netwerksturing: 'kern', expertsturing: 'trek' } },
        gedeeld: { label: 'gedeeld met uitvoerders', uitleg: 'De gemeente is eindverantwoordelijk maar deelt de verantwoordelijkheid met de uitvoerende organisaties.', bron: 'R1 §2.2 element 1', typen: { netwerksturing: 'kern', expertsturing: 'trek' } },
        gezamenlijk: { label: 'gezamenlijk', uitleg: 'Gemeente, organisaties en burgers dragen samen verantwoordelijkheid.', bron: 'R1 §2.2 element 1', typen: { frontlijnsturing: 'kern', netwerksturing: 'trek' } },
        experts: { label: 'bij experts', uitleg: 'De gemeente houdt het roer maar legt de verantwoordelijkheid bij deskundigen en marktpartijen.', bron: 'R1 §2.2 fig. 2', typen: { expertsturing: 'kern' } },
        'burgers-en-professionals': { label: 'burgers en professionals', uitleg: 'Burgers en professionals zijn samen verantwoordelijk; de gemeente stelt kaders.', bron: 'R1 §2.2 fig. 2', typen: { frontlijnsturing: 'kern' } },
        'individuele-burger': { label: 'de individuele burger', uitleg: 'De burger is zelf verantwoordelijk en kiest zijn eigen arrangementen.', bron: 'R1 §2.2 fig. 2', typen: { vraagsturing: 'kern' } }
    },
    Scenario: {
        'gemeente-aan-het-roer': { label: 'gemeente aan het roer', uitleg: 'RMO-scenario waarin een krachtige gemeente verantwoordelijk is en zorgt voor kwetsbare inwoners.', bron: 'R1 §2.2 element 1', typen: { 'integrale-beleidssturing': 'kern', netwerksturing: 'kern', expertsturing: 'kern' } },
        'stuurman-eigen-leven': { label: 'stuurman van je eigen leven', uitleg: 'RMO-scenario waarin de individuele burger verantwoordelijk is en zelf kiest.', bron: 'R1 §2.2 element 1', typen: { vraagsturing: 'kern' } },
        'civil-society': { label: 'civil society', uitleg: 'RMO-scenario waarin burgers en hun sociale verbanden centraal staan, samen met maatschappelijke organisaties.', bron: 'R1 §2.2 element 1', typen: { frontlijnsturing: 'kern' } }
    },
    PartijSoort: {
        partij: { label: 'partij', uitleg: 'Een uitvoerende of samenwerkende organisatie, zoals een welzijnsstichting, zorgaanbieder of woningcorporatie.', bron: 'R1 §1.1' },
        adviesraad: { label: 'adviesraad', uitleg: 'Een formeel adviesorgaan van burgers, zoals de Wmo-raad. Adviseren via zo\'n raad is een vorm van burgerparticipatie.', bron: 'R1 §2.2 element 4' },
        burgerinitiatief: { label: 'burgerinitiatief', uitleg: 'Een initiatief van bewoners zelf; bij frontlijnsturing krijgen zulke initiatieven ruimte in de uitvoering.', bron: 'R1 §2.4 fase 3' }
    },
    Sector: {
        welzijn: { label: 'welzijn', uitleg: 'Welzijnsorganisatie.', bron: 'R1 §1.1' },
        zorg: { label: 'zorg', uitleg: 'Zorgaanbieder.', bron: 'R1 §1.1' },
        jeugd: { label: 'jeugd', uitleg: 'Jeugdzorg of centrum voor jeugd en gezin.', bron: 'R1 §1.1' },
        woningcorporatie: { label: 'woningcorporatie', uitleg: 'Woningcorporatie.', bron: 'R1 §1.1' },
        basiszorg: { label: 'basiszorg', uitleg: 'Huisartsen, wijkverpleging en andere basiszorg.', bron: 'R1 §1.1' },
        overig: { label: 'overig', uitleg: 'Een andere soort organisatie.', bron: 'R1 §1.1' }
    },
    Breedte: {
        breed: { label: 'breed team', uitleg: 'Het team richt zich op alle leefgebieden (welzijn, zorg, wonen, werk, jeugd).', bron: 'R1 §1.1' },
        smal: { label: 'smal team', uitleg: 'Het team richt zich op één domein of een beperkte set vragen.', bron: 'R1 §1.1' }
    },
    Samenstelling: {
        generalisten: { label: 'generalisten', uitleg: 'Breed inzetbare professionals die veel vragen zelf oppakken.', bron: 'R1 §1.1' },
        specialisten: { label: 'specialisten', uitleg: 'Professionals met specifieke deskundigheid.', bron: 'R1 §1.1' }
    },
    Doelgroep: {
        'alle-burgers': { label: 'alle burgers', uitleg: 'Het team is er voor alle inwoners van het gebied.', bron: 'R1 §1.1' },
        'specifieke-groepen': { label: 'specifieke groepen', uitleg: 'Het team richt zich op bepaalde groepen (bijvoorbeeld multiprobleemgezinnen).', bron: 'R1 §1.1' }
    },
    Lijn: {
        nulde: { label: 'nulde lijn', uitleg: 'Informele hulp: mantelzorg, vrijwilligers, buren.', bron: 'R1 §1.1' },
        eerste: { label: 'eerste lijn', uitleg: 'Algemeen toegankelijke hulp zonder verwijzing.', bron: 'R1 §1.1' },
        tweede: { label: 'tweede lijn', uitleg: 'Specialistische hulp, meestal na verwijzing.', bron: 'R1 §1.1' }
    },
    JaNee: {
        ja: { label: 'ja', uitleg: 'Ja.', bron: 'R1 §1.1' },
        nee: { label: 'nee', uitleg: 'Nee.', bron: 'R1 §1.1' }
    },
    Doorzettingsmacht: {
        ja: { label: 'doorzettingsmacht gebruikt', uitleg: 'De gemeente heeft een besluit doorgezet zonder erover te onderhandelen, bijvoorbeeld een vast budget of een harde eis vooraf: zij besluit dan eenzijdig, een verticale verhouding zoals bij government en NPM.', bron: 'R1 §2.1 fig. 1 (besluitvorming); hfst. 3 (positie en rol van de gemeente)', opvatting: { government: 'kern', npm: 'kern' } },
        nee: { label: 'geen doorzettingsmacht gebruikt', uitleg: 'De gemeente heeft geen besluit doorgedrukt: wat er gebeurde, kwam in samenwerking tot stand, zoals bij governance.', bron: 'R1 §2.1 fig. 1 (besluitvorming); hfst. 3 (positie en rol van de gemeente)', opvatting: { governance: 'kern' } }
    },
    Integratie: {
        geintegreerd: { label: 'geïntegreerd', uitleg: 'Opgenomen in het team.', bron: 'R1 §1.1' },
        verbonden: { label: 'verbonden', uitleg: 'Niet in het team, maar er zijn vaste verbindingen en afspraken.', bron: 'R1 §1.1' },
        apart: { label: 'apart', uitleg: 'Staat los van het team.', bron: 'R1 §1.1' }
    },
    Regelruimte: {
        laag: { label: 'weinig regelruimte', uitleg: 'Professionals moeten voor de meeste beslissingen toestemming vragen.', bron: 'R1 §1.1 (VNG-criteria)', rang: 0 },
        redelijk: { label: 'redelijke regelruimte', uitleg: 'Professionals kunnen binnen afspraken zelf beslissen.', bron: 'R1 §1.1 (VNG-criteria)', rang: 1 },
        hoog: { label: 'veel regelruimte', uitleg: 'Professionals hebben ruime handelingsbevoegdheid om maatwerk te leveren.', bron: 'R1 §1.1 (VNG-criteria)', rang: 2 }
    },
    FaseSoort: {
        verkenning: { label: 'maatschappelijke verkenning', uitleg: 'Fase 1: agendavorming en koersbepaling in open dialoog. Past bij governance: de gemeente is regisseur (met trekken van coproducent), organisaties en burgers adviseren en brengen hun kennis in.', bron: 'R1 §2.4 fig. 4, fase 1', rang: 0 },
        kaderstelling: { label: 'kaderstelling en contractering', uitleg: 'Fase 2: doelen bepalen en opdrachten verlenen. De gemeente is hier opdrachtgever: op de NPM-manier, of als coproducent die samen met partijen bepaalt wat er gebeurt.', bron: 'R1 §2.4 fig. 4, fase 2', rang: 1 },
        uitvoering: { label: 'uitvoering en verantwoording', uitleg: 'Fase 3: organisaties voeren uit en leggen verantwoording af; de gemeente monitort, alleen of samen. Ook frontlijnsturing met ruimte voor uitvoerders en bewoners is hier mogelijk.', bron: 'R1 §2.4 fig. 4, fase 3', rang: 2 },
        evaluatie: { label: 'evaluatie', uitleg: 'Fase 4: wat is het maatschappelijk effect en rendement? De gemeente is weer regisseur; organisaties beoordelen samen met haar het effect, als adviseur en partner. De uitkomst voedt de volgende verkenning.', bron: 'R1 §2.4 fig. 4, fase 4', rang: 3 }
    },
    GemeenteRol: {
        dirigent: { label: 'dirigent / regelaar', uitleg: 'Een sterk sturende gemeente die op eigen deskundigheid vertrouwt, regels stelt en bepaalt wat er gebeurt.', bron: 'R1 §2.1 fig. 1; §2.2 element 2', pool: 'strak', opvatting: { government: 'kern' }, typen: { 'integrale-beleidssturing': 'kern', expertsturing: 'trek' }, regieKolom: 'bepalende-regisseur' },
        regelaar: { label: 'regelaar', uitleg: 'De gemeente stuurt met regels en voorschriften. R1 noemt dirigent en regelaar in één adem; Sturing telt ze als één rol.', bron: 'R1 §2.2 element 2 en fig. 2', pool: 'strak', synoniemVan: 'dirigent' },
        controleur: { label: 'controleur', uitleg: 'De gemeente ziet toe op naleving van regels en afspraken.', bron: 'R1 §2.1 fig. 1', opvatting: { government: 'kern' }, typen: { 'integrale-beleidssturing': 'kern' } },
        opdrachtgever: { label: 'opdrachtgever', marktwerking: true, uitleg: 'De gemeente verleent opdrachten en bepaalt wat er wordt uitgevoerd: de rol die fig. 1 bij NPM zet en fig. 2 bij expertsturing. Speelt zij die rol minder hard en bepaalt zij samen met de partijen wat er gebeurt, schrijf dan zachte-opdrachtgever.', bron: 'R1 §2.1 fig. 1; §2.2 fig. 2; §2.4 fase 2 en 3', opvatting: { npm: 'kern' }, typen: { expertsturing: 'kern' } },
        'zachte-opdrachtgever': { label: 'opdrachtgever, maar niet hard', uitleg: 'De gemeente staat in de positie van opdrachtgever, maar hanteert een minder hard opdrachtmodel: wat er wordt uitgevoerd, bepaalt zij samen met de partijen. Zo kiest zij de rol van coproducent en houdt de opdracht een governancekarakter.', bron: 'R1 §2.4 fase 2; §3.1.4; §5.3', opvatting: { governance: 'kern', npm: 'trek' }, typen: { netwerksturing: 'kern' }, regieKolom: 'coproducent' },
        marktmeester: { label: 'marktmeester', marktwerking: true, uitleg: 'De gemeente beslist, maar laat de uitvoering over aan marktpartijen die om de opdracht concurreren.', bron: 'R1 §2.2 element 2', pool: 'strak', opvatting: { npm: 'kern' }, typen: { expertsturing: 'kern' } },
        regisseur: { label: 'regisseur', uitleg: 'De gemeente stelt zelf doelen en richting vast, stuurt de uitvoerende partijen aan en rekent hen af op resultaten; zij stuurt op afstemming tussen partijen. Fig. 1 rekent de regievoerder tot governance; het afrekenen op resultaten is een trek van NPM.', bron: 'R1 §2.1 fig. 1; §2.2 element 2; §2.3', opvatting: { governance: 'kern', npm: 'trek' }, typen: { netwerksturing: 'kern', frontlijnsturing: 'trek' } },
        'ruimte-latende-regisseur': { label: 'ruimte latende regisseur', uitleg: 'Een regisseur die veel samen met partijen bepaalt en hun ruimte laat; zo typeerden vijf van de acht gemeenten in R1 zichzelf.', bron: 'R1 §2.3; hfst. 3', opvatting: { governance: 'kern' }, typen: { netwerksturing: 'kern', frontlijnsturing: 'trek' }, regieKolom: 'coproducent' },
        'bepalende-regisseur': { label: 'bepalende regisseur', uitleg: 'Een regisseur die visie, doelen en randvoorwaarden zelf vaststelt. R1 noemt deze kolom van het regiemodel "bepalende regisseur/dirigent"; Sturing telt haar als de rol dirigent.', bron: 'R1 §2.3 fig. 3', pool: 'strak', synoniemVan: 'dirigent', regieKolom: 'bepalende-regisseur' },
        coproducent: { label: 'coproducent', uitleg: 'De gemeente bepaalt samen met de andere partijen: gezamenlijke visie, doelen en sturing. In de verkenning hoort dat bij de regisseur, in de uitvoering bij frontlijnsturing.', bron: 'R1 §2.3 fig. 3; §2.4 fase 1 en 3', opvatting: { governance: 'kern' }, typen: { netwerksturing: 'kern', frontlijnsturing: 'kern' }, regieKolom: 'coproducent' },
        onderhandelaar: { label: 'onderhandelaar', uitleg: 'De gemeente zoekt een win-winsituatie: zij bewaakt het algemeen belang, andere partijen brengen hun deelbelangen in, en doelen mogen onderweg verschuiven.', bron: 'R1 §2.2 element 2', opvatting: { governance: 'kern' }, typen: { frontlijnsturing: 'kern' } },
        bemiddelaar: { label: 'bemiddelaar', uitleg: 'De gemeente zorgt alleen dát er een oplossing komt, niet welke: zij verbindt partijen en ruimt blokkades op.', bron: 'R1 §2.2 element 2', pool: 'los', opvatting: { governance: 'kern' }, typen: { vraagsturing: 'kern' } },
        facilitator: { label: 'facilitator', uitleg: 'De gemeente stuurt op de achtergrond en laat visie, doelen en uitvoering grotendeels aan de andere partijen. Fig. 2 noemt haar bij geen type; zij past bij de typen waarin anderen de verantwoordelijkheid dragen.', bron: 'R1 §2.1 fig. 1; §2.3 fig. 3', pool: 'los', opvatting: { governance: 'kern' }, typen: { frontlijnsturing: 'kern', vraagsturing: 'kern' }, regieKolom: 'facilitator' },
        gesprekspartner: { label: 'gesprekspartner', uitleg: 'De gemeente voert open gesprekken met partijen, collectief of één op één, zonder vooraf te bepalen; zo hoort de verkenning te verlopen. Fig. 2 noemt deze rol bij geen governancetype: zij telt voor governance, niet voor een type daarbinnen.', bron: 'R1 §2.4 fase 1; §2.2 fig. 2', opvatting: { governance: 'kern' } }
    },
    PartijRolSoort: {
        adviseur: { label: 'adviseur', uitleg: 'De partij brengt kennis en advies in: een horizontale relatie.', bron: 'R1 §2.4 fase 1 en 4', opvatting: { governance: 'kern' } },
        belanghebbende: { label: 'belanghebbende', uitleg: 'De partij heeft belang bij de uitkomst en praat daarom mee.', bron: 'R1 §2.4 fase 1', opvatting: { governance: 'kern' } },
        meedenker: { label: 'meedenker', uitleg: 'De partij denkt mee over probleem en aanpak.', bron: 'R2 §2.1', opvatting: { governance: 'kern' } },
        partner: { label: 'partner', uitleg: 'De partij werkt als gelijkwaardige partner samen met de gemeente (kolom coproducent van het regiemodel).', bron: 'R1 §2.1 fig. 1; §2.3 fig. 3', opvatting: { governance: 'kern' }, regieKolom: 'coproducent' },
        opdrachtnemer: { label: 'opdrachtnemer', uitleg: 'De partij krijgt een opdracht of een subsidieovereenkomst en legt daarover verantwoording af: een verticale relatie, het duidelijkst bij een contract.', bron: 'R1 §2.4 fase 2 en 3; R2 §2.1', opvatting: { npm: 'kern', government: 'trek' } },
        uitvoerder: { label: 'uitvoerder', uitleg: 'De partij voert uit wat de gemeente heeft bepaald (kolom bepalende regisseur van het regiemodel): een verticale relatie.', bron: 'R1 §2.1 fig. 1; §2.3 fig. 3', opvatting: { government: 'kern', npm: 'kern' }, regieKolom: 'bepalende-regisseur' },
        initiatiefnemer: { label: 'initiatiefnemer', uitleg: 'De partij neemt zelf het initiatief; de gemeente faciliteert (kolom facilitator van het regiemodel).', bron: 'R1 §2.3 fig. 3', opvatting: { governance: 'kern' }, regieKolom: 'facilitator' }
    },
    Kennisbron: {
        ambtenaren: { label: 'ambtenaren', uitleg: 'Beleid rust op kennis binnen de gemeente zelf (beleidsnetwerk).', bron: 'R1 §2.2 element 3' },
        experts: { label: 'experts', uitleg: 'Beleid rust op de kennis van deskundigen en marktpartijen.', bron: 'R1 §2.2 fig. 2' },
        professionals: { label: 'professionals', uitleg: 'Beleid rust op de kennis van professionals van de deelnemende organisaties (dienstverleningsnetwerk).', bron: 'R1 §2.2 element 3' },
        burgers: { label: 'burgers', uitleg: 'Beleid rust mede op de ervaringskennis van burgers; samen met professionals vormen zij een governancenetwerk.', bron: 'R1 §2.2 element 3' }
    },
    ParticipatieNiveau: {
        informeren: { label: 'informeren', uitleg: 'Burgers horen hooguit wat er gepland is.', bron: 'R1 §2.2 element 4', rang: 0, typen: { expertsturing: 'kern' } },
        adviseren: { label: 'adviseren', uitleg: 'Burgers adviseren via een formeel adviesorgaan, zoals de Wmo-raad. Fig. 2 zet adviseren bij integrale beleidssturing, maar in de praktijk rekent R1 het raadplegen van de formele adviesraden tot netwerksturing; Sturing laat adviseren daarom naar beide typen half wijzen.', bron: 'R1 §2.2 element 4 en fig. 2; §4.3', rang: 1, typen: { 'integrale-beleidssturing': 'trek', netwerksturing: 'trek' } },
        raadplegen: { label: 'raadplegen', uitleg: 'Burgers worden geraadpleegd via de inspraakorganen van de betrokken organisaties.', bron: 'R1 §2.2 element 4', rang: 2, typen: { netwerksturing: 'kern' } },
        coproductie: { label: 'coproductie / meebeslissen', uitleg: 'Burgers brengen hun kennis in en beslissen mee over beleid en uitvoering.', bron: 'R1 §2.2 element 4', rang: 3, typen: { frontlijnsturing: 'kern' } },
        zelfbestuur: { label: 'zelfbestuur', uitleg: 'Burgers bepalen zelf wat nodig is en wat er gebeurt.', bron: 'R1 §2.2 element 4', rang: 4, typen: { vraagsturing: 'kern' } }
    },
    InstrumentSoort: {
        visienota: { label: 'visienota', uitleg: 'Een document met de gewenste toekomst; het startpunt voor doelen. Elke opvatting kent er een, dus het telt niet mee voor de opvatting.', bron: 'R1 §2.3 (visie)' },
        kadernota: { label: 'kadernota', uitleg: 'Een nota die de kaders voor beleid en budget vastlegt: een financieel instrument van de overheid.', bron: 'R1 §2.1 fig. 1; §2.4 fase 2', opvatting: { government: 'kern' } },
        beleidsplan: { label: 'beleidsplan', uitleg: 'Een (meerjaren)plan met doelen en aanpak. Elke opvatting kent er een, dus het telt niet mee voor de opvatting.', bron: 'R1 §2.4' },
        beleidsnota: { label: 'beleidsnota', uitleg: 'Een nota over beleid op een deelterrein. Telt niet mee voor de opvatting.', bron: 'R1 §2.4' },
        verordening: { label: 'verordening', uitleg: 'Gemeentelijke regelgeving: het klassieke instrument van government.', bron: 'R1 §2.1 fig. 1', opvatting: { government: 'kern' } },
        convenant: { label: 'convenant', uitleg: 'Afspraken tussen gelijkwaardige partners: een typisch governance-instrument.', bron: 'R1 §2.1 fig. 1', opvatting: { governance: 'kern' } },
        contract: { label: 'contract', uitleg: 'Een contract met een uitvoerder, vaak met prijs × hoeveelheid: een NPM-instrument.', bron: 'R1 §2.1 fig. 1; §2.5', opvatting: { npm: 'kern' }, marktwerking: true },
        'open-aanbesteding': { label: 'open aanbesteding', uitleg: 'Iedere aanbieder mag inschrijven en concurreert om de opdracht: marktwerking volgens NPM.', bron: 'R1 §2.1 fig. 1; R2 §2.1', opvatting: { npm: 'kern' }, marktwerking: true, concurrentie: true },
        'bestuurlijke-aanbesteding': { label: 'bestuurlijke aanbesteding', uitleg: 'Een aanbesteding onder enkele vooraf gekozen partijen, meestal die al bij de verkenning betrokken waren: beperkte concurrentie tussen partners.', bron: 'R1 §4.2', opvatting: { npm: 'kern', governance: 'kern' }, marktwerking: true, concurrentie: true },
        subsidie: { label: 'subsidie', uitleg: 'Een klassieke subsidie als financieel instrument van de overheid.', bron: 'R1 §2.1 fig. 1; R2 §2.1', opvatting: { government: 'kern' } },
        bcf: { label: 'beleidsgestuurde contractfinanciering', uitleg: 'Subsidie met afspraken over prestaties en resultaten (BCF): tussen subsidie en contract in.', bron: 'R2 §2.1', opvatting: { government: 'kern', npm: 'kern' } },
        overleg: { label: 'overleg', uitleg: 'Gesprekken en werkconferenties met partijen: sturen door samenwerken.', bron: 'R1 §2.1 fig. 1', opvatting: { governance: 'kern' } },
        stuurgroep: { label: 'stuurgroep', uitleg: 'Een gezamenlijk bestuurlijk overleg dat de aanpak stuurt.', bron: 'R1 §2.1 fig. 1', opvatting: { governance: 'kern' } },
        scholing: { label: 'scholing', uitleg: 'Opleiding van ambtenaren en professionals voor de nieuwe werkwijze. Telt niet mee voor de opvatting.', bron: 'R1 §1.1; §5.3' },
        wijkbudget: { label: 'wijkbudget', uitleg: 'Een budget dat bewoners of het team in de wijk zelf mogen besteden.', bron: 'R2 §2.2 (civil society)', opvatting: { governance: 'kern' } },
        projectplan: { label: 'projectplan', uitleg: 'Een plan voor een pilot of project. Telt niet mee voor de opvatting.', bron: 'R1 §2.4' }
    },
    Bekostigingsmodel: {
        subsidie: { label: 'subsidie (input)', uitleg: 'Klassieke inputsubsidie: geld voor uren en inzet, los van resultaat.', bron: 'R1 §2.5; §4.2; R2 §2.1', opvatting: { government: 'kern' }, productie: true },
        bcf: { label: 'BCF', uitleg: 'Beleidsgestuurde contractfinanciering: subsidie met afspraken over output of resultaat, tussen subsidie en contract in.', bron: 'R2 §2.1', opvatting: { government: 'kern', npm: 'kern' } },
        convenant: { label: 'convenant', uitleg: 'Financiering via afspraken met partners in een convenant.', bron: 'R1 §2.1 fig. 1; §4.2', opvatting: { governance: 'kern' } },
        contract: { label: 'contract', uitleg: 'Financiering via een contract, vaak per product.', bron: 'R1 §2.5; §4.2', opvatting: { npm: 'kern' }, productie: true, marktwerking: true },
        lumpsum: { label: 'lumpsum', uitleg: 'Een vast totaalbedrag waarmee de aanbieder zelf schuift. Het zegt hoeveel, niet hoe de relatie is; het komt bij contracten en subsidies voor en telt daarom niet mee voor de opvatting.', bron: 'R1 §4.2' },
        'p-x-q': { label: 'prijs × hoeveelheid', uitleg: 'Productiefinanciering: betalen per geleverd product of uur. Beloont volume, niet resultaat.', bron: 'R1 §2.5', opvatting: { npm: 'kern' }, productie: true, marktwerking: true },
        resultaatfinanciering: { label: 'resultaatfinanciering', uitleg: 'Integrale bekostiging die direct gekoppeld is aan behaalde resultaten; beloont samenwerking en minder zorgafhankelijkheid. Past bij elke opvatting en telt daarom niet mee.', bron: 'R1 §2.5', beloontResultaat: true },
        populatiegebonden: { label: 'populatiegebonden', uitleg: 'Een budget per inwoner of populatie; de aanbieders zijn samen verantwoordelijk voor de gezondheid en zelfredzaamheid van die groep.', bron: 'R1 §4.2', opvatting: { governance: 'kern' }, beloontResultaat: true },
        'om-niet': { label: 'om niet', uitleg: 'De partij doet onbetaald mee, bijvoorbeeld tijdens een pilot onder een convenant.', bron: 'R1 §4.2', opvatting: { governance: 'kern' } }
    },
    Niveau: {
        input: { label: 'input', uitleg: 'Sturen op wat erin gaat: uren, formatie, eisen aan personeel en kwaliteit. Op dit niveau kan de gemeente in elke opvatting haar eisen stellen; dat de klassieke subsidie op input afrekent, zegt de bekostiging (subsidie) al. Telt daarom niet mee voor de opvatting.', bron: 'R1 §2.5; R2 §2.1', rang: 0 },
        throughput: { label: 'throughput', uitleg: 'Sturen op het proces: protocollen, richtlijnen en werkwijzen. Telt niet mee voor de opvatting.', bron: 'R1 §2.5', rang: 1 },
        output: { label: 'output', uitleg: 'Sturen op prestaties en klanttevredenheid, bijvoorbeeld aantallen bereikte cliënten; een ijkpunt van NPM.', bron: 'R1 §2.1; §2.5; R2 §2.1', rang: 2, opvatting: { npm: 'kern' } },
        outcome: { label: 'outcome', uitleg: 'Sturen op effect en resultaat voor inwoners (uitkomststuring). Vraagt effectmeting, gewaarborgde toegang en bekostiging die resultaat beloont. Kan in elke opvatting en telt daarom niet mee.', bron: 'R1 §2.5', rang: 3 }
    },
    Mate: {
        vooral: { label: 'vooral', uitleg: 'Deze rol speelt de gemeente in deze fase vooral; hij telt zwaarder mee dan een rol zonder woord ervoor.', bron: 'R1 hfst. 3 (samenvattingen per gemeente)' },
        soms: { label: 'soms', uitleg: 'Deze rol speelt de gemeente in deze fase soms; hij telt lichter mee.', bron: 'R1 hfst. 3 (samenvattingen per gemeente)' }
    },
    Geldstroom: {
        wmo: { label: 'Wmo-budget', uitleg: 'Geld uit het gemeentelijke budget voor de Wmo.', bron: 'R2 §4.2 concl. 5 en 9', financier: 'gemeente' },
        jeugdwet: { label: 'budget Jeugdwet', uitleg: 'Geld uit het gemeentelijke budget voor jeugdhulp.', bron: 'R2 §4.2 concl. 5 en 9', financier: 'gemeente' },
        participatiewet: { label: 'budget Participatiewet', uitleg: 'Geld uit het gemeentelijke budget voor werk en inkomen.', bron: 'R2 §4.2 concl. 5 en 9', financier: 'gemeente' },
        'algemene-middelen': { label: 'algemene middelen', uitleg: 'Geld uit de algemene middelen van de gemeente, niet geoormerkt.', bron: 'R2 §4.2 concl. 5 en 9', financier: 'gemeente' },
        zvw: { label: 'Zorgverzekeringswet', uitleg: 'Geld van de zorgverzekeraar (bijvoorbeeld wijkverpleging of huisartsenzorg): niet van de gemeente.', bron: 'R2 §4.2 concl. 9', financier: 'zorgverzekeraar' },
        wlz: { label: 'Wet langdurige zorg', uitleg: 'Geld via het zorgkantoor: niet van de gemeente.', bron: 'R2 §4.2 concl. 9', financier: 'zorgkantoor' },
        provincie: { label: 'provincie', uitleg: 'Geld van de provincie: niet van de gemeente.', bron: 'R2 §4.2 concl. 9', financier: 'provincie' },
        fonds: { label: 'fonds', uitleg: 'Geld van een (particulier) fonds: niet van de gemeente.', bron: 'R2 §4.2 concl. 9', financier: 'fonds' }
    },
    Eisen: {
        gemeente: { label: 'door de gemeente', uitleg: 'De gemeente stelt de eisen alleen op, zoals een NPM-opdrachtgever.', bron: 'R1 §2.1 fig. 1; §5.3', opvatting: { npm: 'kern', government: 'trek' }, regieKolom: 'bepalende-regisseur' },
        gezamenlijk: { label: 'gezamenlijk', uitleg: 'De eisen worden samen met de uitvoerende partijen opgesteld, zodat de contractering een governancekarakter houdt.', bron: 'R1 §5.3', opvatting: { governance: 'kern' }, regieKolom: 'coproducent' }
    },
    Wie: {
        gemeente: { label: 'de gemeente', uitleg: 'De gemeente bepaalt (kolom bepalende regisseur/dirigent): een verticale verhouding, zoals bij government en NPM.', bron: 'R1 §2.1 fig. 1; §2.3 fig. 3', opvatting: { government: 'kern', npm: 'kern' }, regieKolom: 'bepalende-regisseur' },
        gezamenlijk: { label: 'gezamenlijk', uitleg: 'Gemeente en partijen bepalen samen (kolom coproducent).', bron: 'R1 §2.3 fig. 3', opvatting: { governance: 'kern' }, regieKolom: 'coproducent' },
        actoren: { label: 'de actoren', uitleg: 'De andere partijen bepalen zelf (kolom facilitator).', bron: 'R1 §2.3 fig. 3', opvatting: { governance: 'kern' }, regieKolom: 'facilitator' }
    },
    RegieCategorie: {
        visie: { label: 'visie', uitleg: 'De gewenste toekomst, waaruit doelen volgen.', bron: 'R1 §2.3 fig. 3' },
        doel: { label: 'doel', uitleg: 'Het eindresultaat waar de regie naartoe werkt.', bron: 'R1 §2.3 fig. 3' },
        'rol-partijen': { label: 'rol van andere partijen', uitleg: 'Rol van de andere partijen in de uitvoering: uitvoerder, partner of initiatiefnemer.', bron: 'R1 §2.3 fig. 3' },
        afhankelijkheid: { label: 'afhankelijkheid', uitleg: 'Hoe partijen van elkaar afhangen: formeel, informeel of door henzelf bepaald.', bron: 'R1 §2.3 fig. 3' },
        afstemming: { label: 'afstemming', uitleg: 'Wie bepaalt welke partij welke diensten inbrengt.', bron: 'R1 §2.3 fig. 3' },
        sturing: { label: 'sturing', uitleg: 'Gerichte beïnvloeding: door de gemeente, samen, of zelfsturing.', bron: 'R1 §2.3 fig. 3' },
        randvoorwaarden: { label: 'randvoorwaarden', uitleg: 'De kaders waarbinnen partijen werken.', bron: 'R1 §2.3 fig. 3' },
        verantwoordelijkheid: { label: 'verantwoordelijkheid', uitleg: 'Wie verantwoordelijk is voor het resultaat.', bron: 'R1 §2.3 fig. 3' },
        monitoring: { label: 'monitoring', uitleg: 'Wie het proces en de resultaten volgt.', bron: 'R1 §2.3 fig. 3' }
    },
    GovernanceType: Object.fromEntries(
        GOVERNANCE_TYPE_IDS.map(id => model(id)).map(m => [m.id, { label: m.label, uitleg: m.uitleg, bron: m.bron }])
    ) as Record<GovernanceTypeId, Begrip>
} satisfies Record<string, Record<string, Begrip>>;

/** The same table as maps: the inference looks up a meaning for every fact, many times per build. */
const OPZOEK = new Map<string, Map<string, Begrip>>(
    Object.entries(WOORDENSCHAT).map(([categorie, tabel]) => [categorie, new Map(Object.entries(tabel as Record<string, Begrip>))])
);

/** The meaning of one value in one category, or undefined when the value is not known there. */
export function begrip(categorie: Categorie, waarde: string | undefined): Begrip | undefined {
    return waarde === undefined ? undefined : OPZOEK.get(categorie)!.get(waarde);
}

/** The label of a vocabulary value as an advisor reads it ("bepalende regisseur"); the value itself if it has none. */
export function labelVan(categorie: Categorie, waarde: string): string {
    return begrip(categorie, waarde)?.label ?? waarde;
}

export function waarden(categorie: Categorie): string[] {
    return Object.keys(WOORDENSCHAT[categorie]);
}

/** A value's rung on its ladder (participation R1 §2.2 element 4, steering level R1 §2.5); undefined for a value off the ladder. */
export function rangVan(categorie: Categorie, waarde: string): number | undefined {
    return begrip(categorie, waarde)?.rang;
}

/** The highest rung the given values reach on their ladder, if any of them is on it. */
export function hoogsteRang(categorie: Categorie, waarden: readonly string[]): number | undefined {
    const rangen = waarden.map(w => rangVan(categorie, w)).filter((r): r is number => r !== undefined);
    return rangen.length ? Math.max(...rangen) : undefined;
}

/** The values of a ranked category from low to high: the steering levels input → throughput → output → outcome (R1 §2.5). */
export function opRang(categorie: Categorie): string[] {
    return waarden(categorie).sort((a, b) => (rangVan(categorie, a) ?? 0) - (rangVan(categorie, b) ?? 0));
}

/** The values to choose from when a message lists them: each meaning once, without its synonyms. */
export function keuzewaarden(categorie: Categorie): string[] {
    return waarden(categorie).filter(w => !begrip(categorie, w)?.synoniemVan);
}

/** What each category is, as a reader would call it (shown above a keyword's meaning). */
export const CATEGORIE_LABEL: Record<Categorie, string> = {
    Probleem: 'probleemdefinitie',
    Verantwoordelijkheid: 'verantwoordelijkheid (wie staat aan het roer)',
    Scenario: 'RMO-scenario',
    PartijSoort: 'soort partij',
    Sector: 'sector van een partij',
    Breedte: 'breedte van een team',
    Samenstelling: 'samenstelling van een team',
    Doelgroep: 'doelgroep van een team',
    Lijn: 'lijn (positie in de zorg)',
    JaNee: 'ja/nee',
    Doorzettingsmacht: 'doorzettingsmacht (besluit doorgezet zonder te onderhandelen)',
    Integratie: 'verbinding met het team',
    Regelruimte: 'regelruimte van professionals',
    Mate: 'hoe vaak de gemeente deze rol speelt',
    Geldstroom: 'geldstroom (wie betaalt)',
    FaseSoort: 'fase van de beleidscyclus',
    GemeenteRol: 'rol van de gemeente',
    PartijRolSoort: 'rol van een partij',
    Kennisbron: 'kennisbron / netwerk',
    ParticipatieNiveau: 'burgerparticipatie',
    InstrumentSoort: 'sturingsinstrument',
    Bekostigingsmodel: 'bekostigingsmodel',
    Niveau: 'sturingsniveau (sturing op)',
    Eisen: 'wie stelt de eisen op',
    Wie: 'wie bepaalt (regiemodel)',
    RegieCategorie: 'categorie van het regiemodel',
    GovernanceType: 'governancetype'
};

/**
 * A word that is part of a value's name, for messages about a value Sturing does not know: the noun and
 * its article ("Onbekende rol", "Onbekend sturingsniveau").
 */
export interface Naamwoord {
    woord: string;
    lidwoord: 'de' | 'het';
}

export const CATEGORIE_NAAMWOORD: Record<Categorie, Naamwoord> = {
    Probleem: { woord: 'probleemdefinitie', lidwoord: 'de' },
    Verantwoordelijkheid: { woord: 'verantwoordelijkheid', lidwoord: 'de' },
    Scenario: { woord: 'scenario', lidwoord: 'het' },
    PartijSoort: { woord: 'soort partij', lidwoord: 'de' },
    Sector: { woord: 'sector', lidwoord: 'de' },
    Breedte: { woord: 'breedte', lidwoord: 'de' },
    Samenstelling: { woord: 'samenstelling', lidwoord: 'de' },
    Doelgroep: { woord: 'doelgroep', lidwoord: 'de' },
    Lijn: { woord: 'lijn', lidwoord: 'de' },
    JaNee: { woord: 'antwoord', lidwoord: 'het' },
    Doorzettingsmacht: { woord: 'antwoord', lidwoord: 'het' },
    Integratie: { woord: 'verbinding', lidwoord: 'de' },
    Regelruimte: { woord: 'regelruimte', lidwoord: 'de' },
    Mate: { woord: 'woord', lidwoord: 'het' },
    Geldstroom: { woord: 'geldstroom', lidwoord: 'de' },
    FaseSoort: { woord: 'fase', lidwoord: 'de' },
    GemeenteRol: { woord: 'rol', lidwoord: 'de' },
    PartijRolSoort: { woord: 'rol', lidwoord: 'de' },
    Kennisbron: { woord: 'kennisbron', lidwoord: 'de' },
    ParticipatieNiveau: { woord: 'vorm van burgerparticipatie', lidwoord: 'de' },
    InstrumentSoort: { woord: 'instrument', lidwoord: 'het' },
    Bekostigingsmodel: { woord: 'bekostigingsmodel', lidwoord: 'het' },
    Niveau: { woord: 'sturingsniveau', lidwoord: 'het' },
    Eisen: { woord: 'keuze', lidwoord: 'de' },
    Wie: { woord: 'keuze', lidwoord: 'de' },
    RegieCategorie: { woord: 'categorie van het regiemodel', lidwoord: 'de' },
    GovernanceType: { woord: 'governancetype', lidwoord: 'het' }
};

/** Where a municipal role stands between tight and loose steering (R1 §2.2 element 2), for grouping roles. */
export const POOL_LABEL: Record<'strak' | 'midden' | 'los', string> = {
    strak: 'strak sturend',
    midden: 'tussen strak en loslatend',
    los: 'loslatend'
};

/** The meaning of a statement keyword (`probleem`, `rol`, `sturing-op` …): what the line says, with its source. */
export interface Opdracht {
    uitleg: string;
    bron: Bron;
}

/**
 * Every keyword that starts a block or a line, or adds to a line. A keyword that means something else
 * inside another block names that block's grammar rule under `in` (`sturing-op` in the ambitie is the
 * ambition, not the current level). tests/framework-grammar.test.ts checks that the grammar's keywords
 * and this table are the same.
 */
export const OPDRACHTEN: Readonly<Record<string, Opdracht & { in?: Readonly<Record<string, Opdracht>> }>> = {
    gemeente: {
        uitleg: 'Begint de beschrijving van één gemeente: haar partijen en teams, de fasen van de beleidscyclus en hoe zij in elke fase stuurt. Uit wat erin staat leidt Sturing haar sturingsprofiel af.',
        bron: 'R1 hfst. 2',
        in: {
            Fase: { uitleg: 'De rol die de gemeente in deze fase speelt, zoals regisseur, opdrachtgever of facilitator. Meer rollen scheidt u met komma\'s; met vooral of soms ervoor zegt u welke rol zwaarder weegt. Partners moeten per fase weten wat zij van de gemeente kunnen verwachten.', bron: 'R1 §2.2 element 2; §4.4, §5.3' }
        }
    },
    regio: { uitleg: 'Partijen die meer gemeenten delen, zoals een regionale zorgaanbieder. Een gemeente in elk bestand van de map kan naar deze partijen verwijzen.', bron: 'R2 §4.2 concl. 9' },
    periode: { uitleg: 'De jaren waarover deze beschrijving gaat, bijvoorbeeld 2015 - 2018.', bron: 'R1 hfst. 3' },
    probleem: { uitleg: 'Of het maatschappelijke probleem helder is en partijen het erover eens zijn, of nog onduidelijk. Bij een helder probleem passen klassieke sturing en NPM; bij een onduidelijk probleem past governance.', bron: 'R1 §2.1 fig. 1; R2 §2.1' },
    verantwoordelijkheid: {
        uitleg: 'Wie aan het roer staat: de gemeente alleen, gedeeld met de uitvoerders, bij experts, bij burgers en professionals, of bij de individuele burger. Het eerste ingrediënt van het governancetype.',
        bron: 'R1 §2.2 element 1',
        in: {
            Ambitie: { uitleg: 'Bij wie de verantwoordelijkheid in de toekomst moet liggen.', bron: 'R1 §2.2 element 1' },
            Fase: { uitleg: 'Wie in deze fase aan het roer staat, als dat anders is dan voor de aanpak als geheel: bijvoorbeeld de gemeente alleen in de verkenning en gedeeld met de uitvoerders in de uitvoering.', bron: 'R1 §2.2 element 1; hfst. 3' }
        }
    },
    doorzettingsmacht: { uitleg: 'Of de gemeente een besluit heeft doorgezet zonder erover te onderhandelen (ja of nee), met eventueel tussen aanhalingstekens waarin. In een fase telt het voor de besluitvorming van die fase; bij de gemeente zegt het iets over haar rol in de hele aanpak.', bron: 'R1 §2.1 fig. 1 (besluitvorming); hfst. 3 (positie en rol van de gemeente)' },
    scenario: { uitleg: 'Het RMO-scenario waar de aanpak bij past: gemeente aan het roer, stuurman van je eigen leven, of civil society.', bron: 'R1 §2.2 element 1' },
    governancetype: {
        uitleg: 'Uw eigen typering van de aanpak. Sturing vergelijkt haar met het type dat het zelf afleidt en zegt het als die twee verschillen.',
        bron: 'R1 §2.2 fig. 2',
        in: {
            Ambitie: { uitleg: 'Het governancetype waar de gemeente naartoe wil. Sturing kijkt of de rest van de ambitie die kant op beweegt.', bron: 'R1 §2.2 fig. 2' }
        }
    },
    soort: { uitleg: 'De sector van een partij: welzijn, zorg, jeugd, woningcorporatie, basiszorg of overig.', bron: 'R1 §1.1' },
    team: { uitleg: 'Een sociaal gebiedsteam (wijkteam, WIJ-team, frontlijnteam) met zijn kenmerken, leden en doelen.', bron: 'R1 §1.1' },
    gebied: { uitleg: 'Het gebied of de wijk waar het team werkt.', bron: 'R1 §1.1' },
    breedte: { uitleg: 'Of het team breed werkt, op alle leefgebieden, of smal, op één domein.', bron: 'R1 §1.1' },
    samenstelling: { uitleg: 'Of het team uit generalisten, specialisten of beide bestaat.', bron: 'R1 §1.1' },
    doelgroep: { uitleg: 'Voor wie het team er is: alle burgers van het gebied of specifieke groepen.', bron: 'R1 §1.1' },
    lijn: { uitleg: 'Waar het team staat: de nulde lijn (informele hulp), de eerste lijn of de tweede lijn. Meer lijnen mag.', bron: 'R1 §1.1' },
    toegang: { uitleg: 'Of het team de toegang is tot ondersteuning uit de Wmo en tot specialistische zorg.', bron: 'R1 §1.1' },
    jeugdzorg: { uitleg: 'Hoe de jeugdzorg (of het centrum voor jeugd en gezin) met het team verbonden is: geïntegreerd, verbonden of apart.', bron: 'R1 §1.1' },
    basiszorg: { uitleg: 'Hoe de basiszorg (huisartsen, wijkverpleging) met het team verbonden is: geïntegreerd, verbonden of apart.', bron: 'R1 §1.1' },
    regelruimte: { uitleg: 'Hoeveel ruimte de professionals van het team hebben om zelf te beslissen en maatwerk te leveren.', bron: 'R1 §1.1 (VNG-criteria)' },
    teamleider: { uitleg: 'Of het team een teamleider heeft.', bron: 'R1 §1.1' },
    omvang: { uitleg: 'Het aantal medewerkers van het team.', bron: 'R1 §1.1' },
    leden: { uitleg: 'De partijen die mensen in het team hebben, gescheiden door komma\'s.', bron: 'R1 §1.1' },
    doel: { uitleg: 'Wat het team moet bereiken. Schrijf er een indicator bij: een doel in algemene termen is lastig te volgen.', bron: 'R1 §4.4; §5.2 concl. 1 en 2' },
    indicator: { uitleg: 'Waaraan u ziet of het doel bereikt wordt. Met een niveau ervoor (input, throughput, output of outcome) zegt u wat de indicator meet.', bron: 'R1 §2.5; §5.3' },
    streefwaarde: { uitleg: 'De waarde die de indicator moet bereiken, bijvoorbeeld "60%".', bron: 'R1 §5.3' },
    fase: { uitleg: 'Een fase van de beleidscyclus: verkenning, kaderstelling, uitvoering of evaluatie, met wat de gemeente en haar partners daarin doen.', bron: 'R1 §2.4 fig. 4' },
    rol: {
        uitleg: 'De rol van een partij in deze fase, zoals adviseur, partner, opdrachtnemer of uitvoerder: zegt of de relatie met de gemeente horizontaal of verticaal is.',
        bron: 'R1 §2.1 fig. 1; §2.4',
        in: {
            Ambitie: { uitleg: 'De rol die de gemeente in de toekomst wil spelen.', bron: 'R1 §2.2 element 2' }
        }
    },
    kennisbron: {
        uitleg: 'Op wiens kennis het beleid in deze fase rust: ambtenaren, experts, professionals of burgers. Het derde ingrediënt van het governancetype.',
        bron: 'R1 §2.2 element 3',
        in: {
            Ambitie: { uitleg: 'Op wiens kennis het beleid in de toekomst moet rusten.', bron: 'R1 §2.2 element 3' }
        }
    },
    burgerparticipatie: {
        uitleg: 'Hoe ver burgers in deze fase meedoen: van informeren en adviseren via raadplegen tot coproductie en zelfbestuur. Met via noemt u de adviesraad of partij waarlangs dat gaat.',
        bron: 'R1 §2.2 element 4',
        in: {
            Ambitie: { uitleg: 'Hoe ver burgers in de toekomst moeten meedoen.', bron: 'R1 §2.2 element 4' }
        }
    },
    via: { uitleg: 'De adviesraad of partij waarlangs burgers meedoen, bijvoorbeeld de Wmo-raad.', bron: 'R1 §2.2 element 4' },
    instrument: { uitleg: 'Een middel waarmee de gemeente in deze fase stuurt, zoals een verordening, een convenant, een contract, een aanbesteding of overleg. Elk instrument hoort bij een sturingsopvatting.', bron: 'R1 §2.1 fig. 1' },
    bekostiging: {
        uitleg: 'Hoe een partij betaald wordt, bijvoorbeeld met subsidie, een contract, een lumpsum of resultaatfinanciering. Met geldstroom zegt u uit welk budget het geld komt.',
        bron: 'R1 §2.5; §4.2',
        in: {
            Ambitie: { uitleg: 'Hoe de gemeente de partijen in de toekomst wil bekostigen, bijvoorbeeld met resultaatfinanciering.', bron: 'R1 §2.5' }
        }
    },
    geldstroom: { uitleg: 'Uit welk budget de bekostiging komt, zoals de Wmo, de Jeugdwet of de Zorgverzekeringswet. Schotten tussen geldstromen maken samenwerking lastiger.', bron: 'R2 §4.2 concl. 5 en 9' },
    eisen: { uitleg: 'Wie de eisen aan de uitvoering opstelt: de gemeente alleen, of samen met de uitvoerende partijen.', bron: 'R1 §2.1 fig. 1; §5.3' },
    monitoring: { uitleg: 'Wie de uitvoering en haar resultaten volgt: de gemeente, gemeente en partijen samen, of de partijen zelf.', bron: 'R1 §2.3 fig. 3; §2.4 fase 3' },
    verantwoording: { uitleg: 'Hoe de uitvoerders verantwoording afleggen, bijvoorbeeld met een kwartaalrapportage.', bron: 'R1 §2.4 fase 3' },
    'sturing-op': {
        uitleg: 'Waarop de gemeente in deze fase stuurt: input, throughput, output of outcome. Meer niveaus tegelijk mag; ze tellen allemaal.',
        bron: 'R1 §2.5',
        in: {
            Ambitie: { uitleg: 'Waarop de gemeente in de toekomst wil sturen, bijvoorbeeld outcome.', bron: 'R1 §2.5' }
        }
    },
    effectmeting: { uitleg: 'Hoe het effect voor inwoners gemeten wordt. Sturen op outcome kan alleen als u het effect meet.', bron: 'R1 §2.5 voorwaarde 1' },
    regie: { uitleg: 'Het regiemodel: voor de negen categorieën (visie, doel, rol van partijen …) wie bepaalt: de gemeente, gemeente en partijen samen, of de partijen zelf.', bron: 'R1 §2.3 fig. 3' },
    ambitie: { uitleg: 'Waar de gemeente naartoe wil: het sturingsniveau, de bekostiging, burgerparticipatie, rol, verantwoordelijkheid, kennisbron of governancetype van de toekomst.', bron: 'R1 §2.5; §4.2' }
};

/** The meaning of a statement keyword as it is used in the block of `grammaticaRegel` (a grammar rule name). */
export function opdracht(woord: string, grammaticaRegel?: string): Opdracht | undefined {
    if (!Object.prototype.hasOwnProperty.call(OPDRACHTEN, woord)) return undefined;
    const o = OPDRACHTEN[woord];
    return (grammaticaRegel && o.in?.[grammaticaRegel]) || o;
}
