import { AstUtils, GrammarUtils } from 'langium';
import { isFase, isGemeente } from '../../generated/ast.js';
import { begrip } from '../../framework/vocabulary.js';
import type { GemeenteFeiten } from '../../inference/facts.js';
import { actie, vervang, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

/** Municipal roles that explore together with the parties (R1 §2.4 phase 1: regisseur with coproducent elements). */
const SAMEN_VERKENNEN = new Set(['regisseur', 'ruimte-latende-regisseur', 'coproducent', 'gesprekspartner']);
/** Party roles of a joint exploration: they bring in their knowledge. */
const MEEDENKEN = new Set(['adviseur', 'meedenker', 'partner', 'belanghebbende']);

/** The exploration was joint: the municipality explored as regisseur or partner, and parties thought along. */
export function gezamenlijkeVerkenning(feiten: GemeenteFeiten): boolean {
    const verkenning = feiten.fase('verkenning');
    return !!verkenning
        && verkenning.van('rol').some(r => SAMEN_VERKENNEN.has(r.kern) || begrip('GemeenteRol', r.waarde)?.regieKolom === 'coproducent')
        && verkenning.van('partijrol').some(r => MEEDENKEN.has(r.kern));
}

export const fuik = regel({
    id: 'fuik',
    standaard: 'info',
    titel: 'Na een gezamenlijke verkenning wordt de gemeente opdrachtgever en stelt zij de eisen niet samen met de partijen op: de "opdrachtgeversfuik".',
    bron: 'R1 §4.3–4.4, §5.3',
    berichten: {
        eisenAlleen: 'De gemeente verkende samen met {{partners}}, maar stelt als opdrachtgever de eisen nu alleen op. Zo raakt zij in de opdrachtgeversfuik: van samen zoeken naar eisen opleggen aan wie net meedacht. Stel de eisen samen met de uitvoerende partijen op, dan houdt de contractering een governancekarakter.',
        eisenOnbekend: 'De gemeente verkende samen met {{partners}} en wordt nu opdrachtgever, maar er staat niet wie de eisen opstelt. Stelt de gemeente ze alleen op, dan raakt zij in de opdrachtgeversfuik; stel ze samen met de uitvoerende partijen op en schrijf dat als eisen gezamenlijk.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const kader = feiten.fase('kaderstelling');
            const opdrachtgever = kader?.van('rol').find(r => r.kern === 'opdrachtgever');
            if (!kader || !opdrachtgever || !gezamenlijkeVerkenning(feiten)) return;
            const eisen = kader.van('eisen')[0];
            if (eisen?.kern === 'gezamenlijk') return;
            const partners = [...new Set(feiten.fase('verkenning')!.van('partijrol').filter(r => MEEDENKEN.has(r.kern)).map(r => r.partij?.$refText).filter(Boolean))];
            ctx.meldBij(eisen ?? opdrachtgever, eisen ? 'eisenAlleen' : 'eisenOnbekend', { data: { partners: partners.join(', ') || 'de partijen' } });
        }
    },
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        const fase = AstUtils.getContainerOfType(ctx.node, isFase) ?? gemeente?.fasen.find(f => f.soort === 'kaderstelling');
        if (!fase) return [];
        if (fase.eisen[0] === 'gemeente' && fase.$cstNode) {
            const waarde = GrammarUtils.findNodesForProperty(fase.$cstNode, 'eisen')[0];
            return waarde ? [actie("Vervang door 'eisen gezamenlijk'", ctx.document, ctx.diagnostic, [vervang(waarde.range, 'gezamenlijk')], true)] : [];
        }
        const edit = voegToeAanEind(ctx.document, fase, 'eisen gezamenlijk');
        return edit ? [actie("Voeg 'eisen gezamenlijk' toe", ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
});
