import type { Kennisbron } from '../../generated/ast.js';
import { INGREDIENTEN, type GovernanceTypeId, type IngredientId } from '../../framework/governance-type-model.js';
import { KENNISNETWERKEN } from '../../framework/inference-tables.js';
import { begrip, hoogsteRang, rangVan, WOORDENSCHAT, type Begrip, type Categorie } from '../../framework/vocabulary.js';
import type { Feit, GemeenteFeiten } from '../../inference/facts.js';
import type { IngredientStem } from '../../inference/profile-types.js';
import { ingredientWoord, opsomming, typeLabel } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';

/** Whether values named for one ingredient point to the type at all (as core or as trait, R1 fig. 2). */
function wijstNaar(type: GovernanceTypeId, ingredient: IngredientId, feiten: Feit[], participatie: Feit[]): boolean {
    if (ingredient === 'kennisbron') {
        // The network the sources form depends on how far citizens take part (R1 §2.2 element 3 and 4).
        const bronnen = new Set(feiten.map(f => f.kern as Kennisbron));
        const rang = hoogsteRang('ParticipatieNiveau', participatie.map(f => f.kern));
        return KENNISNETWERKEN.some(n => n.typen[type] !== undefined && n.past(bronnen, rang));
    }
    if (ingredient === 'participatie') {
        // Participation is a ladder (R1 §2.2 element 4): reaching the type's rung or going beyond it moves towards it.
        const rang = (w: string) => rangVan('ParticipatieNiveau', w) ?? -1;
        const trede = Object.entries(WOORDENSCHAT.ParticipatieNiveau as Record<string, Begrip>).find(([, b]) => b.typen?.[type] === 'kern')?.[0];
        return trede !== undefined && feiten.some(f => rang(f.kern) >= rang(trede));
    }
    const categorie: Categorie = ingredient === 'rol' ? 'GemeenteRol' : 'Verantwoordelijkheid';
    return feiten.some(f => begrip(categorie, f.kern)?.typen?.[type] !== undefined);
}

/** Where the responsibility lies, after "blijft": "gedeeld met de uitvoerders", "bij de gemeente". */
const VERANTWOORDELIJKHEID: Record<string, string> = {
    gemeente: 'bij de gemeente', gedeeld: 'gedeeld met de uitvoerders', gezamenlijk: 'gezamenlijk', experts: 'bij experts',
    'burgers-en-professionals': 'bij burgers en professionals', 'individuele-burger': 'bij de individuele burger'
};

/** What stays as it is now, for one ingredient, in words a reader uses (not the table's "kennisbron / netwerk …"). */
function blijft(v: IngredientStem, alle: GemeenteFeiten): string {
    const feiten = [...v.stemmen, ...v.neutraal].map(st => st.feit);
    const labels = (soort: Feit['soort'], categorie: Categorie) => [...new Set(feiten.filter(f => f.soort === soort).map(f => begrip(categorie, f.kern)?.label ?? f.waarde))];
    switch (v.ingredient) {
        case 'verantwoordelijkheid': {
            const waar = [...new Set(feiten.filter(f => f.soort === 'verantwoordelijkheid').map(f => VERANTWOORDELIJKHEID[f.kern] ?? f.waarde))];
            return waar.length ? `de verantwoordelijkheid blijft ${opsomming(waar)}` : `het scenario blijft ${opsomming(labels('scenario', 'Scenario'))}`;
        }
        case 'rol': return `de gemeente blijft ${opsomming(labels('rol', 'GemeenteRol'))}`;
        // The sources count together, as the network they form: every source written, not only the one that voted.
        case 'kennisbron': return `het beleid blijft rusten op ${opsomming([...new Set(alle.van('kennisbron').map(f => begrip('Kennisbron', f.kern)?.label ?? f.waarde))])}`;
        case 'participatie': return `de burgerparticipatie blijft bij ${opsomming(labels('participatie', 'ParticipatieNiveau'))}`;
    }
}

const AMBITIE_SOORT: Record<IngredientId, Feit['soort']> = {
    verantwoordelijkheid: 'ambitie-verantwoordelijkheid', rol: 'ambitie-rol', kennisbron: 'ambitie-kennisbron', participatie: 'ambitie-participatie'
};

export const ambitieTypeAfwijkend = regel({
    id: 'ambitie-type-afwijkend',
    standaard: 'info',
    titel: 'De ambitie noemt een governancetype waar de ambitie zelf (rol, participatie, verantwoordelijkheid, kennisbron) niet naartoe beweegt.',
    bron: 'R1 §2.2 fig. 2',
    aanbeveling: 'typering',
    berichten: {
        beweegtNiet: 'De ambitie is {{type}}, maar {{achter}}. Beschrijf in de ambitie hoe dat verandert, of kies een type dat erbij past.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const ambitieType = feiten.opgegevenType.ambitie;
            if (!ambitieType) return;
            const type = ambitieType.kern as GovernanceTypeId;
            const nu = ctx.profiel(g).governancetype;
            const achter: Array<{ ingredient: IngredientId; zin: string }> = [];
            for (const info of INGREDIENTEN) {
                const genoemd = feiten.van(AMBITIE_SOORT[info.id]);
                if (genoemd.length > 0) {
                    if (!wijstNaar(type, info.id, genoemd, feiten.van('ambitie-participatie'))) {
                        const categorie: Categorie = info.id === 'rol' ? 'GemeenteRol' : info.id === 'kennisbron' ? 'Kennisbron' : info.id === 'participatie' ? 'ParticipatieNiveau' : 'Verantwoordelijkheid';
                        achter.push({ ingredient: info.id, zin: `voor ${ingredientWoord(info.id)} noemt de ambitie ${opsomming(genoemd.map(f => begrip(categorie, f.kern)?.label ?? f.waarde))}, en dat past er niet bij` });
                    }
                    continue;
                }
                const stem = nu.ingredienten.find(v => v.ingredient === info.id)!;
                if (stem.stemmen.length > 0 && stem.verdeling[type] === 0) achter.push({ ingredient: info.id, zin: blijft(stem, feiten) });
            }
            if (achter.length === 0) return;
            // Three or more: their names say enough (the values are on the hover and in the summary), and the message stays short.
            const tekst = achter.length >= 3 ? `${opsomming(achter.map(a => ingredientWoord(a.ingredient)))} bewegen niet mee` : opsomming(achter.map(a => a.zin));
            ctx.meldBij(ambitieType, 'beweegtNiet', { data: { type: typeLabel(type), achter: tekst } });
        }
    }
});
