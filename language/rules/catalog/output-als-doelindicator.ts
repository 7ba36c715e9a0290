import { aanhaling } from '../../presentation/profile-text.js';
import { indicatorNiveau } from '../../framework/indicators.js';
import { regel } from '../rule-types.js';

/** Levels that say what was done rather than what it achieved for inwoners (R1 §2.5). */
const PRODUCTIE = new Set(['input', 'throughput', 'output']);

export const outputAlsDoelindicator = regel({
    id: 'output-als-doelindicator',
    standaard: 'info',
    titel: 'De indicator van een doel telt productie (bezoeken, bereikte cliënten, uren, trajecten) in plaats van het effect voor inwoners.',
    bron: 'R1 §2.5; §5.2 concl. 2',
    aanbeveling: 'doelen-uitkomsten',
    berichten: {
        gelezen: 'De indicator "{{indicator}}" telt wat er gedaan wordt, niet het effect voor inwoners. Voeg er een toe voor hun zelfredzaamheid, of schrijf indicator outcome als deze het effect al meet.',
        opgegeven: 'De indicator "{{indicator}}" meet op {{niveau}}-niveau: wat er gedaan wordt, niet of het doel voor inwoners bereikt wordt. Voeg een indicator toe die het effect (outcome) meet.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            for (const t of ctx.feiten(g).teams) {
                for (const d of t.doelen) {
                    // One effect indicator next to the counts is enough: the goal is then followed on its effect.
                    const niveaus = d.indicatoren.map(i => indicatorNiveau(i.niveau, i.omschrijving));
                    if (niveaus.some(n => n.niveau === 'outcome' || (n.gelezen && !n.niveau))) continue;
                    d.indicatoren.forEach((i, k) => {
                        const n = niveaus[k];
                        if (!n.niveau || !PRODUCTIE.has(n.niveau)) return;
                        const data = { indicator: aanhaling(i.omschrijving, 40), niveau: n.niveau ?? '' };
                        if (n.gelezen) ctx.meld(i.node, 'gelezen', { property: 'omschrijving', data });
                        else ctx.meld(i.node, 'opgegeven', { property: 'niveau', data });
                    });
                }
            }
        }
    }
});
