import { WOORDENSCHAT } from '../../framework/vocabulary.js';
import { eerste, geldigeFasen } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';
import { typeVermeldingen } from './type-bronnen.js';

export const participatieTeLaag: Regel = {
    id: 'participatie-te-laag',
    standaard: 'waarschuwing',
    titel: 'Frontlijnsturing, vraagsturing of het scenario civil society, terwijl burgerparticipatie nergens verder gaat dan adviseren.',
    bron: 'R1 §2.2 element 4',
    checks: {
        Gemeente: (g, ctx) => {
            const niveaus = geldigeFasen(g).flatMap(f => f.participatie.map(p => p.niveau));
            const hoogste = Math.max(-1, ...niveaus.map(n => WOORDENSCHAT.ParticipatieNiveau[n]?.rang ?? -1));
            if (hoogste > (WOORDENSCHAT.ParticipatieNiveau.adviseren.rang ?? 1)) return;
            const p = ctx.profiel(g);
            const vermeldingen = typeVermeldingen(g, p, ['frontlijnsturing', 'vraagsturing']);
            const nu = niveaus.length === 0 ? 'er staat geen burgerparticipatie' : `burgerparticipatie gaat niet verder dan ${hoogste === 0 ? 'informeren' : 'adviseren'}`;
            if (vermeldingen.length > 0) {
                const v = vermeldingen[0];
                ctx.meld(v.node, `${v.hoofdzin}, maar ${nu}. Bij frontlijn- en vraagsturing beslissen burgers mee of besturen zij zelf; zonder dat blijft het type een etiket (R1 §2.2, element 4).`, { property: v.property, index: v.index });
            } else if (eerste(g.scenario) === 'civil-society') {
                ctx.meld(g, `Het scenario is civil society, maar ${nu}. In dat scenario staan burgers en hun netwerken centraal; beschrijf hoe zij meedoen, bijvoorbeeld met coproductie (R1 §2.2, element 1 en 4).`, { property: 'scenario', index: 0 });
            }
        }
    }
};
