import type { FaseSoort } from '../generated/ast.js';
import { OPVATTING_IDS, OPVATTING_RIJ_IDS, type Opvatting, type OpvattingRij } from '../framework/conception-model.js';
import { OPDRACHTRELATIE, partijPositie, REGIE_RIJ, RELATIE_PARTIJSOORTEN, RICHTINGGEVENDE_FASEN } from '../framework/inference-tables.js';
import { begrip } from '../framework/vocabulary.js';
import { gewicht } from '../framework/weights.js';
import { FEIT_CATEGORIE, partijSoort, type FaseFeiten, type Feit, type GemeenteFeiten } from './facts.js';
import type { Aandelen, FaseOpvatting, GeheelGrond, OpvattingProfiel, RijStem, Rijenlezing, Stem, Zekerheid } from './profile-types.js';
import { gemiddelde, leiders, leiding, normaliseer, nul, som, stand, sterkste, telt, verdeel, zwakste } from './votes.js';

/**
 * The steering conception, read the way the researchers do (R1 §3.x.4 "Government, NPM of governance?"):
 * per phase from the rows of R1 §2.1 Fig. 1 that describe practice, each row one vote resting on the
 * phase's own lines; contracting and execution together where execution runs under the assignment of
 * contracting; and the approach as a whole from its course-setting phases. The problem definition is
 * not a vote: it is checked against the outcome (Fig. 1, last row).
 */

/** The row of Fig. 1 a fact of a phase speaks to, or undefined when it speaks to none. */
export function rijVan(feit: Feit): OpvattingRij | undefined {
    switch (feit.soort) {
        case 'rol': return 'rol';
        case 'partijrol': {
            const soort = partijSoort(feit);
            return soort === undefined || RELATIE_PARTIJSOORTEN.includes(soort) ? 'relatie' : undefined;
        }
        case 'eisen': case 'doorzettingsmacht': return 'besluitvorming';
        case 'instrument': case 'bekostiging': return 'instrumenten';
        case 'monitoring': case 'sturing-op': return 'voorwaarden';
        // Only a regie block inside the phase speaks for the phase; the gemeente's own block is the regierol.
        case 'regie': return feit.fase && feit.categorie ? REGIE_RIJ[feit.categorie] : undefined;
        default: return undefined;
    }
}

/** What one fact says about the conception, or why it does not count. */
export function opvattingStem(feit: Feit): Stem<Opvatting> {
    const positie = feit.soort === 'partijrol' ? partijPositie(feit.fase, feit.kern) : undefined;
    if (positie) return { feit, richting: {}, gewicht: 0, noot: positie.reden };
    const categorie = FEIT_CATEGORIE[feit.soort];
    const b = categorie ? begrip(categorie, feit.kern) : undefined;
    const richting = verdeel(b?.opvatting);
    const noot = Object.keys(richting).length === 0 ? 'zegt in het raamwerk niets over de opvatting' : undefined;
    return { feit, richting, gewicht: feit.gewicht, noot };
}

/** The evidence of some phases, row by row. An instrument or funding model counts once, not once per party. */
function stemmenPerRij(fasen: readonly FaseFeiten[]): { perRij: Map<OpvattingRij, Array<Stem<Opvatting>>>; neutraal: Array<Stem<Opvatting>> } {
    const perRij = new Map<OpvattingRij, Array<Stem<Opvatting>>>();
    const neutraal: Array<Stem<Opvatting>> = [];
    for (const fase of fasen) {
        const gezien = new Set<string>();
        for (const feit of fase.feiten) {
            const rij = rijVan(feit);
            if (!rij) continue;
            if (rij === 'instrumenten') {
                if (gezien.has(feit.kern)) {
                    neutraal.push({ feit, richting: {}, gewicht: 0, noot: `${feit.kern} telt één keer per fase, niet per partij of regel` });
                    continue;
                }
                gezien.add(feit.kern);
            }
            const stem = opvattingStem(feit);
            if (!telt(stem)) {
                neutraal.push(stem);
                continue;
            }
            const lijst = perRij.get(rij);
            if (lijst) lijst.push(stem); else perRij.set(rij, [stem]);
        }
    }
    return { perRij, neutraal };
}

/**
 * The rows read together: a conception is the phase's only when more rows point to it than away from
 * it, so it never rests on a minority; otherwise the phase is mixed.
 */
function leesRijen(perRij: Map<OpvattingRij, Array<Stem<Opvatting>>>): Rijenlezing {
    const rijen: RijStem[] = OPVATTING_RIJ_IDS.filter(r => perRij.has(r)).map(rij => {
        const stemmen = perRij.get(rij)!;
        const verdeling = gemiddelde(OPVATTING_IDS, stemmen);
        return { rij, stemmen, verdeling, ...leiding(OPVATTING_IDS, verdeling) };
    });
    const totaal = som(OPVATTING_IDS, rijen.map(r => r.verdeling));
    const verdelingen = rijen.map(r => r.verdeling);
    const opvatting = OPVATTING_IDS.find(o => {
        const s = stand(OPVATTING_IDS, verdelingen, o);
        return s.eens > s.tegen;
    });
    const { eens, tegen } = opvatting ? stand(OPVATTING_IDS, verdelingen, opvatting) : { eens: 0, tegen: 0 };
    return {
        rijen, opvatting, totaal,
        gemengd: opvatting ? [] : leiders(OPVATTING_IDS, totaal),
        rijenMetGegevens: rijen.length, rijenEens: eens, rijenTegen: tegen,
        zekerheid: rijenZekerheid(rijen.length, opvatting !== undefined, eens, tegen)
    };
}

/** From how many rows agree: one row is a hint, two a picture, three of the five with a wide majority a firm one. */
function rijenZekerheid(metGegevens: number, beslist: boolean, eens: number, tegen: number): Zekerheid {
    if (metGegevens === 0) return 'onvoldoende';
    if (!beslist) return 'zwak';
    if (eens >= gewicht('sterkRijen') && eens > gewicht('ruimeMeerderheid') * tegen) return 'sterk';
    return eens >= gewicht('matigRijen') ? 'matig' : 'zwak';
}

/** How many rows of a reading each conception leads; a split row leads none. */
export function rijenPerOpvatting(lezing: Pick<Rijenlezing, 'rijen'>): Record<Opvatting, number> {
    const uit = nul(OPVATTING_IDS);
    for (const r of lezing.rijen) if (r.leidt) uit[r.leidt] += 1;
    return uit;
}

/** Whether execution runs under the assignment of contracting, so that the two are read together. */
function samenGelezen(feiten: GemeenteFeiten): boolean {
    const [kader, uitvoering] = OPDRACHTRELATIE.fasen.map(s => feiten.fase(s));
    if (!kader || !uitvoering) return false;
    // In execution the municipality is in the position of opdrachtgever unless the file says it chose another role.
    const rollen = uitvoering.van('rol');
    return rollen.length === 0 || rollen.some(r => r.kern === OPDRACHTRELATIE.rolInUitvoering);
}

function faseOpvattingen(feiten: GemeenteFeiten): FaseOpvatting[] {
    const samen = samenGelezen(feiten);
    const relatie = samen ? leesRijen(stemmenPerRij(OPDRACHTRELATIE.fasen.map(s => feiten.fase(s)!)).perRij) : undefined;
    return feiten.fasen.map(fase => {
        const { perRij, neutraal } = stemmenPerRij([fase]);
        const eigen = leesRijen(perRij);
        const anderen = OPDRACHTRELATIE.fasen.filter(s => s !== fase.soort);
        if (relatie && (OPDRACHTRELATIE.fasen as readonly FaseSoort[]).includes(fase.soort)) {
            return { fase: fase.soort, ...relatie, neutraal, eigen, samenMet: anderen[0] };
        }
        return { fase: fase.soort, ...eigen, neutraal, eigen };
    });
}

/**
 * The conception of the approach as a whole. Where all phases with a conception agree, that one. Where
 * they differ, the course-setting phases (exploration and evaluation) decide and contracting and execution
 * show their own conception as a trait (R1 §2.4, §4.3). Without course-setting phases, the conception most
 * phases have; otherwise it stays mixed.
 */
export function inferOpvatting(feiten: GemeenteFeiten): OpvattingProfiel {
    const fasen = faseOpvattingen(feiten);
    const metOpvatting = fasen.filter(f => f.opvatting !== undefined);
    const metGegevens = fasen.filter(f => f.zekerheid !== 'onvoldoende');
    const aandelen: Aandelen = metGegevens.length === 0 ? nul(OPVATTING_IDS)
        : normaliseer(OPVATTING_IDS, som(OPVATTING_IDS, metGegevens.map(f => normaliseer(OPVATTING_IDS, f.totaal))));
    const situatieFeit = feiten.algemeen.find(f => f.soort === 'probleem');
    const uit = (geheel: Opvatting | undefined, grond: GeheelGrond, zekerheid: Zekerheid): OpvattingProfiel => ({
        geheel, grond, zekerheid, aandelen, fasen,
        afwijkend: geheel ? metOpvatting.filter(f => f.opvatting !== geheel).map(f => f.fase) : [],
        situatie: situatieFeit && geheel ? { feit: situatieFeit, past: begrip('Probleem', situatieFeit.kern)?.pastBij?.includes(geheel) ?? true } : undefined
    });
    if (metOpvatting.length === 0) return uit(undefined, metGegevens.length ? 'gemengd' : 'geen', metGegevens.length ? 'zwak' : 'onvoldoende');

    const verschillend = [...new Set(metOpvatting.map(f => f.opvatting!))];
    if (verschillend.length === 1) return uit(verschillend[0], 'eensgezind', eensgezindeZekerheid(metOpvatting));

    const richtinggevend = metOpvatting.filter(f => RICHTINGGEVENDE_FASEN.includes(f.fase));
    const richting = [...new Set(richtinggevend.map(f => f.opvatting!))];
    if (richting.length === 1) {
        // The course is set there; the other phases are "met mate" another conception. Never firmer than
        // a reasonable picture, and never firmer than the course-setting phases themselves.
        return uit(richting[0], 'richtinggevend', zwakste(sterkste(...richtinggevend.map(f => f.zekerheid)), 'matig'));
    }
    const aantal = nul(OPVATTING_IDS);
    for (const f of metOpvatting) aantal[f.opvatting!] += 1;
    const meeste = leiders(OPVATTING_IDS, aantal);
    return meeste.length === 1 ? uit(meeste[0], 'meerderheid', 'zwak') : uit(undefined, 'gemengd', 'zwak');
}

/** All phases agree: how many there are, and whether most of them are firm themselves. */
function eensgezindeZekerheid(fasen: readonly FaseOpvatting[]): Zekerheid {
    const stevig = fasen.filter(f => f.zekerheid === 'sterk' || f.zekerheid === 'matig').length;
    if (fasen.length >= gewicht('sterkFasen') && stevig > fasen.length - stevig) return 'sterk';
    // One phase says something about that phase, not yet about the approach as a whole.
    return fasen.length >= gewicht('matigFasen') && stevig > 0 ? 'matig' : 'zwak';
}

/**
 * The researchers check the conception of the whole against the overview of the four ingredients
 * ("het overzicht wijst ook naar governance", R1 §3.6.4). Where the overview points to another
 * conception's type, the whole is said with no more than weak certainty. Where it agrees, it is a
 * second, independent reading: the whole is as firm as the firmer of the two, except that phases that
 * differ among themselves never make more than a reasonable picture.
 */
export function toetsAanOverzicht(o: OpvattingProfiel, overzicht: { opvatting?: Opvatting; zekerheid: Zekerheid }): OpvattingProfiel {
    if (o.geheel === undefined || overzicht.opvatting === undefined) return { ...o, overzicht: overzicht.opvatting };
    if (overzicht.opvatting !== o.geheel) return { ...o, overzicht: overzicht.opvatting, zekerheid: zwakste(o.zekerheid, 'zwak') };
    const samen = sterkste(o.zekerheid, overzicht.zekerheid);
    // One phase says something about that phase, not yet firmly about the approach as a whole (matigFasen).
    const fasen = o.fasen.filter(f => f.opvatting !== undefined).length;
    return { ...o, overzicht: overzicht.opvatting, zekerheid: o.grond === 'eensgezind' && fasen >= gewicht('matigFasen') ? samen : zwakste(samen, 'matig') };
}
