import { AstUtils } from 'langium';
import { begrip } from '../../framework/vocabulary.js';
import type { Feit } from '../../inference/facts.js';
import { regel } from '../rule-types.js';
import { weegRollen } from '../rol-weging.js';

const pool = (f: Feit) => begrip('GemeenteRol', f.kern)?.pool ?? begrip('GemeenteRol', f.waarde)?.pool;
/** The role as a reader says it: bepalende-regisseur → bepalende regisseur. */
const woord = (f: Feit) => f.waarde.replace(/-/g, ' ');
/** The first of the heaviest roles (vooral over none over soms). */
const zwaarste = (rollen: Feit[]) => rollen.reduce<Feit | undefined>((max, r) => (!max || r.gewicht > max.gewicht ? r : max), undefined);

export const tegenstrijdigeRollen = regel({
    id: 'tegenstrijdige-rollen',
    standaard: 'waarschuwing',
    titel: 'In één fase is de gemeente zowel strak sturend (dirigent, regelaar, marktmeester) als loslatend (facilitator, bemiddelaar), zonder te zeggen wat vooral geldt.',
    bron: 'R1 §4.4; R2 §4.2 concl. 9',
    aanbeveling: 'rollen-per-fase',
    berichten: {
        tegenstrijdig: 'In de {{fase}} is de gemeente zowel {{strak}} als {{los}}: strak sturen en ruimte laten. Zeg met vooral en soms wat meestal geldt, dan weten partners wat zij kunnen verwachten.'
    },
    afwezigheid: 'fase',
    checks: {
        Gemeente: (g, ctx) => {
            for (const fase of ctx.feiten(g).fasen) {
                const rollen = fase.van('rol');
                const strak = zwaarste(rollen.filter(r => pool(r) === 'strak'));
                const los = zwaarste(rollen.filter(r => pool(r) === 'los'));
                if (!strak || !los) continue;
                // With vooral or soms the advisor has said which role leads: one of the two weighs more, or
                // another role weighs more than both (vooral regisseur, soms dirigent, soms facilitator).
                const zwaarst = Math.max(...rollen.map(r => r.gewicht));
                if (strak.gewicht !== los.gewicht || strak.gewicht < zwaarst) continue;
                const later = rollen.indexOf(strak) > rollen.indexOf(los) ? strak : los;
                const eerder = later === strak ? los : strak;
                ctx.meldBij(later, 'tegenstrijdig', {
                    data: { fase: fase.soort, strak: woord(strak), los: woord(los) },
                    fix: { eerder: eerder.waarde, later: later.waarde },
                    relatedInformation: [{ location: { uri: AstUtils.getDocument(g).uri.toString(), range: eerder.plek.bereik }, message: `ook ${woord(eerder)} in deze fase` }]
                });
            }
        }
    },
    herstel: ctx => weegRollen(ctx, String(ctx.fix.eerder), String(ctx.fix.later))
});
