import type { RegieCategorie } from '../generated/ast.js';
import { OPVATTINGEN, OPVATTING_RIJ_IDS, opvattingRij, type Opvatting, type OpvattingRij } from '../framework/conceptions.js';
import { isPositie, REGIE_MONITORING_FASE, REGIE_RIJ } from '../framework/inference-tables.js';
import { faseInfo } from '../framework/phases.js';
import { begrip } from '../framework/vocabulary.js';
import { gewicht } from '../framework/weights.js';
import { FEIT_CATEGORIE, type FaseFeiten, type Feit, type GemeenteFeiten } from './facts.js';
import type { Aandelen, FaseOpvatting, OpvattingProfiel, RijStem, Stem } from './profile-types.js';
import { gemiddelde, leider, leiders, normaliseer, nul, som, stand, telt, verdeel, zekerheid } from './votes.js';

/**
 * The steering conception per phase, read as R1 §2.1 Fig. 1 is built: a table of rows (the role of
 * the municipality, the relation with the parties, who decides, instruments, competition, funding,
 * what is accounted for, the situation). Each row speaks once per phase with the evidence it rests
 * on; a row without evidence abstains. The conception of the whole comes from the phases.
 */

const OPVATTING_IDS: readonly Opvatting[] = OPVATTINGEN.map(o => o.id);

/** The row of Fig. 1 a fact speaks to, or undefined when it speaks to none. */
export function rijVan(feit: Feit): OpvattingRij | undefined {
    switch (feit.soort) {
        case 'rol': return 'rol';
        case 'partijrol': return 'relatie';
        case 'eisen': return 'besluitvorming';
        case 'instrument': return begrip('InstrumentSoort', feit.kern)?.concurrentie ? 'concurrentie' : 'instrumenten';
        case 'bekostiging': return 'bekostiging';
        case 'monitoring': case 'sturing-op': return 'verantwoording';
        case 'regie': return feit.categorie ? REGIE_RIJ[feit.categorie] : undefined;
        case 'probleem': return 'situatie';
        default: return undefined;
    }
}

/** What one fact says about the conception, or why it does not count. */
export function opvattingStem(feit: Feit, algemeen = false): Stem<Opvatting> {
    const positie = feit.soort === 'rol' ? isPositie(feit.fase, feit.kern) : undefined;
    if (positie) return { feit, richting: {}, gewicht: 0, noot: positie.reden };
    const categorie = FEIT_CATEGORIE[feit.soort];
    const b = categorie ? begrip(categorie, feit.kern) : undefined;
    const richting = verdeel(b?.opvatting);
    const noot = Object.keys(richting).length === 0 ? 'zegt in het raamwerk niets over de opvatting' : undefined;
    return { feit, richting, gewicht: feit.gewicht, noot, ...(algemeen ? { algemeen } : {}) };
}

/** Phase lines that state a regie category themselves, so the gemeente's regie block does not speak for it. */
function eigenCategorieen(fase: FaseFeiten): Set<RegieCategorie> {
    const eigen = new Set<RegieCategorie>(fase.regie.map(f => f.categorie!).filter(Boolean));
    // A monitoring line and the parties' own roles say the same as those regie categories, for this phase.
    if (fase.van('monitoring').length > 0) eigen.add('monitoring');
    if (fase.van('partijrol').length > 0) eigen.add('rol-partijen');
    return eigen;
}

/** The evidence of one phase, row by row, with the gemeente's regie block where the phase is silent. */
function stemmenPerRij(fase: FaseFeiten, feiten: GemeenteFeiten): { perRij: Map<OpvattingRij, Array<Stem<Opvatting>>>; neutraal: Array<Stem<Opvatting>> } {
    const perRij = new Map<OpvattingRij, Array<Stem<Opvatting>>>();
    const neutraal: Array<Stem<Opvatting>> = [];
    const voegToe = (stem: Stem<Opvatting>) => {
        const rij = rijVan(stem.feit);
        if (!rij || !telt(stem)) {
            if (rij || stem.noot) neutraal.push(stem);
            return;
        }
        const lijst = perRij.get(rij);
        if (lijst) lijst.push(stem); else perRij.set(rij, [stem]);
    };
    for (const feit of fase.feiten) {
        if (rijVan(feit)) voegToe(opvattingStem(feit));
    }
    // The situation is the gemeente's; it says in every phase which conception fits.
    for (const feit of feiten.algemeen) if (feit.soort === 'probleem') voegToe(opvattingStem(feit));
    const eigen = eigenCategorieen(fase);
    for (const feit of feiten.regie) {
        const categorie = feit.categorie!;
        if (eigen.has(categorie)) continue;
        if (categorie === 'monitoring' && fase.soort !== REGIE_MONITORING_FASE) continue;
        voegToe(opvattingStem(feit, true));
    }
    return { perRij, neutraal };
}

export function faseOpvatting(fase: FaseFeiten, feiten: GemeenteFeiten): FaseOpvatting {
    const { perRij, neutraal } = stemmenPerRij(fase, feiten);
    const rijen: RijStem[] = OPVATTING_RIJ_IDS.filter(r => perRij.has(r)).map(rij => {
        const stemmen = perRij.get(rij)!;
        const verdeling = gemiddelde(OPVATTING_IDS, stemmen);
        return { rij, stemmen, verdeling, leidt: leider(OPVATTING_IDS, verdeling), algemeen: stemmen.every(s => s.algemeen) };
    });
    const totaal = som(OPVATTING_IDS, rijen.map(r => r.verdeling));
    const kandidaten = leiders(OPVATTING_IDS, totaal);
    // On a tie the phase's typical character decides (R1 §2.4 fig. 4); otherwise it stays open.
    const typisch = faseInfo(fase.soort).typisch;
    const opvatting = kandidaten.length === 1 ? kandidaten[0] : kandidaten.includes(typisch) ? typisch : undefined;
    const eigen = rijen.filter(r => !r.algemeen && opvattingRij(r.rij).praktijk);
    const { eens, tegen } = stand(OPVATTING_IDS, eigen.map(r => r.verdeling), opvatting);
    return {
        fase: fase.soort, opvatting, rijen, neutraal, totaal,
        rijenMetGegevens: eigen.length, rijenEens: eens, rijenTegen: tegen,
        zekerheid: zekerheid(
            { metGegevens: eigen.length, eens, tegen, beslist: kandidaten.length === 1 },
            { onvoldoendeTot: 0, matigVanaf: gewicht('matigRijen'), sterkVanaf: gewicht('sterkRijen') }
        )
    };
}

/**
 * The conception of the approach as a whole: every phase with evidence speaks once, for its own
 * conception; the conception most phases have wins. When as many phases point each way, the mean of
 * their shares decides.
 */
export function inferOpvatting(feiten: GemeenteFeiten): OpvattingProfiel {
    const fasen = feiten.fasen.map(f => faseOpvatting(f, feiten));
    const metGegevens = fasen.filter(f => f.zekerheid !== 'onvoldoende');
    const aandelen: Aandelen = metGegevens.length === 0 ? nul(OPVATTING_IDS)
        : normaliseer(OPVATTING_IDS, som(OPVATTING_IDS, metGegevens.map(f => normaliseer(OPVATTING_IDS, f.totaal))));
    const aantal = nul(OPVATTING_IDS);
    for (const f of metGegevens) if (f.opvatting) aantal[f.opvatting] += 1;
    let kandidaten = leiders(OPVATTING_IDS, aantal);
    if (kandidaten.length > 1) kandidaten = leiders(kandidaten, aandelen);
    const geheel = kandidaten.length === 1 ? kandidaten[0] : undefined;
    const eens = metGegevens.filter(f => f.opvatting !== undefined && f.opvatting === geheel).length;
    const tegen = metGegevens.filter(f => f.opvatting !== undefined && f.opvatting !== geheel).length;
    const stevig = metGegevens.filter(f => f.zekerheid === 'sterk' || f.zekerheid === 'matig').length;
    let z = zekerheid(
        { metGegevens: metGegevens.length, eens, tegen, beslist: kandidaten.length === 1 },
        { onvoldoendeTot: 0, matigVanaf: gewicht('matigFasen'), sterkVanaf: gewicht('sterkFasen') }
    );
    // The whole can be no surer than most of its phases.
    if (z === 'sterk' && stevig < metGegevens.length - stevig) z = 'matig';
    return { geheel, zekerheid: z, aandelen, fasen };
}
