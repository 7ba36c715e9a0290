import type { Opvatting } from './conception-model.js';
import type { FaseSoort, GemeenteRol, PartijRolSoort } from '../generated/ast.js';
import type { Bron } from './sources.js';

/** The policy cycle of R1 §2.4 Fig. 4, in cycle order. */
export interface FaseInfo {
    id: FaseSoort;
    nummer: number;
    typisch: Opvatting;
    typischeRollen: GemeenteRol[];
    typischePartijRollen: PartijRolSoort[];
    bron: Bron;
}

export const FASEN: readonly FaseInfo[] = [
    { id: 'verkenning', nummer: 1, typisch: 'governance', typischeRollen: ['regisseur', 'coproducent'], typischePartijRollen: ['adviseur', 'belanghebbende'], bron: 'R1 §2.4 fase 1' },
    { id: 'kaderstelling', nummer: 2, typisch: 'npm', typischeRollen: ['opdrachtgever', 'coproducent'], typischePartijRollen: ['opdrachtnemer'], bron: 'R1 §2.4 fase 2' },
    { id: 'uitvoering', nummer: 3, typisch: 'npm', typischeRollen: ['opdrachtgever', 'coproducent'], typischePartijRollen: ['opdrachtnemer', 'uitvoerder'], bron: 'R1 §2.4 fase 3' },
    { id: 'evaluatie', nummer: 4, typisch: 'governance', typischeRollen: ['regisseur'], typischePartijRollen: ['adviseur', 'partner'], bron: 'R1 §2.4 fase 4' }
];

export const FASE_VOLGORDE: readonly FaseSoort[] = FASEN.map(f => f.id);

/** The small cycle: phases 2 and 3 only (R1 §2.4 "kleine cyclus"). */
export const KLEINE_CYCLUS: readonly FaseSoort[] = ['kaderstelling', 'uitvoering'];

export function faseInfo(id: FaseSoort): FaseInfo {
    return FASEN.find(f => f.id === id)!;
}
