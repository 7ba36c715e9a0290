import type { AstNode, Reference } from 'langium';
import type {
    Ambitie, Doel, Doorzetting, Fase, FaseSoort, Gemeente, Geldstroom, Indicator, Mate, Niveau, Partij, PartijSoort, Regelruimte, Regie, RegieCategorie, Team
} from '../generated/ast.js';
import { begrip, type Categorie } from '../framework/vocabulary.js';
import { gewicht } from '../framework/weights.js';
import { FASE_VOLGORDE } from '../framework/phases.js';
import { cstVan } from '../util/ast-util.js';
import type { Bereik, Plek } from './profile-types.js';

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

export interface TeamFeiten {
    node: Team;
    naam: string;
    leden: Array<Reference<Partij>>;
    regelruimte?: Regelruimte;
    doelen: DoelFeit[];
}

export interface GemeenteFeiten {
    gemeente: Gemeente;
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
}

const LEEG: Bereik = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Where a fact was written. The range is computed only when asked for (hover, related information):
 * most facts are never shown, and finding a property's text is the costly part. A class, so that the
 * many places a build makes share one getter instead of each carrying a closure.
 */
class LuiePlek implements Plek {
    private berekend: Bereik | undefined;

    constructor(readonly node: AstNode, readonly property?: string, readonly index?: number) { }

    get bereik(): Bereik {
        if (!this.berekend) {
            const r = cstVan(this.node, this.property, this.index)?.range;
            this.berekend = r ? { start: { ...r.start }, end: { ...r.end } } : LEEG;
        }
        return this.berekend;
    }
}

export function plekVan(node: AstNode, property?: string, index?: number): Plek {
    return new LuiePlek(node, property, index);
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

    const perSoort = new Map<FaseSoort, Fase[]>();
    for (const fase of gemeente.fasen) {
        if (fase.soort === undefined) continue; // a half-typed `fase` without a kind is left out
        const lijst = perSoort.get(fase.soort) ?? [];
        lijst.push(fase);
        perSoort.set(fase.soort, lijst);
    }
    const fasen = FASE_VOLGORDE.filter(s => perSoort.has(s)).map(s => faseFeiten(s, perSoort.get(s)!));
    const regie = gemeente.regies.flatMap(r => regieFeiten(r, undefined));
    const ambitie = gemeente.ambities.length > 0 ? ambitieFeiten(gemeente.ambities[0]) : [];
    const alle = [...algemeen, ...fasen.flatMap(f => f.feiten), ...regie, ...ambitie];

    const perFeitSoort = new Map<FeitSoort, Feit[]>();
    for (const f of alle) {
        const lijst = perFeitSoort.get(f.soort);
        if (lijst) lijst.push(f); else perFeitSoort.set(f.soort, [f]);
    }
    let perPartij: Map<Partij, Feit[]> | undefined;
    const teams: TeamFeiten[] = gemeente.teams.filter(t => t.name).map(t => ({
        node: t, naam: t.name, leden: t.leden.filter(l => l !== undefined), regelruimte: t.regelruimte[0],
        doelen: t.doelen.map(d => ({
            node: d, omschrijving: d.omschrijving,
            indicatoren: d.indicatoren.map(i => ({ node: i, omschrijving: i.omschrijving, niveau: i.niveau, streefwaarde: i.streefwaarde }))
        }))
    }));
    return {
        gemeente, teams, algemeen, fasen, regie, ambitie, alle,
        fase: soort => fasen.find(f => f.soort === soort),
        van: soort => perFeitSoort.get(soort) ?? [],
        bekostigingVan: partij => {
            if (!perPartij) {
                // Resolved on first use, after linking: a party may live in a regio in another file.
                perPartij = new Map();
                for (const f of perFeitSoort.get('bekostiging') ?? []) {
                    const ref = f.partij?.ref;
                    if (!ref) continue;
                    const lijst = perPartij.get(ref);
                    if (lijst) lijst.push(f); else perPartij.set(ref, [f]);
                }
            }
            return perPartij.get(partij) ?? [];
        }
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
    const perSoort = new Map<FeitSoort, Feit[]>();
    for (const f of feiten) {
        const lijst = perSoort.get(f.soort);
        if (lijst) lijst.push(f); else perSoort.set(f.soort, [f]);
    }
    return { soort, nodes, feiten, regie, van: s => perSoort.get(s) ?? [] };
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
