import { GOVERNANCE_TYPE_IDS, INGREDIENTEN, type GovernanceTypeId } from '../../framework/governance-type-model.js';
import { ingredientWoord, opsomming, typeLabel, zekerheidWoord } from '../../presentation/profile-text.js';
import { actie, vervang } from '../edits.js';
import { regel } from '../rule-types.js';

export const governancetypeAfwijkend = regel({
    id: 'governancetype-afwijkend',
    standaard: 'waarschuwing',
    titel: 'Het zelf opgegeven governancetype wijkt af van het type dat Sturing afleidt met minstens redelijke onderbouwing (een info-melding als het opgegeven type wel als tweede type terugkomt).',
    bron: 'R1 §2.2 fig. 2',
    aanbeveling: 'typering',
    leest: ['governancetype'],
    berichten: {
        anders: 'U typeert de aanpak als {{opgegeven}}, maar het ontwerp wijst op {{afgeleid}} ({{onderbouwing}}), vooral door {{verschillen}}. Pas de typering of de beschrijving aan.',
        // Where the user's own typing is partly right, it is information, not a warning.
        alsTrekje: {
            tekst: 'U typeert de aanpak als {{opgegeven}}, maar het ontwerp wijst op {{afgeleid}} ({{onderbouwing}}), vooral door {{verschillen}}. Als trekje komt uw type wel terug. Pas de typering of de beschrijving aan.',
            ernst: 'info'
        }
    },
    checks: {
        Gemeente: (g, ctx) => {
            const opgegevenFeit = ctx.feiten(g).opgegevenType.gedeclareerd;
            const t = ctx.profiel(g).governancetype;
            const opgegeven = opgegevenFeit?.kern as GovernanceTypeId | undefined;
            const afgeleid = t.primair;
            if (!opgegevenFeit || !opgegeven || !afgeleid || opgegeven === afgeleid || !GOVERNANCE_TYPE_IDS.includes(opgegeven)) return;
            // The ingredients that point more to the inferred type, in words; the values are on the hover and in the summary.
            const verschillen = INGREDIENTEN.filter(info => {
                const v = t.ingredienten.find(x => x.ingredient === info.id)!;
                return v.verdeling[afgeleid] > v.verdeling[opgegeven];
            }).map(info => ingredientWoord(info.id));
            // On a weak profile the rule does not speak at all (`leest`).
            ctx.meldBij(opgegevenFeit, t.secundair === opgegeven ? 'alsTrekje' : 'anders', {
                data: {
                    opgegeven: typeLabel(opgegeven), afgeleid: typeLabel(afgeleid), onderbouwing: zekerheidWoord(t.zekerheid),
                    verschillen: verschillen.length === 4 ? 'alle vier de ingrediënten' : opsomming(verschillen) || 'de sturingsopvatting van de fasen'
                },
                fix: { afgeleid }
            });
        }
    },
    herstel: ctx => {
        const afgeleid = ctx.fix.afgeleid as string | undefined;
        return afgeleid ? [actie(`Neem het afgeleide type over: ${afgeleid}`, ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, afgeleid)])] : [];
    }
});
