import { AstUtils, GrammarUtils } from 'langium';
import { isFase, isGemeente } from '../../generated/ast.js';
import { begrip } from '../../framework/vocabulary.js';
import type { GemeenteFeiten } from '../../inference/facts.js';
import { actie, vervang, voegToeAanEind } from '../edits.js';
import { opsomming } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

/** Municipal roles that explore together with the parties (R1 §2.4 phase 1: regisseur with coproducent elements). */
const SAMEN_VERKENNEN = new Set(['regisseur', 'ruimte-latende-regisseur', 'coproducent', 'gesprekspartner', 'onderhandelaar']);
/** Party roles of a joint exploration: they bring in their knowledge. */
export const MEEDENKEN = new Set(['adviseur', 'meedenker', 'partner', 'belanghebbende']);
/** Party roles that carry out the assignment and so are bound by its requirements. */
const OPDRACHTNEMERS = new Set(['opdrachtnemer', 'uitvoerder']);

/**
 * The exploration was joint: the municipality explored as regisseur, coproducent or in conversation, did
 * not set the frame itself as dirigent (R1 §2.4 fase 1: "veel meer de regelaar" when it is not governance),
 * and parties thought along.
 */
export function gezamenlijkeVerkenning(feiten: GemeenteFeiten): boolean {
    const verkenning = feiten.fase('verkenning');
    if (!verkenning) return false;
    const rollen = verkenning.van('rol');
    const zelfBepalend = rollen.some(r => r.kern === 'dirigent' && r.mate !== 'soms');
    return !zelfBepalend
        && rollen.some(r => SAMEN_VERKENNEN.has(r.kern) || begrip('GemeenteRol', r.waarde)?.regieKolom === 'coproducent')
        && verkenning.van('partijrol').some(r => MEEDENKEN.has(r.kern));
}

/**
 * The parties that explored jointly and later carry out the assignment (opdrachtnemer or uitvoerder, or
 * funded in contracting or execution): they are the ones who now receive requirements. Names as written.
 */
export function meedenkersDieUitvoeren(feiten: GemeenteFeiten): string[] {
    const later = (['kaderstelling', 'uitvoering'] as const).flatMap(s => feiten.fase(s)?.feiten ?? []);
    const uitvoerend = new Set(later.filter(f => (f.soort === 'partijrol' && OPDRACHTNEMERS.has(f.kern)) || f.soort === 'bekostiging')
        .map(f => f.partij?.ref).filter(Boolean));
    const namen = feiten.fase('verkenning')?.van('partijrol').filter(r => MEEDENKEN.has(r.kern) && uitvoerend.has(r.partij?.ref))
        .map(r => r.partij!.$refText) ?? [];
    return [...new Set(namen)];
}

export const fuik = regel({
    id: 'fuik',
    standaard: 'info',
    titel: 'Na een gezamenlijke verkenning wordt de gemeente opdrachtgever en stelt zij de eisen niet samen met de partijen op: de "opdrachtgeversfuik".',
    bron: 'R1 §4.3–4.4, §5.3',
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
