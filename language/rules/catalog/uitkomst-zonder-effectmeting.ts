import { AstUtils } from 'langium';
import { isGemeente, type Ambitie, type Fase, type Gemeente } from '../../generated/ast.js';
import { eerste, fase, geldigeFasen, gemeenteVan } from '../../util/ast-util.js';
import { actie, voegToeAanEind } from '../edits.js';
import type { Regel, RegelContext } from '../rule-types.js';
import { voegFaseToe } from './kleine-cyclus.js';

const BERICHT = 'Er wordt op outcome gestuurd, maar nergens staat een effectmeting. Om op uitkomsten te sturen moet bekend zijn hoe het met de zelfredzaamheid en participatie van inwoners staat; beschrijf in de evaluatie hoe u het effect meet (R1 §2.5, voorwaarde 1).';
const SJABLOON = 'effectmeting "Beschrijf hier hoe het effect gemeten wordt"';

function zonderEffectmeting(g: Gemeente | undefined): boolean {
    return !!g && !geldigeFasen(g).some(f => f.effectmeting.length > 0);
}

function controleer(node: Fase | Ambitie, ctx: RegelContext): void {
    if (eerste(node.sturingOp) !== 'outcome' || !zonderEffectmeting(gemeenteVan(node))) return;
    ctx.meld(node, BERICHT, { property: 'sturingOp', index: 0 });
}

export const uitkomstZonderEffectmeting: Regel = {
    id: 'uitkomst-zonder-effectmeting',
    standaard: 'waarschuwing',
    titel: 'Er wordt op outcome gestuurd (in een fase of als ambitie), maar nergens staat een effectmeting.',
    bron: 'R1 §2.5',
    checks: { Fase: controleer, Ambitie: controleer },
    herstel: ctx => {
        const gemeente = AstUtils.getContainerOfType(ctx.node, isGemeente);
        if (!gemeente) return [];
        const evaluatie = fase(gemeente, 'evaluatie');
        const edit = evaluatie ? voegToeAanEind(ctx.document, evaluatie, SJABLOON) : voegFaseToe(ctx.document, gemeente, 'evaluatie', [SJABLOON]);
        return edit ? [actie(evaluatie ? 'Voeg een effectmeting toe aan de evaluatie' : 'Voeg een evaluatiefase met effectmeting toe', ctx.document, ctx.diagnostic, [edit], true)] : [];
    }
};
