import { AstUtils, GrammarUtils } from 'langium';
import { gemeenteVan } from '../../util/ast-util.js';
import type { Regel } from '../rule-types.js';

export const regieBotstMetRol: Regel = {
    id: 'regie-botst-met-rol',
    standaard: 'waarschuwing',
    titel: 'Het regie-blok laat vooral de actoren bepalen terwijl de gemeente in de uitvoering dirigent/regelaar is, of omgekeerd.',
    bron: 'R1 §2.3 fig. 3',
    checks: {
        Fase: (f, ctx) => {
            if (f.soort !== 'uitvoering') return;
            const g = gemeenteVan(f);
            if (!g) return;
            const regie = ctx.profiel(g).regie;
            const helft = regie.aantal / 2;
            const uri = AstUtils.getDocument(f).uri.toString();
            const regieBereik = g.regies[0]?.$cstNode && GrammarUtils.findNodeForKeyword(g.regies[0].$cstNode, 'regie')?.range;
            const related = (tekst: string) => regieBereik ? [{ location: { uri, range: regieBereik }, message: tekst }] : undefined;
            f.rollen.forEach((rol, index) => {
                if (regie.telling.facilitator > helft && (rol === 'dirigent' || rol === 'regelaar')) {
                    ctx.meld(f, `In de uitvoering is de gemeente ${rol}, maar in het regie-blok laat zij ${regie.telling.facilitator} van de ${regie.aantal} categorieën aan de actoren over (facilitator). Die twee beelden sluiten niet op elkaar aan (R1 §2.3 fig. 3).`,
                        { property: 'rollen', index, relatedInformation: related(`${regie.telling.facilitator} × actoren`) });
                } else if (regie.telling['bepalende-regisseur'] > helft && (rol === 'facilitator' || rol === 'bemiddelaar')) {
                    ctx.meld(f, `In de uitvoering is de gemeente ${rol}, maar in het regie-blok bepaalt zij ${regie.telling['bepalende-regisseur']} van de ${regie.aantal} categorieën zelf (bepalende regisseur). Partners weten dan niet hoeveel ruimte zij echt krijgen (R1 §2.3 fig. 3).`,
                        { property: 'rollen', index, relatedInformation: related(`${regie.telling['bepalende-regisseur']} × gemeente`) });
                }
            });
        }
    }
};
