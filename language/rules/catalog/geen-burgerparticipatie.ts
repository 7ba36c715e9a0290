import { WOORDENSCHAT } from '../../framework/vocabulary.js';
import { regel } from '../rule-types.js';

const rang = (niveau: string) => (WOORDENSCHAT.ParticipatieNiveau as Record<string, { rang?: number }>)[niveau]?.rang ?? 0;

export const geenBurgerparticipatie = regel({
    id: 'geen-burgerparticipatie',
    standaard: 'info',
    titel: 'In geen enkele fase gaat burgerparticipatie verder dan informeren.',
    bron: 'R1 §5.2 concl. 3',
    berichten: {
        geen: 'In geen enkele fase van {{gemeente}} staat hoe burgers meedoen. Dan ontbreekt hun kennis van de eigen situatie; beschrijf waar zij adviseren, worden geraadpleegd of meebeslissen.',
        informeren: 'Burgers worden in {{gemeente}} alleen geïnformeerd, in geen enkele fase doen zij meer. Dan ontbreekt hun kennis van de eigen situatie; beschrijf waar zij adviseren, worden geraadpleegd of meebeslissen.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            if (!g.name || feiten.fasen.length === 0) return;
            const participatie = feiten.van('participatie');
            if (participatie.some(p => rang(p.kern) > 0)) return;
            // Point at what is written (informeren) where there is something; else at the name.
            if (participatie.length > 0) ctx.meldBij(participatie[0], 'informeren', { data: { gemeente: g.name } });
            else ctx.meld(g, 'geen', { property: 'name', data: { gemeente: g.name } });
        }
    }
});
