import { opsomming, opvattingLabel, zekerheidWoord } from '../../presentation/profile-text.js';
import type { FeitSoort } from '../../inference/facts.js';
import { regel } from '../rule-types.js';

/** The keyword with which each ingredient's line starts in a .sturing file. */
const REGEL: Partial<Record<FeitSoort, string>> = {
    verantwoordelijkheid: 'verantwoordelijkheid', rol: 'gemeente', kennisbron: 'kennisbron', participatie: 'burgerparticipatie'
};

export const npmBijOnduidelijkProbleem = regel({
    id: 'npm-bij-onduidelijk-probleem',
    standaard: 'waarschuwing',
    titel: 'Het probleem heet onduidelijk, terwijl de aanpak als geheel NPM is of expertsturing.',
    bron: 'R1 §2.1 fig. 1; R2 §3.4',
    berichten: {
        npm: 'Het probleem is volgens het ontwerp onduidelijk, terwijl de aanpak als geheel {{npm}} is ({{onderbouwing}}). NPM werkt alleen als probleem en oplossing helder zijn en partijen het erover eens zijn; bij een onduidelijk probleem past governance, waarin partijen samen zoeken wat het probleem is.',
        expert: 'Het probleem is volgens het ontwerp onduidelijk, terwijl het governancetype expertsturing is, dicht bij NPM ({{onderbouwing}}{{waarom}}). Expertsturing gaat ervan uit dat deskundigen weten wat er moet gebeuren; bij een onduidelijk probleem past governance, waarin gemeente, professionals en burgers samen zoeken wat het probleem is.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const probleem = feiten.algemeen.find(f => f.soort === 'probleem');
            if (probleem?.kern !== 'onduidelijk') return;
            const p = ctx.profiel(g);
            const o = p.opvatting, t = p.governancetype;
            // Too thin to judge the approach as a whole: no phase with evidence, or one weak conception while
            // the governance type cannot be determined (e.g. a single role line).
            if (o.zekerheid === 'onvoldoende' || (o.zekerheid === 'zwak' && t.zekerheid === 'onvoldoende')) return;
            const npm = o.geheel === 'npm';
            const expert = t.primair === 'expertsturing' && t.zekerheid !== 'onvoldoende';
            if (!npm && !expert) return;
            // The better-founded of the two views speaks; with equal footing the conception, which the message
            // can say most simply. Resting on little, it is information rather than a warning.
            const stevig = (z: string) => z === 'sterk' || z === 'matig';
            if (npm && (stevig(o.zekerheid) || !expert || !stevig(t.zekerheid))) {
                ctx.meldBij(probleem, 'npm', { ernst: o.zekerheid === 'zwak' ? 'info' : undefined, data: { npm: opvattingLabel('npm'), onderbouwing: zekerheidWoord(o.zekerheid) } });
            } else {
                // The lines as the advisor wrote them that point to expertsturing (R1 §2.2 fig. 2, type 2).
                const wijzen = [...new Set(t.ingredienten.filter(v => v.leidt === 'expertsturing')
                    .flatMap(v => v.stemmen.map(st => st.feit)).filter(f => REGEL[f.soort])
                    .map(f => `${REGEL[f.soort]} ${f.waarde}`))];
                ctx.meldBij(probleem, 'expert', {
                    ernst: t.zekerheid === 'zwak' ? 'info' : undefined,
                    data: { onderbouwing: zekerheidWoord(t.zekerheid), waarom: wijzen.length > 0 ? `; het ontwerp noemt ${opsomming(wijzen)}` : '' }
                });
            }
        }
    }
});
