import type { Kennisbron } from '../../generated/ast.js';
import { INGREDIENTEN, type GovernanceTypeId, type IngredientId } from '../../framework/governance-types.js';
import { KENNISNETWERKEN } from '../../framework/inference-tables.js';
import { begrip, WOORDENSCHAT, type Begrip, type Categorie } from '../../framework/vocabulary.js';
import type { Feit } from '../../inference/facts.js';
import type { IngredientStem } from '../../inference/profile-types.js';
import { opsomming, typeLabel } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

/** Whether values named for one ingredient point to the type at all (as core or as trait, R1 fig. 2). */
function wijstNaar(type: GovernanceTypeId, ingredient: IngredientId, feiten: Feit[], participatie: Feit[]): boolean {
    if (ingredient === 'kennisbron') {
        // The network the sources form depends on how far citizens take part (R1 §2.2 element 3 and 4).
        const bronnen = new Set(feiten.map(f => f.kern as Kennisbron));
        const rangen = participatie.map(f => begrip('ParticipatieNiveau', f.kern)?.rang).filter((r): r is number => r !== undefined);
        const rang = rangen.length ? Math.max(...rangen) : undefined;
        return KENNISNETWERKEN.some(n => n.typen[type] !== undefined && n.past(bronnen, rang));
    }
    if (ingredient === 'participatie') {
        // Participation is a ladder (R1 §2.2 element 4): reaching the type's rung or going beyond it moves towards it.
        const rang = (w: string) => (WOORDENSCHAT.ParticipatieNiveau as Record<string, Begrip>)[w]?.rang ?? -1;
        const trede = Object.entries(WOORDENSCHAT.ParticipatieNiveau as Record<string, Begrip>).find(([, b]) => b.typen?.[type] === 'kern')?.[0];
        return trede !== undefined && feiten.some(f => rang(f.kern) >= rang(trede));
    }
    const categorie: Categorie = ingredient === 'rol' ? 'GemeenteRol' : 'Verantwoordelijkheid';
    return feiten.some(f => begrip(categorie, f.kern)?.typen?.[type] !== undefined);
}

/** What is written now for one ingredient, each value once; knowledge sources as the network they form. */
function geschreven(v: IngredientStem): string {
    return opsomming([...new Set([...v.stemmen, ...v.neutraal].map(st => st.feit.soort === 'regie' ? `regie ${st.feit.categorie} ${st.feit.waarde}`
        : st.feit.soort === 'kennisbron' && st.noot ? st.noot : st.feit.waarde))]);
}

const AMBITIE_SOORT: Record<IngredientId, Feit['soort']> = {
    verantwoordelijkheid: 'ambitie-verantwoordelijkheid', rol: 'ambitie-rol', kennisbron: 'ambitie-kennisbron', participatie: 'ambitie-participatie'
};

export const ambitieTypeAfwijkend = regel({
    id: 'ambitie-type-afwijkend',
    standaard: 'info',
    titel: 'De ambitie noemt een governancetype waar de ambitie zelf (rol, participatie, verantwoordelijkheid, kennisbron) niet naartoe beweegt.',
    bron: 'R1 §2.2 fig. 2',
    berichten: {
        beweegtNiet: 'De ambitie is {{type}}, maar niet alles beweegt die kant op: {{achter}}. Beschrijf in de ambitie ook hoe die ingrediënten veranderen, of kies een type dat erbij past.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const ambitieType = feiten.van('ambitie-type')[0];
            if (!ambitieType) return;
            const type = ambitieType.kern as GovernanceTypeId;
            const nu = ctx.profiel(g).governancetype;
            const achter: string[] = [];
            for (const info of INGREDIENTEN) {
                const genoemd = feiten.van(AMBITIE_SOORT[info.id]);
                if (genoemd.length > 0) {
                    if (!wijstNaar(type, info.id, genoemd, feiten.van('ambitie-participatie'))) achter.push(`voor de ${info.label} noemt de ambitie ${opsomming(genoemd.map(f => f.waarde))}`);
                    continue;
                }
                const stem = nu.ingredienten.find(v => v.ingredient === info.id)!;
                if (stem.stemmen.length > 0 && stem.verdeling[type] === 0) achter.push(`${info.label} blijft ${geschreven(stem)}`);
            }
            if (achter.length === 0) return;
            ctx.meldBij(ambitieType, 'beweegtNiet', { data: { type: typeLabel(type), achter: achter.join('; ') } });
        }
    }
});
