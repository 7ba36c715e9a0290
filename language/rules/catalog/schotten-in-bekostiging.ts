import { geldigeFasen, gemeenteVan } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

export const schottenInBekostiging: Regel = {
    id: 'schotten-in-bekostiging',
    standaard: 'info',
    titel: 'De leden van één team worden via verschillende bekostigingsmodellen betaald.',
    bron: 'R2 §4.2 concl. 5 en 9',
    checks: {
        Team: (t, ctx) => {
            const g = gemeenteVan(t);
            if (!g || t.leden.length < 2) return;
            const perLid = t.leden.map(lid => {
                const modellen = [...new Set(geldigeFasen(g).flatMap(f => f.bekostigingen.filter(b => b.partij?.ref && b.partij.ref === lid?.ref).map(b => b.model)))];
                return { naam: lid?.$refText, modellen };
            }).filter(x => x.modellen.length > 0);
            const alle = new Set(perLid.flatMap(x => x.modellen));
            if (alle.size < 2) return;
            ctx.meld(t, `De leden van team ${t.name} worden verschillend bekostigd (${perLid.map(x => `${x.naam}: ${x.modellen.join('/')}`).join(', ')}). Gescheiden geldstromen en verantwoordingslijnen maken samenwerken in één team lastiger (R2 §4.2 concl. 5 en 9).`, { property: 'name' });
        }
    }
};
