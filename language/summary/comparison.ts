import { isGemeente, type Model } from '../generated/ast.js';
import type { LangiumDocument } from 'langium';
import { WOORDENSCHAT } from '../framework/vocabulary.js';
import { niveauZin, opvattingZin, typeZin } from '../presentation/profile-text.js';
import { eerste, geldigeFasen } from '../util/ast-util.js';
import { alsBevinding, type SamenvattingBronnen } from './summary-model.js';
import type { VergelijkingsRij } from './summary-types.js';

function meestVoorkomend(waarden: string[]): string {
    const telling = new Map<string, number>();
    for (const w of waarden) telling.set(w, (telling.get(w) ?? 0) + 1);
    return [...telling.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w).slice(0, 2).join(', ') || '—';
}

/** One row per gemeente of the given documents, sorted by name. */
export function maakVergelijking(documenten: ReadonlyArray<{ document: LangiumDocument; bestand: string }>, bronnen: Pick<SamenvattingBronnen, 'profielen'>): VergelijkingsRij[] {
    const rijen: VergelijkingsRij[] = [];
    for (const { document, bestand } of documenten) {
        const model = document.parseResult.value as Model;
        for (const g of (model.elementen ?? []).filter(isGemeente)) {
            if (!g.name || !g.$cstNode) continue;
            const p = bronnen.profielen.profiel(g);
            const fasen = geldigeFasen(g);
            const niveaus = fasen.flatMap(f => f.participatie.map(x => x.niveau));
            const hoogste = niveaus.sort((a, b) => (WOORDENSCHAT.ParticipatieNiveau[b]?.rang ?? 0) - (WOORDENSCHAT.ParticipatieNiveau[a]?.rang ?? 0))[0];
            const r = g.$cstNode.range;
            const bevindingen = { fout: 0, waarschuwing: 0, info: 0, hint: 0 };
            for (const d of document.diagnostics ?? []) {
                if (d.range.start.line >= r.start.line && d.range.start.line <= r.end.line) bevindingen[alsBevinding(d).ernst]++;
            }
            rijen.push({
                gemeente: g.name,
                uri: document.uri.toString(),
                bestand,
                verantwoordelijkheid: [eerste(g.verantwoordelijkheid), eerste(g.scenario)].filter(Boolean).join(', ') || '—',
                rol: meestVoorkomend(fasen.flatMap(f => f.rollen.map(r => r.rol))),
                kennisbron: [...new Set(fasen.flatMap(f => f.kennisbronnen))].join(', ') || '—',
                participatie: hoogste ?? '—',
                sturingOp: niveauZin(p),
                governancetype: typeZin(p),
                opvatting: opvattingZin(p),
                bevindingen
            });
        }
    }
    return rijen.sort((a, b) => a.gemeente.localeCompare(b.gemeente));
}
