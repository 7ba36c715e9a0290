import { AstUtils, GrammarUtils } from 'langium';
import { isFase, isGemeente } from '../../generated/ast.js';
import { gezamenlijkeVerkenning, meedenkersDieUitvoeren } from '../../inference/joint-exploration.js';
import { actie, vervang, voegToeAanEind } from '../edits.js';
import { opsomming } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

export const fuik = regel({
    id: 'fuik',
    standaard: 'info',
    titel: 'Na een gezamenlijke verkenning wordt de gemeente opdrachtgever en stelt zij de eisen niet samen met de partijen op: de "opdrachtgeversfuik".',
    bron: 'R1 §4.3–4.4, §5.3',
    aanbeveling: 'eisen-samen',
    berichten: {
        eisenAlleen: 'De gemeente verkende samen met {{partners}}, maar stelt nu als opdrachtgever de eisen alleen op: de opdrachtgeversfuik. Stel de eisen samen met {{hen}} op, dan houdt de opdracht een governancekarakter.',
        eisenOnbekend: 'De gemeente verkende samen met {{partners}} en geeft hun nu opdrachten, maar wie stelt de eisen op? Alleen is de opdrachtgeversfuik; schrijf eisen gezamenlijk als u ze samen opstelt.'
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
            // Only the parties that thought along and now carry out the assignment receive the requirements.
            const partners = meedenkersDieUitvoeren(feiten);
            if (partners.length === 0) return;
            ctx.meldBij(eisen ?? opdrachtgever, eisen ? 'eisenAlleen' : 'eisenOnbekend', { data: { partners: opsomming(partners), hen: partners.length > 1 ? 'hen' : opsomming(partners) } });
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
