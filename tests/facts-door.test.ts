import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Gemeente } from '../language/generated/ast.js';
import type { Feit, GemeenteFeiten, TeamFeiten } from '../language/inference/facts.js';
import { hoogsteFeit, TEAM_KENMERKEN } from '../language/inference/facts.js';
import type { GovernanceProfile, IngredientStem } from '../language/inference/profile-types.js';
import { ingredientRichting } from '../language/presentation/profile-text.js';
import { maakVergelijking } from '../language/summary/comparison.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import { services, valideer } from './helpers.js';

/**
 * Words and pictures read the facts (docs/architecture.md): the hover and the summary show what the fact
 * model holds, not what they would find by walking the AST themselves. Some tests below hand them facts
 * that differ from the file: a hover or summary that computed the fact on its own would show the file.
 */
const profielen = services.inference.ProfileProvider;
const bronnen = { profielen, documentatie: services.documentation.DocumentationProvider };

async function hoverOp(tekst: string, bij: string, extra = 1): Promise<string> {
    const doc = await valideer(tekst);
    const h = await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(tekst.indexOf(bij) + extra) });
    return h ? (h.contents as { value: string }).value : '';
}

/** Every gemeente's facts pass through `aanpassen` from now on (for documents parsed after this call). */
function andereFeiten(aanpassen: (echt: GemeenteFeiten) => GemeenteFeiten): void {
    const echt = profielen.feiten.bind(profielen);
    vi.spyOn(profielen, 'feiten').mockImplementation((g: Gemeente) => aanpassen(echt(g)));
}

afterEach(() => { vi.restoreAllMocks(); });

const TEAM_VOL = `gemeente Vol {
    partij Welzijn "Stichting Welzijn"
    partij Zorg "Zorggroep"
    team Noord "Wijkteam Noord" {
        gebied "Noord"
        breedte smal
        samenstelling generalisten specialisten
        doelgroep specifieke-groepen
        lijn eerste tweede
        toegang nee
        jeugdzorg verbonden
        basiszorg apart
        regelruimte redelijk
        teamleider nee
        omvang 14
        leden Welzijn, Zorg
        doel "Minder wachttijd" { indicator "Wachttijd in weken" }
    }
    fase kaderstelling { gemeente opdrachtgever  rol Welzijn opdrachtnemer  bekostiging Welzijn contract }
    fase verkenning { gemeente regisseur  rol Welzijn adviseur  rol Zorg adviseur }
    fase uitvoering { bekostiging Welzijn p-x-q  bekostiging Zorg lumpsum }
}
`;

describe('the party hover reads its roles and funding per phase from the facts', () => {
    test('one row per phase in cycle order, with every role and funding line, and the teams', async () => {
        const tekst = await hoverOp(TEAM_VOL, 'partij Welzijn', 'partij '.length + 1);
        expect(tekst).toContain('| fase | rol | bekostiging |\n|---|---|---|\n| verkenning | adviseur | — |\n| kaderstelling | opdrachtnemer | contract |\n| uitvoering | — | p-x-q |');
        expect(tekst).toContain('Lid van team Noord.');
    });

    test('what the facts say, even where the file says otherwise', async () => {
        andereFeiten(echt => ({
            ...echt,
            partij: p => ({ partij: p, perFase: [{ fase: 'evaluatie', rollen: [{ waarde: 'uitvoerder' } as Feit], bekostiging: [{ waarde: 'lumpsum' } as Feit] }], teams: [] })
        }));
        const tekst = await hoverOp(TEAM_VOL, 'partij Welzijn', 'partij '.length + 1);
        expect(tekst).toContain('| evaluatie | uitvoerder | lumpsum |');
        expect(tekst).not.toContain('| verkenning |');
        expect(tekst).not.toContain('Lid van team');
    });
});

describe('team characteristics: one list, read by the hover and the summary', () => {
    test('the facts hold every characteristic of a team that has all of them, in the order of R1', async () => {
        const doc = await valideer(TEAM_VOL);
        const team = profielen.feiten(doc.parseResult.value.elementen[0] as Gemeente).teams[0];
        expect(team.kenmerken.map(k => k.soort)).toEqual(TEAM_KENMERKEN);
        expect(team.kenmerken.find(k => k.soort === 'samenstelling')!.waarden).toEqual(['generalisten', 'specialisten']);
    });

    test('for a team with all characteristics the hover and the summary say the same, in the vocabulary\'s words', async () => {
        const tekst = await hoverOp(TEAM_VOL, 'team Noord', 'team '.length + 1);
        const s = maakSamenvatting(await valideer(TEAM_VOL), 'vol.sturing', bronnen);
        const kaart = s.gemeenten[0].teams[0].kenmerken;
        expect(kaart).toEqual([
            'gebied Noord', 'smal team', 'generalisten en specialisten', 'voor specifieke groepen', 'eerste en tweede lijn',
            'geen toegang tot ondersteuning', 'jeugdzorg verbonden', 'basiszorg apart', 'redelijke regelruimte', 'zonder teamleider', '14 medewerkers'
        ]);
        expect(tekst).toContain(`Kenmerken: ${kaart.join(', ')}.`);
    });

    test('both show what the facts hold, not what they would read from the team themselves', async () => {
        andereFeiten(echt => ({
            ...echt,
            teams: echt.teams.map((t): TeamFeiten => ({ ...t, kenmerken: [{ soort: 'breedte', waarden: ['breed'], plek: t.kenmerken[0].plek }], doelen: [] }))
        }));
        const tekst = await hoverOp(TEAM_VOL, 'team Noord', 'team '.length + 1);
        expect(tekst).toContain('Kenmerken: breed team.');
        expect(tekst).toContain('Doelen: 0 (0 met indicator).');
        const s = maakSamenvatting(await valideer(TEAM_VOL), 'vol.sturing', bronnen);
        expect(s.gemeenten[0].teams[0].kenmerken).toEqual(['breed team']);
        expect(s.gemeenten[0].teams[0].doelen).toEqual([]);
    });
});

describe('the declared and the ambition type: one accessor in the facts', () => {
    const TEKST = 'gemeente Opgave {\n    governancetype netwerksturing\n    ambitie { governancetype frontlijnsturing }\n}\n';

    test('the facts hold both, the first line of each', async () => {
        const doc = await valideer(TEKST.replace('governancetype netwerksturing', 'governancetype netwerksturing\n    governancetype expertsturing'));
        const o = profielen.feiten(doc.parseResult.value.elementen[0] as Gemeente).opgegevenType;
        expect([o.gedeclareerd?.kern, o.ambitie?.kern]).toEqual(['netwerksturing', 'frontlijnsturing']);
    });

    test('the gemeente hover and the summary read them from there', async () => {
        andereFeiten(echt => ({ ...echt, opgegevenType: { gedeclareerd: { ...echt.opgegevenType.gedeclareerd!, waarde: 'vraagsturing', kern: 'vraagsturing' } } }));
        const tekst = await hoverOp(TEKST, 'Opgave');
        expect(tekst).toContain('Zelf opgegeven: vraagsturing.');
        const g = maakSamenvatting(await valideer(TEKST), 'opgave.sturing', bronnen).gemeenten[0];
        expect([g.gedeclareerd, g.ambitieType]).toEqual(['vraagsturing', null]);
    });
});

describe('ties and the steering ladder are derived once, in inference/', () => {
    test('a voice carries its tie set, and the words read it instead of counting again', async () => {
        const doc = await valideer(TEAM_VOL);
        const p = profielen.profiel(doc.parseResult.value.elementen[0] as Gemeente);
        for (const v of p.governancetype.ingredienten) expect(v.wijstOp.length === 1 ? v.wijstOp[0] : undefined).toBe(v.leidt);
        const gelijk = { ...p.governancetype.ingredienten[0], wijstOp: ['netwerksturing', 'expertsturing'] } as IngredientStem;
        expect(ingredientRichting(gelijk)).toBe('netwerksturing en expertsturing gelijk');
    });

    test('the levels between now and the ambition come from the framework\'s ranks', async () => {
        const doc = await valideer('gemeente Trap {\n    fase uitvoering { sturing-op input }\n    ambitie { sturing-op outcome }\n}\n');
        const s = profielen.profiel(doc.parseResult.value.elementen[0] as Gemeente).sturingOp;
        expect([s.huidig, s.ambitie, s.kloof, s.tussen]).toEqual(['input', 'outcome', 3, ['throughput', 'output']]);
    });
});

describe('the certainty of a phase\'s type: derived once, read by the phase hover and the summary\'s cycle table', () => {
    test('never firmer than the phase\'s conception, in both places', async () => {
        // A profile whose type in the exploration is firmer than its conception (the inference may not make one today).
        const echt = profielen.profiel.bind(profielen);
        vi.spyOn(profielen, 'profiel').mockImplementation((g: Gemeente): GovernanceProfile => {
            const p = echt(g);
            return {
                ...p,
                opvatting: { ...p.opvatting, fasen: p.opvatting.fasen.map(f => f.fase === 'verkenning' ? { ...f, zekerheid: 'zwak' } : f) },
                governancetype: { ...p.governancetype, fasen: p.governancetype.fasen.map(f => f.fase === 'verkenning' ? { ...f, primair: 'netwerksturing', zekerheid: 'sterk' } : f) }
            };
        });
        const tekst = await hoverOp(TEAM_VOL, 'fase verkenning', 2);
        expect(tekst).toContain('**Governancetype van deze fase:** netwerksturing (zwak onderbouwd).');
        const cyclus = maakSamenvatting(await valideer(TEAM_VOL), 'vol.sturing', bronnen).gemeenten[0].cyclus;
        expect(cyclus.find(c => c.fase === 'verkenning')!.type).toBe('netwerksturing (zwak onderbouwd)');
    });
});

describe('the comparison reads the highest rung of participation from the facts', () => {
    test('of raadplegen, coproductie and informeren written in three phases, the row says coproductie', async () => {
        const tekst = `gemeente Trap {
    fase verkenning { gemeente regisseur  burgerparticipatie raadplegen }
    fase uitvoering { gemeente facilitator  burgerparticipatie coproductie }
    fase evaluatie { gemeente regisseur  burgerparticipatie informeren }
}
`;
        const document = await valideer(tekst);
        const [rij] = maakVergelijking([{ document, bestand: 'trap.sturing' }], bronnen);
        expect(rij.participatie).toBe('coproductie');
        expect(hoogsteFeit([])).toBeUndefined();
    });
});
