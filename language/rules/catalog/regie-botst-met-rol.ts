import { AstUtils } from 'langium';
import type { RegieCategorie } from '../../generated/ast.js';
import { REGIEROL_LABEL } from '../../framework/regie.js';
import { WOORDENSCHAT } from '../../framework/vocabulary.js';
import type { Feit } from '../../inference/facts.js';
import { regieKolom } from '../../inference/regie.js';
import { feitLabel, regelVan, telwoord } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

/**
 * Phase lines that speak to a regie category themselves. The parties' roles (uitvoerder, partner) are
 * not compared with the category rol-partijen: "uitvoerder" in a phase line says that a party carries
 * out the work, also in a partnership, so reading it as the left column of Fig. 3 would report
 * descriptions such as Groningen's that the researchers did not find contradictory.
 */
const LIJN_CATEGORIE: Partial<Record<Feit['soort'], RegieCategorie>> = { monitoring: 'monitoring', eisen: 'randvoorwaarden' };
const STRAK = new Set(['dirigent']);
/** How tightly each column of the regie model holds the reins (R1 §2.3 fig. 3, left to right). */
const STRAKHEID: Record<string, number> = { 'bepalende-regisseur': 2, coproducent: 1, facilitator: 0 };
const LOS = new Set(['facilitator', 'bemiddelaar']);

export const regieBotstMetRol = regel({
    id: 'regie-botst-met-rol',
    standaard: 'waarschuwing',
    titel: 'Het regie-blok zegt iets anders dan de regels van een fase: over hetzelfde aspect, of over hoeveel ruimte de gemeente laat.',
    bron: 'R1 §2.3 fig. 3',
    berichten: {
        aspect: 'In het regie-blok staat {{regie}}, maar in de {{fase}} staat {{lijn}}. Voor partners is dan niet duidelijk wie hier bepaalt; laat het regie-blok en de fase hetzelfde zeggen.',
        strakTegenRuimte: 'In de uitvoering is de gemeente {{rol}}, maar in {{blok}} laat zij {{aantal}} van de {{totaal}} categorieën aan gezamenlijke besluiten of aan de partijen over. Partners weten dan niet hoeveel ruimte zij echt krijgen; laat de rol en het regie-blok hetzelfde beeld geven.',
        losTegenBepalend: 'In de uitvoering is de gemeente {{rol}}, maar in {{blok}} bepaalt zij {{aantal}} van de {{totaal}} categorieën zelf (bepalende regisseur). Partners weten dan niet of zij ruimte krijgen of dat de gemeente bepaalt; laat de rol en het regie-blok hetzelfde beeld geven.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const uri = AstUtils.getDocument(g).uri.toString();
            const verwijs = (f: Feit) => [{ location: { uri, range: f.plek.bereik }, message: `${feitLabel(f)} (${regelVan(f)})` }];
            for (const fase of feiten.fasen) {
                // A regie block inside the phase speaks for that phase; otherwise the gemeente's block does.
                const eigen = fase.regie.length > 0;
                const regie = eigen ? fase.regie : feiten.regie;
                // (a) The same aspect, said twice, differently.
                for (const r of regie) {
                    const kolom = regieKolom(r);
                    const lijnen = fase.feiten.filter(f => f.soort !== 'regie' && LIJN_CATEGORIE[f.soort] === r.categorie && regieKolom(f));
                    if (!kolom || lijnen.length === 0 || lijnen.some(l => regieKolom(l) === kolom)) continue;
                    // Preconditions set by the municipality with requirements set jointly within them is the
                    // governance commissioner R1 §5.3 recommends, not a contradiction: only requirements that are
                    // set more tightly than the preconditions clash.
                    if (r.categorie === 'randvoorwaarden' && lijnen.every(l => STRAKHEID[regieKolom(l)!] < STRAKHEID[kolom])) continue;
                    // The gemeente's regie block speaks of monitoring in execution (R1 §2.4 phase 3), not elsewhere.
                    if (!eigen && r.categorie === 'monitoring' && fase.soort !== 'uitvoering') continue;
                    const lijn = lijnen[0];
                    ctx.meldBij(lijn, 'aspect', {
                        data: { regie: `${WOORDENSCHAT.RegieCategorie[r.categorie!].label} ${r.waarde} (${REGIEROL_LABEL[kolom]})`, fase: fase.soort, lijn: `${feitLabel(lijn)} (${REGIEROL_LABEL[regieKolom(lijn)!]})` },
                        relatedInformation: verwijs(r)
                    });
                }
                if (fase.soort !== 'uitvoering' || regie.length === 0) continue;
                // (b), (c) Most of the regie block says one thing, the role that leads in execution the opposite.
                // A role among others (Groningen: regisseur, facilitator, opdrachtgever) does not lead.
                const rollen = fase.van('rol');
                const totaalGewicht = rollen.reduce((s, r) => s + r.gewicht, 0);
                const leidt = (soort: Set<string>) => rollen.filter(r => soort.has(r.kern)).reduce((s, r) => s + r.gewicht, 0) * 2 > totaalGewicht;
                const bepalend = regie.filter(r => regieKolom(r) === 'bepalende-regisseur').length;
                const ruimte = regie.length - bepalend;
                const blok = eigen ? 'het regie-blok van de uitvoering' : 'het regie-blok';
                if (ruimte * 2 > regie.length && leidt(STRAK)) {
                    const rol = rollen.find(r => STRAK.has(r.kern))!;
                    ctx.meldBij(rol, 'strakTegenRuimte', { data: { rol: rol.waarde, blok, aantal: telwoord(ruimte), totaal: telwoord(regie.length) }, relatedInformation: verwijs(regie[0]) });
                } else if (bepalend * 2 > regie.length && leidt(LOS)) {
                    const rol = rollen.find(r => LOS.has(r.kern))!;
                    ctx.meldBij(rol, 'losTegenBepalend', { data: { rol: rol.waarde, blok, aantal: telwoord(bepalend), totaal: telwoord(regie.length) }, relatedInformation: verwijs(regie[0]) });
                }
            }
        }
    }
});
