import { zekerheidWoord } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

/**
 * Reads the inferred conception of the approach as a whole, so it speaks only when that conception is
 * at least reasonably founded: on a weak picture it would tell an advisor something the profile itself
 * does not claim. Since the type is chosen within the conception (R1 §3.x.4), expertsturing as the type of
 * the whole means the conception is NPM, and the one message says both.
 */
export const npmBijOnduidelijkProbleem = regel({
    id: 'npm-bij-onduidelijk-probleem',
    standaard: 'waarschuwing',
    titel: 'Het probleem heet onduidelijk, terwijl de aanpak als geheel NPM is (en het type dus expertsturing).',
    bron: 'R1 §2.1 fig. 1; R2 §3.4',
    aanbeveling: 'probleem-samen',
    berichten: {
        npm: 'Het probleem heet onduidelijk, maar de aanpak is als geheel {{npm}} ({{onderbouwing}}), en dat werkt pas bij een helder probleem. Zoek het probleem eerst samen met de partijen uit, zoals bij governance.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const probleem = ctx.feiten(g).algemeen.find(f => f.soort === 'probleem');
            if (probleem?.kern !== 'onduidelijk') return;
            const o = ctx.profiel(g).opvatting;
            if (o.geheel !== 'npm' || (o.zekerheid !== 'sterk' && o.zekerheid !== 'matig')) return;
            ctx.meldBij(probleem, 'npm', { data: { npm: 'NPM', onderbouwing: zekerheidWoord(o.zekerheid) } });
        }
    }
});
