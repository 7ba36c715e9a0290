import { AstUtils } from 'langium';
import { isTeam } from '../../generated/ast.js';
import { actie, voegToeAanEind } from '../edits.js';
import type { Regel } from '../rule-types.js';

export const teamZonderDoel: Regel = {
    id: 'team-zonder-doel',
    standaard: 'waarschuwing',
    titel: 'Een team heeft geen doel.',
    bron: 'R1 §4.4',
    checks: {
        Team: (t, ctx) => {
            if (!t.name || t.doelen.length > 0) return;
            ctx.meld(t, `Team ${t.name} heeft geen doel. Onduidelijke doelen en taakgrenzen waren een terugkerend probleem bij de gebiedsteams; een doel maakt duidelijk wat het team wel en niet doet (R1 §4.4).`, { property: 'name' });
        }
    },
    herstel: ctx => {
        const team = AstUtils.getContainerOfType(ctx.node, isTeam);
        const edit = team && voegToeAanEind(ctx.document, team, 'doel "Beschrijf hier wat het team wil bereiken"');
        return edit ? [actie('Voeg een doel toe', ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
};
