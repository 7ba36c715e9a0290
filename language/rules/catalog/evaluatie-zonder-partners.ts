import { AstUtils } from 'langium';
import { isFase } from '../../generated/ast.js';
import { rangVan } from '../../framework/vocabulary.js';
import { gemeenteVan } from '../../util/ast-util.js';
import { actie, keuze, sjabloon, voegToeAanEind } from '../edits.js';
import { regel } from '../rule-types.js';

const rang = (niveau: string) => rangVan('ParticipatieNiveau', niveau) ?? 0;

export const evaluatieZonderPartners = regel({
    id: 'evaluatie-zonder-partners',
    standaard: 'info',
    titel: 'De evaluatie noemt alleen de gemeente, geen partners.',
    bron: 'R1 §2.4 fase 4',
    aanbeveling: 'cyclus',
    berichten: {
        alleenGemeente: 'In de evaluatie staat alleen de gemeente. Beoordeel het effect samen met de organisaties, als adviseur of partner: zij brengen kennis in die de gemeente zelf niet heeft.',
        geenOrganisaties: 'In de evaluatie doen burgers mee, maar geen van de organisaties. Laat ook de uitvoerders het effect mee beoordelen, als adviseur of partner: zij zien in de uitvoering wat de gemeente niet ziet.'
    },
    afwezigheid: 'element',
    checks: {
        Gemeente: (g, ctx) => {
            const evaluatie = ctx.feiten(g).fase('evaluatie');
            if (!evaluatie || evaluatie.van('partijrol').length > 0) return;
            const burgers = evaluatie.van('participatie').some(p => rang(p.kern) > 0);
            // An evaluation that names no one yet (often: "the municipality is evaluating", no more known) does not
            // say that the municipality evaluates alone; rol-ontbreekt asks for its role first.
            if (!burgers && evaluatie.van('rol').length === 0) return;
            ctx.meld(evaluatie.nodes[0], burgers ? 'geenOrganisaties' : 'alleenGemeente', { property: 'soort' });
        }
    },
    // Which organisation, and as what, is for the advisor to choose: a template with the declared organisations.
    herstel: ctx => {
        const evaluatie = AstUtils.getContainerOfType(ctx.node, isFase);
        const gemeente = evaluatie && gemeenteVan(evaluatie);
        const organisaties = (gemeente?.partijen ?? []).filter(p => p.soort === 'partij' && p.name).map(p => p.name);
        const edit = evaluatie && organisaties.length > 0 && voegToeAanEind(ctx.document, evaluatie, `rol ${keuze(organisaties)} ${keuze(['partner', 'adviseur'], 2)}`);
        return edit ? [actie('Voeg een organisatie toe die het effect mee beoordeelt', ctx.document, ctx.diagnostic, [sjabloon(edit)], true)] : [];
    }
});
