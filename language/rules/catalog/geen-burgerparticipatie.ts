import { AstUtils, GrammarUtils } from 'langium';
import { isGemeente, isParticipatie } from '../../generated/ast.js';
import { rangVan, waarden } from '../../framework/vocabulary.js';
import { fase, geldigeFasen } from '../../util/ast-util.js';
import { actie, keuze, sjabloon, vervang, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

const rang = (niveau: string) => rangVan('ParticipatieNiveau', niveau) ?? 0;

export const geenBurgerparticipatie = regel({
    id: 'geen-burgerparticipatie',
    standaard: 'info',
    titel: 'In geen enkele fase gaat burgerparticipatie verder dan informeren.',
    bron: 'R1 §5.2 concl. 3',
    aanbeveling: 'burgers',
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
    },
    // A template with the forms above informing to choose from: what citizens do is for the advisor to say.
    herstel: ctx => {
        const hoger = keuze(waarden('ParticipatieNiveau').filter(n => rang(n) > 0));
        const participatie = AstUtils.getContainerOfType(ctx.node, isParticipatie);
        const niveau = participatie?.$cstNode && GrammarUtils.findNodeForProperty(participatie.$cstNode, 'niveau');
        if (niveau) return [actie('Kies een verdere vorm van burgerparticipatie', ctx.document, ctx.diagnostic, [sjabloon(vervang(niveau.range, hoger))], true)];
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        const blok = gemeente && (fase(gemeente, 'verkenning') ?? geldigeFasen(gemeente)[0]);
        const edit = blok && voegToeAanEind(ctx.document, blok, `burgerparticipatie ${hoger}`);
        return edit ? [actie(`Beschrijf hoe burgers meedoen in de ${blok!.soort}`, ctx.document, ctx.diagnostic, [sjabloon(edit)], true)] : [];
    }
});
