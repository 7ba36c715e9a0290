import type { FaseSoort, GemeenteRol, Kennisbron } from '../generated/ast.js';
import { OPVATTING_IDS, type Opvatting } from '../framework/conception-model.js';
import { GOVERNANCE_TYPE_IDS, opvattingVanType, TYPEN_BINNEN, type GovernanceTypeId } from '../framework/governance-type-model.js';
import { DOORZETTINGSMACHT_ALS_ROL, GEMEENTE_POSITIE, isGemeentePositie, KENNISNETWERKEN, ROL_PER_FASE } from '../framework/inference-tables.js';
import { begrip, hoogsteRang } from '../framework/vocabulary.js';
import { gewicht } from '../framework/weights.js';
import type { FaseFeiten, Feit, GemeenteFeiten } from './facts.js';
import { rijenPerOpvatting } from './infer-conception.js';
import type {
    FaseOpvatting, FaseType, GovernanceProfile, IngredientStem, OpvattingProfiel, Stem, TrekjeGrond, TypeAandelen, TypeOordeel, TypeProfiel, TypeStemBron, Zekerheid
} from './profile-types.js';
import { gemiddelde, leider, leiders, leiding, normaliseer, nul, som, stand, telt, verdeel, zekerheid, zwakste } from './votes.js';

/**
 * The governance type, in the researchers' order (R1 §3.x.4): the conception comes first, and the type is
 * chosen within it from the four ingredients of R1 §2.2 Fig. 2 (responsibility, the municipality's role,
 * knowledge source, citizen participation). An NPM phase is expertsturing and a government phase
 * integrale beleidssturing; within governance the ingredients choose between netwerk-, frontlijn- and
 * vraagsturing. A second type shows "in mindere mate" where a phase has another conception, where an
 * ingredient points elsewhere, or where the municipality sometimes plays another type's role.
 */

const TYPE_IDS = GOVERNANCE_TYPE_IDS;

function stem(feit: Feit, richting: Partial<TypeAandelen>, noot?: string, gewichtVan = feit.gewicht): Stem<GovernanceTypeId> {
    return { feit, richting, gewicht: Object.keys(richting).length > 0 ? gewichtVan : 0, noot };
}

/** What one line says about the type; the opdrachtgever of a phase that is not NPM played the position the governance way. */
function typeStem(feit: Feit, categorie: 'Verantwoordelijkheid' | 'Scenario' | 'GemeenteRol' | 'ParticipatieNiveau', faseOpvatting?: Opvatting): Stem<GovernanceTypeId> {
    if (feit.soort === 'rol' && isGemeentePositie(feit.fase, feit.kern) && faseOpvatting !== 'npm') return stem(feit, {}, GEMEENTE_POSITIE.reden);
    const perFase = feit.soort === 'rol' && feit.fase ? ROL_PER_FASE[feit.kern as GemeenteRol]?.typen[feit.fase] : undefined;
    const richting = verdeel(perFase ?? begrip(categorie, feit.kern)?.typen);
    return stem(feit, richting, Object.keys(richting).length === 0 ? 'zegt in fig. 2 niets over het type' : undefined);
}

function voice(ingredient: TypeStemBron, stemmen: Array<Stem<GovernanceTypeId>>): IngredientStem {
    const tellend = stemmen.filter(telt);
    const verdeling = gemiddelde(TYPE_IDS, tellend);
    return { ingredient, stemmen: tellend, neutraal: stemmen.filter(s => !telt(s)), verdeling, ...leiding(TYPE_IDS, verdeling) };
}

/** Several voices combined into one: the mean of those that have evidence (each phase speaks once). */
function samen(ingredient: TypeStemBron, delen: readonly IngredientStem[]): IngredientStem {
    const metGegevens = delen.filter(heeftGegevens);
    const verdeling = metGegevens.length === 0 ? nul(TYPE_IDS) : normaliseer(TYPE_IDS, som(TYPE_IDS, metGegevens.map(d => d.verdeling)));
    return { ingredient, stemmen: delen.flatMap(d => d.stemmen), neutraal: delen.flatMap(d => d.neutraal), verdeling, ...leiding(TYPE_IDS, verdeling) };
}

export function heeftGegevens(v: IngredientStem): boolean {
    return TYPE_IDS.some(t => v.verdeling[t] > 0);
}

/** The four ingredients of one phase, from the phase's own lines. */
export interface FaseStemmen {
    fase: FaseSoort;
    verantwoordelijkheid: IngredientStem;
    rol: IngredientStem;
    kennisbron: IngredientStem;
    participatie: IngredientStem;
}

function faseStemmen(fase: FaseFeiten, opvatting: Opvatting | undefined): FaseStemmen {
    return {
        fase: fase.soort,
        verantwoordelijkheid: voice('verantwoordelijkheid', fase.van('verantwoordelijkheid').map(f => typeStem(f, 'Verantwoordelijkheid'))),
        rol: voice('rol', fase.van('rol').map(f => typeStem(f, 'GemeenteRol', opvatting))),
        kennisbron: kennisbron(fase),
        participatie: voice('participatie', fase.van('participatie').map(f => typeStem(f, 'ParticipatieNiveau')))
    };
}

/** The knowledge sources named together in a phase form a network, read with how far citizens take part there (R1 §2.2 element 3). */
function kennisbron(fase: FaseFeiten): IngredientStem {
    const feiten = fase.van('kennisbron');
    if (feiten.length === 0) return voice('kennisbron', []);
    const bronnen = new Set(feiten.map(f => f.kern as Kennisbron));
    const participatie = hoogsteRang('ParticipatieNiveau', fase.van('participatie').map(f => f.kern));
    const samenGenoemd = [...bronnen].join(', ');
    const netwerk = KENNISNETWERKEN.find(n => n.past(bronnen, participatie));
    return voice('kennisbron', netwerk
        ? [stem(feiten[0], verdeel(netwerk.typen), `${samenGenoemd}: ${netwerk.naam}`)]
        : feiten.map(f => stem(f, {}, 'vormt met de andere kennisbronnen geen netwerktype van R1 §2.2')));
}

/** The responsibility of the approach as a whole: the gemeente's own line and scenario. */
function gemeenteVerantwoordelijkheid(feiten: GemeenteFeiten): IngredientStem {
    return voice('verantwoordelijkheid', feiten.algemeen.flatMap(f =>
        f.soort === 'verantwoordelijkheid' ? [typeStem(f, 'Verantwoordelijkheid')] : f.soort === 'scenario' ? [typeStem(f, 'Scenario')] : []));
}

/** The overview of the four ingredients (R1 fig. 5–10): each phase speaks once per ingredient, the gemeente once for responsibility. */
export interface Overzicht {
    ingredienten: IngredientStem[];
    fasen: FaseStemmen[];
    /** Role-like lines of the gemeente itself (doorzettingsmacht), which can show as a trait only. */
    gemeenteRollen: Array<Stem<GovernanceTypeId>>;
}

export function overzichtVan(feiten: GemeenteFeiten, opvatting: OpvattingProfiel): Overzicht {
    const fasen = feiten.fasen.map(f => faseStemmen(f, opvatting.fasen.find(o => o.fase === f.soort)?.opvatting));
    const doorzetting = feiten.algemeen.find(f => f.soort === 'doorzettingsmacht' && f.kern === 'ja');
    const gemeenteRollen = doorzetting
        ? [stem(doorzetting, verdeel(begrip('GemeenteRol', DOORZETTINGSMACHT_ALS_ROL.rol)?.typen), 'doorzettingsmacht gebruikt: soms de strakke kant van de rol', gewicht(DOORZETTINGSMACHT_ALS_ROL.mate))]
        : [];
    return {
        fasen, gemeenteRollen,
        ingredienten: [
            samen('verantwoordelijkheid', [gemeenteVerantwoordelijkheid(feiten), ...fasen.map(f => f.verantwoordelijkheid)]),
            samen('rol', fasen.map(f => f.rol)),
            samen('kennisbron', fasen.map(f => f.kennisbron)),
            samen('participatie', fasen.map(f => f.participatie))
        ]
    };
}

/**
 * The conception the four ingredients point to, to check the conception of the whole against (R1 §3.x.4),
 * and how firmly: how many ingredients point into that conception's types, and how many outside them.
 */
export function overzichtOpvatting(overzicht: Overzicht): { opvatting?: Opvatting; zekerheid: Zekerheid } {
    const type = leider(TYPE_IDS, som(TYPE_IDS, overzicht.ingredienten.map(v => v.verdeling)));
    if (!type) return { zekerheid: 'onvoldoende' };
    const opvatting = opvattingVanType(type);
    const metGegevens = overzicht.ingredienten.filter(heeftGegevens);
    const families = metGegevens.map(v => new Set(leiders(TYPE_IDS, v.verdeling).map(opvattingVanType)));
    const eens = families.filter(f => f.size === 1 && f.has(opvatting)).length;
    const tegen = families.filter(f => !f.has(opvatting)).length;
    return {
        opvatting,
        zekerheid: zekerheid({ metGegevens: metGegevens.length, eens, tegen, beslist: true },
            { onvoldoendeTot: gewicht('onvoldoendeIngredienten'), matigVanaf: gewicht('matigIngredienten'), sterkVanaf: gewicht('sterkIngredienten') })
    };
}

/**
 * The type within a conception, from a set of ingredient voices. `plafond` is the certainty of the
 * conception it rests on: the type is never surer than its conception.
 */
function oordeel(ingredienten: IngredientStem[], binnen: Opvatting | undefined, plafond: Zekerheid, onvoldoendeTot = gewicht('onvoldoendeIngredienten')): TypeOordeel {
    const scores = som(TYPE_IDS, ingredienten.map(v => v.verdeling));
    const familie = binnen ? TYPEN_BINNEN[binnen] : TYPE_IDS;
    let kandidaten = familie.length === 1 ? [...familie] : leiders(familie, scores);
    if (kandidaten.length > 1) {
        // Equal scores: the type that leads the most ingredients; still equal, it stays open.
        const aantal = (t: GovernanceTypeId) => ingredienten.filter(v => v.leidt === t).length;
        const meeste = Math.max(...kandidaten.map(aantal));
        kandidaten = kandidaten.filter(t => aantal(t) === meeste);
    }
    const primair = kandidaten.length === 1 ? kandidaten[0] : undefined;
    const metGegevens = ingredienten.filter(heeftGegevens);
    // Within the conception the question is which of its types; an ingredient that points only to another
    // conception's type was weighed when the conception was decided, and shows as a trait.
    const { eens, tegen } = stand(familie, metGegevens.map(v => v.verdeling), primair);
    const uitIngredienten = zekerheid(
        { metGegevens: metGegevens.length, eens, tegen, beslist: primair !== undefined },
        { onvoldoendeTot, matigVanaf: gewicht('matigIngredienten'), sterkVanaf: gewicht('sterkIngredienten') }
    );
    // Where the conception leaves one type, the conception decides it (R1 §2.2: expertsturing ≈ NPM);
    // the ingredients can only make it weaker, when most of them point elsewhere.
    const z = familie.length === 1
        ? (tegen > eens && metGegevens.length >= gewicht('matigIngredienten') ? zwakste(plafond, 'zwak') : plafond)
        : zwakste(uitIngredienten, plafond);
    return {
        primair, binnen, scores, ingredienten, ingredientenMetGegevens: metGegevens.length, stemmenEens: eens, stemmenTegen: tegen,
        gelijk: primair ? [] : kandidaten.length > 1 ? kandidaten : [],
        zekerheid: primair === undefined && z !== 'onvoldoende' ? zwakste(z, 'zwak') : z
    };
}

export function inferType(overzicht: Overzicht, opvatting: OpvattingProfiel): TypeProfiel {
    const geheel = oordeel(overzicht.ingredienten, opvatting.geheel, opvatting.geheel ? opvatting.zekerheid : zwakste(opvatting.zekerheid, 'zwak'));
    const fasen: FaseType[] = overzicht.fasen.map(f => {
        const fo = opvatting.fasen.find(o => o.fase === f.fase)!;
        // Within a phase whose conception is known, one ingredient already says which type: weakly.
        return { fase: f.fase, ...oordeel([f.verantwoordelijkheid, f.rol, f.kennisbron, f.participatie], fo.opvatting, fo.opvatting ? fo.zekerheid : zwakste(fo.zekerheid, 'zwak'), fo.opvatting ? 0 : undefined) };
    });
    const trek = trekje(geheel, fasen, opvatting, overzicht);
    const dichterBij = geheel.primair === 'integrale-beleidssturing' && opvatting.geheel === 'government' ? 'klassieke-overheidssturing' as const
        : geheel.primair === 'expertsturing' && opvatting.geheel === 'npm' ? 'new-public-management' as const : undefined;
    return {
        ...geheel, ...trek,
        dichterBij: dichterBij && [opvatting.zekerheid, geheel.zekerheid].every(z => z === 'sterk' || z === 'matig') ? dichterBij : undefined,
        modellen: { 'klassieke-overheidssturing': opvatting.aandelen.government, 'new-public-management': opvatting.aandelen.npm },
        fasen
    };
}

interface Trekje { secundair?: GovernanceTypeId; secundairIn: FaseSoort[]; secundairGrond?: TrekjeGrond; secundairFeiten: Feit[] }

/**
 * A second type "in mindere mate", in the order the researchers give it weight:
 * 1. a phase with another conception than the whole, as that phase's type (Hoogezand: NPM in contracting
 *    and execution, so "in mindere mate expertsturing", R1 §3.2.4; §4.3); then a mixed phase in which
 *    another conception leads enough rows, "met mate" (R1 §4.3); then a phase of the same
 *    conception whose own type differs (Emmen's execution "soms ook frontlijnsturing", R1 §3.6.4);
 * 2. an ingredient of the overview that points to another type (Oldambt: responsibility shared by
 *    municipality and organisations, so "in zekere zin frontlijnsturing", R1 §3.3.4);
 * 3. a role the municipality plays, even only sometimes, that belongs to another type (Groningen:
 *    "soms dirigent", so traits of integrale beleidssturing, R1 §3.1.4).
 */
function trekje(geheel: TypeOordeel, fasen: readonly FaseType[], opvatting: OpvattingProfiel, overzicht: Overzicht): Trekje {
    const primair = geheel.primair;
    const geen: Trekje = { secundairIn: [], secundairFeiten: [] };
    if (!primair || geheel.zekerheid === 'onvoldoende') return geen;

    const perFase = new Map<GovernanceTypeId, FaseSoort[]>();
    for (const fase of opvatting.afwijkend) {
        const t = fasen.find(f => f.fase === fase);
        if (t?.primair && t.primair !== primair) perFase.set(t.primair, [...(perFase.get(t.primair) ?? []), fase]);
    }
    const [uitFase] = [...perFase.entries()].sort(([a, x], [b, y]) => y.length - x.length || geheel.scores[b] - geheel.scores[a]);
    if (uitFase) return { secundair: uitFase[0], secundairIn: uitFase[1], secundairGrond: 'fase', secundairFeiten: [] };

    const metMate = new Map<GovernanceTypeId, { fasen: FaseSoort[]; feiten: Feit[] }>();
    for (const fo of opvatting.fasen) {
        const m = metMateIn(fo, opvatting.geheel);
        if (!m || m.type === primair) continue;
        const al = metMate.get(m.type) ?? { fasen: [], feiten: [] };
        metMate.set(m.type, { fasen: [...al.fasen, fo.fase], feiten: [...new Set([...al.feiten, ...m.feiten])] });
    }
    const [uitMengfase] = [...metMate.entries()].sort(([a, x], [b, y]) => y.fasen.length - x.fasen.length || geheel.scores[b] - geheel.scores[a]);
    if (uitMengfase) return { secundair: uitMengfase[0], secundairIn: uitMengfase[1].fasen, secundairGrond: 'mengfase', secundairFeiten: uitMengfase[1].feiten };

    const perFaseType = new Map<GovernanceTypeId, FaseSoort[]>();
    for (const f of fasen) {
        // Only a phase of the whole's own conception: a mixed phase's type is read from all five types at once
        // (its opdrachtgever then counts for expertsturing), and shows as a trait only through 'mengfase'.
        if (opvatting.fasen.find(o => o.fase === f.fase)?.opvatting !== opvatting.geheel) continue;
        if (f.primair && f.primair !== primair && f.zekerheid !== 'onvoldoende') perFaseType.set(f.primair, [...(perFaseType.get(f.primair) ?? []), f.fase]);
    }
    const [uitFaseType] = [...perFaseType.entries()].sort(([a, x], [b, y]) => y.length - x.length || geheel.scores[b] - geheel.scores[a]);
    if (uitFaseType) return { secundair: uitFaseType[0], secundairIn: uitFaseType[1], secundairGrond: 'fasetype', secundairFeiten: [] };

    const geleid = TYPE_IDS.filter(t => t !== primair).map(t => ({ t, v: overzicht.ingredienten.filter(v => v.leidt === t) })).filter(x => x.v.length > 0);
    const [uitIngredient] = geleid.sort((a, b) => b.v.length - a.v.length || geheel.scores[b.t] - geheel.scores[a.t]);
    if (uitIngredient) {
        const feiten = uitIngredient.v.flatMap(v => v.stemmen.filter(s => leider(TYPE_IDS, volledig(s.richting)) === uitIngredient.t).map(s => s.feit));
        return { secundair: uitIngredient.t, secundairIn: [], secundairGrond: 'ingredient', secundairFeiten: feiten };
    }

    const rollen = [...overzicht.ingredienten.find(v => v.ingredient === 'rol')!.stemmen, ...overzicht.gemeenteRollen];
    const perType = new Map<GovernanceTypeId, Array<Stem<GovernanceTypeId>>>();
    for (const s of rollen) {
        const t = leider(TYPE_IDS, volledig(s.richting));
        if (t && t !== primair) perType.set(t, [...(perType.get(t) ?? []), s]);
    }
    const gewichtVan = (lijst: ReadonlyArray<Stem<GovernanceTypeId>>) => lijst.reduce((n, s) => n + s.gewicht, 0);
    const [uitRol] = [...perType.entries()].sort(([a, x], [b, y]) => gewichtVan(y) - gewichtVan(x) || geheel.scores[b] - geheel.scores[a]);
    if (uitRol) {
        const fasenMet = [...new Set(uitRol[1].map(s => s.feit.fase).filter((f): f is FaseSoort => f !== undefined))];
        return { secundair: uitRol[0], secundairIn: fasenMet, secundairGrond: 'rol', secundairFeiten: uitRol[1].map(s => s.feit) };
    }
    return geen;
}

/**
 * A mixed phase in which another conception than the whole's leads enough rows of Fig. 1 for a picture
 * (matigRijen): that conception is there "met mate", as NPM is in the contracting and execution of all eight
 * municipalities of R1 §4.3 ("ook sprake van NPM, maar met mate"; Hoogezand "meer NPM", R1 §3.2.4). Its type
 * shows as a trait where the conception leaves one type (expertsturing for NPM, integrale beleidssturing for
 * government, R1 §2.2). One row is a hint, not a trait (Hoogezand's Wmo rules, R1 §3.2.4, a "kanttekening").
 */
function metMateIn(fo: FaseOpvatting, geheel: Opvatting | undefined): { type: GovernanceTypeId; feiten: Feit[] } | undefined {
    if (fo.opvatting !== undefined || geheel === undefined) return undefined;
    const rijen = { ...rijenPerOpvatting(fo), [geheel]: 0 };
    const anders = leider(OPVATTING_IDS, rijen);
    if (!anders || rijen[anders] < gewicht('matigRijen')) return undefined;
    const typen = TYPEN_BINNEN[anders];
    if (typen.length !== 1) return undefined;
    // The lines of the rows that point there, as far as they point there themselves.
    const feiten = fo.rijen.filter(r => r.leidt === anders).flatMap(r => r.stemmen.filter(st => (st.richting[anders] ?? 0) > 0).map(st => st.feit));
    return { type: typen[0], feiten };
}

function volledig(richting: Partial<TypeAandelen>): TypeAandelen {
    const uit = nul(TYPE_IDS);
    for (const t of TYPE_IDS) uit[t] = richting[t] ?? 0;
    return uit;
}

/**
 * The certainty of a phase's type as a reader may take it: never firmer than the phase's conception it was
 * chosen within (conception first, type second). The hover on a phase and the summary's cycle table read this.
 */
export function faseTypeZekerheid(p: Pick<GovernanceProfile, 'governancetype' | 'opvatting'>, fase: FaseSoort): Zekerheid | undefined {
    const type = p.governancetype.fasen.find(f => f.fase === fase);
    const fo = p.opvatting.fasen.find(f => f.fase === fase);
    if (!type) return undefined;
    return fo ? zwakste(fo.zekerheid, type.zekerheid) : type.zekerheid;
}
