import type { ReferenceInfo } from 'langium';
import { isGemeente, type Model } from '../generated/ast.js';

/**
 * Every cross-reference the grammar allows, found without walking the whole tree. All references in
 * a .sturing file point to a party (`Partij`) and stand in four places: a team's `leden`, a role
 * (`rol X …`), a funding line (`bekostiging X …`) and citizen participation (`… via X`). Langium's
 * generic walk visits every node and asks each property whether it is a reference; on a workspace of
 * a thousand files that cost as much as the linking itself.
 *
 * tests/reference-walk.test.ts checks on every example and fixture that this finds exactly the
 * references Langium's generic walk finds, so a grammar change that adds a reference fails there.
 */
export function voorElkeReferentie(model: Model, doe: (info: ReferenceInfo) => void): void {
    for (const element of model.elementen ?? []) {
        if (!isGemeente(element)) continue;
        for (const team of element.teams) {
            team.leden.forEach((reference, index) => { if (reference) doe({ reference, container: team, property: 'leden', index }); });
        }
        for (const fase of element.fasen) {
            for (const rol of fase.partijRollen) if (rol.partij) doe({ reference: rol.partij, container: rol, property: 'partij' });
            for (const b of fase.bekostigingen) if (b.partij) doe({ reference: b.partij, container: b, property: 'partij' });
            for (const p of fase.participatie) if (p.via) doe({ reference: p.via, container: p, property: 'via' });
        }
    }
}
