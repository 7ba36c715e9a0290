import { FASE_VOLGORDE } from '../../framework/phases.js';
import { geldigeFasen } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

export const faseVolgorde: Regel = {
    id: 'fase-volgorde',
    standaard: 'waarschuwing',
    titel: 'Een fase staat er twee keer (fout), of de fasen staan niet in de volgorde verkenning → kaderstelling → uitvoering → evaluatie.',
    bron: 'R1 §2.4 fig. 4',
    checks: {
        Gemeente: (g, ctx) => {
            const fasen = geldigeFasen(g);
            const gezien = new Set<string>();
            let hoogste = -1;
            for (const f of fasen) {
                const regel = (f.$cstNode?.range.start.line ?? 0) + 1;
                if (gezien.has(f.soort)) {
                    const eerste = fasen.find(x => x.soort === f.soort)!;
                    ctx.meld(f, `Fase ${f.soort} staat er twee keer (ook op regel ${(eerste.$cstNode?.range.start.line ?? 0) + 1}). Sturing leest rollen en instrumenten per fase; voeg de twee blokken samen zodat duidelijk is wat in deze fase geldt (R1 §2.4).`,
                        { property: 'soort', ernst: 'fout' });
                    continue;
                }
                gezien.add(f.soort);
                const positie = FASE_VOLGORDE.indexOf(f.soort);
                if (positie < hoogste) {
                    ctx.meld(f, `Fase ${f.soort} (regel ${regel}) staat na ${FASE_VOLGORDE[hoogste]}; de beleidscyclus loopt verkenning → kaderstelling → uitvoering → evaluatie. Zet de fasen in die volgorde, dan leest het ontwerp zoals de cyclus verloopt (R1 §2.4 fig. 4).`,
                        { property: 'soort' });
                }
                hoogste = Math.max(hoogste, positie);
            }
        }
    }
};
