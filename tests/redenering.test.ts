import { describe, expect, test } from 'vitest';
import { isGemeente } from '../language/generated/ast.js';
import { GEWICHTEN } from '../language/framework/weights.js';
import type { GovernanceProfile } from '../language/inference/profile-types.js';
import { redeneringAlinea } from '../language/presentation/redenering.js';
import { regieTypering, regieZin, typeZin } from '../language/presentation/profile-text.js';
import { services, valideer } from './helpers.js';

/**
 * The researchers' order of reasoning (R1 §3.x.4), one principle per test, each on a small realistic
 * municipality: conception per phase from its own Fig. 1 rows, the whole from the course-setting phases,
 * the type within the conception, certainty that means what it says.
 */

async function profiel(tekst: string): Promise<GovernanceProfile> {
    const doc = await valideer(tekst);
    expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    return services.inference.ProfileProvider.profiel(doc.parseResult.value.elementen.find(isGemeente)!);
}

const fase = (p: GovernanceProfile, soort: string) => p.opvatting.fasen.find(f => f.fase === soort)!;
/** What the rows of a phase say, without the syntax tree behind them. */
const rijen = (p: GovernanceProfile, soort: string) => fase(p, soort).rijen.map(r => ({ rij: r.rij, leidt: r.leidt, verdeling: r.verdeling, regels: r.stemmen.map(s => `${s.feit.soort} ${s.feit.waarde}`) }));

describe('a phase stands on its own evidence', () => {
    test('a phase whose only line is the market-master role is NPM, weakly, and its type expertsturing, weakly', async () => {
        const p = await profiel(`gemeente Marktdorp {
    verantwoordelijkheid gedeeld
    fase kaderstelling { gemeente marktmeester }
}`);
        expect([fase(p, 'kaderstelling').opvatting, fase(p, 'kaderstelling').zekerheid]).toEqual(['npm', 'zwak']);
        expect([p.governancetype.fasen[0].primair, p.governancetype.fasen[0].zekerheid]).toEqual(['expertsturing', 'zwak']);
    });

    test('the gemeente\'s regie block does not decide a phase: it describes the regierol', async () => {
        const zonder = await profiel(`gemeente Regiedorp {
    fase uitvoering {
        gemeente regisseur
        monitoring gemeente
    }
}`);
        const met = await profiel(`gemeente Regiedorp {
    fase uitvoering {
        gemeente regisseur
        monitoring gemeente
    }
    regie {
        visie gezamenlijk
        doel gezamenlijk
        sturing gezamenlijk
        randvoorwaarden gezamenlijk
        afstemming gezamenlijk
    }
}`);
        expect(rijen(met, 'uitvoering')).toEqual(rijen(zonder, 'uitvoering'));
        expect(regieTypering(met)).toBe('ruimte latende regisseur (vooral coproducent)');
        // Where the certainty follows in brackets, the explanation goes after a comma: one pair of brackets.
        expect(redeneringAlinea(met).at(-1)).toMatch(/^De regierol: ruimte latende regisseur, vooral coproducent \(stevig onderbouwd; r\. [\d, en]+\)\.$/);
        expect(regieZin(met)).toBe('ruimte latende regisseur, vooral coproducent (5 × coproducent; stevig onderbouwd)');
    });

    test('an execution that names no role for the municipality runs under the assignment of contracting (R1 §2.4 fase 3)', async () => {
        const tekst = (rol: string) => `gemeente Opdrachtstad {
    partij Zorg "Zorg" soort zorg
    fase kaderstelling {
        gemeente opdrachtgever
        eisen gemeente
        bekostiging Zorg p-x-q
    }
    fase uitvoering {
${rol}        rol Zorg uitvoerder
        monitoring gezamenlijk
    }
}`;
        expect(fase(await profiel(tekst('')), 'uitvoering')).toMatchObject({ samenMet: 'kaderstelling', opvatting: 'npm' });
        // Choosing another role in execution (the frontlijn option of R1 §2.4 fase 3): read on its own.
        const eigen = fase(await profiel(tekst('        gemeente coproducent, onderhandelaar\n')), 'uitvoering');
        expect([eigen.samenMet, eigen.opvatting]).toEqual([undefined, 'governance']);
    });

    test('a label never rests on a minority: one row for and one against leaves the phase mixed', async () => {
        const p = await profiel(`gemeente Tweestrijd {
    partij Zorg "Zorg" soort zorg
    fase kaderstelling {
        gemeente opdrachtgever
        eisen gezamenlijk
    }
}`);
        const k = fase(p, 'kaderstelling');
        expect([k.opvatting, k.gemengd, k.zekerheid]).toEqual([undefined, ['npm', 'governance'], 'zwak']);
        expect(redeneringAlinea(p)[0]).toMatch(/^In de kaderstelling een mengvorm van NPM en governance/);
    });
});

describe('words lean the way the researchers read them', () => {
    test('opdrachtgever counts as NPM; the same position played less hard (zachte-opdrachtgever) with joint requirements is governance', async () => {
        const tekst = (rol: string, eisen: string) => `gemeente Opdrachtdorp {
    partij Zorg "Zorg" soort zorg
    fase kaderstelling {
        gemeente ${rol}
        rol Zorg opdrachtnemer
        eisen ${eisen}
    }
}`;
        expect(fase(await profiel(tekst('opdrachtgever', 'gemeente')), 'kaderstelling').opvatting).toBe('npm');
        expect(fase(await profiel(tekst('zachte-opdrachtgever', 'gezamenlijk')), 'kaderstelling').opvatting).toBe('governance');
    });

    test('the problem definition does not vote: it is checked against the conception', async () => {
        const tekst = (probleem: string) => `gemeente Probleemdorp {
    probleem ${probleem}
    partij Zorg "Zorg" soort zorg
    fase kaderstelling {
        gemeente opdrachtgever
        eisen gemeente
        instrument contract
    }
}`;
        const helder = await profiel(tekst('helder'));
        const onduidelijk = await profiel(tekst('onduidelijk'));
        expect(rijen(onduidelijk, 'kaderstelling')).toEqual(rijen(helder, 'kaderstelling'));
        expect([helder.opvatting.situatie?.past, onduidelijk.opvatting.situatie?.past]).toEqual([true, false]);
        expect(redeneringAlinea(onduidelijk)[0]).toContain('Het probleem heet onduidelijk, maar daarbij past NPM volgens R1 fig. 1 niet goed (r. 2)');
    });

    test('advice through the Wmo-raad is not a full vote for integrale beleidssturing: a network municipality stays netwerksturing without that trait', async () => {
        const p = await profiel(`gemeente Raadstad {
    verantwoordelijkheid gemeente
    partij Welzijn "Welzijn" soort welzijn
    adviesraad WmoRaad "Wmo-raad"
    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        kennisbron professionals
        burgerparticipatie adviseren via WmoRaad
        instrument overleg "Netwerkoverleg"
    }
    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
        kennisbron professionals
        burgerparticipatie adviseren via WmoRaad
    }
}`);
        expect([p.governancetype.primair, p.governancetype.secundair]).toEqual(['netwerksturing', undefined]);
    });

    test('a role played only sometimes can show as a trait (R1 §3.1.4: "soms dirigent")', async () => {
        const p = await profiel(`gemeente Somsdorp {
    verantwoordelijkheid gedeeld
    partij Welzijn "Welzijn" soort welzijn
    fase verkenning {
        gemeente vooral regisseur, soms dirigent
        rol Welzijn meedenker
        kennisbron ambtenaren, professionals
        burgerparticipatie raadplegen
    }
}`);
        expect([p.governancetype.primair, p.governancetype.secundair, p.governancetype.secundairGrond]).toEqual(['netwerksturing', 'integrale-beleidssturing', 'rol']);
        expect(typeZin(p)).toBe('netwerksturing, met trekjes van integrale beleidssturing');
    });

    test('doorzettingsmacht: in a phase it speaks to who decides; for the gemeente it shows the tight side of the role as a trait', async () => {
        const p = await profiel(`gemeente Doorzetdorp {
    verantwoordelijkheid gedeeld
    doorzettingsmacht ja "vast budget"
    partij Welzijn "Welzijn" soort welzijn
    fase verkenning {
        gemeente regisseur
        rol Welzijn meedenker
        kennisbron professionals
        burgerparticipatie raadplegen
        doorzettingsmacht nee
    }
}`);
        expect(fase(p, 'verkenning').rijen.find(r => r.rij === 'besluitvorming')!.leidt).toBe('governance');
        expect([p.governancetype.secundair, p.governancetype.secundairGrond]).toEqual(['integrale-beleidssturing', 'rol']);
        expect(redeneringAlinea(p)[1]).toContain('in mindere mate integrale beleidssturing als de gemeente haar doorzettingsmacht gebruikt (r. 3)');
    });

    test('responsibility per phase counts for that phase\'s type', async () => {
        const tekst = (v: string) => `gemeente Roerdorp {
    partij Welzijn "Welzijn" soort welzijn
    fase uitvoering {
        gemeente onderhandelaar, regisseur
        rol Welzijn partner
        verantwoordelijkheid ${v}
        burgerparticipatie raadplegen
        monitoring gezamenlijk
    }
}`;
        expect((await profiel(tekst('burgers-en-professionals'))).governancetype.fasen[0].primair).toBe('frontlijnsturing');
        expect((await profiel(tekst('gemeente'))).governancetype.fasen[0].primair).toBe('netwerksturing');
    });
});

describe('no drift towards frontlijnsturing', () => {
    test('citizens named as a knowledge source while only consulted: a service network that hears them (netwerksturing)', async () => {
        const p = await profiel(`gemeente Hoordorp {
    verantwoordelijkheid gedeeld
    partij Welzijn "Welzijn" soort welzijn
    fase verkenning {
        gemeente regisseur, gesprekspartner
        rol Welzijn meedenker
        kennisbron ambtenaren, professionals, burgers
        burgerparticipatie raadplegen
    }
}`);
        expect(p.governancetype.primair).toBe('netwerksturing');
        expect(p.governancetype.ingredienten.find(v => v.ingredient === 'kennisbron')!.leidt).toBe('netwerksturing');
    });

    test('with citizens deciding along, the same sources form a governance network (frontlijnsturing)', async () => {
        const p = await profiel(`gemeente Meedorp {
    verantwoordelijkheid burgers-en-professionals
    partij Welzijn "Welzijn" soort welzijn
    fase verkenning {
        gemeente onderhandelaar
        rol Welzijn partner
        kennisbron professionals, burgers
        burgerparticipatie coproductie
    }
}`);
        expect(p.governancetype.primair).toBe('frontlijnsturing');
    });

    test('gesprekspartner says governance, but Fig. 2 names no type for it', async () => {
        const p = await profiel(`gemeente Gespreksdorp {
    fase verkenning { gemeente gesprekspartner }
}`);
        expect(fase(p, 'verkenning').opvatting).toBe('governance');
        expect(p.governancetype.fasen[0].primair).toBeUndefined();
    });
});

describe('certainty that means what it says', () => {
    test('a regie block split 2-2-2 is a mix, weakly founded, not the strictest column', async () => {
        const p = await profiel(`gemeente Driedorp {
    regie {
        visie gemeente
        doel gemeente
        afstemming gezamenlijk
        sturing gezamenlijk
        randvoorwaarden actoren
        monitoring actoren
    }
}`);
        expect([p.regie.dominant, p.regie.gelijk, p.regie.zekerheid]).toEqual([undefined, ['bepalende-regisseur', 'coproducent', 'facilitator'], 'zwak']);
        expect(redeneringAlinea(p).at(-1)).toBe('De regierol: een mix van bepalende regisseur, coproducent en facilitator, in gelijke delen (zwak onderbouwd; r. 3, 4, 5, 6, 7 en 8).');
    });

    test('the type is never firmer than the conception it was chosen within', async () => {
        const p = await profiel(`gemeente Dunstad {
    verantwoordelijkheid gedeeld
    fase verkenning {
        gemeente regisseur
        kennisbron professionals
        burgerparticipatie raadplegen
    }
}`);
        expect(p.opvatting.fasen[0].zekerheid).toBe('zwak');
        expect(['zwak', 'matig']).toContain(p.opvatting.zekerheid);
        expect(['zwak', 'matig']).toContain(p.governancetype.zekerheid);
    });

    test('a one-line file is weak or insufficient, and the reasoning has no percentages', async () => {
        const p = await profiel('gemeente Eenregel {\n    fase verkenning { gemeente regisseur }\n}');
        expect(['zwak', 'onvoldoende']).toContain(p.governancetype.zekerheid);
        expect(redeneringAlinea(p).join(' ')).not.toMatch(/%|\b0[.,]\d/);
    });
});

describe('the weights table is true to its sources', () => {
    test('every number says its source in R1 or R2, or says it is a choice', () => {
        for (const [id, g] of Object.entries(GEWICHTEN)) expect(g.grond, id).toMatch(/^(Keuze|R[12] §)/);
    });

    test('the numbers that are conventions say so; the rows counted are the five of Fig. 1 that describe practice', () => {
        for (const id of ['matigIngredienten', 'sterkRijen', 'matigRijen', 'ruimeMeerderheid'] as const) expect(GEWICHTEN[id].grond, id).toMatch(/^Keuze/);
        expect(GEWICHTEN.sterkRijen.grond).toContain('vijf rijen');
        expect(Object.keys(GEWICHTEN)).not.toContain('trekjeMinimum');
    });
});
