import { REGIEROL_IDS, type Regierol } from '../framework/regie-model.js';
import { begrip } from '../framework/vocabulary.js';
import { gewicht } from '../framework/weights.js';
import type { Feit, GemeenteFeiten } from './facts.js';
import type { RegieProfiel, Zekerheid } from './profile-types.js';
import { nul } from './votes.js';

/**
 * The regierol (R1 §2.3 Fig. 3): per category of the regie model, does the municipality decide, is it
 * decided jointly, or by the actors? The column that dominates names the role; R1 stresses that
 * practice is always a mix. Without a regie block, the phase lines that speak to a category
 * (monitoring, who sets the requirements, the parties' role in execution, a regie word as the
 * municipality's role) give a first, thinner picture.
 */

/** The regie column a fact stands for, if any. */
export function regieKolom(feit: Feit): Regierol | undefined {
    switch (feit.soort) {
        case 'regie': case 'monitoring': return begrip('Wie', feit.kern)?.regieKolom;
        case 'eisen': return begrip('Eisen', feit.kern)?.regieKolom;
        case 'partijrol': return feit.fase === 'uitvoering' ? begrip('PartijRolSoort', feit.kern)?.regieKolom : undefined;
        case 'rol': return begrip('GemeenteRol', feit.waarde)?.regieKolom ?? begrip('GemeenteRol', feit.kern)?.regieKolom;
        default: return undefined;
    }
}

export function inferRegie(feiten: GemeenteFeiten): RegieProfiel {
    const blok = [...feiten.regie, ...feiten.fasen.flatMap(f => f.regie)];
    const uitFasen = blok.length > 0 ? [] : feiten.fasen.flatMap(f => f.feiten.filter(x => x.soort !== 'regie' && regieKolom(x)));
    const gebruikt = blok.length > 0 ? blok : uitFasen;
    const telling = nul(REGIEROL_IDS);
    for (const f of gebruikt) telling[regieKolom(f)!] += 1;
    const aantal = gebruikt.length;
    const herkomst = blok.length > 0 ? 'regie-blok' as const : aantal > 0 ? 'fasen' as const : 'geen' as const;
    if (aantal === 0) return { telling, aantal, herkomst, feiten: [], gelijk: [], ruimteLatend: false, zekerheid: 'onvoldoende' };
    const meeste = Math.max(...REGIEROL_IDS.map(k => telling[k]));
    const gelijk = REGIEROL_IDS.filter(k => telling[k] === meeste);
    // Two columns with as many answers: a mix, not the strictest of the two (R1 §2.3: practice is always a mix).
    const dominant = gelijk.length === 1 ? gelijk[0] : undefined;
    const tweede = dominant ? [...REGIEROL_IDS].filter(k => k !== dominant).sort((a, b) => telling[b] - telling[a] || REGIEROL_IDS.indexOf(a) - REGIEROL_IDS.indexOf(b))[0] : undefined;
    const ruimteLatend = dominant === 'coproducent' && telling.facilitator < telling['bepalende-regisseur'] + telling.coproducent;
    let zekerheid: Zekerheid = !dominant ? 'zwak'
        : aantal >= gewicht('regieRuim') && meeste > aantal - meeste ? 'sterk'
            : aantal >= gewicht('regieMix') ? 'matig' : 'zwak';
    // Read from phase lines only: never more than a reasonable picture.
    if (herkomst === 'fasen' && zekerheid === 'sterk') zekerheid = 'matig';
    return {
        dominant, gelijk: dominant ? [] : gelijk, tweede: tweede && telling[tweede] >= gewicht('regieMix') ? tweede : undefined, ruimteLatend,
        telling, aantal, herkomst, feiten: gebruikt, zekerheid
    };
}
