import type { Gemeente, Niveau } from '../generated/ast.js';
import { OPVATTINGEN, opvatting as opvattingInfo, type Opvatting } from '../framework/conceptions.js';
import {
    EXTRA_MODEL_IDS, GOVERNANCE_TYPE_IDS, INGREDIENT_IDS, MODEL_IDS, SECUNDAIR_DREMPEL, model,
    type GovernanceTypeId, type ModelId
} from '../framework/governance-types.js';
import { OPVATTING_GELIJK_MARGE } from '../framework/inference-tables.js';
import { FASE_VOLGORDE, KLEINE_CYCLUS, faseInfo } from '../framework/phases.js';
import { REGIE_KOLOM, REGIE_MIX_MINIMUM, REGIEROL_IDS, REGIEROL_LABEL, type Regierol } from '../framework/regie.js';
import { WOORDENSCHAT } from '../framework/vocabulary.js';
import { eerste, geldigeFasen } from '../util/ast-util.js';
import { opvattingFeiten, plekVan, typeFeiten } from './facts.js';
import type {
    Aandelen, CyclusProfiel, FaseOpvatting, FaseType, GovernanceProfile, IngredientScore, OpvattingFeit,
    OpvattingProfiel, RegieProfiel, SturingsniveauProfiel, TypeFeit, TypeProfiel
} from './profile-types.js';

/**
 * Infers how a gemeente actually steers from what the advisor wrote, the way the researchers did
 * by hand (R1 ch. 2–3). Pure and deterministic: the same model always gives the same profile.
 * All weights come from the framework tables in language/framework/.
 */
export function inferProfile(gemeente: Gemeente): GovernanceProfile {
    const opvatting = inferOpvatting(gemeente);
    const feiten = typeFeiten(gemeente);
    const governancetype = scoreTypen(feiten);
    const fasetypen: FaseType[] = geldigeFasen(gemeente).map(fase => {
        const faseFeiten = feiten.filter(f => f.fase === undefined || f.fase === fase.soort);
        const profiel = scoreTypen(faseFeiten);
        return { fase: fase.soort, type: profiel.primair, scores: profiel.scores };
    });
    const regie = inferRegie(gemeente);
    const sturingOp = inferSturingsniveau(gemeente);
    const cyclus = inferCyclus(gemeente);
    const profiel: GovernanceProfile = {
        gemeente: gemeente.name,
        opvatting, governancetype, fasetypen, regie, sturingOp, cyclus,
        rollenPerFase: geldigeFasen(gemeente).map(f => ({ fase: f.soort, rollen: [...f.rollen] })),
        waarom: []
    };
    profiel.waarom = waarom(profiel);
    return profiel;
}

function nulAandelen(): Aandelen {
    return { government: 0, npm: 0, governance: 0 };
}

function sommeer(feiten: readonly OpvattingFeit[]): Aandelen {
    const som = nulAandelen();
    for (const f of feiten) for (const o of OPVATTINGEN) som[o.id] += f.gewicht[o.id] ?? 0;
    const totaal = som.government + som.npm + som.governance;
    if (totaal === 0) return som;
    return { government: som.government / totaal, npm: som.npm / totaal, governance: som.governance / totaal };
}

/** The conception with the largest share; on a tie the phase's typical character, then governance. */
function kies(aandelen: Aandelen, voorkeur?: Opvatting): Opvatting | undefined {
    const max = Math.max(aandelen.government, aandelen.npm, aandelen.governance);
    if (max === 0) return undefined;
    const kandidaten = OPVATTINGEN.map(o => o.id).filter(id => max - aandelen[id] <= OPVATTING_GELIJK_MARGE);
    if (voorkeur && kandidaten.includes(voorkeur)) return voorkeur;
    return kandidaten.includes('governance') ? 'governance' : kandidaten[0];
}

function inferOpvatting(gemeente: Gemeente): OpvattingProfiel {
    const feiten = opvattingFeiten(gemeente);
    const fasen: FaseOpvatting[] = geldigeFasen(gemeente).map(fase => {
        const eigen = feiten.filter(f => f.fase === fase.soort);
        const aandelen = sommeer(eigen);
        return { fase: fase.soort, aandelen, opvatting: kies(aandelen, faseInfo(fase.soort).typisch), feiten: eigen };
    });
    // The approach as a whole: every phase with evidence counts equally.
    const metFeiten = fasen.filter(f => f.opvatting !== undefined);
    const aandelen = nulAandelen();
    for (const f of metFeiten) for (const o of OPVATTINGEN) aandelen[o.id] += f.aandelen[o.id] / metFeiten.length;
    return { geheel: kies(aandelen), aandelen, fasen };
}

function nulScores(): Record<ModelId, number> {
    return Object.fromEntries(MODEL_IDS.map(id => [id, 0])) as Record<ModelId, number>;
}

/** Mean affinity per ingredient, then the mean over the ingredients that have evidence. */
export function scoreTypen(feiten: readonly TypeFeit[]): TypeProfiel {
    const ingredienten: IngredientScore[] = INGREDIENT_IDS.map(ingredient => {
        const eigen = feiten.filter(f => f.ingredient === ingredient);
        // A fact that a phase rule made neutral is shown in the explanation but does not dilute the mean.
        const tellend = eigen.filter(telt);
        const scores = nulScores();
        if (tellend.length > 0) {
            for (const id of MODEL_IDS) scores[id] = tellend.reduce((s, f) => s + (f.affiniteit[id] ?? 0), 0) / tellend.length;
        }
        return { ingredient, scores, feiten: eigen };
    });
    const metFeiten = ingredienten.filter(i => i.feiten.some(telt));
    const scores = nulScores();
    for (const id of MODEL_IDS) {
        scores[id] = metFeiten.length === 0 ? 0 : rond(metFeiten.reduce((s, i) => s + i.scores[id], 0) / metFeiten.length);
    }
    const rangorde = [...GOVERNANCE_TYPE_IDS].sort((a, b) => scores[b] - scores[a] || GOVERNANCE_TYPE_IDS.indexOf(a) - GOVERNANCE_TYPE_IDS.indexOf(b));
    const primair = scores[rangorde[0]] > 0 ? rangorde[0] : undefined;
    const tweede = rangorde[1];
    const secundair = primair && scores[tweede] > 0 && scores[tweede] >= SECUNDAIR_DREMPEL * scores[primair] ? tweede : undefined;
    const besteExtra = [...EXTRA_MODEL_IDS].sort((a, b) => scores[b] - scores[a])[0];
    const dichterBij = primair && scores[besteExtra] > scores[primair] ? besteExtra : undefined;
    return { primair, secundair, dichterBij, scores, ingredienten };
}

/** Whether a fact counts towards the scores (a phase rule can make it neutral). */
export function telt(f: TypeFeit): boolean {
    return Object.keys(f.affiniteit).length > 0;
}

function rond(x: number): number {
    return Math.round(x * 1000) / 1000;
}

function inferRegie(gemeente: Gemeente): RegieProfiel {
    const telling = Object.fromEntries(REGIEROL_IDS.map(r => [r, 0])) as Record<Regierol, number>;
    const regie = gemeente.regies[0];
    for (const keuze of regie?.keuzes ?? []) {
        const kolom = REGIE_KOLOM[keuze.keuze];
        if (kolom) telling[kolom]++;
    }
    const aantal = REGIEROL_IDS.reduce((s, r) => s + telling[r], 0);
    if (aantal === 0) return { telling, aantal };
    const volgorde = [...REGIEROL_IDS].sort((a, b) => telling[b] - telling[a] || REGIEROL_IDS.indexOf(a) - REGIEROL_IDS.indexOf(b));
    const [dominant, tweede] = volgorde;
    let typering: string;
    if (dominant === 'coproducent' && telling.facilitator < telling['bepalende-regisseur'] + telling.coproducent) {
        typering = 'ruimte latende regisseur (vooral coproducent)';
    } else if (telling[tweede] >= REGIE_MIX_MINIMUM) {
        typering = `mix van ${REGIEROL_LABEL[dominant]} en ${REGIEROL_LABEL[tweede]}`;
    } else {
        typering = REGIEROL_LABEL[dominant];
    }
    return { dominant, telling, typering, aantal };
}

function inferSturingsniveau(gemeente: Gemeente): SturingsniveauProfiel {
    const fasen = geldigeFasen(gemeente).flatMap(fase => {
        const niveau = eerste(fase.sturingOp);
        return niveau ? [{ fase: fase.soort, niveau, plek: plekVan(fase, 'sturingOp', 0) }] : [];
    });
    const rang = (n: Niveau) => WOORDENSCHAT.Niveau[n].rang ?? 0;
    let huidig: Niveau | undefined;
    if (fasen.length > 0) {
        const telling = new Map<Niveau, number>();
        for (const f of fasen) telling.set(f.niveau, (telling.get(f.niveau) ?? 0) + 1);
        // The most frequent level; on a tie the lowest, so the tool never flatters.
        huidig = [...telling.entries()].sort((a, b) => b[1] - a[1] || rang(a[0]) - rang(b[0]))[0][0];
    }
    const ambitieBlok = gemeente.ambities[0];
    const ambitie = eerste(ambitieBlok?.sturingOp);
    return {
        fasen, huidig, ambitie,
        ambitiePlek: ambitie && ambitieBlok ? plekVan(ambitieBlok, 'sturingOp', 0) : undefined,
        kloof: huidig && ambitie ? rang(ambitie) - rang(huidig) : undefined
    };
}

function inferCyclus(gemeente: Gemeente): CyclusProfiel {
    const aanwezig = FASE_VOLGORDE.filter(f => geldigeFasen(gemeente).some(x => x.soort === f));
    const ontbrekend = FASE_VOLGORDE.filter(f => !aanwezig.includes(f));
    const soort = ontbrekend.length === 0 ? 'groot' : KLEINE_CYCLUS.every(f => aanwezig.includes(f)) ? 'klein' : 'onvolledig';
    return { soort, aanwezig, ontbrekend };
}

export function typeLabel(id: ModelId | undefined): string {
    return id ? model(id).label : 'onbepaald';
}

export function procent(x: number): string {
    return `${Math.round(x * 100)}%`;
}

/** The strongest evidence for the primary type, as short reasons. */
function waarom(p: GovernanceProfile): string[] {
    const regels: string[] = [];
    const t = p.governancetype;
    if (t.primair) {
        const primair = t.primair as GovernanceTypeId;
        const sterkste = t.ingredienten
            .filter(i => i.feiten.length > 0)
            .map(i => ({ i, beste: [...i.feiten].sort((a, b) => (b.affiniteit[primair] ?? 0) - (a.affiniteit[primair] ?? 0))[0] }))
            .filter(x => (x.beste.affiniteit[primair] ?? 0) > 0)
            .map(x => `${x.beste.label.replace(/ in \w+$/, '')}`);
        regels.push(`${typeLabel(primair)} (${procent(t.scores[primair])}) door: ${[...new Set(sterkste)].join('; ') || 'weinig gegevens'}`);
        if (t.secundair) regels.push(`met trekjes van ${typeLabel(t.secundair)} (${procent(t.scores[t.secundair])})`);
        if (t.dichterBij) regels.push(`ligt nog dichter bij ${typeLabel(t.dichterBij)} (${procent(t.scores[t.dichterBij])}) dan bij een governancetype (R2 §2.2)`);
    }
    if (p.opvatting.geheel) {
        regels.push(`sturingsopvatting als geheel: ${opvattingInfo(p.opvatting.geheel).label}`);
    }
    if (p.cyclus.soort !== 'groot') {
        regels.push(`beleidscyclus ${p.cyclus.soort}: ${p.cyclus.ontbrekend.join(', ')} ${p.cyclus.ontbrekend.length > 1 ? 'ontbreken' : 'ontbreekt'}`);
    }
    return regels;
}

