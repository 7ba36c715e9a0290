import { vervoeg } from '../../presentation/namen.js';
import { AstUtils } from 'langium';
import { isGemeente } from '../../generated/ast.js';
import { begrip, waarden } from '../../framework/vocabulary.js';
import { fase } from '../../util/ast-util.js';
import { actie, keuze, sjabloon, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

/** Who pays, in words, for a funding stream the municipality does not control. */
const FINANCIER: Record<string, string> = {
    zorgverzekeraar: 'de zorgverzekeraar', zorgkantoor: 'het zorgkantoor', provincie: 'de provincie', fonds: 'een fonds'
};

export const onbekostigdeUitvoerder = regel({
    id: 'onbekostigde-uitvoerder',
    standaard: 'info',
    titel: 'Een partij voert uit, maar er staat niet hoe zij bekostigd wordt, of alleen dat een andere financier dan de gemeente betaalt.',
    bron: 'R2 §4.2 concl. 9',
    aanbeveling: 'geldstromen',
    berichten: {
        nergens: 'Hoe {{partij}} bekostigd {{wordt}}, staat er niet, terwijl deze partij in de uitvoering {{rol}} is. Schrijf het erbij, met de geldstroom als een ander betaalt: wat zij niet betaalt, kan de gemeente weinig sturen.',
        anderGeld: '{{partij}} {{is}} in de uitvoering {{rol}}, maar {{wordt}} betaald door {{financier}}, dus de gemeente heeft weinig grip. Spreek met die financier af wat het team van deze partij mag verwachten.'
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const gemeld = new Set<unknown>();
            for (const r of feiten.fase('uitvoering')?.van('partijrol') ?? []) {
                const partij = r.partij?.ref;
                if ((r.kern !== 'uitvoerder' && r.kern !== 'opdrachtnemer') || !partij || gemeld.has(partij)) continue;
                gemeld.add(partij);
                const bekostiging = feiten.bekostigingVan(partij);
                // A line without a stream is the municipality's own money.
                const financiers = bekostiging.map(b => (b.geldstroom && begrip('Geldstroom', b.geldstroom)?.financier) || 'gemeente');
                const data = { partij: partij.name, rol: r.waarde, is: vervoeg([partij.name], 'is', 'zijn'), wordt: vervoeg([partij.name], 'wordt', 'worden') };
                if (bekostiging.length === 0) ctx.meld(r.plek.node, 'nergens', { property: 'partij', data, fix: { partij: r.partij!.$refText } });
                else if (!financiers.includes('gemeente')) {
                    const wie = [...new Set(bekostiging.map(b => {
                        const stroom = begrip('Geldstroom', b.geldstroom!)!;
                        const naam = FINANCIER[stroom.financier!] ?? stroom.label;
                        return stroom.label.toLowerCase() === stroom.financier ? naam : `${naam} (${stroom.label})`;
                    }))];
                    ctx.meld(r.plek.node, 'anderGeld', { property: 'partij', data: { ...data, financier: wie.join(' en ') } });
                }
            }
        }
    },
    // Funding is agreed in the kaderstelling (R1 §2.4 fase 2); without one, it is written in the execution.
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        const blok = gemeente && (fase(gemeente, 'kaderstelling') ?? fase(gemeente, 'uitvoering'));
        const partij = ctx.fix.partij as string | undefined;
        const edit = blok && partij && voegToeAanEind(ctx.document, blok, `bekostiging ${partij} ${keuze(waarden('Bekostigingsmodel'))}`);
        return edit ? [actie(`Schrijf in de ${blok!.soort} hoe ${partij} bekostigd wordt`, ctx.document, ctx.diagnostic, [sjabloon(edit)], true)] : [];
    }
});
