import { geldigeFasen, gemeenteVan } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

export const onbekostigdeUitvoerder: Regel = {
    id: 'onbekostigde-uitvoerder',
    standaard: 'info',
    titel: 'Een partij is uitvoerder of opdrachtnemer in de uitvoering, maar wordt nergens bekostigd.',
    bron: 'R2 §4.2 concl. 9',
    checks: {
        PartijRol: (r, ctx) => {
            if (r.$container.soort !== 'uitvoering' || (r.rol !== 'uitvoerder' && r.rol !== 'opdrachtnemer')) return;
            const partij = r.partij?.ref;
            const g = gemeenteVan(r);
            if (!partij || !g) return;
            if (geldigeFasen(g).some(f => f.bekostigingen.some(b => b.partij?.ref === partij))) return;
            ctx.meld(r, `${partij.name} voert uit, maar in geen enkele fase staat hoe deze partij bekostigd wordt. Een gemeente heeft weinig grip op organisaties die zij niet financiert; leg vast hoe dit geregeld is, ook als het om niet is (R2 §4.2 concl. 9).`, { property: 'partij' });
        }
    }
};
