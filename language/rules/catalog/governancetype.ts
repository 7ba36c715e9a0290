import { onderbouwingZin, typeZin } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

export const governancetype = regel({
    id: 'governancetype',
    standaard: 'info',
    titel: 'Het afgeleide governancetype van de gemeente, met hoe goed het onderbouwd is (de uitleg staat in de hover).',
    bron: 'R1 §2.2 fig. 2',
    leest: ['governancetype'],
    berichten: {
        type: 'Afgeleid governancetype: {{type}}; {{onderbouwing}}.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            if (!g.name) return;
            const p = ctx.profiel(g);
            // No type leads (two score the same): there is no type to name; the hover explains the tie.
            if (!p.governancetype.primair) return;
            ctx.meld(g, 'type', { property: 'name', data: { type: typeZin(p), onderbouwing: onderbouwingZin(p.governancetype).split(':')[0] } });
        }
    }
});
