import { WOORDENSCHAT } from '../../framework/vocabulary.js';
import { AstUtils } from 'langium';
import { opsomming } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

/** A funding stream with its article, for a sentence: "het Wmo-budget", "de Zorgverzekeringswet". */
const STROOM: Record<string, string> = {
    wmo: 'het Wmo-budget', jeugdwet: 'het budget voor de Jeugdwet', participatiewet: 'het budget voor de Participatiewet', 'algemene-middelen': 'de algemene middelen',
    zvw: 'de Zorgverzekeringswet', wlz: 'de Wet langdurige zorg', provincie: 'geld van de provincie', fonds: 'een fonds'
};

export const schottenInBekostiging = regel({
    id: 'schotten-in-bekostiging',
    standaard: 'info',
    titel: 'De leden van één team worden uit twee of meer verschillende geldstromen betaald (bijvoorbeeld Wmo en Zvw).',
    bron: 'R2 §4.2 concl. 5 en 9',
    aanbeveling: 'geldstromen',
    berichten: {
        schotten: 'De leden van team {{team}} worden betaald uit {{stromen}}, elk met eigen regels en verantwoording. Spreek met de financiers één budget of één verantwoording voor het team af.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            for (const t of feiten.teams) {
                const perLid = t.leden.map(lid => ({
                    naam: lid.$refText,
                    regels: (lid.ref ? feiten.bekostigingVan(lid.ref) : []).filter(b => !!b.geldstroom)
                })).filter(x => x.regels.length > 0);
                const stromen = [...new Set(perLid.flatMap(x => x.regels.map(b => b.geldstroom!)))];
                // Subsidy for welfare and contracts for care from the same budget is ordinary: only streams count.
                if (stromen.length < 2) continue;
                // The streams in words; which member is paid from which is on the funding lines the finding points to.
                const uri = AstUtils.getDocument(g).uri.toString();
                ctx.meld(t.node, 'schotten', {
                    property: 'name',
                    data: { team: t.naam, stromen: opsomming(stromen.map(s => STROOM[s] ?? WOORDENSCHAT.Geldstroom[s].label)) },
                    relatedInformation: perLid.flatMap(x => x.regels.map(b => ({ location: { uri, range: b.plek.bereik }, message: `${x.naam}: ${WOORDENSCHAT.Geldstroom[b.geldstroom!].label}` })))
                });
            }
        }
    }
});
