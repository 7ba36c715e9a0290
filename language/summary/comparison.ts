import type { LangiumDocument } from 'langium';
import { hoogsteFeit, type Feit } from '../inference/facts.js';
import { ZEKERHEDEN } from '../inference/profile-types.js';
import { periodeKolom } from '../presentation/ontwikkeling.js';
import { opsomming, opvattingKort, opvattingZin, regieTypering, typeLabel, typeZin, zekerheidWoord } from '../presentation/profile-text.js';
import { gemeentenIn } from '../inference/onderwerp.js';
import { alsBevinding, type SamenvattingBronnen } from './summary-model.js';
import type { VergelijkingsRij } from './summary-types.js';

function meestVoorkomend(waarden: string[]): string {
    const telling = new Map<string, number>();
    for (const w of waarden) telling.set(w, (telling.get(w) ?? 0) + 1);
    return [...telling.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w).slice(0, 2).join(', ') || '—';
}

/**
 * How well a written column rests on what is written, in words (Keuze): written once, or the same
 * everywhere it is written, is "opgegeven"; different values in different phases is "opgegeven,
 * wisselt per fase"; nothing written is "niet beschreven". Inferred columns use the profile's own
 * certainty words instead (stevig, redelijk, zwak onderbouwd, te weinig gegevens).
 */
function geschreven(feiten: readonly Feit[]): string {
    if (feiten.length === 0) return 'niet beschreven';
    // What one phase says together (two knowledge sources form one network) against what another says.
    const perFase = new Map<string, Set<string>>();
    for (const f of feiten) perFase.set(f.fase ?? '', (perFase.get(f.fase ?? '') ?? new Set()).add(f.waarde));
    return new Set([...perFase.values()].map(w => [...w].sort().join(','))).size > 1 ? 'opgegeven, wisselt per fase' : 'opgegeven';
}

/**
 * One row per gemeente per period of the given documents, sorted by name and then by period, so the
 * periods of one gemeente stand together: the columns of the researchers' overview table (R1 fig. 13)
 * — responsibility, role per phase, knowledge source, participation, steering level now and ambition,
 * conception and type with its trait, regierol — each with how well it is founded, and the findings.
 */
export function maakVergelijking(documenten: ReadonlyArray<{ document: LangiumDocument; bestand: string }>, bronnen: Pick<SamenvattingBronnen, 'profielen'>): VergelijkingsRij[] {
    const rijen: VergelijkingsRij[] = [];
    for (const { document, bestand } of documenten) {
        for (const g of gemeentenIn(document)) {
            const p = bronnen.profielen.profiel(g);
            const f = p.feiten;
            const participatie = hoogsteFeit(f.van('participatie'));
            const r = f.plek.bereik;
            const bevindingen = { fout: 0, waarschuwing: 0, info: 0, hint: 0 };
            for (const d of document.diagnostics ?? []) {
                if (d.range.start.line >= r.start.line && d.range.start.line <= r.end.line) bevindingen[alsBevinding(d).ernst]++;
            }
            const algemeen = (soort: string) => f.algemeen.find(x => x.soort === soort);
            const jaren = f.periode;
            const kolom = periodeKolom(p);
            const t = p.governancetype;
            const bepaald = t.zekerheid !== 'onvoldoende' && t.primair;
            rijen.push({
                gemeente: g.name,
                periode: jaren?.tekst ?? null,
                periodeVan: jaren?.van ?? null,
                periodeTot: jaren?.laatste ?? null,
                uri: document.uri.toString(),
                bestand,
                verantwoordelijkheid: [algemeen('verantwoordelijkheid')?.waarde, algemeen('scenario')?.waarde].filter(Boolean).join(', ') || '—',
                rol: meestVoorkomend(f.van('rol').map(x => x.waarde)),
                rolPerFase: f.fasen.filter(x => x.van('rol').length).map(x => `${x.soort}: ${opsomming(x.van('rol').map(y => y.waarde))}`).join('; ') || '—',
                kennisbron: [...new Set(f.van('kennisbron').map(x => x.waarde))].join(', ') || '—',
                participatie: participatie?.waarde ?? '—',
                sturingOp: p.sturingOp.huidig || p.sturingOp.ambitie ? `${p.sturingOp.mix.length ? p.sturingOp.mix.join(', ') : '—'} → ${p.sturingOp.ambitie ?? '—'}` : '—',
                sturingOpNu: p.sturingOp.mix.length ? p.sturingOp.mix.join(', ') : '—',
                sturingOpAmbitie: p.sturingOp.ambitie ?? '—',
                governancetype: typeZin(p),
                typeNaam: bepaald ? typeLabel(t.primair) : 'nog niet te bepalen',
                trekje: bepaald && t.secundair ? typeLabel(t.secundair) : '',
                opvatting: opvattingZin(p),
                opvattingGeheel: p.opvatting.geheel ? opvattingKort(p.opvatting.geheel) : p.opvatting.fasen.some(x => x.zekerheid !== 'onvoldoende') ? 'gemengd' : 'onbepaald',
                opvattingPerFase: Object.fromEntries(kolom.opvattingPerFase.map(x => [x.fase, x.opvatting])) as VergelijkingsRij['opvattingPerFase'],
                regierol: regieTypering(p) ?? 'niet beschreven',
                onderbouwing: zekerheidWoord(t.zekerheid),
                onderbouwingRang: ZEKERHEDEN.indexOf(t.zekerheid),
                zekerheid: {
                    verantwoordelijkheid: geschreven([algemeen('verantwoordelijkheid'), algemeen('scenario')].filter((x): x is Feit => !!x).slice(0, 1)),
                    rol: geschreven(f.van('rol')),
                    kennisbron: geschreven(f.van('kennisbron')),
                    participatie: geschreven(f.van('participatie')),
                    sturingOp: p.sturingOp.mix.length > 1 ? 'opgegeven, een mix' : geschreven(f.van('sturing-op')),
                    opvatting: zekerheidWoord(p.opvatting.zekerheid),
                    governancetype: zekerheidWoord(t.zekerheid),
                    regierol: p.regie.herkomst === 'geen' ? 'niet beschreven' : zekerheidWoord(p.regie.zekerheid)
                },
                bevindingen
            });
        }
    }
    const jaar = (r: VergelijkingsRij) => r.periodeVan ?? Number.MIN_SAFE_INTEGER;
    return rijen.sort((a, b) => a.gemeente.localeCompare(b.gemeente) || jaar(a) - jaar(b) || a.bestand.localeCompare(b.bestand));
}
