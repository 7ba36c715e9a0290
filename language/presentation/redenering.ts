import type { FaseSoort } from '../generated/ast.js';
import type { Opvatting } from '../framework/conception-model.js';
import { opvattingVanType, TYPEN_BINNEN, type GovernanceTypeId } from '../framework/governance-type-model.js';
import type { FaseOpvatting, GovernanceProfile, Zekerheid } from '../inference/profile-types.js';
import { faseNaam, opsomming, opvattingKort, regelnummerVan, regieTypering, typeLabel, zekerheidWoord } from './profile-text.js';

/**
 * The profile told the way the researchers write their typing of a municipality (R1 §3.x.4): first
 * "government, NPM of governance?" phase by phase and for the whole, then the governance type with the
 * type "in mindere mate", then the regierol. Every claim carries the lines of the file it rests on, so an
 * advisor can check it. Hover, summary and `sturing profiel` all show these same sentences.
 */

/** One claim and the lines (1-based) it rests on. */
export interface Bewering {
    tekst: string;
    regelnummers: number[];
}

export interface Redenering {
    /** Government, NPM or governance, per group of phases and for the whole. */
    opvatting: Bewering[];
    /** The governance type, with its trait; the type per phase where the phases differ. */
    type: Bewering[];
    regie?: Bewering;
}

const uniek = (regelnummers: number[]) => [...new Set(regelnummers)].sort((a, b) => a - b);

/** "r. 5", "r. 5 en 9", "r. 5, 9 en 12". */
export function regelnummersKort(regelnummers: readonly number[]): string {
    const r = uniek([...regelnummers]);
    return r.length ? `r. ${opsomming(r.map(String))}` : '';
}

/** A claim with its lines in brackets: "In de verkenning governance (r. 27, 28 en 31)". */
export function metRegelnummers(b: Bewering): string {
    return b.regelnummers.length ? metNoot(b.tekst, regelnummersKort(b.regelnummers)) : b.tekst;
}

/** A note added to a claim: inside its closing bracket when it ends in one ("(R1 fig. 1; r. 4)"), never a second pair of brackets. */
export function metNoot(tekst: string, noot: string): string {
    return tekst.endsWith(')') ? `${tekst.slice(0, -1)}; ${noot})` : `${tekst} (${noot})`;
}

function naam(o: Opvatting): string {
    return opvattingKort(o);
}

/** The lines of a phase's rows that point to its conception (or, mixed, all its rows). */
export function faseRegelnummers(fo: FaseOpvatting): number[] {
    const rijen = fo.opvatting ? fo.rijen.filter(r => r.leidt === fo.opvatting) : fo.rijen;
    return rijen.flatMap(r => r.stemmen.filter(s => !fo.opvatting || (s.richting[fo.opvatting] ?? 0) > 0).map(s => regelnummerVan(s.feit)));
}

/** "governance", "eerder NPM", "een mengvorm van NPM en governance". */
function faseOordeel(fo: FaseOpvatting, geheel: Opvatting | undefined): string {
    if (!fo.opvatting) return fo.gemengd.length > 1 ? `een mengvorm van ${opsomming(fo.gemengd.map(naam))}` : fo.gemengd.length ? `een mengvorm, waarin ${naam(fo.gemengd[0])} het zwaarst weegt` : 'een mengvorm';
    const weer = geheel && fo.opvatting === geheel && fo.fase === 'evaluatie' ? 'weer ' : '';
    if (fo.zekerheid === 'zwak') return `${weer}eerder ${naam(fo.opvatting)}`;
    return geheel && fo.opvatting !== geheel && fo.opvatting === 'npm' ? 'meer NPM' : `${weer}${naam(fo.opvatting)}`;
}

/** Phases next to each other with the same judgement, in cycle order. */
function groepen(fasen: readonly FaseOpvatting[], geheel: Opvatting | undefined): Array<{ fasen: FaseOpvatting[]; oordeel: string }> {
    const uit: Array<{ fasen: FaseOpvatting[]; oordeel: string }> = [];
    for (const fo of fasen) {
        if (fo.zekerheid === 'onvoldoende') continue;
        const oordeel = faseOordeel(fo, geheel);
        const vorige = uit[uit.length - 1];
        if (vorige && vorige.oordeel === oordeel) vorige.fasen.push(fo); else uit.push({ fasen: [fo], oordeel });
    }
    return uit;
}

const GROND_ZIN: Partial<Record<GovernanceProfile['opvatting']['grond'], (p: GovernanceProfile) => string>> = {
    richtinggevend: p => `; de koers wordt gezet in ${opsomming(p.opvatting.fasen.filter(f => f.opvatting === p.opvatting.geheel && (f.fase === 'verkenning' || f.fase === 'evaluatie')).map(f => faseNaam(f.fase)))}, en ${opsomming(p.opvatting.afwijkend.map(faseNaam))} ${p.opvatting.afwijkend.length > 1 ? 'tonen' : 'toont'} ${naamMetMate(p)} (R1 §2.4, §4.3)`,
    meerderheid: p => `: de meeste fasen wijzen die kant op, ${opsomming(p.opvatting.afwijkend.map(faseNaam))} niet`
};

function naamMetMate(p: GovernanceProfile): string {
    const andere = [...new Set(p.opvatting.afwijkend.map(f => p.opvatting.fasen.find(x => x.fase === f)!.opvatting!))];
    return `${opsomming(andere.map(naam))} met mate`;
}

function opvattingBeweringen(p: GovernanceProfile): Bewering[] {
    const o = p.opvatting;
    const uit: Bewering[] = [];
    const g = groepen(o.fasen, o.geheel);
    g.forEach((groep, i) => {
        const wie = opsomming(groep.fasen.map(f => faseNaam(f.fase)));
        const samen = groep.fasen.length === 1 && groep.fasen[0].samenMet ? `, samen gelezen met ${faseNaam(groep.fasen[0].samenMet)} als één opdrachtrelatie` : '';
        const regelnummers = groep.fasen.flatMap(faseRegelnummers);
        uit.push({ tekst: `${i === 0 ? 'In' : 'in'} ${wie}${samen} ${groep.oordeel}${zekerheidNoot(groep.fasen.map(f => f.zekerheid))}`, regelnummers });
    });
    if (o.geheel) {
        const grond = GROND_ZIN[o.grond]?.(p) ?? '';
        const anders = o.overzicht && o.overzicht !== o.geheel ? o.overzicht : undefined;
        const waarom = anders ? `, want het overzicht van de vier ingrediënten wijst eerder naar ${naam(anders)}` : '';
        uit.push({ tekst: metNoot(`Als geheel ${naam(o.geheel)}${grond}`, `${zekerheidWoord(o.zekerheid)}${waarom}`), regelnummers: anders ? regelsVoorOpvatting(p, anders) : [] });
        if (o.overzicht && !anders) uit.push({ tekst: `Het overzicht van de vier ingrediënten wijst ook naar ${naam(o.overzicht)}`, regelnummers: [] });
    } else if (g.length > 0) {
        uit.push({ tekst: 'Als geheel is de aanpak nog niet te typeren: de fasen wijzen even sterk verschillende kanten op', regelnummers: [] });
    }
    if (o.situatie) {
        const probleem = o.situatie.feit.kern === 'helder' ? 'helder' : 'onduidelijk';
        uit.push({
            tekst: o.situatie.past ? `Het probleem heet ${probleem}; daarbij past ${naam(o.geheel!)} (R1 fig. 1)`
                : `Het probleem heet ${probleem}, maar daarbij past ${naam(o.geheel!)} volgens R1 fig. 1 niet goed`,
            regelnummers: [regelnummerVan(o.situatie.feit)]
        });
    }
    return uit;
}

function zekerheidNoot(z: readonly Zekerheid[]): string {
    return z.every(x => x === 'zwak') ? ' (zwak onderbouwd)' : '';
}

/** The lines of the overview that point to the types of a conception. */
function regelsVoorOpvatting(p: GovernanceProfile, o: Opvatting): number[] {
    return TYPEN_BINNEN[o].flatMap(t => regelsVoor(p, t)).filter((r, i, a) => a.indexOf(r) === i);
}

/** The lines that point to a type in the overview. */
function regelsVoor(p: GovernanceProfile, type: GovernanceTypeId): number[] {
    return p.governancetype.ingredienten.flatMap(v => v.stemmen.filter(s => (s.richting[type] ?? 0) > 0).map(s => regelnummerVan(s.feit)));
}

function typeBeweringen(p: GovernanceProfile): Bewering[] {
    const t = p.governancetype;
    if (t.zekerheid === 'onvoldoende') {
        return [{ tekst: 'Het governancetype is nog niet te bepalen: daarvoor staat er te weinig over de verantwoordelijkheid, de rol van de gemeente, de kennisbron en de burgerparticipatie (R1 §2.2)', regelnummers: [] }];
    }
    if (!t.primair) {
        return [{ tekst: t.gelijk.length > 1 ? `Het governancetype ligt tussen ${opsomming(t.gelijk.map(typeLabel))} in` : `Welk governancetype${t.binnen ? ` binnen ${naam(t.binnen)}` : ''} het is, zegt het bestand nog niet`, regelnummers: [] }];
    }
    const uit: Bewering[] = [{ tekst: t.secundair ? `Vooral ${typeLabel(t.primair)}` : `Het governancetype is ${typeLabel(t.primair)}`, regelnummers: regelsVoor(p, t.primair) }];
    if (t.secundair) {
        const fasen = opsomming(t.secundairIn.map(faseNaam));
        const waar = t.secundairGrond === 'fase'
            ? ` in ${fasen}, die ${naam(p.opvatting.fasen.find(f => f.fase === t.secundairIn[0])!.opvatting!)} ${t.secundairIn.length > 1 ? 'zijn' : 'is'}`
            : t.secundairGrond === 'mengfase' ? ` in ${fasen}, waar ${naam(opvattingVanType(t.secundair))} met mate meespeelt`
            : t.secundairGrond === 'fasetype' ? ` in ${fasen}`
            : t.secundairGrond === 'rol'
                ? ` als de gemeente ${opsomming([...new Set(t.secundairFeiten.map(f => f.soort === 'doorzettingsmacht' ? 'haar doorzettingsmacht gebruikt' : `${f.mate ? `${f.mate} ` : ''}${f.waarde} is`))])}`
                : '';
        uit.push({ tekst: `in mindere mate ${typeLabel(t.secundair)}${waar}`, regelnummers: t.secundairFeiten.map(regelnummerVan) });
    }
    uit.push({ tekst: `Dat is ${zekerheidWoord(t.zekerheid)}`, regelnummers: [] });
    // Where the phases have different types, say so per phase, as the researchers do for Emmen (R1 §3.6.4).
    const bepaald = t.fasen.filter(f => f.primair && (f.zekerheid === 'sterk' || f.zekerheid === 'matig'));
    if (new Set(bepaald.map(f => f.primair)).size > 1) {
        const perType = new Map<GovernanceTypeId, FaseSoort[]>();
        for (const f of bepaald) perType.set(f.primair!, [...(perType.get(f.primair!) ?? []), f.fase]);
        const delen = [...perType.entries()].map(([type, fasen], i) => `${i === 0 ? 'In' : 'in'} ${opsomming(fasen.map(faseNaam))} ${typeLabel(type)}`);
        uit.push({ tekst: delen.join('; '), regelnummers: [] });
    }
    return uit;
}

function regieBewering(p: GovernanceProfile): Bewering | undefined {
    const r = p.regie;
    if (r.herkomst === 'geen') return undefined;
    const typering = r.dominant ? regieTypering(p, true)! : `een mix van ${opsomming(r.gelijk.map(k => k === 'bepalende-regisseur' ? 'bepalende regisseur' : k))}, in gelijke delen`;
    return {
        tekst: `De regierol: ${typering}${r.herkomst === 'fasen' ? ', afgeleid uit de fasen want er is geen regie-blok' : ''} (${zekerheidWoord(r.zekerheid)})`,
        regelnummers: r.feiten.map(regelnummerVan)
    };
}

export function redenering(p: GovernanceProfile): Redenering {
    const regie = regieBewering(p);
    return { opvatting: opvattingBeweringen(p), type: typeBeweringen(p), ...(regie ? { regie } : {}) };
}

/** Sentences: each claim with its lines, ending in a full stop; first letter a capital. */
export function alsZinnen(beweringen: readonly Bewering[]): string {
    const zinnen: string[] = [];
    let lopend = '';
    for (const b of beweringen) {
        const deel = metRegelnummers(b);
        // Claims that start with a lower-case "in" continue the previous sentence, as in "In de verkenning governance; in de uitvoering meer NPM."
        if (lopend && /^in /.test(deel)) lopend += `; ${deel}`;
        else {
            if (lopend) zinnen.push(`${lopend}.`);
            lopend = deel;
        }
    }
    if (lopend) zinnen.push(`${lopend}.`);
    return zinnen.map(z => z.charAt(0).toUpperCase() + z.slice(1)).join(' ');
}

/** The whole reasoning as one paragraph per part. */
export function redeneringAlinea(p: GovernanceProfile): string[] {
    const r = redenering(p);
    return [alsZinnen(r.opvatting), alsZinnen(r.type), r.regie ? alsZinnen([r.regie]) : ''].filter(Boolean);
}
