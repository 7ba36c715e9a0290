import { eerste, gemeenteVan } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';
import { typeVermeldingen } from './type-bronnen.js';

export const frontlijnZonderRegelruimte: Regel = {
    id: 'frontlijn-zonder-regelruimte',
    standaard: 'waarschuwing',
    titel: 'Frontlijnsturing (opgegeven, afgeleid of als ambitie) terwijl een team weinig regelruimte heeft.',
    bron: 'R1 §1.1 (VNG-criteria); §2.2',
    checks: {
        Team: (t, ctx) => {
            if (eerste(t.regelruimte) !== 'laag') return;
            const g = gemeenteVan(t);
            if (!g) return;
            const v = typeVermeldingen(g, ctx.profiel(g), ['frontlijnsturing'])[0];
            if (!v) return;
            ctx.meld(t, `Team ${t.name} heeft weinig regelruimte, terwijl ${v.bijzin}. Bij frontlijnsturing ligt het zwaartepunt bij de uitvoerders; zij hebben ruimte nodig om zelf te beslissen (R1 §1.1, VNG-criteria; §2.2).`,
                { property: 'regelruimte', index: 0 });
        }
    }
};
