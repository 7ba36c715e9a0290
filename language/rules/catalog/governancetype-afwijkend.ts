import { GOVERNANCE_TYPE_IDS, INGREDIENTEN, type GovernanceTypeId } from '../../framework/governance-types.js';
import { geschrevenZin, opsomming, typeLabel, zekerheidWoord } from '../../presentation/profile-text.js';
import { actie, vervang } from '../edits.js';
import type { Stem } from '../../inference/profile-types.js';
import { regel } from '../rule-types.js';

/** A piece of evidence as the advisor wrote it; knowledge sources count together, as the network they form. */
function woord(st: Stem<GovernanceTypeId>): string {
    if (st.feit.soort === 'regie') return `regie ${st.feit.categorie} ${st.feit.waarde}`;
    return st.feit.soort === 'kennisbron' && st.noot ? st.noot : st.feit.waarde;
}

export const governancetypeAfwijkend = regel({
    id: 'governancetype-afwijkend',
    standaard: 'waarschuwing',
    titel: 'Het zelf opgegeven governancetype wijkt af van het type dat Sturing afleidt met minstens redelijke onderbouwing (een info-melding als het opgegeven type wel als tweede type terugkomt).',
    bron: 'R1 §2.2 fig. 2',
    leest: ['governancetype'],
    berichten: {
        anders: 'U typeert de aanpak als {{opgegeven}}, maar wat er staat wijst vooral op {{afgeleid}} ({{onderbouwing}}).{{trekje}} Het verschil zit in: {{verschillen}}. Kijk of de typering of de beschrijving bijgesteld moet worden.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const opgegevenFeit = ctx.feiten(g).algemeen.find(f => f.soort === 'governancetype');
            const t = ctx.profiel(g).governancetype;
            const opgegeven = opgegevenFeit?.kern as GovernanceTypeId | undefined;
            const afgeleid = t.primair;
            if (!opgegevenFeit || !opgegeven || !afgeleid || opgegeven === afgeleid || !GOVERNANCE_TYPE_IDS.includes(opgegeven)) return;
            // Per ingredient that points more to the inferred type, the lines that make it do so.
            const verschillen = INGREDIENTEN.map(info => ({ info, v: t.ingredienten.find(v => v.ingredient === info.id)! }))
                .filter(({ v }) => v.verdeling[afgeleid] > v.verdeling[opgegeven])
                .map(({ info, v }) => {
                    const waarden = [...new Set(v.stemmen.filter(st => (st.richting[afgeleid] ?? 0) > (st.richting[opgegeven] ?? 0)).map(woord))];
                    return `${info.label} (${waarden.length > 0 ? waarden.join(', ') : geschrevenZin(v)})`;
                });
            const trekje = t.secundair === opgegeven;
            // Where the user's own typing is partly right, it is information, not a warning. (On a weak profile the
            // rule does not speak at all: `leest`.)
            ctx.meldBij(opgegevenFeit, 'anders', {
                ernst: trekje ? 'info' : undefined,
                data: {
                    opgegeven: typeLabel(opgegeven), afgeleid: typeLabel(afgeleid), onderbouwing: zekerheidWoord(t.zekerheid),
                    trekje: trekje ? ` Als trekje komt ${typeLabel(opgegeven)} wel terug.` : '',
                    verschillen: opsomming(verschillen) || 'de sturingsopvatting van de fasen'
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
