import { isGemeente, type Model } from '../generated/ast.js';
import type { LangiumDocument } from 'langium';
import { begrip } from '../framework/vocabulary.js';
import { ZEKERHEDEN } from '../inference/profile-types.js';
import { opsomming, opvattingZin, typeZin, zekerheidWoord } from '../presentation/profile-text.js';
import { alsBevinding, type SamenvattingBronnen } from './summary-model.js';
import type { VergelijkingsRij } from './summary-types.js';

function meestVoorkomend(waarden: string[]): string {
    const telling = new Map<string, number>();
    for (const w of waarden) telling.set(w, (telling.get(w) ?? 0) + 1);
    return [...telling.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w).slice(0, 2).join(', ') || '—';
}

/**
 * One row per gemeente of the given documents, sorted by name: the columns of the researchers'
 * overview table (R1 fig. 13) — responsibility, role per phase, knowledge source, participation,
 * steering level now and ambition, conception and type — plus how well the type is founded.
 */
export function maakVergelijking(documenten: ReadonlyArray<{ document: LangiumDocument; bestand: string }>, bronnen: Pick<SamenvattingBronnen, 'profielen'>): VergelijkingsRij[] {
    const rijen: VergelijkingsRij[] = [];
    for (const { document, bestand } of documenten) {
        const model = document.parseResult.value as Model;
        for (const g of (model.elementen ?? []).filter(isGemeente)) {
            if (!g.name || !g.$cstNode) continue;
            const p = bronnen.profielen.profiel(g);
            const f = p.feiten;
            const participatie = [...f.van('participatie')].sort((a, b) => (begrip('ParticipatieNiveau', b.kern)?.rang ?? 0) - (begrip('ParticipatieNiveau', a.kern)?.rang ?? 0))[0];
            const r = g.$cstNode.range;
            const bevindingen = { fout: 0, waarschuwing: 0, info: 0, hint: 0 };
            for (const d of document.diagnostics ?? []) {
                if (d.range.start.line >= r.start.line && d.range.start.line <= r.end.line) bevindingen[alsBevinding(d).ernst]++;
            }
            const algemeen = (soort: string) => f.algemeen.find(x => x.soort === soort)?.waarde;
            rijen.push({
                gemeente: g.name,
                uri: document.uri.toString(),
                bestand,
                verantwoordelijkheid: [algemeen('verantwoordelijkheid'), algemeen('scenario')].filter(Boolean).join(', ') || '—',
                rol: meestVoorkomend(f.van('rol').map(x => x.waarde)),
                rolPerFase: f.fasen.filter(x => x.van('rol').length).map(x => `${x.soort}: ${opsomming(x.van('rol').map(y => y.waarde))}`).join('; ') || '—',
                kennisbron: [...new Set(f.van('kennisbron').map(x => x.waarde))].join(', ') || '—',
                participatie: participatie?.waarde ?? '—',
                sturingOp: p.sturingOp.huidig || p.sturingOp.ambitie ? `${p.sturingOp.mix.length ? p.sturingOp.mix.join(', ') : '—'} → ${p.sturingOp.ambitie ?? '—'}` : '—',
                governancetype: typeZin(p),
                opvatting: opvattingZin(p),
                onderbouwing: zekerheidWoord(p.governancetype.zekerheid),
                onderbouwingRang: ZEKERHEDEN.indexOf(p.governancetype.zekerheid),
                bevindingen
            });
        }
    }
    return rijen.sort((a, b) => a.gemeente.localeCompare(b.gemeente));
}
