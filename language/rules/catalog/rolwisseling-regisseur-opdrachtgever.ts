import { begrip } from '../../framework/vocabulary.js';
import { regel } from '../rule-types.js';
import { weegRollen } from './rol-weging.js';

/** Every kind of regisseur the language knows, as written (bepalende-regisseur counts as dirigent elsewhere, but is a regisseur here). */
const REGISSEUR = new Set(['regisseur', 'ruimte-latende-regisseur', 'bepalende-regisseur']);

export const rolwisselingRegisseurOpdrachtgever = regel({
    id: 'rolwisseling-regisseur-opdrachtgever',
    standaard: 'info',
    titel: 'In de kaderstelling of uitvoering is de gemeente zowel regisseur als opdrachtgever, en er staat niet welke rol vooral geldt.',
    bron: 'R1 §4.4, §5.2 concl. 5, §5.3',
    berichten: {
        beide: 'In de {{fase}} is de gemeente zowel {{regisseur}} als opdrachtgever, zonder te zeggen welke rol vooral geldt. Juist die wisseling van regisseur naar opdrachtgever vonden gemeenten het lastigst, en partners raken erdoor in verwarring; zet \'vooral\' voor de rol die meestal geldt en \'soms\' voor de andere (bijvoorbeeld gemeente vooral regisseur, soms opdrachtgever), zodat zij weten wat zij kunnen verwachten.',
        ookHier: 'Ook in de {{fase}} is de gemeente zowel {{regisseur}} als opdrachtgever, zonder te zeggen welke rol vooral geldt; zet ook hier \'vooral\' en \'soms\' voor de rollen.'
    },
    afwezigheid: 'fase',
    checks: {
        Gemeente: (g, ctx) => {
            let gemeld = false;
            for (const fase of ctx.feiten(g).fasen) {
                if (fase.soort !== 'kaderstelling' && fase.soort !== 'uitvoering') continue;
                const rollen = fase.van('rol');
                const regisseur = rollen.find(r => REGISSEUR.has(r.waarde));
                const opdrachtgever = rollen.find(r => r.kern === 'opdrachtgever');
                if (!regisseur || !opdrachtgever || regisseur.mate || opdrachtgever.mate) continue;
                // The reason is given once; a second phase with the same pair gets a short note of its own.
                ctx.meldBij(opdrachtgever, gemeld ? 'ookHier' : 'beide', { data: { fase: fase.soort, regisseur: begrip('GemeenteRol', regisseur.waarde)?.label ?? regisseur.waarde }, fix: { regisseur: regisseur.waarde } });
                gemeld = true;
            }
        }
    },
    herstel: ctx => weegRollen(ctx, String(ctx.fix.regisseur), 'opdrachtgever')
});
