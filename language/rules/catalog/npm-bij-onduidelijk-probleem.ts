import { opvatting } from '../../framework/conceptions.js';
import { typeLabel } from '../../inference/infer-profile.js';
import { eerste } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

export const npmBijOnduidelijkProbleem: Regel = {
    id: 'npm-bij-onduidelijk-probleem',
    standaard: 'waarschuwing',
    titel: 'Het probleem heet onduidelijk, terwijl de aanpak als geheel NPM of expertsturing is.',
    bron: 'R1 §2.1 fig. 1; R2 §3.4',
    checks: {
        Gemeente: (g, ctx) => {
            if (eerste(g.probleem) !== 'onduidelijk') return;
            const p = ctx.profiel(g);
            const npm = p.opvatting.geheel === 'npm';
            const expert = p.governancetype.primair === 'expertsturing' || p.governancetype.dichterBij === 'new-public-management';
            if (!npm && !expert) return;
            const wat = npm ? `de aanpak als geheel ${opvatting('npm').label} is` : `het afgeleide governancetype ${typeLabel(p.governancetype.dichterBij ?? p.governancetype.primair)} is`;
            ctx.meld(g, `Het probleem is volgens het ontwerp onduidelijk, terwijl ${wat}. NPM werkt alleen als probleem en oplossing helder zijn en partijen het eens zijn; bij een onduidelijk probleem past governance beter (R1 §2.1 fig. 1; R2 §3.4).`,
                { property: 'probleem', index: 0 });
        }
    }
};
