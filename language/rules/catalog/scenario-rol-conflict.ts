import { eerste, geldigeFasen } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

const STRAK = ['dirigent', 'regelaar', 'opdrachtgever'];

export const scenarioRolConflict: Regel = {
    id: 'scenario-rol-conflict',
    standaard: 'waarschuwing',
    titel: 'De verantwoordelijkheid ligt bij burgers terwijl de gemeente overal strak stuurt, of bij de gemeente alleen terwijl zij alleen bemiddelt.',
    bron: 'R1 §2.2 element 1 en 2',
    checks: {
        Gemeente: (g, ctx) => {
            const verantwoordelijkheid = eerste(g.verantwoordelijkheid);
            const metRollen = geldigeFasen(g).filter(f => f.rollen.length > 0);
            if (!verantwoordelijkheid || metRollen.length === 0) return;
            const rollen = metRollen.flatMap(f => f.rollen);
            if ((verantwoordelijkheid === 'burgers-en-professionals' || verantwoordelijkheid === 'individuele-burger') && rollen.every(r => STRAK.includes(r))) {
                ctx.meld(g, `De verantwoordelijkheid ligt bij ${verantwoordelijkheid === 'individuele-burger' ? 'de individuele burger' : 'burgers en professionals'}, maar in elke fase is de gemeente ${[...new Set(rollen)].join('/')}. Wie verantwoordelijkheid krijgt, heeft ook ruimte nodig; een strak sturende gemeente past bij een scenario waarin zij zelf aan het roer staat (R1 §2.2, element 1 en 2).`,
                    { property: 'verantwoordelijkheid', index: 0 });
            } else if (verantwoordelijkheid === 'gemeente' && rollen.every(r => r === 'bemiddelaar')) {
                ctx.meld(g, 'De gemeente draagt de verantwoordelijkheid alleen, maar bemiddelt in elke fase alleen. Een bemiddelaar laat de inhoud aan anderen; wie alleen verantwoordelijk is, stuurt meestal zelf als regisseur of dirigent (R1 §2.2, element 1 en 2).',
                    { property: 'verantwoordelijkheid', index: 0 });
            }
        }
    }
};
