import { AstUtils } from 'langium';
import { isTeam } from '../../generated/ast.js';
import { actie, sjabloon, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

export const teamZonderDoel = regel({
    id: 'team-zonder-doel',
    standaard: 'waarschuwing',
    titel: 'Een team heeft geen doel.',
    bron: 'R1 §4.4',
    aanbeveling: 'doelen-uitkomsten',
    berichten: {
        geenDoel: 'Team {{team}} heeft geen doel. Onduidelijke doelen en taakgrenzen waren een terugkerend probleem bij de gebiedsteams; een doel maakt duidelijk wat het team wel en niet doet.',
        leegDoel: 'Het doel van team {{team}} is nog leeg. Vul in wat het team wil bereiken: een doel maakt duidelijk wat het team wel en niet doet.'
    },
    afwezigheid: 'element',
    checks: {
        Gemeente: (g, ctx) => {
            for (const t of ctx.feiten(g).teams) {
                if (t.doelen.some(d => (d.omschrijving ?? '').trim() !== '')) continue;
                // A goal written but still empty (the quick fix's template): point at the quotes, where the text goes.
                const leeg = t.doelen.find(d => d.omschrijving !== undefined);
                if (leeg) ctx.meld(leeg.node, 'leegDoel', { property: 'omschrijving', data: { team: t.naam } });
                else ctx.meld(t.node, 'geenDoel', { property: 'name', data: { team: t.naam } });
            }
        }
    },
    herstel: ctx => {
        const team = AstUtils.getContainerOfType(ctx.node, isTeam);
        if (!team || team.doelen.length > 0) return [];
        const edit = voegToeAanEind(ctx.document, team, 'doel "$1"');
        return edit ? [actie('Voeg een doel toe', ctx.document, ctx.diagnostic, [sjabloon(edit)], true)] : [];
    }
});
