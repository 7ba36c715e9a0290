import { AstUtils } from 'langium';
import type { FaseSoort, RegieCategorie } from '../../generated/ast.js';
import type { Feit } from '../../inference/facts.js';
import { regieKolom } from '../../inference/infer-regie.js';
import { faseNaam, feitLabel, opsomming, regelnummerTekst, telwoord } from '../../presentation/profile-text.js';
import { feitZin } from '../../presentation/typering.js';
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
    aanbeveling: 'rollen-per-fase',
    berichten: {
        aspect: 'Het regie-blok zegt: {{regie}}. {{waar}}: {{lijn}}. Zo weten partners niet wie hier bepaalt; laat beide hetzelfde zeggen.',
        strakTegenRuimte: 'In de uitvoering is de gemeente {{rol}}, maar in {{blok}} bepaalt zij {{aantal}} van de {{totaal}} onderdelen niet alleen. Laat rol en regie hetzelfde zeggen, dan weten partners hoeveel ruimte zij krijgen.',
        losTegenBepalend: 'In de uitvoering is de gemeente {{rol}}, maar in {{blok}} bepaalt zij {{aantal}} van de {{totaal}} onderdelen zelf. Laat rol en regie hetzelfde zeggen, dan weten partners of zij ruimte krijgen.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const uri = AstUtils.getDocument(g).uri.toString();
            const verwijs = (f: Feit) => [{ location: { uri, range: f.plek.bereik }, message: `${feitLabel(f)} (${regelnummerTekst(f)})` }];
            // One line of the gemeente's regie block that clashes with several phases is one cause: said once, at the
            // first phase, naming the others (the phases' lines are linked).
            const perRegieRegel = new Map<Feit, Array<{ fase: FaseSoort; lijn: Feit }>>();
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
                    perRegieRegel.set(r, [...(perRegieRegel.get(r) ?? []), { fase: fase.soort, lijn: lijnen[0] }]);
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
            for (const [r, botsingen] of perRegieRegel) {
                const [eerste, ...andere] = botsingen;
                const waar = opsomming(botsingen.map(b => faseNaam(b.fase)));
                ctx.meldBij(eerste.lijn, 'aspect', {
                    data: { regie: feitZin(r), waar: `${waar.charAt(0).toUpperCase()}${waar.slice(1)} ${botsingen.length > 1 ? 'zeggen' : 'zegt'}`, lijn: feitZin(eerste.lijn) },
                    relatedInformation: [...verwijs(r), ...andere.flatMap(b => verwijs(b.lijn))]
                });
            }
        }
    }
});
