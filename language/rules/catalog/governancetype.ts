import { onderbouwingZin, typeZin } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

export const governancetype = regel({
    id: 'governancetype',
    standaard: 'info',
    titel: 'Het afgeleide governancetype van de gemeente, met hoe goed het onderbouwd is (de uitleg staat in de hover).',
    bron: 'R1 §2.2 fig. 2',
    // Information about the inferred type, not a problem: no recommendation answers it.
    aanbeveling: null,
    berichten: {
        type: 'Afgeleid governancetype: {{type}}; {{onderbouwing}}.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            if (!g.name) return;
            const p = ctx.profiel(g);
            // It reports the profile, weak or firm, with its certainty; with too little to go on, or two types
            // that weigh the same, there is no type to name (the hover explains why).
            if (!p.governancetype.primair || p.governancetype.zekerheid === 'onvoldoende') return;
            ctx.meld(g, 'type', { property: 'name', data: { type: typeZin(p), onderbouwing: onderbouwingZin(p.governancetype).split(':')[0] } });
        }
    }
});
