import { WOORDENSCHAT } from '../../framework/vocabulary.js';
import { regel } from '../rule-types.js';

export const schottenInBekostiging = regel({
    id: 'schotten-in-bekostiging',
    standaard: 'info',
    titel: 'De leden van één team worden uit twee of meer verschillende geldstromen betaald (bijvoorbeeld Wmo en Zvw).',
    bron: 'R2 §4.2 concl. 5 en 9',
    berichten: {
        schotten: 'De leden van team {{team}} worden uit verschillende geldstromen betaald ({{stromen}}). Elke stroom heeft eigen regels en een eigen verantwoording, en die schotten maken samenwerken in één team lastiger; maak met de financiers afspraken over één budget of één verantwoording voor het team.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            for (const t of feiten.teams) {
                const perLid = t.leden.map(lid => ({
                    naam: lid.$refText,
                    stromen: [...new Set((lid.ref ? feiten.bekostigingVan(lid.ref) : []).map(b => b.geldstroom).filter((s): s is NonNullable<typeof s> => !!s))]
                })).filter(x => x.stromen.length > 0);
                // Subsidy for welfare and contracts for care from the same budget is ordinary: only streams count.
                if (new Set(perLid.flatMap(x => x.stromen)).size < 2) continue;
                ctx.meld(t.node, 'schotten', {
                    property: 'name',
                    data: { team: t.naam, stromen: perLid.map(x => `${x.naam}: ${x.stromen.map(s => WOORDENSCHAT.Geldstroom[s].label).join(' en ')}`).join('; ') }
                });
            }
        }
    }
});
