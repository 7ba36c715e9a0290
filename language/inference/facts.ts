import type { Reference } from 'langium';
import type {
    Ambitie, Doel, Doorzetting, Fase, FaseSoort, Gemeente, Geldstroom, Indicator, Mate, Niveau, Partij, PartijSoort, Regelruimte, Regie, RegieCategorie, Team
} from '../generated/ast.js';
import { begrip, rangVan, type Categorie } from '../framework/vocabulary.js';
import { gewicht } from '../framework/weights.js';
import { FASE_VOLGORDE } from '../framework/phases.js';
import { jarenVan, type Jaren } from '../util/periode.js';
import { plekVan, type Plek } from './plek.js';

/**
 * The fact model: everything the advisor wrote about a gemeente, as structured records, computed
 * once per document version. Inference, rules, hovers, hints, code lenses and the summary read
 * these records instead of walking the AST again. Labels are made in presentation/.
 */

/** What a fact is about: one statement kind of the language. */
export type FeitSoort =
    // about the gemeente as a whole (verantwoordelijkheid and doorzettingsmacht may also stand in a phase)
    | 'probleem' | 'verantwoordelijkheid' | 'scenario' | 'governancetype' | 'doorzettingsmacht'
    // in a phase
    | 'rol' | 'partijrol' | 'kennisbron' | 'participatie' | 'instrument' | 'bekostiging' | 'eisen' | 'monitoring'
    | 'verantwoording' | 'sturing-op' | 'effectmeting'
    // in a regie block (of the gemeente or of a phase)
    | 'regie'
    // in the ambitie block
    | 'ambitie-sturing-op' | 'ambitie-bekostiging' | 'ambitie-participatie' | 'ambitie-type' | 'ambitie-rol'
    | 'ambitie-verantwoordelijkheid' | 'ambitie-kennisbron';

/** The vocabulary category of each fact kind's value (the keyword's meaning lives there). */
export const FEIT_CATEGORIE: Record<FeitSoort, Categorie | undefined> = {
    probleem: 'Probleem', verantwoordelijkheid: 'Verantwoordelijkheid', scenario: 'Scenario', governancetype: 'GovernanceType',
    doorzettingsmacht: 'Doorzettingsmacht',
    rol: 'GemeenteRol', partijrol: 'PartijRolSoort', kennisbron: 'Kennisbron', participatie: 'ParticipatieNiveau',
    instrument: 'InstrumentSoort', bekostiging: 'Bekostigingsmodel', eisen: 'Eisen', monitoring: 'Wie',
    verantwoording: undefined, 'sturing-op': 'Niveau', effectmeting: undefined, regie: 'Wie',
    'ambitie-sturing-op': 'Niveau', 'ambitie-bekostiging': 'Bekostigingsmodel', 'ambitie-participatie': 'ParticipatieNiveau',
    'ambitie-type': 'GovernanceType', 'ambitie-rol': 'GemeenteRol', 'ambitie-verantwoordelijkheid': 'Verantwoordelijkheid',
    'ambitie-kennisbron': 'Kennisbron'
};

/** One thing the advisor wrote. */
export interface Feit {
    soort: FeitSoort;
    /** The keyword or text as written (`regelaar`, `convenant`, `"Wijkmonitor"` …). */
    waarde: string;
    /** What it counts as: synonyms resolved (`regelaar` counts as `dirigent`). */
    kern: string;
    fase?: FaseSoort;
    /** The regie category, for facts from a regie block. */
    categorie?: RegieCategorie;
    /** The party a role, funding or participation line is about. */
    partij?: Reference<Partij>;
    /** `vooral` or `soms` before a role. */
    mate?: Mate;
    /** How much the fact counts within its row: 1, or more/less with `vooral`/`soms` (GEWICHTEN). */
    gewicht: number;
    /** The funding stream of a funding line. */
    geldstroom?: Geldstroom;
    /** The advisor's own words on the line (`doorzettingsmacht ja "budget stond vast"`). */
    toelichting?: string;
    /** Where it was written. */
    plek: Plek;
}

/** The facts of one phase kind (two blocks of the same kind are read together). */
export interface FaseFeiten {
    soort: FaseSoort;
    /** The blocks, in the order written (more than one only when a phase is written twice). */
    nodes: Fase[];
    feiten: Feit[];
    van(soort: FeitSoort): Feit[];
    /** Regie categories stated in a regie block inside this phase. */
    regie: Feit[];
}

export interface IndicatorFeit {
    node: Indicator;
    omschrijving?: string;
    /** The level the advisor gave the indicator (`indicator output "…"`), if any. */
    niveau?: Niveau;
    streefwaarde?: string;
}

export interface DoelFeit {
    node: Doel;
    omschrijving?: string;
    indicatoren: IndicatorFeit[];
}

/**
 * The characteristics R1 §1.1 and §4.1 profile a social area team by, in the order they are read and
 * shown: the area first, then what the team is and does, then how it is led and how large it is.
 */
export const TEAM_KENMERKEN = [
    'gebied', 'breedte', 'samenstelling', 'doelgroep', 'lijn', 'toegang', 'jeugdzorg', 'basiszorg', 'regelruimte', 'teamleider', 'omvang'
] as const;
export type TeamKenmerkSoort = typeof TEAM_KENMERKEN[number];

/** One characteristic as written: its keywords or text (several for `samenstelling` and `lijn`; the first line counts). */
export interface TeamKenmerk {
    soort: TeamKenmerkSoort;
    waarden: string[];
    plek: Plek;
}

export interface TeamFeiten {
    node: Team;
    naam: string;
    /** The quoted name (`team Oost "Sociaal wijkteam Oost"`), if any. */
    titel?: string;
    leden: Array<Reference<Partij>>;
    regelruimte?: Regelruimte;
    /** The characteristics written, in the order of TEAM_KENMERKEN: the one list hover and summary read. */
    kenmerken: TeamKenmerk[];
    doelen: DoelFeit[];
}

/** A party's part in one phase: its roles (`rol Welzijn adviseur`) and its funding lines. */
export interface PartijInFase {
    fase: FaseSoort;
    rollen: Feit[];
    bekostiging: Feit[];
}

/** What a gemeente's design says about one party. */
export interface PartijFeiten {
    partij: Partij;
    /** The phases in which it has a role or funding, in cycle order. */
    perFase: PartijInFase[];
    /** The named teams it is a member of. */
    teams: TeamFeiten[];
}

/** The governance type the advisor declared for the gemeente and the one the ambition names (the first line of each counts). */
export interface OpgegevenType {
    gedeclareerd?: Feit;
    ambitie?: Feit;
}

export interface GemeenteFeiten {
    gemeente: Gemeente;
    /** Where the gemeente is written: the whole block. */
    plek: Plek;
    /** The years it covers (`periode 2015 - 2018`), if written and readable. */
    periode?: Jaren;
    /** The parties declared in the gemeente itself (not those of a regio), with a name. */
    partijen: Partij[];
    /** The named teams. */
    teams: TeamFeiten[];
    /** probleem, verantwoordelijkheid, scenario, governancetype and doorzettingsmacht of the gemeente itself. */
    algemeen: Feit[];
    /** The phases present, in cycle order. */
    fasen: FaseFeiten[];
    /** The regie block(s) of the gemeente itself. */
    regie: Feit[];
    ambitie: Feit[];
    alle: Feit[];
    fase(soort: FaseSoort): FaseFeiten | undefined;
    /** All facts of one kind, wherever they stand. */
    van(soort: FeitSoort): Feit[];
    /** The funding lines of one party, in every phase. */
    bekostigingVan(partij: Partij): Feit[];
    /** A party's roles and funding per phase and its teams in this gemeente (also for a party of a regio). */
    partij(partij: Partij): PartijFeiten;
    opgegevenType: OpgegevenType;
}

/** What a fact may carry besides its kind, value and place. */
type FeitExtra = Pick<Feit, 'fase' | 'categorie' | 'partij' | 'mate' | 'geldstroom' | 'toelichting'>;

function maakFeit(soort: FeitSoort, waarde: string, plek: Plek, extra?: FeitExtra): Feit {
    const categorie = FEIT_CATEGORIE[soort];
    const kern = (categorie && begrip(categorie, waarde)?.synoniemVan) || waarde;
    const mate = extra?.mate;
    const feit: Feit = { soort, waarde, kern, gewicht: mate ? gewicht(mate) : 1, plek };
    if (extra) {
        if (extra.fase !== undefined) feit.fase = extra.fase;
        if (extra.categorie !== undefined) feit.categorie = extra.categorie;
        if (extra.partij !== undefined) feit.partij = extra.partij;
        if (mate !== undefined) feit.mate = mate;
        if (extra.geldstroom !== undefined) feit.geldstroom = extra.geldstroom;
        if (extra.toelichting !== undefined) feit.toelichting = extra.toelichting;
    }
    return feit;
}

/** Collects the facts of one gemeente. Pure: the same AST always gives the same facts. */
export function verzamelFeiten(gemeente: Gemeente): GemeenteFeiten {
    const algemeen: Feit[] = [];
    const eersteVan = <T>(node: Gemeente, property: 'probleem' | 'verantwoordelijkheid' | 'scenario' | 'governancetype', soort: FeitSoort) => {
        const waarden = node[property] as unknown as T[];
        // A setting written twice is reported by dubbele-instelling; the first one counts.
        if (waarden.length > 0 && typeof waarden[0] === 'string') algemeen.push(maakFeit(soort, waarden[0], plekVan(node, property, 0)));
    };
    eersteVan(gemeente, 'probleem', 'probleem');
    eersteVan(gemeente, 'verantwoordelijkheid', 'verantwoordelijkheid');
    eersteVan(gemeente, 'scenario', 'scenario');
    eersteVan(gemeente, 'governancetype', 'governancetype');
    const doorzetting = doorzettingFeit(gemeente.doorzettingsmacht, undefined);
    if (doorzetting) algemeen.push(doorzetting);

    const blokken = new Map<FaseSoort, Fase[]>();
    for (const fase of gemeente.fasen) {
        if (fase.soort === undefined) continue; // a half-typed `fase` without a kind is left out
        const lijst = blokken.get(fase.soort) ?? [];
        lijst.push(fase);
        blokken.set(fase.soort, lijst);
    }
    const fasen = FASE_VOLGORDE.filter(s => blokken.has(s)).map(s => faseFeiten(s, blokken.get(s)!));
    const regie = gemeente.regies.flatMap(r => regieFeiten(r, undefined));
    const ambitie = gemeente.ambities.length > 0 ? ambitieFeiten(gemeente.ambities[0]) : [];
    const alle = [...algemeen, ...fasen.flatMap(f => f.feiten), ...regie, ...ambitie];
    const perFeitSoort = perSoort(alle);
    const van = (soort: FeitSoort) => perFeitSoort.get(soort) ?? [];
    const teams: TeamFeiten[] = gemeente.teams.filter(t => t.name).map(teamFeiten);
    // Resolved on first use, after linking: a party may live in a regio in another file.
    let perPartij: Map<Partij, PartijFeiten> | undefined;
    const partij = (p: Partij): PartijFeiten => {
        perPartij ??= partijIndex(fasen, teams);
        return perPartij.get(p) ?? { partij: p, perFase: [], teams: [] };
    };
    const periode = jarenVan(gemeente);
    return {
        gemeente, plek: plekVan(gemeente), ...(periode ? { periode } : {}), partijen: gemeente.partijen.filter(p => p.name),
        teams, algemeen, fasen, regie, ambitie, alle,
        fase: soort => fasen.find(f => f.soort === soort),
        van,
        bekostigingVan: p => partij(p).perFase.flatMap(f => f.bekostiging),
        partij,
        opgegevenType: { gedeclareerd: algemeen.find(f => f.soort === 'governancetype'), ambitie: van('ambitie-type')[0] }
    };
}

/** Of facts on a ladder (participation, steering level), the one on the highest rung; the first of equals. */
export function hoogsteFeit(feiten: readonly Feit[]): Feit | undefined {
    const rang = (f: Feit) => {
        const categorie = FEIT_CATEGORIE[f.soort];
        return (categorie && rangVan(categorie, f.kern)) ?? -1;
    };
    return feiten.reduce<Feit | undefined>((hoogste, f) => !hoogste || rang(f) > rang(hoogste) ? f : hoogste, undefined);
}

/** Facts grouped by kind, in the order given: the one index of a gemeente's and of a phase's facts. */
function perSoort(feiten: readonly Feit[]): Map<FeitSoort, Feit[]> {
    const uit = new Map<FeitSoort, Feit[]>();
    for (const f of feiten) {
        const lijst = uit.get(f.soort);
        if (lijst) lijst.push(f); else uit.set(f.soort, [f]);
    }
    return uit;
}

/** Every party's roles and funding per phase and its teams, from the phases' facts (references resolved). */
function partijIndex(fasen: readonly FaseFeiten[], teams: readonly TeamFeiten[]): Map<Partij, PartijFeiten> {
    const uit = new Map<Partij, PartijFeiten>();
    const van = (p: Partij) => {
        let pf = uit.get(p);
        if (!pf) uit.set(p, pf = { partij: p, perFase: [], teams: [] });
        return pf;
    };
    for (const fase of fasen) {
        const inFase = (p: Partij) => {
            const pf = van(p);
            let deel = pf.perFase[pf.perFase.length - 1];
            if (deel?.fase !== fase.soort) pf.perFase.push(deel = { fase: fase.soort, rollen: [], bekostiging: [] });
            return deel;
        };
        for (const f of fase.van('partijrol')) if (f.partij?.ref) inFase(f.partij.ref).rollen.push(f);
        for (const f of fase.van('bekostiging')) if (f.partij?.ref) inFase(f.partij.ref).bekostiging.push(f);
    }
    for (const team of teams) {
        for (const lid of team.leden) if (lid.ref && !van(lid.ref).teams.includes(team)) van(lid.ref).teams.push(team);
    }
    return uit;
}

/** The property of Team each characteristic is written in. */
const TEAM_PROPERTY: Record<TeamKenmerkSoort, keyof Team & string> = {
    gebied: 'gebied', breedte: 'breedte', samenstelling: 'samenstelling', doelgroep: 'doelgroep', lijn: 'lijnen', toegang: 'toegang',
    jeugdzorg: 'jeugdzorg', basiszorg: 'basiszorg', regelruimte: 'regelruimte', teamleider: 'teamleider', omvang: 'omvang'
};

/** Characteristics that take all values written (`samenstelling generalisten specialisten`); the others take the first. */
const MEER_WAARDEN = new Set<TeamKenmerkSoort>(['samenstelling', 'lijn']);

function teamFeiten(t: Team): TeamFeiten {
    const kenmerken: TeamKenmerk[] = [];
    for (const soort of TEAM_KENMERKEN) {
        const property = TEAM_PROPERTY[soort];
        const geschreven = (t[property] as unknown as Array<string | number | undefined>).filter(w => w !== undefined && w !== '');
        if (geschreven.length === 0) continue;
        const waarden = (MEER_WAARDEN.has(soort) ? geschreven : geschreven.slice(0, 1)).map(String);
        kenmerken.push({ soort, waarden, plek: plekVan(t, property, 0) });
    }
    return {
        node: t, naam: t.name, ...(t.naam !== undefined ? { titel: t.naam } : {}), leden: t.leden.filter(l => l !== undefined), regelruimte: t.regelruimte[0], kenmerken,
        doelen: t.doelen.map(d => ({
            node: d, omschrijving: d.omschrijving,
            indicatoren: d.indicatoren.map(i => ({ node: i, omschrijving: i.omschrijving, niveau: i.niveau, streefwaarde: i.streefwaarde }))
        }))
    };
}

function faseFeiten(soort: FaseSoort, nodes: Fase[]): FaseFeiten {
    const feiten: Feit[] = [];
    const regie: Feit[] = [];
    for (const fase of nodes) {
        fase.rollen.forEach(keuze => {
            if (keuze.rol) feiten.push(maakFeit('rol', keuze.rol, plekVan(keuze, 'rol'), { fase: soort, mate: keuze.mate }));
        });
        for (const r of fase.partijRollen) {
            if (r.rol) feiten.push(maakFeit('partijrol', r.rol, plekVan(r, 'rol'), { fase: soort, partij: r.partij }));
        }
        // Written once per phase; a second line is reported by dubbele-instelling and the first counts.
        if (fase.verantwoordelijkheid.length > 0) feiten.push(maakFeit('verantwoordelijkheid', fase.verantwoordelijkheid[0], plekVan(fase, 'verantwoordelijkheid', 0), { fase: soort }));
        const doorgezet = doorzettingFeit(fase.doorzettingsmacht, soort);
        if (doorgezet) feiten.push(doorgezet);
        fase.kennisbronnen.forEach((k, index) => feiten.push(maakFeit('kennisbron', k, plekVan(fase, 'kennisbronnen', index), { fase: soort })));
        for (const p of fase.participatie) {
            if (p.niveau) feiten.push(maakFeit('participatie', p.niveau, plekVan(p, 'niveau'), { fase: soort, partij: p.via }));
        }
        for (const i of fase.instrumenten) {
            if (i.soort) feiten.push(maakFeit('instrument', i.soort, plekVan(i, 'soort'), { fase: soort }));
        }
        for (const b of fase.bekostigingen) {
            if (b.model) feiten.push(maakFeit('bekostiging', b.model, plekVan(b, 'model'), { fase: soort, partij: b.partij, geldstroom: b.geldstroom }));
        }
        // Written once per phase; a second line is reported by dubbele-instelling and the first counts.
        if (fase.eisen.length > 0) feiten.push(maakFeit('eisen', fase.eisen[0], plekVan(fase, 'eisen', 0), { fase: soort }));
        if (fase.monitoring.length > 0) feiten.push(maakFeit('monitoring', fase.monitoring[0], plekVan(fase, 'monitoring', 0), { fase: soort }));
        fase.verantwoording.forEach((v, index) => feiten.push(maakFeit('verantwoording', v, plekVan(fase, 'verantwoording', index), { fase: soort })));
        // Several levels per phase are normal ("een combinatie van sturing op output en throughput"): all count.
        fase.sturingOp.forEach((n, index) => feiten.push(maakFeit('sturing-op', n, plekVan(fase, 'sturingOp', index), { fase: soort })));
        fase.effectmeting.forEach((e, index) => feiten.push(maakFeit('effectmeting', e, plekVan(fase, 'effectmeting', index), { fase: soort })));
        for (const r of fase.regies) regie.push(...regieFeiten(r, soort));
    }
    feiten.push(...regie);
    const index = perSoort(feiten);
    return { soort, nodes, feiten, regie, van: s => index.get(s) ?? [] };
}

/** The first `doorzettingsmacht` line of a gemeente or phase (a second one is reported by dubbele-instelling). */
function doorzettingFeit(regels: readonly Doorzetting[], fase: FaseSoort | undefined): Feit | undefined {
    const eerste = regels.find(r => r.gebruikt);
    return eerste ? maakFeit('doorzettingsmacht', eerste.gebruikt, plekVan(eerste, 'gebruikt'), { fase, toelichting: eerste.toelichting }) : undefined;
}

/** The kind of party a fact is about (partij, adviesraad or burgerinitiatief), when the name resolves. */
export function partijSoort(feit: Feit): PartijSoort | undefined {
    return feit.partij?.ref?.soort as PartijSoort | undefined;
}

function regieFeiten(regie: Regie, fase: FaseSoort | undefined): Feit[] {
    const gezien = new Set<RegieCategorie>();
    const uit: Feit[] = [];
    for (const k of regie.keuzes) {
        // A category written twice in one block: the first counts.
        if (!k.categorie || !k.keuze || gezien.has(k.categorie)) continue;
        gezien.add(k.categorie);
        uit.push(maakFeit('regie', k.keuze, plekVan(k, 'keuze'), { fase, categorie: k.categorie }));
    }
    return uit;
}

function ambitieFeiten(a: Ambitie): Feit[] {
    const uit: Feit[] = [];
    const lijst = (property: keyof Ambitie & ('sturingOp' | 'bekostiging' | 'burgerparticipatie' | 'governancetype' | 'rol' | 'verantwoordelijkheid' | 'kennisbronnen'), soort: FeitSoort) => {
        (a[property] as string[]).forEach((w, index) => uit.push(maakFeit(soort, w, plekVan(a, property, index))));
    };
    lijst('sturingOp', 'ambitie-sturing-op');
    lijst('bekostiging', 'ambitie-bekostiging');
    lijst('burgerparticipatie', 'ambitie-participatie');
    lijst('governancetype', 'ambitie-type');
    lijst('rol', 'ambitie-rol');
    lijst('verantwoordelijkheid', 'ambitie-verantwoordelijkheid');
    lijst('kennisbronnen', 'ambitie-kennisbron');
    return uit;
}
