import { begrip } from '../../framework/vocabulary.js';
import type { FaseFeiten, Feit } from '../../inference/facts.js';
import { opsomming } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';
import { gezamenlijkeVerkenning } from '../../inference/joint-exploration.js';

/**
 * Funding per product by the municipality itself: a contract or price × quantity (R1 §2.5; NPM's
 * instrument in fig. 1). A contract paid from another financier's stream (the insurer, the zorgkantoor) is
 * not the municipality acting as opdrachtgever.
 */
function perProduct(f: Feit): boolean {
    const b = begrip('Bekostigingsmodel', f.kern);
    const financier = f.geldstroom ? begrip('Geldstroom', f.geldstroom)?.financier : 'gemeente';
    return !!b?.productie && !!b.marktwerking && financier === 'gemeente';
}

/** How the municipality acts as opdrachtgever in a phase the NPM way, in words; undefined when it does not. */
function alsOpdrachtgever(fase: FaseFeiten, kader: FaseFeiten | undefined): string | undefined {
    // Execution runs under the requirements of contracting, unless it sets its own (R1 §2.4 fase 3).
    const eisen = fase.van('eisen')[0] ?? (fase.soort === 'uitvoering' ? kader?.van('eisen')[0] : undefined);
    const perStuk = [...new Set(fase.van('bekostiging').filter(perProduct).map(f => f.partij?.$refText).filter((n): n is string => !!n))];
    const hoe = [
        eisen?.kern === 'gemeente' ? 'zelf de eisen stelt' : undefined,
        perStuk.length ? `${opsomming(perStuk)} per product betaalt` : undefined
    ].filter((h): h is string => !!h);
    return hoe.length ? opsomming(hoe) : undefined;
}

export const rolwisselingRegisseurOpdrachtgever = regel({
    id: 'rolwisseling-regisseur-opdrachtgever',
    standaard: 'info',
    titel: 'Na een gezamenlijke verkenning wordt de gemeente in een latere fase een opdrachtgever die zelf de eisen stelt of per product betaalt: een rolwisseling die partners moeten zien aankomen.',
    bron: 'R1 §4.3; §5.3',
    aanbeveling: 'rollen-per-fase',
    berichten: {
        overgang: 'Na een gezamenlijke verkenning is de gemeente in de {{fase}} opdrachtgever die {{hoe}}. Zo\'n wisseling is lastig; spreek met de partners af welke rol u wanneer speelt.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            if (!gezamenlijkeVerkenning(feiten)) return;
            const kader = feiten.fase('kaderstelling');
            // Once per municipality, at the first phase where the transition shows (R1 §4.3: "soms moeite met de overgang").
            for (const fase of [kader, feiten.fase('uitvoering')]) {
                const opdrachtgever = fase?.van('rol').find(r => r.kern === 'opdrachtgever');
                const hoe = fase && opdrachtgever ? alsOpdrachtgever(fase, kader) : undefined;
                if (fase && opdrachtgever && hoe) {
                    ctx.meldBij(opdrachtgever, 'overgang', { data: { fase: fase.soort, hoe } });
                    return;
                }
            }
        }
    }
});
