import type { FaseSoort, Kennisbron } from '../generated/ast.js';
import { OPVATTINGEN, type Opvatting } from '../framework/conceptions.js';
import { GOVERNANCE_TYPE_IDS, OPVATTING_NAAR_TYPE, type GovernanceTypeId } from '../framework/governance-types.js';
import { isPositie, KENNISNETWERKEN, REGIEKOLOM_ROL } from '../framework/inference-tables.js';
import { begrip } from '../framework/vocabulary.js';
import { gewicht } from '../framework/weights.js';
import type { FaseFeiten, Feit, GemeenteFeiten } from './facts.js';
import type {
    Aandelen, FaseOpvatting, FaseType, IngredientStem, OpvattingProfiel, Stem, TypeAandelen, TypeOordeel, TypeProfiel, TypeStemBron
} from './profile-types.js';
import { regieKolom } from './regie.js';
import { gemiddelde, leiders, normaliseer, nul, som, stand, telt, verdeel, zekerheid } from './votes.js';

/**
 * The governance type from the same model as the conception (R1 §2.2 Fig. 2): the four ingredients
 * (responsibility, the municipality's role, knowledge source, citizen participation), each one voice,
 * plus the conception of the phase as a fifth voice — integrale beleidssturing is close to
 * government, expertsturing to NPM. A type per phase, the type of the whole, and a secondary trait
 * where another type is clearly present.
 */

const TYPE_IDS = GOVERNANCE_TYPE_IDS;
const OPVATTING_IDS: readonly Opvatting[] = OPVATTINGEN.map(o => o.id);

function stem(feit: Feit, richting: Partial<TypeAandelen>, noot?: string): Stem<GovernanceTypeId> {
    return { feit, richting, gewicht: Object.keys(richting).length > 0 ? feit.gewicht : 0, noot };
}

function typeStem(feit: Feit, categorie: 'Verantwoordelijkheid' | 'Scenario' | 'GemeenteRol' | 'ParticipatieNiveau'): Stem<GovernanceTypeId> {
    const positie = feit.soort === 'rol' ? isPositie(feit.fase, feit.kern) : undefined;
    if (positie) return stem(feit, {}, positie.reden);
    const richting = verdeel(begrip(categorie, feit.kern)?.typen);
    return stem(feit, richting, Object.keys(richting).length === 0 ? 'zegt in fig. 2 niets over het type' : undefined);
}

function voice(ingredient: TypeStemBron, stemmen: Array<Stem<GovernanceTypeId>>): IngredientStem {
    const tellend = stemmen.filter(telt);
    const verdeling = gemiddelde(TYPE_IDS, tellend);
    const l = leiders(TYPE_IDS, verdeling);
    return { ingredient, stemmen: tellend, neutraal: stemmen.filter(s => !telt(s)), verdeling, leidt: l.length === 1 ? l[0] : undefined };
}

/** Several voices combined into one: the mean of those that have evidence (each phase speaks once). */
function samen(ingredient: TypeStemBron, delen: IngredientStem[]): IngredientStem {
    const metGegevens = delen.filter(heeftGegevens);
    const verdeling = metGegevens.length === 0 ? nul(TYPE_IDS) : normaliseer(TYPE_IDS, som(TYPE_IDS, metGegevens.map(d => d.verdeling)));
    const l = leiders(TYPE_IDS, verdeling);
    return { ingredient, stemmen: delen.flatMap(d => d.stemmen), neutraal: delen.flatMap(d => d.neutraal), verdeling, leidt: l.length === 1 ? l[0] : undefined };
}

export function heeftGegevens(v: IngredientStem): boolean {
    return TYPE_IDS.some(t => v.verdeling[t] > 0);
}

function verantwoordelijkheid(feiten: GemeenteFeiten): IngredientStem {
    return voice('verantwoordelijkheid', feiten.algemeen.flatMap(f =>
        f.soort === 'verantwoordelijkheid' ? [typeStem(f, 'Verantwoordelijkheid')] : f.soort === 'scenario' ? [typeStem(f, 'Scenario')] : []));
}

function rol(fase: FaseFeiten): IngredientStem {
    return voice('rol', fase.van('rol').map(f => typeStem(f, 'GemeenteRol')));
}

/** The gemeente's regie block as one voice for the role: each answer through the role its column stands for. */
function regieRol(feiten: GemeenteFeiten): IngredientStem {
    return voice('rol', feiten.regie.map(f => {
        const kolom = regieKolom(f);
        const richting = kolom ? verdeel(begrip('GemeenteRol', REGIEKOLOM_ROL[kolom])?.typen) : {};
        return stem(f, richting, kolom ? `kolom ${kolom} van het regiemodel` : undefined);
    }));
}

/** The knowledge sources named together in a phase form a network (R1 §2.2 element 3). */
function kennisbron(fase: FaseFeiten): IngredientStem {
    const feiten = fase.van('kennisbron');
    if (feiten.length === 0) return voice('kennisbron', []);
    const bronnen = new Set(feiten.map(f => f.kern as Kennisbron));
    const samen = [...bronnen].join(', ');
    const stemmen = KENNISNETWERKEN.filter(n => n.past(bronnen)).map(n => stem(feiten[0], { [n.type]: 1 } as Partial<TypeAandelen>, `${samen}: ${n.naam}`));
    return voice('kennisbron', stemmen.length > 0 ? stemmen : feiten.map(f => stem(f, {}, 'vormt met de andere kennisbronnen geen netwerktype van R1 §2.2')));
}

function participatie(fase: FaseFeiten): IngredientStem {
    return voice('participatie', fase.van('participatie').map(f => typeStem(f, 'ParticipatieNiveau')));
}

/** The conception as a voice for the type: its shares, through the bridge of R1 §2.2. */
function brug(aandelen: Aandelen): IngredientStem & { opvatting?: Opvatting } {
    const verdeling = nul(TYPE_IDS);
    const totaal = OPVATTING_IDS.reduce((s, o) => s + aandelen[o], 0);
    if (totaal > 0) {
        for (const o of OPVATTING_IDS) {
            const naar = verdeel(OPVATTING_NAAR_TYPE[o]);
            for (const t of TYPE_IDS) verdeling[t] += (aandelen[o] / totaal) * (naar[t] ?? 0);
        }
    }
    const l = leiders(TYPE_IDS, verdeling);
    const opvatting = leiders(OPVATTING_IDS, aandelen);
    return { ingredient: 'opvatting', stemmen: [], neutraal: [], verdeling, leidt: l.length === 1 ? l[0] : undefined, opvatting: opvatting.length === 1 ? opvatting[0] : undefined };
}

/**
 * Whether a voice agrees with a type. The conception agrees when the type belongs to the leading
 * conception (governance does not choose between its three types); an ingredient agrees when the
 * type leads it alone, and takes no side when it is split evenly between the type and another.
 */
function kant(v: IngredientStem & { opvatting?: Opvatting }, type: GovernanceTypeId | undefined): 'eens' | 'tegen' | 'geen' {
    if (!heeftGegevens(v)) return 'geen';
    if (v.ingredient === 'opvatting') {
        if (!v.opvatting) return 'geen';
        return type && OPVATTING_NAAR_TYPE[v.opvatting][type] ? 'eens' : 'tegen';
    }
    const { eens, tegen } = stand(TYPE_IDS, [v.verdeling], type);
    return eens ? 'eens' : tegen ? 'tegen' : 'geen';
}

/** Primary type, scores and certainty from a set of voices. */
function oordeel(ingredienten: IngredientStem[]): TypeOordeel {
    const scores = som(TYPE_IDS, ingredienten.map(v => v.verdeling));
    let kandidaten = leiders(TYPE_IDS, scores);
    if (kandidaten.length > 1) {
        // Equal scores: the type that leads the most voices; still equal, it stays open.
        const aantal = (t: GovernanceTypeId) => ingredienten.filter(v => v.leidt === t).length;
        const meeste = Math.max(...kandidaten.map(aantal));
        kandidaten = kandidaten.filter(t => aantal(t) === meeste);
    }
    const primair = kandidaten.length === 1 ? kandidaten[0] : undefined;
    const ingredientenMetGegevens = ingredienten.filter(v => v.ingredient !== 'opvatting' && heeftGegevens(v)).length;
    const kanten = ingredienten.map(v => kant(v, primair));
    const eens = kanten.filter(k => k === 'eens').length, tegen = kanten.filter(k => k === 'tegen').length;
    return {
        primair, scores, ingredienten, ingredientenMetGegevens, stemmenEens: eens, stemmenTegen: tegen,
        zekerheid: zekerheid(
            { metGegevens: ingredientenMetGegevens, eens, tegen, beslist: primair !== undefined },
            { onvoldoendeTot: gewicht('onvoldoendeIngredienten'), matigVanaf: gewicht('matigIngredienten'), sterkVanaf: gewicht('sterkIngredienten') }
        )
    };
}

/**
 * The type of one phase: its own role and conception; knowledge source and participation of its own
 * where the phase names them, and otherwise those of the approach as a whole (the network the policy
 * rests on does not change because a phase leaves it unsaid).
 */
/** The three ingredients a phase can speak to itself. */
interface FaseStemmen { rol: IngredientStem; kennisbron: IngredientStem; participatie: IngredientStem }

function faseType(fase: FaseFeiten, eigen: FaseStemmen, opvatting: FaseOpvatting, verantwoordelijk: IngredientStem, geheel: { kennisbron: IngredientStem; participatie: IngredientStem }): FaseType {
    const eigenOfGeheel = (deze: IngredientStem, algemeen: IngredientStem) => heeftGegevens(deze) ? deze : algemeen;
    return {
        fase: fase.soort,
        ...oordeel([verantwoordelijk, eigen.rol, eigenOfGeheel(eigen.kennisbron, geheel.kennisbron), eigenOfGeheel(eigen.participatie, geheel.participatie), brug(opvatting.totaal)])
    };
}

export function inferType(feiten: GemeenteFeiten, opvatting: OpvattingProfiel): TypeProfiel {
    const verantwoordelijk = verantwoordelijkheid(feiten);
    const regie = regieRol(feiten);
    // Each phase's own voices, once: they speak for the phase and, together, for the whole.
    const perFase: FaseStemmen[] = feiten.fasen.map(f => ({ rol: rol(f), kennisbron: kennisbron(f), participatie: participatie(f) }));
    const algemeen = {
        rol: samen('rol', [...perFase.map(f => f.rol), regie]),
        kennisbron: samen('kennisbron', perFase.map(f => f.kennisbron)),
        participatie: samen('participatie', perFase.map(f => f.participatie))
    };
    const geheel = oordeel([verantwoordelijk, algemeen.rol, algemeen.kennisbron, algemeen.participatie, brug(opvatting.aandelen)]);
    const fasen = feiten.fasen.map((f, i) => faseType(f, perFase[i], opvatting.fasen.find(o => o.fase === f.soort)!, verantwoordelijk, algemeen));
    const { secundair, secundairIn } = trekje(geheel, fasen);
    const dichterBij = geheel.primair === 'integrale-beleidssturing' && opvatting.geheel === 'government' ? 'klassieke-overheidssturing' as const
        : geheel.primair === 'expertsturing' && opvatting.geheel === 'npm' ? 'new-public-management' as const : undefined;
    return {
        ...geheel, secundair, secundairIn,
        dichterBij: dichterBij && [opvatting.zekerheid, geheel.zekerheid].every(z => z === 'sterk' || z === 'matig') ? dichterBij : undefined,
        modellen: { 'klassieke-overheidssturing': opvatting.aandelen.government, 'new-public-management': opvatting.aandelen.npm },
        fasen
    };
}

/**
 * A second type is a trait ("met trekjes van …") when it is clearly present in some phase: it is that
 * phase's type, or the evidence for it there adds up to at least one whole voice (GEWICHTEN). Of
 * several, the type of the most phases, then the one present in most phases, then the highest score.
 */
function trekje(geheel: TypeOordeel, fasen: FaseType[]): { secundair?: GovernanceTypeId; secundairIn: FaseSoort[] } {
    const primair = geheel.primair;
    if (!primair || geheel.zekerheid === 'onvoldoende') return { secundairIn: [] };
    const inFasen = new Map<GovernanceTypeId, FaseSoort[]>();
    const leidtIn = (t: GovernanceTypeId) => fasen.filter(f => f.primair === t && f.zekerheid !== 'onvoldoende').length;
    for (const f of fasen) {
        if (f.zekerheid === 'onvoldoende') continue;
        for (const t of TYPE_IDS) {
            if (t !== primair && (f.primair === t || f.scores[t] >= gewicht('trekjeMinimum'))) inFasen.set(t, [...(inFasen.get(t) ?? []), f.fase]);
        }
    }
    // Being the type of a phase weighs more than being present in it; then in how many phases; then the score.
    const [beste] = [...inFasen.keys()].sort((a, b) => leidtIn(b) - leidtIn(a)
        || inFasen.get(b)!.length - inFasen.get(a)!.length || geheel.scores[b] - geheel.scores[a] || TYPE_IDS.indexOf(a) - TYPE_IDS.indexOf(b));
    return beste ? { secundair: beste, secundairIn: inFasen.get(beste)! } : { secundairIn: [] };
}
