import { WOORDENSCHAT } from '../../framework/vocabulary.js';
import { geldigeFasen } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

export const geenBurgerparticipatie: Regel = {
    id: 'geen-burgerparticipatie',
    standaard: 'info',
    titel: 'In geen enkele fase gaat burgerparticipatie verder dan informeren.',
    bron: 'R1 §5.2 concl. 3',
    checks: {
        Gemeente: (g, ctx) => {
            const fasen = geldigeFasen(g);
            if (!g.name || fasen.length === 0) return;
            const boven = fasen.some(f => f.participatie.some(p => (WOORDENSCHAT.ParticipatieNiveau[p.niveau]?.rang ?? 0) > 0));
            if (boven) return;
            ctx.meld(g, `In geen enkele fase van ${g.name} doen burgers meer dan geïnformeerd worden. Dat komt vaak voor, maar dan ontbreekt hun kennis van de eigen situatie; beschrijf waar zij adviseren, worden geraadpleegd of meebeslissen (R1 §5.2 concl. 3).`, { property: 'name' });
        }
    }
};
