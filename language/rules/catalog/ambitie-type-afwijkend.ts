import { INGREDIENTEN, type GovernanceTypeId, type IngredientId } from '../../framework/governance-types.js';
import { begrip } from '../../framework/vocabulary.js';
import { typeLabel } from '../../inference/infer-profile.js';
import { eerste, gemeenteVan } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

/** An ingredient "moves towards" a type when its value fits that type at least this well. */
const PAST = 0.5;

export const ambitieTypeAfwijkend: Regel = {
    id: 'ambitie-type-afwijkend',
    standaard: 'info',
    titel: 'De ambitie noemt een governancetype waar de ambitie zelf (rol, participatie, verantwoordelijkheid, kennisbron) niet naartoe beweegt.',
    bron: 'R1 §2.2',
    checks: {
        Ambitie: (a, ctx) => {
            const type = eerste(a.governancetype) as GovernanceTypeId | undefined;
            const gemeente = gemeenteVan(a);
            if (!type || !gemeente) return;
            const p = ctx.profiel(gemeente);
            const nu = (id: IngredientId) => p.governancetype.ingredienten.find(i => i.ingredient === id)!;
            const achter: string[] = [];
            const toets = (id: IngredientId, waarden: string[], categorie: 'ParticipatieNiveau' | 'GemeenteRol' | 'Verantwoordelijkheid' | 'Kennisbron') => {
                const label = INGREDIENTEN.find(i => i.id === id)!.label;
                if (waarden.length > 0) {
                    const passend = Math.max(...waarden.map(w => begrip(categorie, w)?.affiniteit?.[type] ?? 0));
                    if (passend < PAST) achter.push(`${label}: de ambitie noemt ${waarden.join(', ')}`);
                } else if (nu(id).feiten.length > 0 && nu(id).scores[type] < PAST) {
                    achter.push(`${label} blijft ${[...new Set(nu(id).feiten.map(f => f.waarde).filter(w => !w.includes('+')))].join(', ')}`);
                }
            };
            toets('participatie', a.burgerparticipatie, 'ParticipatieNiveau');
            toets('rol', a.rol, 'GemeenteRol');
            toets('verantwoordelijkheid', a.verantwoordelijkheid, 'Verantwoordelijkheid');
            toets('kennisbron', a.kennisbronnen, 'Kennisbron');
            if (achter.length === 0) return;
            ctx.meld(a, `De ambitie is ${typeLabel(type)}, maar niet alles beweegt die kant op: ${achter.join('; ')}. Beschrijf in de ambitie ook hoe die ingrediënten veranderen, of kies een type dat erbij past (R1 §2.2).`,
                { property: 'governancetype', index: 0 });
        }
    }
};
