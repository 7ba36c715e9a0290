import { fase, gemeenteVan } from '../../util/ast-util.js';
import { actie, vervang } from '../edits.js';
import type { Regel } from '../rule-types.js';

export const concurrentieNaAdvies: Regel = {
    id: 'concurrentie-na-advies',
    standaard: 'waarschuwing',
    titel: 'Een partij die in de verkenning adviseert of meedenkt, moet in de kaderstelling meedingen in een open aanbesteding.',
    bron: 'R2 §2.1',
    checks: {
        Instrument: (i, ctx) => {
            if (i.soort !== 'open-aanbesteding' || i.$container.soort !== 'kaderstelling') return;
            const gemeente = gemeenteVan(i);
            const verkenning = gemeente && fase(gemeente, 'verkenning');
            const adviseurs = verkenning?.partijRollen.filter(r => r.rol === 'adviseur' || r.rol === 'meedenker').map(r => r.partij?.$refText).filter(Boolean) ?? [];
            if (adviseurs.length === 0) return;
            const wie = adviseurs.length === 1 ? `${adviseurs[0]} denkt` : `${adviseurs.join(', ')} denken`;
            ctx.meld(i, `${wie} in de verkenning mee, maar ${adviseurs.length === 1 ? 'moet' : 'moeten'} in de kaderstelling meedingen in een open aanbesteding. Wie later moet concurreren, houdt kennis achter tijdens de verkenning (R2 §2.1). Overweeg een bestuurlijke aanbesteding onder de betrokken partijen.`,
                { property: 'soort' });
        }
    },
    herstel: ctx => [actie('Vervang door bestuurlijke-aanbesteding', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'bestuurlijke-aanbesteding')], true)]
};
