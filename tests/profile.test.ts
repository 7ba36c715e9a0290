import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isGemeente, type Gemeente } from '../language/generated/ast.js';
import { inferProfile } from '../language/inference/infer-profile.js';
import type { GovernanceProfile } from '../language/inference/profile-types.js';
import { leesVoorbeeld, valideer } from './helpers.js';

async function profielVan(tekst: string): Promise<{ p: GovernanceProfile; gemeente: Gemeente }> {
    const doc = await valideer(tekst);
    expect(doc.parseResult.parserErrors).toEqual([]);
    const gemeente = doc.parseResult.value.elementen.find(isGemeente)!;
    return { p: inferProfile(gemeente), gemeente };
}

function fixture(naam: string): string {
    return readFileSync(new URL(`./fixtures/typen/${naam}.sturing`, import.meta.url), 'utf8');
}

function labels(p: GovernanceProfile, ingredient: string): string[] {
    return p.governancetype.ingredienten.find(i => i.ingredient === ingredient)!.feiten.map(f => f.label);
}

describe('Groningen 2014 reproduces the researchers\' conclusion (R1 §3.1.4)', () => {
    test('governance type: netwerksturing first, integrale beleidssturing as secondary trait', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.governancetype.primair).toBe('netwerksturing');
        expect(p.governancetype.secundair).toBe('integrale-beleidssturing');
        const volgorde = Object.entries(p.governancetype.scores).filter(([id]) => !id.includes('-overheid') && id !== 'new-public-management').sort((a, b) => b[1] - a[1]).map(([id]) => id);
        expect(volgorde.slice(0, 2)).toEqual(['netwerksturing', 'integrale-beleidssturing']);
        expect(p.governancetype.dichterBij).toBeUndefined();
    });

    test('conception: governance overall and in every phase; the covenant keeps kaderstelling governance', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.opvatting.geheel).toBe('governance');
        expect(p.opvatting.fasen.map(f => [f.fase, f.opvatting])).toEqual([['verkenning', 'governance'], ['kaderstelling', 'governance'], ['uitvoering', 'governance']]);
        const kader = p.opvatting.fasen.find(f => f.fase === 'kaderstelling')!;
        const convenant = kader.feiten.find(f => f.label === 'instrument convenant in kaderstelling')!;
        expect(convenant.gewicht).toEqual({ governance: 1 });
        const opdrachtgever = kader.feiten.find(f => f.waarde === 'opdrachtgever')!;
        expect(opdrachtgever.noot).toMatch(/in elke sturingsopvatting opdrachtgever/);
        // NPM elements are visible in the contracting phase, yet governance dominates.
        expect(kader.aandelen.government).toBeGreaterThan(0);
        expect(kader.aandelen.governance).toBeGreaterThan(kader.aandelen.government + kader.aandelen.npm);
    });

    test('regierol: a mix of bepalende regisseur (5) and coproducent (4)', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.regie.telling).toEqual({ 'bepalende-regisseur': 5, coproducent: 4, facilitator: 0 });
        expect(p.regie.dominant).toBe('bepalende-regisseur');
        expect(p.regie.typering).toBe('mix van bepalende regisseur en coproducent');
    });

    test('steering level: now input, ambition outcome, a gap of three steps', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.sturingOp.huidig).toBe('input');
        expect(p.sturingOp.ambitie).toBe('outcome');
        expect(p.sturingOp.kloof).toBe(3);
    });

    test('policy cycle: the small cycle, evaluation missing', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.cyclus).toEqual({ soort: 'klein', aanwezig: ['verkenning', 'kaderstelling', 'uitvoering'], ontbrekend: ['evaluatie'] });
    });

    test('citizen participation: mainly advisory councils and consultation', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(labels(p, 'participatie')).toEqual(['burgerparticipatie adviseren in verkenning', 'burgerparticipatie raadplegen in uitvoering']);
    });
});

describe('one fictional example per governance type, plus the two classic models', () => {
    const gevallen: Array<[string, string, Record<string, string>]> = [
        ['integrale-beleidssturing', 'integrale-beleidssturing', { verantwoordelijkheid: 'verantwoordelijkheid gemeente', rol: 'gemeente dirigent in kaderstelling', kennisbron: 'kennisbron ambtenaren in verkenning', participatie: 'burgerparticipatie adviseren in verkenning' }],
        ['expertsturing', 'expertsturing', { verantwoordelijkheid: 'verantwoordelijkheid experts', rol: 'gemeente regelaar in kaderstelling', kennisbron: 'kennisbron experts in verkenning', participatie: 'burgerparticipatie informeren in verkenning' }],
        ['netwerksturing', 'netwerksturing', { verantwoordelijkheid: 'verantwoordelijkheid gemeente', rol: 'gemeente regisseur in verkenning', kennisbron: 'kennisbron professionals in verkenning', participatie: 'burgerparticipatie raadplegen in verkenning' }],
        ['frontlijnsturing', 'frontlijnsturing', { verantwoordelijkheid: 'verantwoordelijkheid burgers-en-professionals', rol: 'gemeente onderhandelaar in verkenning', kennisbron: 'professionals én burgers samen (governancenetwerk) in verkenning', participatie: 'burgerparticipatie coproductie in verkenning' }],
        ['vraagsturing', 'vraagsturing', { verantwoordelijkheid: 'verantwoordelijkheid individuele-burger', rol: 'gemeente bemiddelaar in verkenning', kennisbron: 'kennisbron burgers in verkenning', participatie: 'burgerparticipatie zelfbestuur in verkenning' }]
    ];

    test.each(gevallen)('%s', async (bestand, type, kernfeiten) => {
        const { p } = await profielVan(fixture(bestand));
        expect(p.governancetype.primair).toBe(type);
        expect(p.governancetype.dichterBij).toBeUndefined();
        for (const [ingredient, feit] of Object.entries(kernfeiten)) {
            expect(labels(p, ingredient)).toContain(feit);
            const f = p.governancetype.ingredienten.find(i => i.ingredient === ingredient)!.feiten.find(x => x.label === feit)!;
            expect(f.affiniteit[type as never]).toBeGreaterThanOrEqual(0.75);
        }
        expect(p.waarom[0]).toMatch(new RegExp(`^${type.replace('-', ' ')} \\(\\d+%\\) door: `));
    });

    test('pure classic government is closer to klassieke overheidssturing than to any governance type', async () => {
        const { p } = await profielVan(fixture('klassieke-overheidssturing'));
        expect(p.governancetype.dichterBij).toBe('klassieke-overheidssturing');
        expect(p.opvatting.geheel).toBe('government');
        expect(p.waarom).toContain('ligt nog dichter bij klassieke overheidssturing (100%) dan bij een governancetype (R2 §2.2)');
    });

    test('pure NPM is closer to New Public Management than to any governance type', async () => {
        const { p } = await profielVan(fixture('new-public-management'));
        expect(p.governancetype.dichterBij).toBe('new-public-management');
        expect(p.opvatting.geheel).toBe('npm');
        expect(p.opvatting.fasen.map(f => f.opvatting)).toEqual(['npm', 'npm']);
    });
});

describe('changing one ingredient moves the scores the right way', () => {
    test('more citizen participation moves netwerksturing towards frontlijnsturing', async () => {
        const basis = fixture('netwerksturing');
        const { p: voor } = await profielVan(basis);
        const { p: na } = await profielVan(basis.replaceAll('burgerparticipatie raadplegen', 'burgerparticipatie coproductie'));
        expect(na.governancetype.scores.frontlijnsturing).toBeGreaterThan(voor.governancetype.scores.frontlijnsturing);
        expect(na.governancetype.scores.netwerksturing).toBeLessThan(voor.governancetype.scores.netwerksturing);
    });

    test('a dirigent instead of a regisseur moves towards integrale beleidssturing', async () => {
        const basis = fixture('netwerksturing');
        const { p: voor } = await profielVan(basis);
        const { p: na } = await profielVan(basis.replaceAll('gemeente regisseur', 'gemeente dirigent'));
        expect(na.governancetype.scores['integrale-beleidssturing']).toBeGreaterThan(voor.governancetype.scores['integrale-beleidssturing']);
        expect(na.governancetype.scores.netwerksturing).toBeLessThan(voor.governancetype.scores.netwerksturing);
    });

    test('a contract instead of a covenant moves the contracting phase towards NPM', async () => {
        const basis = fixture('netwerksturing');
        const { p: voor } = await profielVan(basis);
        const { p: na } = await profielVan(basis.replace('instrument convenant "Samenwerkingsconvenant"', 'instrument contract "Contract"').replace('eisen gezamenlijk', 'eisen gemeente'));
        const kader = (p: GovernanceProfile) => p.opvatting.fasen.find(f => f.fase === 'kaderstelling')!;
        expect(kader(na).aandelen.npm).toBeGreaterThan(kader(voor).aandelen.npm);
        expect(kader(voor).opvatting).toBe('governance');
    });
});

describe('per phase and edge cases', () => {
    test('Voorbeeldstad: netwerksturing with traits of frontlijnsturing; evaluation typed as frontlijnsturing', async () => {
        const { p } = await profielVan(leesVoorbeeld('voorbeeldstad.sturing'));
        expect([p.governancetype.primair, p.governancetype.secundair]).toEqual(['netwerksturing', 'frontlijnsturing']);
        expect(p.fasetypen.map(f => [f.fase, f.type])).toEqual([['verkenning', 'netwerksturing'], ['kaderstelling', 'netwerksturing'], ['uitvoering', 'netwerksturing'], ['evaluatie', 'frontlijnsturing']]);
        expect(p.regie.typering).toBe('ruimte latende regisseur (vooral coproducent)');
        expect(p.cyclus.soort).toBe('groot');
    });

    test('an empty gemeente has no type and says so', async () => {
        const { p } = await profielVan('gemeente Leeg { }');
        expect(p.governancetype.primair).toBeUndefined();
        expect(p.opvatting.geheel).toBeUndefined();
        expect(p.cyclus.soort).toBe('onvolledig');
        expect(p.waarom).toEqual(['beleidscyclus onvolledig: verkenning, kaderstelling, uitvoering, evaluatie ontbreken']);
    });

    test('inference is deterministic', async () => {
        const tekst = leesVoorbeeld('voorbeeldstad.sturing');
        const a = (await profielVan(tekst)).p;
        const b = (await profielVan(tekst)).p;
        expect(JSON.stringify(b.governancetype.scores)).toBe(JSON.stringify(a.governancetype.scores));
        expect(b.waarom).toEqual(a.waarom);
    });
});
