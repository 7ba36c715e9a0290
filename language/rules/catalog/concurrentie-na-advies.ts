import { opsomming } from '../../presentation/profile-text.js';
import { actie, vervang } from '../edits.js';
import { regel } from '../rule-types.js';

export const concurrentieNaAdvies = regel({
    id: 'concurrentie-na-advies',
    standaard: 'waarschuwing',
    titel: 'Een partij die in de verkenning adviseert of meedenkt, moet in de kaderstelling meedingen in een open aanbesteding.',
    bron: 'R2 §2.1',
    aanbeveling: 'eisen-samen',
    berichten: {
        concurrentie: '{{wie}} in de verkenning mee, maar {{moet}} in de kaderstelling meedingen in een open aanbesteding; wie later moet concurreren, deelt minder kennis. Overweeg een bestuurlijke aanbesteding onder hen.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            // Only organisations can bid: an advisory council or a citizens' initiative that advised does not compete.
            const adviseurs = [...new Set((feiten.fase('verkenning')?.van('partijrol') ?? [])
                .filter(r => (r.kern === 'adviseur' || r.kern === 'meedenker') && (r.partij?.ref?.soort ?? 'partij') === 'partij')
                .map(r => r.partij?.$refText).filter((n): n is string => !!n))];
            if (adviseurs.length === 0) return;
            for (const i of feiten.fase('kaderstelling')?.van('instrument') ?? []) {
                if (i.kern !== 'open-aanbesteding') continue;
                ctx.meldBij(i, 'concurrentie', {
                    data: { wie: `${opsomming(adviseurs)} ${adviseurs.length === 1 ? 'denkt' : 'denken'}`, moet: adviseurs.length === 1 ? 'moet' : 'moeten' }
                });
            }
        }
    },
    herstel: ctx => [actie('Vervang door bestuurlijke-aanbesteding', ctx.document, ctx.diagnostic, [vervang(ctx.diagnostic.range, 'bestuurlijke-aanbesteding')], true)]
});
