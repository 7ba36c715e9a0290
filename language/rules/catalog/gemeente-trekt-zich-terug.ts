import { AstUtils, GrammarUtils } from 'langium';
import { isGemeente } from '../../generated/ast.js';
import { begrip, labelVan } from '../../framework/vocabulary.js';
import type { Feit } from '../../inference/facts.js';
import { fase } from '../../util/ast-util.js';
import { actie, vervang, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

/** Municipal roles with which it leads an exploration. */
const LEIDT = new Set(['regisseur', 'ruimte-latende-regisseur', 'dirigent', 'opdrachtgever', 'coproducent']);
/** Roles with which the municipality only stands aside. */
const OP_AFSTAND = new Set(['facilitator', 'bemiddelaar']);

/** Money from the municipality itself: a funding line without a stream, or from a municipal stream; not unpaid participation. */
function gemeenteBetaalt(b: Feit): boolean {
    if (b.kern === 'om-niet') return false;
    return !b.geldstroom || begrip('Geldstroom', b.geldstroom)?.financier === 'gemeente';
}

export const gemeenteTrektZichTerug = regel({
    id: 'gemeente-trekt-zich-terug',
    standaard: 'waarschuwing',
    titel: 'De gemeente trekt de verkenning, maar is in de uitvoering alleen nog facilitator of bemiddelaar: zij monitort niet en bekostigt niets.',
    bron: 'R2 hfst. 3; R2 §4.2 concl. 9',
    aanbeveling: 'rollen-per-fase',
    berichten: {
        terug: 'De gemeente trekt de verkenning als {{rol}}, maar in de uitvoering {{nu}}, {{monitoring}} en betaalt zij niets. Partners rekenen op haar: beschrijf wat zij daar blijft doen.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const verkenning = feiten.fase('verkenning');
            const uitvoering = feiten.fase('uitvoering');
            const trekker = verkenning?.van('rol').find(r => LEIDT.has(r.kern));
            if (!verkenning || !uitvoering || !trekker) return;
            const rollen = uitvoering.van('rol');
            if (rollen.some(r => !OP_AFSTAND.has(r.kern))) return;
            // Who monitors execution: the phase's own line, its regie block, or the gemeente's regie block.
            const monitoring = uitvoering.van('monitoring')[0]
                ?? uitvoering.regie.find(r => r.categorie === 'monitoring')
                ?? feiten.regie.find(r => r.categorie === 'monitoring');
            if (monitoring && monitoring.kern !== 'actoren') return;
            // Funding for execution is usually written where it is agreed, in the kaderstelling.
            const bekostiging = [...(feiten.fase('kaderstelling')?.van('bekostiging') ?? []), ...uitvoering.van('bekostiging')];
            if (bekostiging.some(gemeenteBetaalt)) return;
            const data = {
                rol: labelVan('GemeenteRol', trekker.waarde),
                nu: rollen.length ? `is zij alleen ${rollen.map(r => r.waarde).join(' en ')}` : 'staat geen rol voor haar',
                monitoring: monitoring ? 'monitoren de partijen zelf' : 'monitort niemand'
            };
            if (rollen.length) ctx.meldBij(rollen[0], 'terug', { data });
            else ctx.meld(uitvoering.nodes[0], 'terug', { property: 'soort', data });
        }
    },
    // The smallest step back to a clear role: monitor together with the partners (R1 §2.3 fig. 3).
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        const uitvoering = gemeente && fase(gemeente, 'uitvoering');
        if (!uitvoering?.$cstNode) return [];
        const titel = "Laat de gemeente samen met de partijen monitoren: 'monitoring gezamenlijk'";
        const waarde = GrammarUtils.findNodesForProperty(uitvoering.$cstNode, 'monitoring')[0];
        const edit = waarde ? vervang(waarde.range, 'gezamenlijk') : voegToeAanEind(ctx.document, uitvoering, 'monitoring gezamenlijk');
        return edit ? [actie(titel, ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
});
