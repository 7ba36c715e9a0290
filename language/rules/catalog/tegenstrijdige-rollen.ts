import { AstUtils } from 'langium';
import { begrip } from '../../framework/vocabulary.js';
import { cstVan } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

export const tegenstrijdigeRollen: Regel = {
    id: 'tegenstrijdige-rollen',
    standaard: 'waarschuwing',
    titel: 'In één fase is de gemeente zowel strak sturend (dirigent, regelaar, marktmeester) als loslatend (facilitator, bemiddelaar).',
    bron: 'R1 §4.4; R2 §4.2 concl. 9',
    checks: {
        Fase: (f, ctx) => {
            const strak = f.rollen.findIndex(r => begrip('GemeenteRol', r)?.pool === 'strak');
            const los = f.rollen.findIndex(r => begrip('GemeenteRol', r)?.pool === 'los');
            if (strak < 0 || los < 0) return;
            const later = Math.max(strak, los), eerder = Math.min(strak, los);
            const uri = AstUtils.getDocument(f).uri.toString();
            const anderBereik = cstVan(f, 'rollen', eerder)?.range;
            ctx.meld(f, `In fase ${f.soort} is de gemeente tegelijk ${f.rollen[strak]} (strak sturen) en ${f.rollen[los]} (ruimte laten). Partners weten dan niet welke rol geldt; kies per fase één duidelijke rol, of splits de fase in onderdelen (R1 §4.4; R2 §4.2 concl. 9).`,
                { property: 'rollen', index: later, relatedInformation: anderBereik ? [{ location: { uri, range: anderBereik }, message: `ook ${f.rollen[eerder]} in deze fase` }] : undefined });
        }
    }
};
