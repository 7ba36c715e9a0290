import type { FaseSoort } from '../generated/ast.js';
import { OPVATTINGEN, type Opvatting } from '../framework/conception-model.js';
import { INGREDIENTEN, model, opvattingVanType, type GovernanceTypeId } from '../framework/governance-type-model.js';
import { REGIEROL_LABEL, type Regierol } from '../framework/regie-model.js';
import { begrip, labelVan, opRang } from '../framework/vocabulary.js';
import { FEIT_CATEGORIE, type Feit, type FeitSoort } from '../inference/facts.js';
import type { FaseOpvatting, GovernanceProfile, IngredientStem, Stem } from '../inference/profile-types.js';
import { regieKolom } from '../inference/infer-regie.js';
import { partijNaamVan, vervoeg } from './namen.js';
import { faseNaam, opsomming, regelnummerVan, regieTypering, telwoord, typeLabel, VOORLOPIG, zekerheidWoord } from './profile-text.js';
import { faseRegelnummers, redenering } from './redenering.js';

/**
 * The governance profile as the researchers wrote it for each municipality (R1 hfst. 3), for a note
 * an advisor hands to a wethouder or a council: a short table, "government, NPM of governance?" per
 * phase, the governance type with its trait, how the regie is filled in, and the distance between now
 * and the ambition; and "in het kort", the typing in two sentences. Plain Dutch: short sentences, no
 * percentages, no keywords of the language, every term explained in passing, parties by the name the
 * file gives them. A claim keeps the lines of the file it rests on (`regelnummers`); the summary turns them
 * into a note in its appendix, so the prose itself carries no line numbers. The phrases live here so
 * that wording stays consistent with hovers and findings.
 */

/** A piece of prose and, where it states something the file shows, the lines (1-based) it rests on. */
export interface Zinsdeel {
    tekst: string;
    regelnummers?: number[];
    /** What the claim is about, for the appendix ("de verkenning", "het governancetype"). */
    over?: string;
}

/** A paragraph: pieces of prose, each claim with its lines. */
export type Alinea = Zinsdeel[];

const uniek = (regelnummers: number[]) => [...new Set(regelnummers)].sort((a, b) => a - b);

/** The label of what a fact says, as the vocabulary spells it ("ruimte latende regisseur", "geïntegreerd"). */
export function waardeLabel(feit: Feit): string {
    const categorie = FEIT_CATEGORIE[feit.soort];
    return categorie ? labelVan(categorie, feit.waarde) : feit.waarde;
}

/** A role of the municipality with its degree: "vooral regisseur", "soms dirigent / regelaar". */
export function rolLabel(feit: Feit): string {
    // A synonym whose label the word it stands for already holds reads as that word: regelaar → "dirigent / regelaar".
    const eigen = labelVan('GemeenteRol', feit.waarde), kern = labelVan('GemeenteRol', feit.kern);
    return `${feit.mate ? `${feit.mate} ` : ''}${kern.includes(eigen) ? kern : eigen}`;
}

/** What a party receives, as a noun phrase after "krijgt". */
const BEKOSTIGING_PROZA: Record<string, string> = {
    subsidie: 'subsidie voor inzet (input)',
    bcf: 'subsidie met prestatieafspraken (BCF)',
    convenant: 'geld via een convenant',
    contract: 'een contract',
    lumpsum: 'een vast bedrag (lumpsum)',
    'p-x-q': 'geld per product (prijs × hoeveelheid)',
    resultaatfinanciering: 'resultaatfinanciering',
    populatiegebonden: 'een populatiegebonden budget',
    'om-niet': 'geen geld (om niet)'
};

export function bekostigingProza(waarde: string): string {
    return BEKOSTIGING_PROZA[waarde] ?? labelVan('Bekostigingsmodel', waarde);
}

/** How citizens take part, as a clause. */
const PARTICIPATIE_PROZA: Record<string, string> = {
    informeren: 'burgers worden geïnformeerd',
    adviseren: 'burgers adviseren',
    raadplegen: 'burgers worden geraadpleegd',
    coproductie: 'burgers beslissen mee',
    zelfbestuur: 'burgers besturen zelf'
};

/** One thing the advisor wrote, as a clause a reader understands without the language. */
export function feitZin(feit: Feit): string {
    const partij = partijNaamVan(feit.partij);
    switch (feit.soort) {
        case 'rol': return `de gemeente is ${rolLabel(feit)}`;
        case 'partijrol': return `${partij} ${vervoeg([partij], 'is', 'zijn')} ${labelVan('PartijRolSoort', feit.waarde)}`;
        case 'eisen': return feit.kern === 'gezamenlijk' ? 'de eisen worden samen met de partijen opgesteld' : 'de gemeente stelt de eisen alleen op';
        case 'instrument': return `er is een ${labelVan('InstrumentSoort', feit.waarde)}`;
        case 'bekostiging': return `${partij} ${vervoeg([partij], 'krijgt', 'krijgen')} ${bekostigingProza(feit.waarde)}`;
        case 'monitoring': return feit.kern === 'gemeente' ? 'de gemeente monitort zelf' : feit.kern === 'gezamenlijk' ? 'er wordt samen gemonitord' : 'de partijen monitoren zelf';
        case 'sturing-op': return `er wordt gestuurd op ${feit.waarde}`;
        case 'probleem': return feit.kern === 'helder' ? 'het probleem is helder' : 'het probleem is nog onduidelijk';
        case 'verantwoordelijkheid': return `de verantwoordelijkheid ligt ${feit.waarde === 'gedeeld' ? 'gedeeld bij gemeente en uitvoerders' : `bij ${labelVan('Verantwoordelijkheid', feit.waarde)}`}`;
        case 'scenario': return `het scenario is "${labelVan('Scenario', feit.waarde)}"`;
        case 'participatie': return `${PARTICIPATIE_PROZA[feit.kern] ?? `burgerparticipatie: ${labelVan('ParticipatieNiveau', feit.waarde)}`}${feit.partij ? ` via ${partij}` : ''}`;
        case 'kennisbron': return `het beleid rust op de kennis van ${labelVan('Kennisbron', feit.waarde)}`;
        case 'doorzettingsmacht': return feit.kern === 'ja' ? 'de gemeente zette door zonder te onderhandelen' : 'de gemeente drukte niets door';
        case 'regie': {
            const wat = categorieMetLidwoord(feit);
            return feit.kern === 'gemeente' ? `de gemeente bepaalt ${wat}` : feit.kern === 'gezamenlijk' ? `${wat} ${MEERVOUD_CATEGORIE.has(feit.categorie!) ? 'worden' : 'wordt'} samen bepaald` : `de partijen bepalen ${wat}`;
        }
        default: return `${feit.soort} ${waardeLabel(feit)}`;
    }
}

/**
 * Facts as clauses, grouped the way a person would say them: "de gemeente is regisseur en
 * gesprekspartner", "Welzijnsorganisatie Sedna en Zorgorganisaties zijn meedenker", "de gemeente
 * bepaalt de visie en de sturing".
 */
export function feitenZin(feiten: readonly Feit[], max = Infinity): string {
    const zinnen: string[] = [];
    const rollen = [...new Set(feiten.filter(f => f.soort === 'rol').map(rolLabel))];
    if (rollen.length) zinnen.push(`de gemeente is ${opsomming(rollen)}`);
    for (const [rol, namen] of partijenPerWaarde(feiten, 'partijrol')) zinnen.push(`${opsomming(namen)} ${vervoeg(namen, 'is', 'zijn')} ${labelVan('PartijRolSoort', rol)}`);
    const regie = new Map<string, string[]>();
    for (const f of feiten.filter(x => x.soort === 'regie')) regie.set(f.kern, [...new Set([...(regie.get(f.kern) ?? []), categorieMetLidwoord(f)])]);
    for (const [wie, wat] of regie) {
        // Past three categories a count reads better than a list.
        const onderdelen = wat.length > 3 ? `${telwoord(wat.length)} van de negen onderdelen van de regie` : opsomming(wat);
        zinnen.push(wie === 'gemeente' ? `de gemeente bepaalt ${onderdelen}` : wie === 'gezamenlijk' ? `${onderdelen} ${wat.length > 1 || wat[0] === 'de randvoorwaarden' ? 'worden' : 'wordt'} samen bepaald` : `de partijen bepalen ${onderdelen}`);
    }
    // The same parties with more than one kind of funding are named once: "Welzijn en Zorg krijgen een contract en geld per product".
    const perPartijen = new Map<string, { namen: string[]; modellen: string[] }>();
    for (const [model, namen] of partijenPerWaarde(feiten, 'bekostiging')) {
        const sleutel = namen.join('|');
        const g = perPartijen.get(sleutel) ?? { namen, modellen: [] };
        g.modellen.push(bekostigingProza(model));
        perPartijen.set(sleutel, g);
    }
    for (const { namen, modellen } of perPartijen.values()) zinnen.push(`${opsomming(namen)} ${vervoeg(namen, 'krijgt', 'krijgen')} ${opsomming(modellen)}`);
    for (const f of feiten) if (!['rol', 'partijrol', 'regie', 'bekostiging'].includes(f.soort)) zinnen.push(feitZin(f));
    return opsomming([...new Set(zinnen)].slice(0, max));
}

/** The parties of one kind of fact, grouped by value in the order they appear: opdrachtnemer → Welzijn, Zorg. */
function partijenPerWaarde(feiten: readonly Feit[], soort: FeitSoort): Map<string, string[]> {
    const perWaarde = new Map<string, string[]>();
    for (const f of feiten) {
        if (f.soort !== soort) continue;
        const naam = partijNaamVan(f.partij);
        const lijst = perWaarde.get(f.waarde) ?? [];
        if (!lijst.includes(naam)) lijst.push(naam);
        perWaarde.set(f.waarde, lijst);
    }
    return perWaarde;
}

/** Regie categories that are plural nouns ("de randvoorwaarden worden …"). */
const MEERVOUD_CATEGORIE = new Set(['randvoorwaarden']);

const LIDWOORD: Partial<Record<string, string>> = { doel: 'het doel', 'rol-partijen': 'de rol van de andere partijen' };

/** A regie category as a noun with its article: "de visie", "het doel". */
function categorieMetLidwoord(feit: Feit): string {
    return LIDWOORD[feit.categorie!] ?? `de ${labelVan('RegieCategorie', feit.categorie!)}`;
}

/** The short table of R1 hfst. 3: scenario and responsibility, role, knowledge source, participation, steering level. */
export function samenvattingsTabel(p: GovernanceProfile): Array<{ onderdeel: string; beschrijving: string }> {
    const f = p.feiten;
    const algemeen = (soort: Feit['soort']) => f.algemeen.find(x => x.soort === soort);
    const verantwoordelijk = algemeen('verantwoordelijkheid');
    const scenario = algemeen('scenario');
    const verantwoordelijkheid = [
        verantwoordelijk ? `verantwoordelijk: ${labelVan('Verantwoordelijkheid', verantwoordelijk.waarde)}` : '',
        scenario ? `scenario: ${labelVan('Scenario', scenario.waarde)}` : ''
    ].filter(Boolean).join('; ');
    const rollen = f.fasen.filter(x => x.van('rol').length > 0).map(x => `${x.soort}: ${opsomming(x.van('rol').map(rolLabel))}`);
    const kennis = p.governancetype.ingredienten.find(v => v.ingredient === 'kennisbron')!;
    const netwerken = [...new Set(kennis.stemmen.map(s => s.noot ?? labelVan('Kennisbron', s.feit.waarde)))];
    const participatie = f.fasen.flatMap(x => x.van('participatie').map(d => `${labelVan('ParticipatieNiveau', d.waarde)}${d.partij ? ` via ${partijNaamVan(d.partij)}` : ''} (${x.soort})`));
    const nu = p.sturingOp.mix.length ? opsomming(p.sturingOp.mix) : '';
    return [
        { onderdeel: 'Scenario en verantwoordelijkheid', beschrijving: verantwoordelijkheid || 'niet beschreven' },
        { onderdeel: 'Rol van de gemeente', beschrijving: rollen.join('; ') || 'niet beschreven' },
        { onderdeel: 'Kennisbron', beschrijving: netwerken.join('; ') || 'niet beschreven' },
        { onderdeel: 'Burgerparticipatie', beschrijving: opsomming(participatie) || 'niet beschreven' },
        { onderdeel: 'Sturing op', beschrijving: nu || p.sturingOp.ambitie ? `${nu ? `nu ${nu}` : 'nu niet beschreven'}${p.sturingOp.ambitie ? `; ambitie ${p.sturingOp.ambitie}` : ''}` : 'niet beschreven' }
    ];
}

/** NPM written out and explained, where a note first uses the word (R1 §2.1). */
export const NPM_VOLUIT = 'NPM (New Public Management: de gemeente als opdrachtgever, met contracten en afrekenen op prestaties; R1 §2.1)';

/** What each conception means, said once in a note: the first time it comes up. */
const OPVATTING_UITLEG: Record<Opvatting, string> = {
    government: 'Bij klassieke overheidssturing (government) bepaalt en regelt de gemeente zelf.',
    npm: 'Bij NPM werkt de gemeente als opdrachtgever, met contracten en eisen vooraf.',
    governance: 'Bij governance werkt de gemeente als gelijkwaardige partner met de partijen samen.'
};

/** A conception as a noun in running text: "governance", "NPM", "klassieke overheidssturing (government)". */
export function opvattingWoord(o: Opvatting): string {
    return o === 'npm' ? 'NPM' : o === 'government' ? 'klassieke overheidssturing' : 'governance';
}

/** The facts of the rows that point one way, with the lines a model counted once for (so every party is named). */
function bewijsVan(fo: FaseOpvatting, rijen: FaseOpvatting['rijen'], naar: readonly Opvatting[]): Array<Stem<Opvatting>> {
    const stemmen = rijen.flatMap(r => r.stemmen).filter(s => naar.some(o => (s.richting[o] ?? 0) > 0));
    const kernen = new Set(stemmen.filter(s => s.feit.soort === 'bekostiging').map(s => s.feit.kern));
    return [...stemmen, ...fo.neutraal.filter(s => s.feit.soort === 'bekostiging' && kernen.has(s.feit.kern))];
}

/** The evidence of some rows, grouped, and its lines. */
function bewijs(stemmen: ReadonlyArray<Stem<Opvatting>>, max: number): { tekst: string; regelnummers: number[] } {
    return { tekst: feitenZin(stemmen.map(s => s.feit), max), regelnummers: uniek(stemmen.map(s => regelnummerVan(s.feit))) };
}

/** "stevig onderbouwd", or for one kind of line "zwak onderbouwd: er staat maar één soort regel over". */
function faseZekerheid(fo: FaseOpvatting): string {
    return fo.zekerheid === 'zwak' && fo.rijenMetGegevens <= 1 ? `${zekerheidWoord('zwak')}: er staat maar één soort regel over` : zekerheidWoord(fo.zekerheid);
}

/** Phases read together as one assignment relation, with the same reading, share one paragraph. */
function faseGroepen(fasen: readonly FaseOpvatting[]): FaseOpvatting[][] {
    const uit: FaseOpvatting[][] = [];
    for (const fo of fasen) {
        const vorige = uit[uit.length - 1]?.[0];
        if (vorige && vorige.samenMet === fo.fase && fo.samenMet === vorige.fase && vorige.opvatting === fo.opvatting && vorige.zekerheid === fo.zekerheid && fo.zekerheid !== 'onvoldoende') uit[uit.length - 1].push(fo);
        else uit.push([fo]);
    }
    return uit;
}

/**
 * "Government, NPM of governance?" phase by phase, in the order of the cycle: one paragraph per phase
 * (contracting and execution read together share one). Each names its phase, so no sentence repeats;
 * what a conception means is said the first time it comes up.
 */
export function faseAlineas(p: GovernanceProfile): Array<{ fasen: FaseSoort[]; alinea: Alinea }> {
    const uitgelegd = new Set<Opvatting>();
    return faseGroepen(p.opvatting.fasen).map(groep => {
        const fo = groep[0];
        const fasen = groep.map(f => f.fase);
        const wie = opsomming(fasen.map(faseNaam));
        const over = wie;
        if (fo.zekerheid === 'onvoldoende') return { fasen, alinea: [{ tekst: `Over ${wie} staat te weinig om het karakter van die fase te bepalen.` }] };
        const samen = fo.samenMet ? (groep.length > 1 ? ', samen gelezen als één opdrachtrelatie (R1 §2.4),' : `, samen met ${faseNaam(fo.samenMet)} gelezen als één opdrachtrelatie (R1 §2.4),`) : '';
        const naam = `In ${wie}${samen}`;
        if (!fo.opvatting) {
            // Say what points where, heaviest first: the reader sees why no conception prevails.
            const richtingen = OPVATTINGEN.map(x => x.id).filter(o => groep.some(f => f.rijen.some(r => r.leidt === o)))
                .sort((a, b) => fo.totaal[b] - fo.totaal[a]);
            const delen = richtingen.map(o => {
                const b = bewijs(groep.flatMap(f => bewijsVan(f, f.rijen.filter(r => r.leidt === o), [o])), 3);
                return b.tekst ? `naar ${o === 'government' ? 'klassieke overheidssturing' : opvattingWoord(o)}: ${b.tekst}` : '';
            }).filter(Boolean);
            const regelnummers = uniek(groep.flatMap(faseRegelnummers));
            return {
                fasen, alinea: [
                    { tekst: `${naam} wijzen de kenmerken verschillende kanten op (${faseZekerheid(fo)})`, regelnummers, over },
                    { tekst: delen.length ? `; geen opvatting heeft de overhand. Wat er staat wijst ${delen.join('; ')}.` : `: geen opvatting heeft de overhand.` }
                ]
            };
        }
        const voor = groep.flatMap(f => bewijsVan(f, f.rijen.filter(r => r.leidt === fo.opvatting), [fo.opvatting!]));
        const tegenRijen = groep.flatMap(f => f.rijen.filter(r => r.leidt && r.leidt !== fo.opvatting));
        const alinea: Alinea = [];
        const b = bewijs(voor, 4);
        const weer = fo.fase === 'evaluatie' && p.opvatting.fasen.some(f => f.fase !== 'evaluatie' && f.opvatting === fo.opvatting && f.zekerheid !== 'onvoldoende') ? 'weer ' : '';
        alinea.push({ tekst: `${naam} ${tegenRijen.length ? 'overheerst' : 'is er'} ${weer}${opvattingWoord(fo.opvatting)} (${faseZekerheid(fo)})`, regelnummers: b.regelnummers, over });
        alinea.push({ tekst: b.tekst ? `: ${b.tekst}.` : '.' });
        if (!uitgelegd.has(fo.opvatting)) {
            uitgelegd.add(fo.opvatting);
            alinea.push({ tekst: ` ${OPVATTING_UITLEG[fo.opvatting]}` });
        }
        if (tegenRijen.length) {
            const andereIds = [...new Set(tegenRijen.map(r => r.leidt!))];
            const t = bewijs(groep.flatMap(f => bewijsVan(f, f.rijen.filter(r => r.leidt && r.leidt !== fo.opvatting), andereIds)), 3);
            alinea.push({ tekst: ` Ook zijn er in ${wie} kenmerken van ${opsomming(andereIds.map(opvattingWoord))}`, regelnummers: t.regelnummers, over: `${wie}, andere kenmerken` });
            alinea.push({ tekst: t.tekst ? `: ${t.tekst}.` : '.' });
        }
        return { fasen, alinea };
    });
}

/**
 * The governance type in a few sentences, in the researchers' order: the conception of the whole, then
 * the type within it with its meaning, the type "in mindere mate" and why, and how firm it is. The
 * claims are those of the reasoning (redenering.ts), so the summary and the hover say the same thing.
 */
export function typeAlinea(p: GovernanceProfile): Alinea {
    const t = p.governancetype;
    const r = redenering(p);
    const beweringen = [
        ...r.opvatting.filter(b => /^(Als geheel|Het overzicht)/.test(b.tekst)).map(b => ({ b, over: 'de sturing als geheel' })),
        ...r.type.map((b, i) => ({
            b, over: i === 0 ? 'het governancetype' : /^in /.test(b.tekst) ? 'het trekje van een tweede type' : /^In /.test(b.tekst) ? 'het governancetype per fase' : 'het governancetype'
        }))
    ];
    const uit: Alinea = [];
    for (const { b, over } of beweringen) {
        // A claim that starts with a lower-case "in" continues the sentence before it; the types per phase get a lead-in.
        const vervolg = /^in /.test(b.tekst) && uit.length > 0;
        const perFase = /^In /.test(b.tekst) && r.type.indexOf(b) > 0;
        const tekst = perFase ? `Per fase: i${b.tekst.slice(1)}` : vervolg ? b.tekst : b.tekst.charAt(0).toUpperCase() + b.tekst.slice(1);
        uit.push({ tekst: `${uit.length === 0 ? '' : vervolg ? '; ' : '. '}${tekst}`, regelnummers: b.regelnummers.length ? uniek(b.regelnummers) : undefined, over });
    }
    uit.push({ tekst: '.' });
    if (t.zekerheid !== 'onvoldoende' && t.primair) {
        uit.push({ tekst: ` ${model(t.primair).uitleg}` });
        if (t.dichterBij) uit.push({ tekst: ` De aanpak ligt dicht bij ${typeLabel(t.dichterBij)}.` });
    }
    if (p.voorlopig) uit.push({ tekst: ` Let op: dit is ${VOORLOPIG}.` });
    return uit;
}

/** The regierol in words, from the one place that says it: the regie model's columns. */
export function regierolWoorden(p: GovernanceProfile): string | undefined {
    const r = p.regie;
    if (r.herkomst === 'geen') return undefined;
    return regieTypering(p) ?? `mix van ${opsomming(r.gelijk.map(k => REGIEROL_LABEL[k]))}, in gelijke delen`;
}

/** How the regie is filled in: what the municipality decides alone, jointly, or leaves to the parties. */
export function regieAlinea(p: GovernanceProfile): Alinea {
    const r = p.regie;
    if (r.herkomst === 'geen') return [{ tekst: 'Over de regie staat niets in het ontwerp, ook niet in de fasen.' }];
    const per = (kolom: Regierol) => r.feiten.filter(f => regieKolom(f) === kolom);
    const wat = (feiten: Feit[]) => opsomming([...new Set(feiten.map(f => f.soort === 'regie' ? categorieMetLidwoord(f) : f.soort === 'monitoring' ? 'de monitoring' : f.soort === 'eisen' ? 'de eisen' : f.soort === 'partijrol' ? 'de rol van de partijen' : `de eigen rol (${labelVan('GemeenteRol', f.waarde)})`))]);
    const zinnen: string[] = [];
    if (per('bepalende-regisseur').length) zinnen.push(`De gemeente bepaalt zelf ${wat(per('bepalende-regisseur'))}.`);
    if (per('coproducent').length) zinnen.push(zinnen.length ? `Samen met de partijen bepaalt zij ${wat(per('coproducent'))}.` : `De gemeente bepaalt samen met de partijen ${wat(per('coproducent'))}.`);
    if (per('facilitator').length) zinnen.push(zinnen.length ? `Aan de partijen laat zij ${wat(per('facilitator'))}.` : `De gemeente laat ${wat(per('facilitator'))} aan de partijen.`);
    const uit: Alinea = [{ tekst: `${zinnen.join(' ')} ` }];
    const rol = regierolMetLidwoord(p);
    const metZekerheid = rol.endsWith(')') ? `${rol.slice(0, -1)}; ${zekerheidWoord(r.zekerheid)})` : `${rol} (${zekerheidWoord(r.zekerheid)})`;
    uit.push({ tekst: `Zo is zij ${metZekerheid}`, regelnummers: uniek(r.feiten.map(regelnummerVan)), over: 'de regierol' });
    const toelichting = r.ruimteLatend ? ', zoals vijf van de acht gemeenten in R1 zichzelf noemden (R1 §2.3)'
        : r.tweede || !r.dominant ? '; de praktijk is altijd een mengvorm (R1 §2.3)' : '';
    const herkomst = r.herkomst === 'fasen' ? '. Dat beeld komt uit wat de fasen zeggen, want het ontwerp beschrijft de regie niet apart' : '';
    uit.push({ tekst: `${toelichting}${herkomst}.` });
    return uit;
}

/** "een ruimte latende regisseur (vooral coproducent)", "een mix van …". */
function regierolMetLidwoord(p: GovernanceProfile): string {
    return `een ${regierolWoorden(p)!}`;
}

/** Whether a role the ambition names is what the regie model already shows now. */
function regieToontAl(p: GovernanceProfile, rol: string): boolean {
    const r = p.regie;
    if (!r.dominant) return false;
    if (rol === 'ruimte-latende-regisseur') return r.ruimteLatend;
    const kolom = begrip('GemeenteRol', rol)?.regieKolom;
    return kolom !== undefined && kolom === r.dominant && !r.ruimteLatend && !r.tweede;
}

/** The distance between now and the ambition, with the steps the framework suggests (R1 §2.5). */
export function ambitieAlinea(p: GovernanceProfile): Alinea | undefined {
    const f = p.feiten;
    if (f.ambitie.length === 0) return undefined;
    const s = p.sturingOp;
    const uit: Alinea = [];
    const zin = (tekst: string, regelnummers?: number[], over?: string) => uit.push({ tekst: `${uit.length ? ' ' : ''}${tekst}`, regelnummers, over });
    if (s.ambitie) {
        const regelnummers = s.ambitieFeit ? [regelnummerVan(s.ambitieFeit)] : undefined;
        if (s.huidig && s.kloof !== undefined) {
            if (s.kloof > 0) {
                const tussen = s.tussen;
                zin(`Nu stuurt de gemeente vooral op ${s.mix.length > 1 ? opsomming(s.mix) : s.huidig}; de ambitie is ${s.ambitie}`, regelnummers, 'de ambitie voor het sturingsniveau');
                uit.push({ tekst: `: ${s.kloof === 1 ? 'één stap' : `${telwoord(s.kloof)} stappen`} verder op de trap ${opRang('Niveau').join(' → ')} (R1 §2.5).${tussen.length ? ` Daartussen ${tussen.length > 1 ? 'liggen' : 'ligt'} ${opsomming(tussen)}: sturen op ${tussen.length > 1 ? 'het proces en op prestaties' : tussen[0] === 'output' ? 'prestaties' : 'het proces'} is een tussenstap die ook al zicht geeft op wat er gebeurt.` : ''}` });
            } else {
                zin(`Nu stuurt de gemeente op ${s.huidig}; de ambitie is ${s.ambitie}${s.kloof === 0 ? ', en dat is al zo' : ''}`, regelnummers, 'de ambitie voor het sturingsniveau');
                uit.push({ tekst: '.' });
            }
        } else {
            zin(`De ambitie is sturen op ${s.ambitie}; hoe er nu gestuurd wordt, staat er niet`, regelnummers, 'de ambitie voor het sturingsniveau');
            uit.push({ tekst: '.' });
        }
        if (s.ambitie === 'outcome') zin(uitkomstVoorwaarden(p));
    }
    const nuParticipatie = [...new Set(f.van('participatie').map(x => labelVan('ParticipatieNiveau', x.waarde)))];
    const ambitieParticipatie = f.van('ambitie-participatie');
    if (ambitieParticipatie.length) {
        zin(`Voor burgerparticipatie is de ambitie ${opsomming(ambitieParticipatie.map(x => labelVan('ParticipatieNiveau', x.waarde)))}; nu is dat ${opsomming(nuParticipatie) || 'niet beschreven'}`, uniek(ambitieParticipatie.map(regelnummerVan)), 'de ambitie voor burgerparticipatie');
        uit.push({ tekst: '.' });
    }
    const ambitieRol = f.van('ambitie-rol');
    if (ambitieRol.length) {
        const gewenst = opsomming(ambitieRol.map(x => labelVan('GemeenteRol', x.waarde)));
        const rollenNu = opsomming([...new Set(f.van('rol').filter(x => !ambitieRol.some(a => a.kern === x.kern)).map(x => labelVan('GemeenteRol', x.waarde)))]);
        const regierol = regierolWoorden(p);
        // The regierol is said once (under Regie); the ambition only says how far the regie and the phases already are.
        const al = ambitieRol.every(x => regieToontAl(p, x.waarde));
        const nu = al ? `in de regie is zij dat al${rollenNu ? `, maar in de fasen is zij ook ${rollenNu}` : ''}`
            : regierol ? `in de regie is zij nu ${regierolMetLidwoord(p)}${rollenNu ? `, en in de fasen ${rollenNu}` : ''}`
                : `in de fasen is zij nu ${rollenNu || 'niet beschreven'}`;
        zin(`De gemeente wil ${gewenst} zijn`, uniek(ambitieRol.map(regelnummerVan)), 'de ambitie voor de rol van de gemeente');
        uit.push({ tekst: `; ${nu}.` });
    }
    const ambitieType = f.opgegevenType.ambitie;
    if (ambitieType) {
        zin(`Als governancetype noemt de ambitie ${typeLabel(ambitieType.kern as GovernanceTypeId)}`, [regelnummerVan(ambitieType)], 'het governancetype van de ambitie');
        uit.push({ tekst: '.' });
    }
    return uit;
}

/** The three conditions for steering on outcomes (R1 §2.5), and how far the file shows them. */
function uitkomstVoorwaarden(p: GovernanceProfile): string {
    const f = p.feiten;
    const meting = f.van('effectmeting').some(x => x.waarde.trim() !== '');
    const beloont = [...f.van('bekostiging'), ...f.van('ambitie-bekostiging')].filter(x => begrip('Bekostigingsmodel', x.kern)?.beloontResultaat);
    const nu = [...new Set(f.van('bekostiging').map(x => bekostigingProza(x.waarde)))];
    return `Sturen op uitkomsten vraagt drie dingen (R1 §2.5): weten hoe het met de zelfredzaamheid van inwoners staat (een effectmeting is ${meting ? 'beschreven' : 'nog niet beschreven'}), toegang tot ondersteuning zonder schotten tussen de lijnen, en bekostiging die resultaat beloont (${beloont.length ? `genoemd: ${opsomming([...new Set(beloont.map(x => bekostigingProza(x.waarde)))])}` : `nog niet genoemd${nu.length ? `; nu ${opsomming(nu)}` : ''}`}).`;
}

/**
 * "In het kort": the typing in two sentences. The first names the conception of the whole and the type
 * with how firm it is; the second what a reader must know besides: the trait of a second type, or where
 * the phases differ, and the regierol. Both come from the same fields as the tables.
 */
export function kortAlinea(p: GovernanceProfile, gemeente: string): Alinea {
    const t = p.governancetype;
    const o = p.opvatting;
    const uit: Alinea = [];
    const ergens = o.fasen.some(f => f.zekerheid !== 'onvoldoende');
    if (!o.geheel && !ergens) return [{ tekst: `Over de sturing van de gebiedsgerichte aanpak in ${gemeente} staat nog te weinig in het ontwerp om haar te typeren: beschrijf per fase de rol van de gemeente, de partijen, de instrumenten en de bekostiging.` }];
    const geheel = o.geheel ? `is als geheel ${opvattingWoord(o.geheel)}` : 'is als geheel nog niet te typeren: de fasen wijzen verschillende kanten op';
    const typeBepaald = t.primair && t.zekerheid !== 'onvoldoende';
    const typeDeel = typeBepaald ? `, met als governancetype ${typeLabel(t.primair)} (${zekerheidWoord(t.zekerheid)})`
        : t.zekerheid !== 'onvoldoende' && t.gelijk.length > 1 ? `; het governancetype ligt tussen ${opsomming(t.gelijk.map(typeLabel))} in`
            : '; het governancetype is nog niet te bepalen, want daarvoor staat er te weinig in het ontwerp';
    const regelnummersType = typeBepaald ? uniek(redenering(p).type[0]?.regelnummers ?? []) : [];
    uit.push({ tekst: `De sturing van de gebiedsgerichte aanpak in ${gemeente} ${geheel}${typeDeel}`, regelnummers: regelnummersType.length ? regelnummersType : undefined, over: 'het governancetype' });
    const regierol = regierolWoorden(p);
    uit.push({ tekst: regierol ? `; in de regie is de gemeente ${regierolMetLidwoord(p)}.` : '.' });

    // The second sentence: where the approach differs from the whole, and the trait of a second type.
    const anders = (fasen: readonly FaseSoort[]) => [...new Set(fasen.map(f => o.fasen.find(x => x.fase === f)?.opvatting).filter((x): x is Opvatting => !!x && x !== o.geheel))];
    const zin = (tekst: string) => uit.push({ tekst: ` ${tekst.charAt(0).toUpperCase()}${tekst.slice(1)}` });
    if (typeBepaald && t.secundair) {
        const fasen = opsomming(t.secundairIn.map(faseNaam));
        const daar = anders(t.secundairIn);
        if ((t.secundairGrond === 'fase' || t.secundairGrond === 'fasetype') && daar.length === 1) zin(`in ${fasen} werkt de gemeente meer volgens ${OPVATTING_VOLUIT[daar[0]]}, met trekjes van ${typeLabel(t.secundair)}.`);
        else if (t.secundairGrond === 'fase' || t.secundairGrond === 'fasetype') zin(`in ${fasen} zijn er trekjes van ${typeLabel(t.secundair)}.`);
        else if (t.secundairGrond === 'mengfase') zin(`in ${fasen} speelt ${OPVATTING_VOLUIT[opvattingVanType(t.secundair)]} met mate mee, met trekjes van ${typeLabel(t.secundair)}.`);
        else if (t.secundairGrond === 'rol') {
            const wanneer = opsomming([...new Set(t.secundairFeiten.map(f => f.soort === 'doorzettingsmacht' ? 'haar doorzettingsmacht gebruikt' : `${rolLabel(f)} is`))]);
            zin(`als de gemeente ${wanneer}, zijn er trekjes van ${typeLabel(t.secundair)}.`);
        }
        else zin(`er zijn ook trekjes van ${typeLabel(t.secundair)}.`);
    } else if (o.afwijkend.length && anders(o.afwijkend).length === 1) {
        zin(`in ${opsomming(o.afwijkend.map(faseNaam))} werkt de gemeente meer volgens ${OPVATTING_VOLUIT[anders(o.afwijkend)[0]]}.`);
    } else if (p.sturingOp.huidig) {
        const s = p.sturingOp;
        zin(`de gemeente stuurt nu vooral op ${s.mix.length > 1 ? opsomming(s.mix) : s.huidig}${s.ambitie && s.ambitie !== s.huidig ? `, met als ambitie ${s.ambitie}` : ''}.`);
    }
    return uit;
}

/** A conception written out with what it means, for the first sentences a reader sees. */
const OPVATTING_VOLUIT: Record<Opvatting, string> = {
    government: 'klassieke overheidssturing (government: de gemeente bepaalt en regelt zelf)',
    npm: 'New Public Management (NPM: als opdrachtgever, met contracten en afrekenen op prestaties)',
    governance: 'governance (als partner die samen met de partijen bepaalt)'
};

/** What is written for one ingredient, in the vocabulary's words, with counts: "regisseur (2×), dirigent / regelaar". */
export function geschrevenLabels(v: IngredientStem): string {
    const telling = new Map<string, number>();
    for (const s of [...v.stemmen, ...v.neutraal]) {
        // Knowledge sources count together, as the network they form.
        const w = s.feit.soort === 'regie' ? `${labelVan('RegieCategorie', s.feit.categorie!)}: ${labelVan('Wie', s.feit.waarde)}`
            : s.feit.soort === 'kennisbron' && s.noot ? s.noot : s.feit.soort === 'rol' ? rolLabel(s.feit) : waardeLabel(s.feit);
        telling.set(w, (telling.get(w) ?? 0) + 1);
    }
    return [...telling.entries()].map(([w, n]) => n > 1 ? `${w} (${n}×)` : w).join(', ') || '—';
}

/** The whole "Typering van de sturing" of one municipality. */
export interface Typering {
    tabel: Array<{ onderdeel: string; beschrijving: string }>;
    fasen: Array<{ fasen: FaseSoort[]; alinea: Alinea }>;
    type: Alinea;
    regie: Alinea;
    ambitie?: Alinea;
}

export function typering(p: GovernanceProfile): Typering {
    const ambitie = ambitieAlinea(p);
    return {
        tabel: samenvattingsTabel(p),
        fasen: faseAlineas(p),
        type: typeAlinea(p),
        regie: regieAlinea(p),
        ...(ambitie ? { ambitie } : {})
    };
}

/** The ingredients of Fig. 5 for a table, in the vocabulary's words. */
export function ingredientLabel(id: IngredientStem['ingredient']): string {
    return INGREDIENTEN.find(i => i.id === id)!.label;
}

/** A paragraph as plain text with its lines in brackets, as the hover and the command line show it. */
export function alsTekst(alinea: Alinea, metRegelnummers = false): string {
    return alinea.map(z => metRegelnummers && z.regelnummers?.length ? `${z.tekst} (r. ${opsomming(z.regelnummers.map(String))})` : z.tekst).join('');
}

