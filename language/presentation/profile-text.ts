import { opvatting } from '../framework/conceptions.js';
import { GOVERNANCE_TYPE_IDS, INGREDIENTEN, model, type ModelId } from '../framework/governance-types.js';
import { REGIEROL_IDS, REGIEROL_LABEL } from '../framework/regie.js';
import { procent, telt, typeLabel } from '../inference/infer-profile.js';
import type { GovernanceProfile, IngredientScore } from '../inference/profile-types.js';

/**
 * Words for a profile, shared by hover, code lens, diagnostics and the CLI so that every place
 * says the same thing in the same way.
 */

/** "netwerksturing, met trekjes van integrale beleidssturing" */
export function typeZin(p: GovernanceProfile): string {
    const t = p.governancetype;
    if (!t.primair) return 'nog niet te bepalen (te weinig gegevens over verantwoordelijkheid, rollen, kennisbronnen en burgerparticipatie)';
    let zin = typeLabel(t.primair);
    if (t.secundair) zin += `, met trekjes van ${typeLabel(t.secundair)}`;
    if (t.dichterBij) zin += `; ligt dichter bij ${typeLabel(t.dichterBij)}`;
    return zin;
}

export function opvattingZin(p: GovernanceProfile): string {
    return p.opvatting.geheel ? opvatting(p.opvatting.geheel).label : 'onbepaald';
}

export function niveauZin(p: GovernanceProfile): string {
    const s = p.sturingOp;
    if (!s.huidig && !s.ambitie) return 'niet opgegeven';
    const nu = s.huidig ?? 'niet opgegeven';
    if (!s.ambitie) return `${nu} (geen ambitie opgegeven)`;
    if (s.kloof === undefined) return `nu ${nu}, ambitie ${s.ambitie}`;
    if (s.kloof === 0) return `${nu}, en dat is ook de ambitie`;
    const stappen = Math.abs(s.kloof) === 1 ? '1 stap' : `${Math.abs(s.kloof)} stappen`;
    return `${nu} → ambitie ${s.ambitie} (${stappen} ${s.kloof > 0 ? 'richting outcome' : 'terug richting input'})`;
}

export function cyclusZin(p: GovernanceProfile): string {
    const c = p.cyclus;
    if (c.soort === 'groot') return 'volledig: alle vier fasen';
    if (c.soort === 'klein') return `kleine cyclus: ${c.ontbrekend.join(' en ')} ${werkwoord(c.ontbrekend)}`;
    return c.aanwezig.length === 0 ? 'nog geen fasen beschreven' : `onvolledig: ${c.ontbrekend.join(', ')} ${werkwoord(c.ontbrekend)}`;
}

export function regieZin(p: GovernanceProfile): string {
    if (p.regie.aantal === 0) return 'geen regie-blok';
    const telling = REGIEROL_IDS.map(r => `${p.regie.telling[r]} × ${REGIEROL_LABEL[r]}`).join(', ');
    return `${p.regie.typering} (${telling})`;
}

/** The governance types by score, highest first: "netwerksturing 69% · integrale beleidssturing 47% · …" */
export function scoresZin(p: GovernanceProfile, ids: readonly ModelId[] = GOVERNANCE_TYPE_IDS): string {
    return [...ids].sort((a, b) => p.governancetype.scores[b] - p.governancetype.scores[a])
        .map(id => `${model(id).label} ${procent(p.governancetype.scores[id])}`).join(' · ');
}

/** What the advisor wrote for one ingredient, with counts: "regisseur (3×), facilitator". */
export function geschrevenZin(i: IngredientScore): string {
    const telling = new Map<string, number>();
    for (const f of i.feiten) {
        if (f.waarde.includes('+')) continue; // combination facts are derived, not written
        telling.set(f.waarde, (telling.get(f.waarde) ?? 0) + 1);
    }
    return [...telling.entries()].map(([w, n]) => n > 1 ? `${w} (${n}×)` : w).join(', ') || '—';
}

/** The governance type one ingredient points to most. */
export function ingredientRichting(i: IngredientScore): string {
    if (!i.feiten.some(telt)) return '—';
    const beste = [...GOVERNANCE_TYPE_IDS].sort((a, b) => i.scores[b] - i.scores[a])[0];
    return `${model(beste).label} (${procent(i.scores[beste])})`;
}

/** The profile table of R1 Fig. 5, in Markdown. */
export function profielTabel(p: GovernanceProfile): string {
    const regels = ['| ingrediënt | wat er staat | wijst vooral op |', '|---|---|---|'];
    for (const info of INGREDIENTEN) {
        const i = p.governancetype.ingredienten.find(x => x.ingredient === info.id)!;
        regels.push(`| ${info.label} | ${geschrevenZin(i)} | ${ingredientRichting(i)} |`);
    }
    return regels.join('\n');
}


/** "ontbreekt" or "ontbreken". */
export function werkwoord(items: readonly unknown[]): string {
    return items.length > 1 ? 'ontbreken' : 'ontbreekt';
}
