import { keuzes } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

/** Roles with which the municipality steers tightly (R1 §2.2 element 2, the tight end). */
const STRAK = new Set(['dirigent', 'opdrachtgever', 'marktmeester']);

export const scenarioRolConflict = regel({
    id: 'scenario-rol-conflict',
    standaard: 'waarschuwing',
    titel: 'De verantwoordelijkheid ligt bij burgers terwijl de gemeente overal strak stuurt, of bij de gemeente alleen terwijl zij alleen bemiddelt.',
    bron: 'R1 §2.2 element 1 en 2',
    aanbeveling: 'rollen-per-fase',
    berichten: {
        burgersMaarStrak: 'De verantwoordelijkheid ligt bij {{wie}}, maar de gemeente is overal {{rollen}}. Wie verantwoordelijk is, heeft ruimte nodig: geef die, of leg de verantwoordelijkheid bij de gemeente.',
        gemeenteMaarBemiddelt: 'De verantwoordelijkheid ligt bij de gemeente alleen, terwijl zij in elke fase alleen bemiddelt en de inhoud aan anderen laat. Wie als enige verantwoordelijk is, stuurt meestal zelf, als regisseur of dirigent.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const verantwoordelijkheid = feiten.algemeen.find(f => f.soort === 'verantwoordelijkheid');
            const rollen = feiten.fasen.map(f => f.van('rol')).filter(r => r.length > 0);
            if (!verantwoordelijkheid || rollen.length === 0) return;
            const alle = rollen.flat();
            if ((verantwoordelijkheid.kern === 'burgers-en-professionals' || verantwoordelijkheid.kern === 'individuele-burger') && alle.every(r => STRAK.has(r.kern))) {
                ctx.meldBij(verantwoordelijkheid, 'burgersMaarStrak', {
                    data: { wie: verantwoordelijkheid.kern === 'individuele-burger' ? 'de individuele burger' : 'burgers en professionals', rollen: keuzes([...new Set(alle.map(r => r.waarde))]) }
                });
            } else if (verantwoordelijkheid.kern === 'gemeente' && alle.every(r => r.kern === 'bemiddelaar')) {
                ctx.meldBij(verantwoordelijkheid, 'gemeenteMaarBemiddelt');
            }
        }
    }
});
