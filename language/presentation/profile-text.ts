import type { FaseSoort } from '../generated/ast.js';
import { OPVATTING_IDS, opvatting as opvattingInfo, opvattingRij, type Opvatting } from '../framework/conception-model.js';
import { INGREDIENTEN, model, type ModelId } from '../framework/governance-type-model.js';
import { REGIEROL_IDS, REGIEROL_LABEL } from '../framework/regie-model.js';
import type { Feit } from '../inference/facts.js';
import type {
    Bewijs, FaseOpvatting, GovernanceProfile, IngredientStem, TypeOordeel, TypeStemBron, Zekerheid
} from '../inference/profile-types.js';
import { heeftGegevens } from '../inference/infer-governance-type.js';
import { rijenPerOpvatting } from '../inference/infer-conception.js';

/**
 * Words for a profile, shared by hover, code lens, inlay hints, diagnostics, the summary and the
 * CLI, so that every place says the same thing in the same way. No percentages: certainty is said
 * in words, and numbers appear only as counts ("drie van de vier").
 */

export function typeLabel(id: ModelId | undefined): string {
    return id ? model(id).label : 'onbepaald';
}

export function opvattingLabel(id: Opvatting | undefined): string {
    return id ? opvattingInfo(id).label : 'onbepaald';
}

/** Short name of a conception, for tight places (inlay hints, tables). */
export function opvattingKort(id: Opvatting | undefined): string {
    return id === 'npm' ? 'NPM' : id ?? 'onbepaald';
}

const ZEKERHEID_WOORD: Record<Zekerheid, string> = {
    sterk: 'stevig onderbouwd',
    matig: 'redelijk onderbouwd',
    zwak: 'zwak onderbouwd',
    onvoldoende: 'te weinig gegevens'
};

export function zekerheidWoord(z: Zekerheid): string {
    return ZEKERHEID_WOORD[z];
}

const TELWOORD = ['geen', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];

export function telwoord(n: number): string {
    return TELWOORD[n] ?? String(n);
}

/**
 * The advisor's own words quoted in a message, at most `max` characters (cut at a word, with …), so a long
 * goal or indicator cannot push a finding past what a hover shows; the finding marks the full text anyway.
 */
export function aanhaling(tekst: string | undefined, max = 50): string {
    const t = (tekst ?? '').trim();
    if (t.length <= max) return t;
    const kort = t.slice(0, max - 1);
    const spatie = kort.lastIndexOf(' ');
    return `${(spatie > max / 2 ? kort.slice(0, spatie) : kort).replace(/[\s,;:]+$/, '')}…`;
}

/** "a", "a en b", "a, b en c". */
export function opsomming(items: readonly string[], voegwoord = 'en'): string {
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${voegwoord} ${items[items.length - 1]}`;
}

/** "a", "a of b", "a, b of c". */
export function keuzes(items: readonly string[]): string {
    return opsomming(items, 'of');
}

const FASE_IN: Record<FaseSoort, string> = {
    verkenning: 'de verkenning', kaderstelling: 'de kaderstelling', uitvoering: 'de uitvoering', evaluatie: 'de evaluatie'
};

export function faseNaam(f: FaseSoort): string {
    return FASE_IN[f];
}

export const VOORLOPIG = 'voorlopig: het bestand bevat fouten';

/** The line a fact was written on (1-based). */
export function regelnummerVan(feit: Feit): number {
    return feit.plek.bereik.start.line + 1;
}

/** "r. 12": the line a fact was written on, as a reference in a sentence. */
export function regelnummerTekst(feit: Feit): string {
    return `r. ${regelnummerVan(feit)}`;
}

/** What the advisor wrote, as a short phrase: "gemeente vooral regisseur", "rol Welzijn opdrachtnemer". */
export function feitLabel(feit: Feit): string {
    const partij = feit.partij?.$refText;
    switch (feit.soort) {
        case 'rol': return `gemeente ${feit.mate ? `${feit.mate} ` : ''}${feit.waarde}`;
        case 'partijrol': return `rol ${partij ?? '?'} ${feit.waarde}`;
        case 'bekostiging': return `bekostiging ${partij ?? '?'} ${feit.waarde}${feit.geldstroom ? ` (geldstroom ${feit.geldstroom})` : ''}`;
        case 'participatie': return `burgerparticipatie ${feit.waarde}${partij ? ` via ${partij}` : ''}`;
        case 'regie': return `regie ${feit.categorie} ${feit.waarde}`;
        case 'sturing-op': return `sturing-op ${feit.waarde}`;
        case 'verantwoording': case 'effectmeting': return `${feit.soort} ${feit.waarde}`;
        case 'ambitie-sturing-op': return `ambitie sturing-op ${feit.waarde}`;
        case 'ambitie-bekostiging': return `ambitie bekostiging ${feit.waarde}`;
        case 'ambitie-participatie': return `ambitie burgerparticipatie ${feit.waarde}`;
        case 'ambitie-type': return `ambitie governancetype ${feit.waarde}`;
        case 'ambitie-rol': return `ambitie rol ${feit.waarde}`;
        case 'ambitie-verantwoordelijkheid': return `ambitie verantwoordelijkheid ${feit.waarde}`;
        case 'ambitie-kennisbron': return `ambitie kennisbron ${feit.waarde}`;
        default: return `${feit.soort} ${feit.waarde}`;
    }
}

/** "gemeente regisseur (r. 31, verkenning)". */
export function feitMetPlek(feit: Feit): string {
    return `${feitLabel(feit)} (${regelnummerTekst(feit)}${feit.fase ? `, ${feit.fase}` : ''})`;
}

const INGREDIENT_KORT: Record<TypeStemBron, string> = {
    verantwoordelijkheid: 'verantwoordelijkheid', rol: 'rol van de gemeente', kennisbron: 'kennisbron', participatie: 'burgerparticipatie'
};

/** An ingredient in running text: "de rol van de gemeente", "de burgerparticipatie". */
export function ingredientWoord(id: TypeStemBron): string {
    return `de ${INGREDIENT_KORT[id]}`;
}

function ontbrekendeIngredienten(o: TypeOordeel): string[] {
    return o.ingredienten.filter(v => !heeftGegevens(v))
        .map(v => INGREDIENT_KORT[v.ingredient]);
}

/** "netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering)". */
export function typeZin(p: GovernanceProfile): string {
    const t = p.governancetype;
    const voorlopig = p.voorlopig ? ` (${VOORLOPIG})` : '';
    if (!t.primair && t.zekerheid !== 'onvoldoende') {
        // Evidence enough, but two types are exactly even: say so, and which.
        return t.gelijk.length > 1 ? `nog niet te kiezen: ${opsomming(t.gelijk.map(typeLabel))} wegen even zwaar${voorlopig}`
            : `nog niet te bepalen: ${t.binnen ? `${opvattingLabel(t.binnen)}, maar welk governancetype daarbinnen zegt het bestand niet` : 'de gegevens wijzen verschillende kanten op'}${voorlopig}`;
    }
    if (!t.primair || t.zekerheid === 'onvoldoende') {
        const aanwezig = t.ingredienten.filter(heeftGegevens).map(v => INGREDIENT_KORT[v.ingredient]);
        return `nog niet te bepalen: te weinig gegevens (${aanwezig.length ? `alleen ${opsomming(aanwezig)}` : 'geen van de vier ingrediënten'} beschreven)${voorlopig}`;
    }
    let zin = typeLabel(t.primair);
    // Where the trait shows, unless it shows everywhere.
    const waar = t.secundairIn.length > 0 && t.secundairIn.length < t.fasen.length ? ` (in ${opsomming(t.secundairIn.map(faseNaam))})` : '';
    if (t.secundair) zin += `, met trekjes van ${typeLabel(t.secundair)}${waar}`;
    if (t.dichterBij) zin += `; dicht bij ${typeLabel(t.dichterBij)}`;
    return zin + voorlopig;
}

/** The type in a few words, for an inlay hint or a table cell: "netwerksturing (+ integrale beleidssturing)". */
export function typeKort(p: GovernanceProfile): string {
    const t = p.governancetype;
    const voorlopig = p.voorlopig ? ', voorlopig' : '';
    if (!t.primair && t.zekerheid !== 'onvoldoende') return t.gelijk.length > 1 ? `${opsomming(t.gelijk.map(typeLabel))} even zwaar${voorlopig}` : `type nog niet te bepalen${voorlopig}`;
    if (!t.primair || t.zekerheid === 'onvoldoende') return `type nog niet te bepalen${voorlopig}`;
    return typeLabel(t.primair) + (t.secundair ? ` (+ ${typeLabel(t.secundair)})` : '') + (t.zekerheid === 'zwak' ? ', zwak onderbouwd' : '') + voorlopig;
}

/** How well the type is founded, in words an advisor can check. */
export function onderbouwingZin(o: TypeOordeel): string {
    const ontbreekt = ontbrekendeIngredienten(o);
    const ingr = o.ingredientenMetGegevens === 4 ? 'alle vier ingrediënten hebben gegevens'
        : `${telwoord(o.ingredientenMetGegevens)} van de vier ingrediënten ${o.ingredientenMetGegevens === 1 ? 'heeft' : 'hebben'} gegevens (${opsomming(ontbreekt)} ${ontbreekt.length === 1 ? 'ontbreekt' : 'ontbreken'})`;
    if (o.zekerheid === 'onvoldoende') return `${zekerheidWoord(o.zekerheid)}: ${ingr}; een type is een combinatie van de vier (R1 §2.2)`;
    const binnen = o.binnen ? ` (gekozen binnen ${opvattingKort(o.binnen)}${o.binnen === 'governance' ? '' : ', dat alleen dit type kent'})` : '';
    const stemmen = `${telwoord(o.stemmenEens)} van de ${telwoord(o.ingredientenMetGegevens)} ${o.stemmenEens === 1 ? 'wijst' : 'wijzen'} naar dit type${o.stemmenTegen ? `, ${telwoord(o.stemmenTegen)} naar een ander` : ''}${binnen}`;
    return `${zekerheidWoord(o.zekerheid)}: ${ingr}; ${stemmen}`;
}

export function opvattingZin(p: GovernanceProfile): string {
    const o = p.opvatting;
    if (!o.geheel) return o.fasen.some(f => f.zekerheid !== 'onvoldoende') ? 'gemengd: de fasen wijzen verschillende kanten op' : 'nog niet te bepalen';
    // The short name where brackets follow ("NPM (redelijk onderbouwd)"), never two pairs side by side.
    return `${opvattingKort(o.geheel)} (${zekerheidWoord(o.zekerheid)})`;
}

/** "governance (redelijk onderbouwd: drie van de drie rijen)". */
export function faseOpvattingZin(fo: FaseOpvatting): string {
    if (fo.zekerheid === 'onvoldoende') return 'nog niet te bepalen: noem de rol van de gemeente, de partijen, instrumenten of bekostiging';
    const wie = fo.opvatting ? opvattingKort(fo.opvatting) : 'een mengvorm';
    return `${wie} (${zekerheidWoord(fo.zekerheid)}: ${rijenZin(fo)})`;
}

/**
 * "van de vijf rijen van fig. 1 wijzen er drie deze kant op, één een andere en één is verdeeld"; for a mixed
 * phase, where each row points: "wijzen er twee naar governance, twee naar NPM en één naar government".
 */
function rijenZin(fo: FaseOpvatting): string {
    const n = fo.rijenMetGegevens;
    if (n === 1) return fo.rijenEens === 1 ? 'alleen één rij van fig. 1 zegt er iets over' : 'alleen één rij van fig. 1 zegt er iets over, en die is verdeeld';
    if (!fo.opvatting) {
        const aantal = rijenPerOpvatting(fo);
        const verdeeld = fo.rijen.filter(r => !r.leidt).length;
        const delen = [...OPVATTING_IDS].sort((a, b) => aantal[b] - aantal[a]).filter(o => aantal[o] > 0).map(o => `${telwoord(aantal[o])} naar ${opvattingKort(o)}`);
        if (delen.length === 0) return `van de ${telwoord(n)} rijen van fig. 1 is elke rij verdeeld`;
        if (verdeeld) delen.push(`${telwoord(verdeeld)} ${verdeeld === 1 ? 'is' : 'zijn'} verdeeld`);
        const eerste = delen[0]?.startsWith('één') ? 'wijst er' : 'wijzen er';
        return `van de ${telwoord(n)} rijen van fig. 1 ${eerste} ${opsomming(delen)}`;
    }
    const verdeeld = n - fo.rijenEens - fo.rijenTegen;
    const delen = [`${telwoord(fo.rijenEens)} deze kant op`];
    if (fo.rijenTegen) delen.push(`${telwoord(fo.rijenTegen)} een andere`);
    if (verdeeld) delen.push(`${telwoord(verdeeld)} ${verdeeld === 1 ? 'is' : 'zijn'} verdeeld`);
    return `van de ${telwoord(n)} rijen van fig. 1 ${fo.rijenEens === 1 ? 'wijst er' : 'wijzen er'} ${opsomming(delen)}`;
}

export function niveauZin(p: GovernanceProfile): string {
    const s = p.sturingOp;
    if (!s.huidig && !s.ambitie) return 'niet opgegeven';
    const nu = s.mix.length > 1 ? `een mix van ${opsomming(s.mix)}` : s.huidig ?? 'niet opgegeven';
    if (!s.ambitie) return `${nu} (geen ambitie opgegeven)`;
    if (s.kloof === undefined) return `nu ${nu}, ambitie ${s.ambitie}`;
    if (s.kloof === 0) return `${nu}, en dat is ook de ambitie`;
    const stappen = Math.abs(s.kloof) === 1 ? 'één stap' : `${telwoord(Math.abs(s.kloof))} stappen`;
    return `${nu} → ambitie ${s.ambitie} (${stappen} ${s.kloof > 0 ? 'richting outcome' : 'terug richting input'})`;
}

export function cyclusZin(p: GovernanceProfile): string {
    const c = p.cyclus;
    if (c.soort === 'groot') return 'volledig: alle vier fasen';
    if (c.soort === 'klein') return `alleen de kleine cyclus (kaderstelling en uitvoering): ${opsomming(c.ontbrekend)} ${werkwoord(c.ontbrekend)}`;
    return c.aanwezig.length === 0 ? 'nog geen fasen beschreven' : `onvolledig: ${opsomming(c.ontbrekend)} ${werkwoord(c.ontbrekend)}`;
}

/** "mix van bepalende regisseur en coproducent (5 × bepalende regisseur, 4 × coproducent)". */
export function regieTypering(p: GovernanceProfile, voorHaakjes = false): string | undefined {
    const r = p.regie;
    if (!r.dominant) return undefined;
    // Where brackets follow (the certainty, the counts), the explanation goes after a comma: one pair of brackets.
    if (r.ruimteLatend) return voorHaakjes ? 'ruimte latende regisseur, vooral coproducent' : 'ruimte latende regisseur (vooral coproducent)';
    if (r.tweede) return `mix van ${REGIEROL_LABEL[r.dominant]} en ${REGIEROL_LABEL[r.tweede]}`;
    return REGIEROL_LABEL[r.dominant];
}

export function regieZin(p: GovernanceProfile): string {
    const r = p.regie;
    if (r.herkomst === 'geen') return 'niet beschreven (geen regie-blok)';
    const telling = REGIEROL_IDS.filter(k => r.telling[k] > 0).map(k => `${r.telling[k]} × ${REGIEROL_LABEL[k]}`).join(', ');
    const herkomst = r.herkomst === 'fasen' ? ', afgeleid uit de fasen; er is geen regie-blok' : '';
    return `${regieTypering(p, true)} (${telling}; ${zekerheidWoord(r.zekerheid)}${herkomst})`;
}

/** What the advisor wrote for one ingredient, with counts: "regisseur (3×), facilitator". */
export function geschrevenZin(v: IngredientStem): string {
    const telling = new Map<string, number>();
    for (const s of [...v.stemmen, ...v.neutraal]) {
        // Knowledge sources count together, as the network they form.
        const w = s.feit.soort === 'regie' ? `regie ${s.feit.waarde}` : s.feit.soort === 'kennisbron' && s.noot ? s.noot : s.feit.waarde;
        telling.set(w, (telling.get(w) ?? 0) + 1);
    }
    return [...telling.entries()].map(([w, n]) => n > 1 ? `${w} (${n}×)` : w).join(', ') || '—';
}

/** The governance type(s) one voice points to most. */
export function ingredientRichting(v: IngredientStem): string {
    const l = v.wijstOp;
    if (l.length === 0) return '—';
    return l.length === 1 ? typeLabel(l[0]) : `${opsomming(l.map(typeLabel))} gelijk`;
}

/** The profile table of R1 Fig. 5, in Markdown: ingredient | what is written | points to. */
export function profielTabel(p: GovernanceProfile): string {
    const regels = ['| ingrediënt | wat er staat | wijst vooral op |', '|---|---|---|'];
    for (const info of INGREDIENTEN) {
        const v = p.governancetype.ingredienten.find(x => x.ingredient === info.id)!;
        regels.push(`| ${info.label} | ${geschrevenZin(v)} | ${ingredientRichting(v)} |`);
    }
    return regels.join('\n');
}

/** The rows of Fig. 1 of one phase, in Markdown: row | what is written | points to. */
export function rijenTabel(fo: FaseOpvatting): string {
    const regels = ['| rij (fig. 1) | wat er staat | wijst op |', '|---|---|---|'];
    for (const r of fo.rijen) {
        const geschreven = r.stemmen.map(s => `${feitLabel(s.feit)}${fo.samenMet && s.feit.fase !== fo.fase ? ` (${s.feit.fase})` : ''}`).join('; ');
        regels.push(`| ${opvattingRij(r.rij).label} | ${geschreven} | ${r.wijstOp.map(opvattingKort).join(' / ') || '—'} |`);
    }
    for (const s of fo.neutraal) regels.push(`| — | ${feitLabel(s.feit)} | telt niet mee: ${s.noot ?? 'zegt niets over de opvatting'} |`);
    return regels.join('\n');
}

function bewijsZin(b: Bewijs): string {
    const naar = opsomming(b.wijstOp.map(typeLabel)) || 'geen type';
    if (b.feit && b.bron === 'kennisbron') return `kennisbron ${b.noot ?? b.feit.waarde} (${regelnummerTekst(b.feit)}, ${b.feit.fase}) → ${naar}`;
    if (b.feit) return `${feitMetPlek(b.feit)} → ${naar}`;
    return `${faseNaam(b.fase!)} is ${opvattingKort(b.opvatting)} → ${naar}`;
}

/**
 * Why the primary type, as lines an advisor can check against the file: first what points towards
 * it, then what points away, at most `max` of each.
 */
export function waaromZinnen(p: GovernanceProfile, max = 4): string[] {
    const t = p.governancetype;
    if (!t.primair) return [];
    const regels: string[] = [];
    const voor = p.waarom.voor.slice(0, max).map(bewijsZin);
    const tegen = p.waarom.tegen.slice(0, max).map(bewijsZin);
    if (voor.length) regels.push(`voor ${typeLabel(t.primair)}: ${voor.join('; ')}`);
    if (tegen.length) regels.push(`wijst een andere kant op: ${tegen.join('; ')}`);
    return regels;
}

export function werkwoord(items: readonly unknown[]): string {
    return items.length > 1 ? 'ontbreken' : 'ontbreekt';
}

