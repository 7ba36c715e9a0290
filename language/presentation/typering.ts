import type { FaseSoort, Niveau } from '../generated/ast.js';
import type { Opvatting } from '../framework/conceptions.js';
import { model, type GovernanceTypeId } from '../framework/governance-types.js';
import { REGIEROL_LABEL, type Regierol } from '../framework/regie.js';
import { begrip, WOORDENSCHAT } from '../framework/vocabulary.js';
import type { Feit, FeitSoort } from '../inference/facts.js';
import type { FaseOpvatting, GovernanceProfile, Stem } from '../inference/profile-types.js';
import { regieKolom } from '../inference/regie.js';
import { faseNaam, opsomming, opvattingLabel, regieTypering, telwoord, typeLabel, VOORLOPIG } from './profile-text.js';
import { alsZinnen, redenering } from './redenering.js';

/**
 * The governance profile as the researchers wrote it for each municipality (R1 hfst. 3): a short
 * table, "government, NPM of governance?" per phase in a few sentences, the governance type with its
 * trait, how the regie is filled in, and the distance between now and the ambition. Plain Dutch for
 * a wethouder or a council: short sentences, no percentages, every term explained in passing.
 * The phrases live here so that wording stays consistent with hovers and findings.
 */

const label = (categorie: keyof typeof WOORDENSCHAT, waarde: string) => begrip(categorie, waarde)?.label ?? waarde;

/** One thing the advisor wrote, as a clause a reader understands without the language. */
export function feitZin(feit: Feit): string {
    const partij = feit.partij?.$refText ?? 'een partij';
    switch (feit.soort) {
        case 'rol': return `de gemeente is ${feit.mate ? `${feit.mate} ` : ''}${label('GemeenteRol', feit.waarde)}`;
        case 'partijrol': return `${partij} is ${label('PartijRolSoort', feit.waarde)}`;
        case 'eisen': return feit.kern === 'gezamenlijk' ? 'de eisen worden samen met de partijen opgesteld' : 'de gemeente stelt de eisen alleen op';
        case 'instrument': return `er is een ${label('InstrumentSoort', feit.waarde)}`;
        case 'bekostiging': return `${partij} krijgt ${label('Bekostigingsmodel', feit.waarde)}`;
        case 'monitoring': return feit.kern === 'gemeente' ? 'de gemeente monitort zelf' : feit.kern === 'gezamenlijk' ? 'er wordt samen gemonitord' : 'de partijen monitoren zelf';
        case 'sturing-op': return `er wordt gestuurd op ${feit.waarde}`;
        case 'probleem': return feit.kern === 'helder' ? 'het probleem is helder' : 'het probleem is nog onduidelijk';
        case 'verantwoordelijkheid': return `de verantwoordelijkheid ligt bij ${label('Verantwoordelijkheid', feit.waarde)}`;
        case 'scenario': return `het scenario is "${label('Scenario', feit.waarde)}"`;
        case 'regie': {
            const wat = categorieMetLidwoord(feit);
            return feit.kern === 'gemeente' ? `de gemeente bepaalt ${wat}` : feit.kern === 'gezamenlijk' ? `${wat} wordt samen bepaald` : `de partijen bepalen ${wat}`;
        }
        default: return `${feit.soort} ${feit.waarde}`;
    }
}

/**
 * Facts as clauses, grouped the way a person would say them: "de gemeente is regisseur en
 * gesprekspartner", "Welzijn en Zorg zijn opdrachtnemer", "in het regie-blok bepaalt de gemeente de
 * visie en de sturing".
 */
export function feitenZin(feiten: readonly Feit[], max = Infinity): string {
    const zinnen: string[] = [];
    const rollen = [...new Set(feiten.filter(f => f.soort === 'rol').map(f => `${f.mate ? `${f.mate} ` : ''}${label('GemeenteRol', f.waarde)}`))];
    if (rollen.length) zinnen.push(`de gemeente is ${opsomming(rollen)}`);
    for (const [rol, namen] of partijenPerWaarde(feiten, 'partijrol')) zinnen.push(`${opsomming(namen)} ${namen.length > 1 ? 'zijn' : 'is'} ${label('PartijRolSoort', rol)}`);
    const regie = new Map<string, string[]>();
    for (const f of feiten.filter(x => x.soort === 'regie')) regie.set(f.kern, [...new Set([...(regie.get(f.kern) ?? []), categorieMetLidwoord(f)])]);
    for (const [wie, wat] of regie) {
        // Past three categories a count reads better than a list.
        const onderdelen = wat.length > 3 ? `${telwoord(wat.length)} van de negen onderdelen` : opsomming(wat);
        zinnen.push(wie === 'gemeente' ? `in het regie-blok bepaalt de gemeente ${onderdelen}` : wie === 'gezamenlijk' ? `in het regie-blok ${wat.length > 1 ? 'worden' : 'wordt'} ${onderdelen} samen bepaald` : `in het regie-blok bepalen de partijen ${onderdelen}`);
    }
    for (const [model, namen] of partijenPerWaarde(feiten, 'bekostiging')) zinnen.push(`${opsomming(namen)} ${namen.length > 1 ? 'krijgen' : 'krijgt'} ${label('Bekostigingsmodel', model)}`);
    for (const f of feiten) if (!['rol', 'partijrol', 'regie', 'bekostiging'].includes(f.soort)) zinnen.push(feitZin(f));
    return opsomming([...new Set(zinnen)].slice(0, max));
}

/** The parties of one kind of fact, grouped by value in the order they appear: opdrachtnemer → Welzijn, Zorg. */
function partijenPerWaarde(feiten: readonly Feit[], soort: FeitSoort): Map<string, string[]> {
    const perWaarde = new Map<string, string[]>();
    for (const f of feiten) {
        if (f.soort !== soort) continue;
        const naam = f.partij?.$refText ?? 'een partij';
        const lijst = perWaarde.get(f.waarde) ?? [];
        if (!lijst.includes(naam)) lijst.push(naam);
        perWaarde.set(f.waarde, lijst);
    }
    return perWaarde;
}

/** The evidence of some rows, grouped. */
function bewijs(stemmen: ReadonlyArray<Stem<Opvatting>>, max: number): string {
    return feitenZin(stemmen.map(s => s.feit), max);
}

const LIDWOORD: Partial<Record<string, string>> = { doel: 'het doel', 'rol-partijen': 'de rol van de andere partijen' };

/** A regie category as a noun with its article: "de visie", "het doel". */
function categorieMetLidwoord(feit: Feit): string {
    return LIDWOORD[feit.categorie!] ?? `de ${label('RegieCategorie', feit.categorie!)}`;
}

/** The short table of R1 hfst. 3: scenario and responsibility, role, knowledge source, participation, steering level. */
export function samenvattingsTabel(p: GovernanceProfile): Array<{ onderdeel: string; beschrijving: string }> {
    const f = p.feiten;
    const algemeen = (soort: Feit['soort']) => f.algemeen.find(x => x.soort === soort);
    const verantwoordelijk = algemeen('verantwoordelijkheid');
    const scenario = algemeen('scenario');
    const verantwoordelijkheid = [
        verantwoordelijk ? `verantwoordelijk: ${label('Verantwoordelijkheid', verantwoordelijk.waarde)}` : '',
        scenario ? `scenario: ${label('Scenario', scenario.waarde)}` : ''
    ].filter(Boolean).join('; ');
    const rollen = f.fasen.filter(x => x.van('rol').length > 0)
        .map(x => `${x.soort}: ${opsomming(x.van('rol').map(r => `${r.mate ? `${r.mate} ` : ''}${label('GemeenteRol', r.waarde)}`))}`);
    const kennis = p.governancetype.ingredienten.find(v => v.ingredient === 'kennisbron')!;
    const netwerken = [...new Set(kennis.stemmen.map(s => s.noot ?? s.feit.waarde))];
    const participatie = f.fasen.flatMap(x => x.van('participatie').map(d => `${label('ParticipatieNiveau', d.waarde)}${d.partij ? ` via ${d.partij.$refText}` : ''} (${x.soort})`));
    const nu = p.sturingOp.mix.length ? opsomming(p.sturingOp.mix) : '';
    return [
        { onderdeel: 'Scenario en verantwoordelijkheid', beschrijving: verantwoordelijkheid || 'niet beschreven' },
        { onderdeel: 'Rol van de gemeente', beschrijving: rollen.join('; ') || 'niet beschreven' },
        { onderdeel: 'Kennisbron', beschrijving: netwerken.join('; ') || 'niet beschreven' },
        { onderdeel: 'Burgerparticipatie', beschrijving: opsomming(participatie) || 'niet beschreven' },
        { onderdeel: 'Sturing op', beschrijving: nu || p.sturingOp.ambitie ? `${nu ? `nu ${nu}` : 'nu niet beschreven'}${p.sturingOp.ambitie ? `; ambitie ${p.sturingOp.ambitie}` : ''}` : 'niet beschreven' }
    ];
}

const OPVATTING_UITLEG: Record<Opvatting, string> = {
    government: 'klassieke overheidssturing: de gemeente bepaalt en regelt zelf',
    npm: 'NPM: de gemeente werkt als opdrachtgever met contracten en eisen',
    governance: 'governance: de gemeente werkt als gelijkwaardige partner met de partijen samen'
};

/** The facts of the rows that point one way, with the lines a model counted once for (so every party is named). */
function bewijsVan(fo: FaseOpvatting, rijen: FaseOpvatting['rijen'], naar: readonly Opvatting[]): Array<Stem<Opvatting>> {
    const stemmen = rijen.flatMap(r => r.stemmen).filter(s => naar.some(o => (s.richting[o] ?? 0) > 0));
    const kernen = new Set(stemmen.filter(s => s.feit.soort === 'bekostiging').map(s => s.feit.kern));
    return [...stemmen, ...fo.neutraal.filter(s => s.feit.soort === 'bekostiging' && kernen.has(s.feit.kern))];
}

/** "Government, NPM of governance?" for one phase, in two or three sentences. */
export function faseTypering(fo: FaseOpvatting): string {
    const samen = fo.samenMet ? `, samen met ${faseNaam(fo.samenMet)} gelezen als één opdrachtrelatie (R1 §2.4),` : '';
    const naam = `In ${faseNaam(fo.fase)}${samen}`;
    if (fo.zekerheid === 'onvoldoende') return `Over ${faseNaam(fo.fase)} staat te weinig om het karakter van die fase te bepalen.`;
    if (!fo.opvatting) {
        const andere = opsomming(fo.gemengd.map(o => o === 'npm' ? 'NPM' : opvattingLabel(o)));
        return `${naam} wijzen de kenmerken verschillende kanten op: er is een mengvorm van ${andere}, zonder dat er één de overhand heeft. Dat beeld is zwak onderbouwd.`;
    }
    const voor = fo.rijen.filter(r => r.leidt === fo.opvatting);
    const tegen = fo.rijen.filter(r => r.leidt && r.leidt !== fo.opvatting);
    const zinnen = [`${naam} ${tegen.length ? 'overheerst' : 'is er'} ${OPVATTING_UITLEG[fo.opvatting]}.`];
    if (voor.length) zinnen.push(`Dat blijkt uit: ${bewijs(bewijsVan(fo, voor, [fo.opvatting]), 3)}.`);
    if (tegen.length) {
        const andereIds = [...new Set(tegen.map(r => r.leidt!))];
        const andere = andereIds.map(o => o === 'npm' ? 'NPM' : opvattingLabel(o));
        zinnen.push(`Er zijn ook kenmerken van ${opsomming(andere)}: ${bewijs(bewijsVan(fo, tegen, andereIds), 2)}.`);
    }
    zinnen.push(fo.zekerheid === 'sterk' ? 'Dat beeld is stevig onderbouwd.' : fo.zekerheid === 'matig' ? 'Dat beeld is redelijk onderbouwd.'
        : fo.rijenMetGegevens <= 1 ? 'Dat beeld rust op weinig gegevens: er staat maar één soort regel over deze fase.'
            : 'De kenmerken wijzen hier verschillende kanten op, dus dat beeld is zwak onderbouwd.');
    return zinnen.join(' ');
}

/**
 * The governance type in a few sentences, in the researchers' order: the conception of the whole, then
 * the type within it with its meaning, the type "in mindere mate" and why, and how firm it is. The
 * sentences about conception and type are those of the reasoning (redenering.ts), so the summary and
 * the hover say the same thing.
 */
export function typeTypering(p: GovernanceProfile): string {
    const t = p.governancetype;
    const voorlopig = p.voorlopig ? ` Let op: dit is ${VOORLOPIG}.` : '';
    const r = redenering(p);
    if (t.zekerheid === 'onvoldoende' || !t.primair) return `${alsZinnen(r.type)}${voorlopig}`;
    const m = model(t.primair);
    const geheel = r.opvatting.filter(b => /^(Als geheel|Het overzicht)/.test(b.tekst));
    const zinnen = [alsZinnen(geheel), alsZinnen(r.type), m.uitleg];
    if (t.dichterBij) zinnen.push(`De aanpak ligt dicht bij ${typeLabel(t.dichterBij)}.`);
    return zinnen.filter(Boolean).join(' ') + voorlopig;
}

/** How the regie is filled in: what the municipality decides alone, jointly, or leaves to the parties. */
export function regieBeschrijving(p: GovernanceProfile): string {
    const r = p.regie;
    if (r.herkomst === 'geen') return 'Over de regie staat niets: er is geen regie-blok en ook de fasen zeggen er niets over.';
    const per = (kolom: Regierol) => r.feiten.filter(f => regieKolom(f) === kolom);
    const wat = (feiten: Feit[]) => opsomming([...new Set(feiten.map(f => f.soort === 'regie' ? categorieMetLidwoord(f) : f.soort === 'monitoring' ? 'de monitoring' : f.soort === 'eisen' ? 'de eisen' : f.soort === 'partijrol' ? 'de rol van de partijen' : `de eigen rol (${label('GemeenteRol', f.waarde)})`))]);
    const zinnen: string[] = [];
    if (per('bepalende-regisseur').length) zinnen.push(`De gemeente bepaalt zelf ${wat(per('bepalende-regisseur'))}.`);
    if (per('coproducent').length) zinnen.push(`Samen met de partijen bepaalt zij ${wat(per('coproducent'))}.`);
    if (per('facilitator').length) zinnen.push(`Aan de partijen laat zij ${wat(per('facilitator'))}.`);
    zinnen.push(`Zo is zij ${regieUitleg(p)}${r.herkomst === 'fasen' ? '; dat beeld komt uit de fasen, want er is geen regie-blok' : ''}.`);
    return zinnen.join(' ');
}

function regieUitleg(p: GovernanceProfile): string {
    const r = p.regie;
    if (r.ruimteLatend) return 'vooral coproducent: een ruimte latende regisseur, zoals vijf van de acht gemeenten in R1 zichzelf noemden';
    if (r.tweede) return `een mix van ${REGIEROL_LABEL[r.dominant!]} en ${REGIEROL_LABEL[r.tweede]} (R1 §2.3: de praktijk is altijd een mengvorm)`;
    return regieTypering(p) ?? 'niet te typeren';
}

const TREDEN: readonly Niveau[] = ['input', 'throughput', 'output', 'outcome'];

/** The distance between now and the ambition, with the steps the framework suggests (R1 §2.5). */
export function ambitieTypering(p: GovernanceProfile): string | undefined {
    const f = p.feiten;
    if (f.ambitie.length === 0) return undefined;
    const s = p.sturingOp;
    const zinnen: string[] = [];
    if (s.ambitie) {
        if (s.huidig && s.kloof !== undefined) {
            if (s.kloof > 0) {
                const tussen = TREDEN.slice(TREDEN.indexOf(s.huidig) + 1, TREDEN.indexOf(s.ambitie));
                zinnen.push(`Nu stuurt de gemeente vooral op ${s.mix.length > 1 ? opsomming(s.mix) : s.huidig}; de ambitie is ${s.ambitie}: ${s.kloof === 1 ? 'één stap' : `${telwoord(s.kloof)} stappen`} verder op de trap input → throughput → output → outcome (R1 §2.5).${tussen.length ? ` Daartussen ${tussen.length > 1 ? 'liggen' : 'ligt'} ${opsomming(tussen)}: sturen op ${tussen.length > 1 ? 'het proces en op prestaties' : tussen[0] === 'output' ? 'prestaties' : 'het proces'} is een tussenstap die ook al zicht geeft op wat er gebeurt.` : ''}`);
            } else {
                zinnen.push(`Nu stuurt de gemeente op ${s.huidig}; de ambitie is ${s.ambitie}${s.kloof === 0 ? ', en dat is al zo' : ''}.`);
            }
        } else {
            zinnen.push(`De ambitie is sturen op ${s.ambitie}; hoe er nu gestuurd wordt, staat er niet.`);
        }
        if (s.ambitie === 'outcome') zinnen.push(uitkomstVoorwaarden(p));
    }
    const nuParticipatie = [...new Set(f.van('participatie').map(x => label('ParticipatieNiveau', x.waarde)))];
    const ambitieParticipatie = f.van('ambitie-participatie').map(x => label('ParticipatieNiveau', x.waarde));
    if (ambitieParticipatie.length) zinnen.push(`Voor burgerparticipatie is de ambitie ${opsomming(ambitieParticipatie)}; nu is dat ${opsomming(nuParticipatie) || 'niet beschreven'}.`);
    const ambitieRol = f.van('ambitie-rol').map(x => label('GemeenteRol', x.waarde));
    if (ambitieRol.length) zinnen.push(`De gemeente wil ${opsomming(ambitieRol)} worden; nu is zij ${opsomming([...new Set(f.van('rol').map(x => label('GemeenteRol', x.waarde)))]) || 'niet beschreven'}.`);
    const ambitieType = f.van('ambitie-type')[0];
    if (ambitieType) zinnen.push(`Als governancetype noemt de ambitie ${typeLabel(ambitieType.kern as GovernanceTypeId)}.`);
    return zinnen.join(' ');
}

/** The three conditions for steering on outcomes (R1 §2.5), and how far the file shows them. */
function uitkomstVoorwaarden(p: GovernanceProfile): string {
    const f = p.feiten;
    const meting = f.van('effectmeting').some(x => x.waarde.trim() !== '');
    const beloont = [...f.van('bekostiging'), ...f.van('ambitie-bekostiging')].filter(x => begrip('Bekostigingsmodel', x.kern)?.beloontResultaat);
    const nu = [...new Set(f.van('bekostiging').map(x => label('Bekostigingsmodel', x.waarde)))];
    return `Sturen op uitkomsten vraagt drie dingen (R1 §2.5): weten hoe het met de zelfredzaamheid van inwoners staat (effectmeting: ${meting ? 'beschreven' : 'nog niet beschreven'}), toegang tot ondersteuning zonder schotten tussen de lijnen, en bekostiging die resultaat beloont (${beloont.length ? `genoemd: ${opsomming([...new Set(beloont.map(x => label('Bekostigingsmodel', x.waarde)))])}` : `nog niet genoemd${nu.length ? `; nu ${opsomming(nu)}` : ''}`}).`;
}

/** The whole "Typering van de sturing" of one municipality. */
export interface Typering {
    tabel: Array<{ onderdeel: string; beschrijving: string }>;
    fasen: Array<{ fase: FaseSoort; tekst: string }>;
    type: string;
    regie: string;
    ambitie?: string;
}

export function typering(p: GovernanceProfile): Typering {
    return {
        tabel: samenvattingsTabel(p),
        fasen: p.opvatting.fasen.map(fo => ({ fase: fo.fase, tekst: faseTypering(fo) })),
        type: typeTypering(p),
        regie: regieBeschrijving(p),
        ambitie: ambitieTypering(p)
    };
}
