import type { Niveau } from '../generated/ast.js';
import { opRang, rangVan } from '../framework/vocabulary.js';
import { hoogsteFeit, type GemeenteFeiten } from './facts.js';
import type { SturingsniveauProfiel } from './profile-types.js';

const rang = (n: Niveau) => rangVan('Niveau', n) ?? 0;
/** The steps of the ladder, from the framework's ranks. */
const TRAP = opRang('Niveau') as Niveau[];

/**
 * The steering level now and in the ambition (R1 §2.5). A phase may steer on several levels at
 * once; all count. Now is the level most written (on a tie the lowest, so the tool never flatters,
 * and the tie is kept as a mix); the ambition is the highest level it names.
 */
export function inferSturingsniveau(feiten: GemeenteFeiten): SturingsniveauProfiel {
    const fasen = feiten.fasen.flatMap(f => f.van('sturing-op').map(feit => ({ fase: f.soort, niveau: feit.kern as Niveau, feit })));
    const telling = new Map<Niveau, number>();
    for (const f of fasen) telling.set(f.niveau, (telling.get(f.niveau) ?? 0) + 1);
    const meest = Math.max(0, ...telling.values());
    const mix = [...telling.entries()].filter(([, n]) => n === meest && meest > 0).map(([niveau]) => niveau).sort((a, b) => rang(a) - rang(b));
    const huidig = mix[0];
    const ambitieFeit = hoogsteFeit(feiten.van('ambitie-sturing-op'));
    const ambitie = ambitieFeit?.kern as Niveau | undefined;
    const kloof = huidig && ambitie ? rang(ambitie) - rang(huidig) : undefined;
    const tussen = huidig && ambitie && kloof! > 1 ? TRAP.slice(TRAP.indexOf(huidig) + 1, TRAP.indexOf(ambitie)) : [];
    return { fasen, huidig, mix, ambitie, ambitieFeit, kloof, tussen };
}
