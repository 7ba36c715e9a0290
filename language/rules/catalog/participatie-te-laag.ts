import { rangVan } from '../../framework/vocabulary.js';
import { typeLabel } from '../../presentation/profile-text.js';
import { regel } from '../rule-types.js';
import { typeVermeldingen } from '../type-vermeldingen.js';

const rang = (niveau: string) => rangVan('ParticipatieNiveau', niveau) ?? -1;

/** What citizens do in each type (R1 §2.2 fig. 2, ingredient 4). */
const BURGERS: Record<string, string> = {
    frontlijnsturing: 'beslissen burgers mee (coproductie)',
    vraagsturing: 'besturen burgers zelf (zelfbestuur)'
};

export const participatieTeLaag = regel({
    id: 'participatie-te-laag',
    standaard: 'waarschuwing',
    titel: 'Frontlijnsturing, vraagsturing of het scenario civil society, terwijl burgerparticipatie nergens verder gaat dan adviseren.',
    bron: 'R1 §2.2 element 4',
    aanbeveling: 'burgers',
    berichten: {
        opgegeven: '{{nu}}, terwijl u de aanpak als {{type}} typeert. Bij {{type}} {{burgers}}; beschrijf waar zij dat doen, of kijk of de typering past.',
        ambitie: '{{nu}}, terwijl de ambitie {{type}} is. Bij {{type}} {{burgers}}; noem in de ambitie hoe ver de burgerparticipatie moet groeien.',
        afgeleid: '{{nu}}, terwijl het ontwerp verder op {{type}} wijst. Bij {{type}} {{burgers}}; beschrijf waar zij meer doen dan adviseren.',
        scenario: { tekst: '{{nu}}, terwijl het scenario civil society is. In dat scenario staan burgers en hun netwerken centraal; beschrijf hoe zij meedoen, bijvoorbeeld in coproductie.', bron: 'R1 §2.2 element 1 en 4' }
    },
    afwezigheid: 'gemeente',
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const niveaus = feiten.van('participatie');
            const hoogste = Math.max(-1, ...niveaus.map(f => rang(f.kern)));
            if (hoogste > rang('adviseren')) return;
            const nu = niveaus.length === 0 ? 'Nergens staat hoe burgers meedoen'
                : `Burgerparticipatie gaat nergens verder dan ${hoogste <= rang('informeren') ? 'informeren' : 'adviseren'}`;
            // An ambition that itself raises participation is on its way; its type is not reported.
            const ambitieHoger = feiten.van('ambitie-participatie').some(f => rang(f.kern) > rang('adviseren'));
            // An inferred type is held against participation only when something about participation is written.
            const v = typeVermeldingen(feiten, ctx.profiel(g), ['frontlijnsturing', 'vraagsturing'])
                .find(x => !(x.bron === 'ambitie' && ambitieHoger) && !(x.bron === 'afgeleid' && niveaus.length === 0));
            if (v) {
                const data = { nu, type: typeLabel(v.type), burgers: BURGERS[v.type] };
                if (v.feit) ctx.meldBij(v.feit, v.bron === 'ambitie' ? 'ambitie' : 'opgegeven', { data });
                else ctx.meld(g, 'afgeleid', { property: 'name', data });
                return;
            }
            const scenario = feiten.algemeen.find(f => f.soort === 'scenario' && f.kern === 'civil-society');
            if (scenario && !ambitieHoger) ctx.meldBij(scenario, 'scenario', { data: { nu } });
        }
    }
});
