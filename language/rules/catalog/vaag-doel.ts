import { aanhaling } from '../../presentation/profile-text.js';
import { AstUtils } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import { isDoel } from '../../generated/ast.js';
import { actie, dieper, inspringingVan, sjabloon, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

export const vaagDoel = regel({
    id: 'vaag-doel',
    standaard: 'info',
    titel: 'Een doel heeft geen indicator.',
    bron: 'R1 §5.2 concl. 2, §5.3',
    aanbeveling: 'doelen-uitkomsten',
    berichten: {
        geenIndicator: 'Het doel "{{doel}}" heeft geen indicator. Een doel in algemene termen is lastig te volgen; vertaal het in een beoogde uitkomst die u kunt meten.',
        leegIndicator: 'De indicator bij het doel "{{doel}}" is nog leeg. Beschrijf de beoogde uitkomst die u wilt meten, bijvoorbeeld het aandeel inwoners dat zich zelfstandig redt.',
        // With more than one team, the team is named: two teams often share a goal, and two equal messages look like one said twice.
        geenIndicatorVanTeam: 'Het doel "{{doel}}" van team {{team}} heeft geen indicator. Een doel in algemene termen is lastig te volgen; vertaal het in een beoogde uitkomst die u kunt meten.',
        leegIndicatorVanTeam: 'De indicator bij het doel "{{doel}}" van team {{team}} is nog leeg. Beschrijf de beoogde uitkomst die u wilt meten, bijvoorbeeld het aandeel inwoners dat zich zelfstandig redt.'
    },
    afwezigheid: 'element',
    checks: {
        Gemeente: (g, ctx) => {
            const teams = ctx.feiten(g).teams;
            for (const t of teams) {
                const data: Record<string, string> = teams.length > 1 ? { team: t.naam } : {};
                for (const d of t.doelen) {
                    if (d.omschrijving === undefined || d.omschrijving.trim() === '') continue;
                    if (d.indicatoren.some(i => (i.omschrijving ?? '').trim() !== '')) continue;
                    // An indicator whose text is still empty (the quick fix's template): point at the quotes.
                    const leeg = d.indicatoren.find(i => i.omschrijving !== undefined);
                    const doel = aanhaling(d.omschrijving);
                    if (leeg) ctx.meld(leeg.node, teams.length > 1 ? 'leegIndicatorVanTeam' : 'leegIndicator', { property: 'omschrijving', data: { doel, ...data } });
                    else ctx.meld(d.node, teams.length > 1 ? 'geenIndicatorVanTeam' : 'geenIndicator', { property: 'omschrijving', data: { doel, ...data } });
                }
            }
        }
    },
    herstel: ctx => {
        const doel = AstUtils.getContainerOfType(ctx.node, isDoel);
        if (!doel?.$cstNode || doel.indicatoren.length > 0) return [];
        const titel = 'Voeg een indicator toe';
        if (doel.$cstNode.text.trimEnd().endsWith('}')) {
            const edit = voegToeAanEind(ctx.document, doel, 'indicator "$1"');
            return edit ? [actie(titel, ctx.document, ctx.diagnostic, [sjabloon(edit)], true)] : [];
        }
        // The goal gets a block: `{` at the end of its line, the indicator and `}` on lines of their own.
        const { end } = doel.$cstNode.range;
        const basis = inspringingVan(ctx.document, doel.$cstNode.range.start.line);
        const regels = [`${dieper(ctx.document, basis)}indicator "$1"`, `${basis}}`];
        const rest = ctx.document.textDocument.getText({ start: end, end: { line: end.line + 1, character: 0 } });
        if (/^\s*(\/\/.*)?\r?\n$/.test(rest)) {
            return [actie(titel, ctx.document, ctx.diagnostic, [TextEdit.insert(end, ' {'), sjabloon(TextEdit.insert({ line: end.line + 1, character: 0 }, regels.join('\n') + '\n'))], true)];
        }
        return [actie(titel, ctx.document, ctx.diagnostic, [sjabloon(TextEdit.insert(end, ` {\n${regels.join('\n')}`))], true)];
    }
});
