import { FASE_VOLGORDE } from '../../framework/phases.js';
import { AstUtils } from 'langium';
import { isFase } from '../../generated/ast.js';
import { gemeenteVan, geldigeFasen } from '../../util/ast-util.js';
import { actie, verplaatsVoor } from '../edits.js';
import { regel } from '../rule-types.js';

export const faseVolgorde = regel({
    id: 'fase-volgorde',
    standaard: 'waarschuwing',
    titel: 'Een fase staat er twee keer (fout), of de fasen staan niet in de volgorde verkenning → kaderstelling → uitvoering → evaluatie.',
    bron: 'R1 §2.4 fig. 4',
    aanbeveling: 'cyclus',
    berichten: {
        dubbel: {
            tekst: 'De fase {{fase}} staat hier nog een keer; het eerste blok begint op r. {{regelnummer}}. Sturing leest de blokken als één fase; voeg ze samen, dan ziet u in één keer wat in deze fase geldt.',
            ernst: 'fout'
        },
        volgorde: 'De fase {{fase}} staat na de fase {{eerder}}, terwijl de cyclus loopt van verkenning via kaderstelling en uitvoering naar evaluatie. Zet de fasen in die volgorde.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            // The written order is structure, not a fact: it is read from the blocks themselves.
            const fasen = geldigeFasen(g);
            const gezien = new Set<string>();
            let hoogste = -1;
            for (const f of fasen) {
                if (gezien.has(f.soort)) {
                    const eerste = fasen.find(x => x.soort === f.soort)!;
                    ctx.meld(f, 'dubbel', { property: 'soort', data: { fase: f.soort, regelnummer: (eerste.$cstNode?.range.start.line ?? 0) + 1 } });
                    continue;
                }
                gezien.add(f.soort);
                const positie = FASE_VOLGORDE.indexOf(f.soort);
                if (positie < hoogste) ctx.meld(f, 'volgorde', { property: 'soort', data: { fase: f.soort, eerder: FASE_VOLGORDE[hoogste] }, fix: { verplaats: true } });
                hoogste = Math.max(hoogste, positie);
            }
        }
    },
    herstel: ctx => {
        const fase = AstUtils.getContainerOfType(ctx.node, isFase);
        const gemeente = fase && gemeenteVan(fase);
        if (!ctx.fix.verplaats || !fase || !gemeente) return [];
        // Before the first phase that comes later in the cycle.
        const later = geldigeFasen(gemeente).find(f => FASE_VOLGORDE.indexOf(f.soort) > FASE_VOLGORDE.indexOf(fase.soort));
        const edits = later ? verplaatsVoor(ctx.document, fase, later) : [];
        return edits.length ? [actie(`Zet fase ${fase.soort} vóór fase ${later!.soort}`, ctx.document, ctx.diagnostic, edits, true)] : [];
    }
});
