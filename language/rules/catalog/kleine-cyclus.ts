import { AstUtils } from 'langium';
import { isGemeente, type FaseSoort } from '../../generated/ast.js';
import { KLEINE_CYCLUS } from '../../framework/phases.js';
import { faseNaam, opsomming } from '../../presentation/profile-text.js';
import { actie, zonderLeeg } from '../edits.js';
import { voegFaseToe } from '../fase-toevoegen.js';
import { regel } from '../rule-types.js';

export const kleineCyclus = regel({
    id: 'kleine-cyclus',
    standaard: 'waarschuwing',
    titel: 'Alleen de kleine cyclus is beschreven: kaderstelling en/of uitvoering, maar geen verkenning en geen evaluatie.',
    bron: 'R1 §2.4',
    aanbeveling: 'cyclus',
    berichten: {
        kleineCyclus: 'Alleen {{aanwezig}} {{zijn}} beschreven, zonder verkenning en evaluatie: de kleine cyclus. Dan krijgen het probleem, de koers en het effect voor inwoners te weinig aandacht; beschrijf ook die twee fasen.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const aanwezig = feiten.fasen.map(f => f.soort);
            if (aanwezig.includes('verkenning') || aanwezig.includes('evaluatie') || !KLEINE_CYCLUS.some(f => aanwezig.includes(f))) return;
            ctx.meld(g, 'kleineCyclus', {
                property: 'name',
                data: { aanwezig: opsomming(aanwezig.map(faseNaam)), zijn: aanwezig.length > 1 ? 'zijn' : 'is' },
                fix: { ontbreekt: ['verkenning', 'evaluatie'] }
            });
        }
    },
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        if (!gemeente) return [];
        const ontbreekt = (ctx.fix.ontbreekt as FaseSoort[] | undefined) ?? [];
        const edits = zonderLeeg(ontbreekt.map(soort => voegFaseToe(ctx.document, gemeente, soort)));
        if (edits.length === 0) return [];
        return [actie(`Voeg ${ontbreekt.map(f => `fase ${f}`).join(' en ')} toe`, ctx.document, ctx.diagnostic, edits, true)];
    }
});
