import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isGemeente, type Gemeente } from '../language/generated/ast.js';
import { GEWICHTEN } from '../language/framework/weights.js';
import { inferProfile } from '../language/inference/infer-profile.js';
import type { GovernanceProfile, Zekerheid } from '../language/inference/profile-types.js';
import { profielAlsJson } from '../language/presentation/profile-json.js';
import { faseOpvattingZin, regieTypering, typeZin, waaromZinnen } from '../language/presentation/profile-text.js';
import { redeneringAlinea } from '../language/presentation/redenering.js';
import { leesVoorbeeld, services, valideer } from './helpers.js';

async function profielVan(tekst: string): Promise<{ p: GovernanceProfile; gemeente: Gemeente }> {
    const doc = await valideer(tekst);
    expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    const gemeente = doc.parseResult.value.elementen.find(isGemeente)!;
    return { p: services.inference.ProfileProvider.profiel(gemeente), gemeente };
}

function fixture(map: 'typen' | 'profielen', naam: string): string {
    return readFileSync(new URL(`./fixtures/${map}/${naam}.sturing`, import.meta.url), 'utf8');
}

const perFase = (p: GovernanceProfile) => Object.fromEntries(p.opvatting.fasen.map(f => [f.fase, f.opvatting]));
const typePerFase = (p: GovernanceProfile) => Object.fromEntries(p.governancetype.fasen.map(f => [f.fase, f.primair]));
const stevig = (z: Zekerheid) => z === 'sterk' || z === 'matig';

describe('Groningen 2014 reproduces the researchers\' conclusion (R1 §3.1.4)', () => {
    test('governance type: netwerksturing, with traits of integrale beleidssturing; well founded', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.governancetype.primair).toBe('netwerksturing');
        expect(p.governancetype.secundair).toBe('integrale-beleidssturing');
        expect(p.governancetype.dichterBij).toBeUndefined();
        expect(stevig(p.governancetype.zekerheid)).toBe(true);
        expect(typePerFase(p)).toEqual({ verkenning: 'netwerksturing', kaderstelling: 'netwerksturing', uitvoering: 'netwerksturing' });
    });

    test('conception: governance in every phase and overall; contracting and execution read together still show a government row, yet stay governance', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.opvatting.geheel).toBe('governance');
        expect(stevig(p.opvatting.zekerheid)).toBe(true);
        expect(perFase(p)).toEqual({ verkenning: 'governance', kaderstelling: 'governance', uitvoering: 'governance' });
        const kader = p.opvatting.fasen.find(f => f.fase === 'kaderstelling')!;
        // The municipality is still (sometimes) opdrachtgever in execution: the two are one assignment relation.
        expect(kader.samenMet).toBe('uitvoering');
        // A covenant as instrument and as funding is one instrument; the ordinance and the input subsidy are government.
        expect(kader.rijen.find(r => r.rij === 'instrumenten')!.stemmen.map(s => s.feit.waarde)).toEqual(['convenant', 'verordening', 'subsidie', 'stuurgroep', 'overleg']);
        expect(kader.rijen.find(r => r.rij === 'instrumenten')!.leidt).toBe('governance');
        expect(kader.rijen.find(r => r.rij === 'voorwaarden')!.leidt).toBeUndefined();
        expect(kader.rijenTegen).toBe(1);
        // The parties' opdrachtnemer is the position of contracting, in any conception (R1 §2.4): it does not vote.
        expect(kader.rijen.find(r => r.rij === 'relatie')).toBeUndefined();
        expect(kader.neutraal.find(s => s.feit.waarde === 'opdrachtnemer')!.noot).toMatch(/in welke opvatting ook/);
    });

    test('regierol: a mix of bepalende regisseur (5) and coproducent (4)', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.regie.telling).toEqual({ 'bepalende-regisseur': 5, coproducent: 4, facilitator: 0 });
        expect(regieTypering(p)).toBe('mix van bepalende regisseur en coproducent');
        expect(p.regie.zekerheid).toBe('sterk');
    });

    test('steering level: now input, ambition outcome, three steps', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect([p.sturingOp.huidig, p.sturingOp.ambitie, p.sturingOp.kloof]).toEqual(['input', 'outcome', 3]);
    });

    test('citizen participation: mainly the advisory council; it points to integrale beleidssturing', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        const participatie = p.governancetype.ingredienten.find(v => v.ingredient === 'participatie')!;
        expect(participatie.stemmen.map(s => s.feit.waarde)).toEqual(['adviseren', 'raadplegen']);
        expect(participatie.verdeling['integrale-beleidssturing']).toBeGreaterThan(0);
    });

    test('the cycle is incomplete (no evaluation), not the small cycle', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(p.cyclus).toEqual({ soort: 'onvolledig', aanwezig: ['verkenning', 'kaderstelling', 'uitvoering'], ontbrekend: ['evaluatie'] });
    });
});

/**
 * Realistic municipalities written from the framework; each file argues its expected outcome in a
 * comment (tests/fixtures/profielen/). These are the cases the issue names: a joint exploration then a
 * per-product tender, everything joint with a covenant, a municipality that decides alone, a
 * clear-problem NPM project, one that withdraws after the start, a thin file, and the other types.
 */
const GEVALLEN: Array<{
    bestand: string;
    fasen: Record<string, string | undefined>;
    geheel: string | undefined;
    type: string | undefined;
    trekje: string | undefined;
    zekerheid: Zekerheid[];
    regierol?: string;
}> = [
    { bestand: 'aanbesteding-na-verkenning', fasen: { verkenning: 'governance', kaderstelling: 'npm', uitvoering: 'npm' }, geheel: 'governance', type: 'netwerksturing', trekje: 'expertsturing', zekerheid: ['zwak'] },
    { bestand: 'alles-samen-met-convenant', fasen: { verkenning: 'governance', kaderstelling: 'governance', uitvoering: 'governance', evaluatie: 'governance' }, geheel: 'governance', type: 'netwerksturing', trekje: undefined, zekerheid: ['sterk'], regierol: 'ruimte latende regisseur (vooral coproducent)' },
    { bestand: 'gemeente-beslist-alleen', fasen: { verkenning: 'government', kaderstelling: 'government', uitvoering: 'government' }, geheel: 'government', type: 'integrale-beleidssturing', trekje: undefined, zekerheid: ['sterk'], regierol: 'bepalende regisseur' },
    { bestand: 'npm-project-helder-probleem', fasen: { kaderstelling: 'npm', uitvoering: 'npm' }, geheel: 'npm', type: 'expertsturing', trekje: undefined, zekerheid: ['sterk', 'matig'] },
    { bestand: 'gemeente-trekt-zich-terug', fasen: { verkenning: 'governance', uitvoering: 'governance' }, geheel: 'governance', type: 'netwerksturing', trekje: 'frontlijnsturing', zekerheid: ['sterk', 'matig'], regierol: 'facilitator' },
    { bestand: 'frontlijn-met-wijkbudget', fasen: { verkenning: 'governance', kaderstelling: 'governance', uitvoering: 'governance' }, geheel: 'governance', type: 'frontlijnsturing', trekje: undefined, zekerheid: ['sterk'] },
    { bestand: 'vraagsturing-pgb', fasen: { verkenning: 'governance', uitvoering: 'governance' }, geheel: 'governance', type: 'vraagsturing', trekje: undefined, zekerheid: ['sterk'] },
    { bestand: 'vooral-regisseur-soms-onderhandelaar', fasen: { verkenning: 'governance', kaderstelling: 'governance', uitvoering: 'governance' }, geheel: 'governance', type: 'netwerksturing', trekje: 'frontlijnsturing', zekerheid: ['sterk'], regierol: 'ruimte latende regisseur (vooral coproducent)' },
    { bestand: 'kleine-cyclus-bcf', fasen: { kaderstelling: 'npm', uitvoering: 'npm' }, geheel: 'npm', type: 'expertsturing', trekje: 'integrale-beleidssturing', zekerheid: ['zwak', 'matig'] },
    { bestand: 'npm-met-mate-in-de-opdracht', fasen: { verkenning: 'governance', kaderstelling: undefined, uitvoering: undefined }, geheel: 'governance', type: 'netwerksturing', trekje: 'expertsturing', zekerheid: ['matig'] },
    { bestand: 'dun-bestand', fasen: { verkenning: 'governance' }, geheel: 'governance', type: undefined, trekje: undefined, zekerheid: ['onvoldoende'] }
];

describe('realistic municipalities: conception per phase, type, trait, certainty and regierol as argued in each file', () => {
    test.each(GEVALLEN.map(g => [g.bestand, g] as const))('%s', async (_, g) => {
        const { p } = await profielVan(fixture('profielen', g.bestand));
        expect(perFase(p)).toEqual(g.fasen);
        expect(p.opvatting.geheel).toBe(g.geheel);
        const t = p.governancetype;
        expect(t.zekerheid === 'onvoldoende' ? undefined : t.primair).toBe(g.type);
        expect(t.secundair).toBe(g.trekje);
        expect(g.zekerheid).toContain(t.zekerheid);
        if (g.regierol) expect(regieTypering(p)).toBe(g.regierol);
    });

    test('the thin file says so in words, and no percentage anywhere', async () => {
        const { p } = await profielVan(fixture('profielen', 'dun-bestand'));
        expect(typeZin(p)).toBe('nog niet te bepalen: te weinig gegevens (alleen rol van de gemeente beschreven)');
        expect(p.opvatting.fasen[0].zekerheid).toBe('zwak');
        expect(waaromZinnen(p).join(' ')).not.toMatch(/%/);
    });

    test('a tendered, per-product execution is NPM in that phase and shows an expertsturing trait, not pure governance', async () => {
        const { p } = await profielVan(fixture('profielen', 'aanbesteding-na-verkenning'));
        expect(typePerFase(p).kaderstelling).toBe('expertsturing');
        expect(typePerFase(p).uitvoering).toBe('expertsturing');
        // The exploration sets the course (governance), but the overview of the four ingredients leans to NPM: weak.
        expect([p.opvatting.grond, p.opvatting.overzicht, p.opvatting.zekerheid]).toEqual(['richtinggevend', 'npm', 'zwak']);
        expect(p.governancetype.secundairGrond).toBe('fase');
        expect(p.governancetype.secundairIn).toEqual(['kaderstelling', 'uitvoering']);
        // The short name before the brackets with the certainty: one pair, not "New Public Management (NPM) (…)".
        expect(faseOpvattingZin(p.opvatting.fasen.find(f => f.fase === 'kaderstelling')!)).toMatch(/^NPM \(stevig onderbouwd: van de \S+ rijen van fig\. 1 /);
    });
});

describe('a mixed contracting phase: NPM "met mate" (R1 §4.3)', () => {
    test('where NPM leads two rows of fig. 1 in a mix, the trait is expertsturing there, and the profile says why and where', async () => {
        const { p } = await profielVan(fixture('profielen', 'npm-met-mate-in-de-opdracht'));
        expect([p.governancetype.secundair, p.governancetype.secundairGrond, p.governancetype.secundairIn]).toEqual(['expertsturing', 'mengfase', ['kaderstelling', 'uitvoering']]);
        // The lines of the two rows that point to NPM: `eisen gemeente` and `sturing-op output` (twice).
        expect(p.governancetype.secundairFeiten.map(f => `${f.soort} ${f.kern}`)).toEqual(['eisen gemeente', 'sturing-op output', 'sturing-op output']);
        expect(redeneringAlinea(p)[1]).toBe('Vooral netwerksturing (r. 16, 22, 25, 26 en 44); in mindere mate expertsturing in de kaderstelling en de uitvoering, waar NPM met mate meespeelt (r. 34, 40 en 49). Dat is redelijk onderbouwd.');
        // Where each row of the mixed phase points, not "all divided".
        expect(faseOpvattingZin(p.opvatting.fasen.find(f => f.fase === 'kaderstelling')!)).toBe('een mengvorm (zwak onderbouwd: van de vijf rijen van fig. 1 wijzen er twee naar NPM, één naar government, één naar governance en één is verdeeld)');
    });

    test('one row that points to NPM is a hint, not a trait: a mix with only the requirements leaning NPM gives no expertsturing', async () => {
        // Without the subsidy, the ordinance, the output steering and the joint monitoring, the mix rests on the role
        // (divided), the relation (governance), the requirements (NPM) and the instruments (contract and consultation:
        // divided).
        const weg = ['        instrument subsidie "Subsidie welzijn"\n', '        instrument verordening "Wmo-verordening"\n', '        bekostiging Welzijn subsidie\n', '        sturing-op output\n', '        monitoring gezamenlijk\n'];
        let tekst = fixture('profielen', 'npm-met-mate-in-de-opdracht');
        for (const regel of weg) {
            expect(tekst).toContain(regel);
            tekst = tekst.replaceAll(regel, '');
        }
        const { p } = await profielVan(tekst);
        const kader = p.opvatting.fasen.find(f => f.fase === 'kaderstelling')!;
        expect(kader.opvatting).toBeUndefined();
        expect(faseOpvattingZin(kader)).toBe('een mengvorm (zwak onderbouwd: van de vier rijen van fig. 1 wijst er één naar NPM, één naar governance en twee zijn verdeeld)');
        expect(p.governancetype.secundairGrond).not.toBe('mengfase');
        expect(p.governancetype.secundair).not.toBe('expertsturing');
    });
});

describe('the governance types and the two classic models', () => {
    test.each(['expertsturing', 'netwerksturing', 'frontlijnsturing', 'vraagsturing'])('%s', async type => {
        const { p } = await profielVan(fixture('typen', type));
        expect(p.governancetype.primair).toBe(type);
        expect(p.governancetype.zekerheid).toBe('sterk');
    });

    test('integrale-beleidssturing: its exploration has a regisseur (governance), so the phases disagree and it is reasonably, not firmly, founded', async () => {
        const { p } = await profielVan(fixture('typen', 'integrale-beleidssturing'));
        expect([p.governancetype.primair, p.governancetype.zekerheid, p.opvatting.geheel, p.opvatting.grond]).toEqual(['integrale-beleidssturing', 'matig', 'government', 'meerderheid']);
        expect([p.governancetype.secundair, p.governancetype.secundairIn]).toEqual(['netwerksturing', ['verkenning']]);
    });

    test('pure classic government: integrale beleidssturing, close to klassieke overheidssturing', async () => {
        const { p } = await profielVan(fixture('typen', 'klassieke-overheidssturing'));
        expect([p.governancetype.primair, p.governancetype.dichterBij, p.opvatting.geheel]).toEqual(['integrale-beleidssturing', 'klassieke-overheidssturing', 'government']);
    });

    test('pure NPM: expertsturing, close to New Public Management', async () => {
        const { p } = await profielVan(fixture('typen', 'new-public-management'));
        expect([p.governancetype.primair, p.governancetype.dichterBij, p.opvatting.geheel]).toEqual(['expertsturing', 'new-public-management', 'npm']);
    });
});

const BASIS = `gemeente Proefdorp {
    probleem onduidelijk
    verantwoordelijkheid gemeente
    partij A "A" soort welzijn
    partij B "B" soort welzijn
    partij C "C" soort zorg
    partij D "D" soort zorg
    partij E "E" soort jeugd
    partij F "F" soort overig
    fase uitvoering {
        ROLLEN
        BEKOSTIGING
        kennisbron professionals
        burgerparticipatie raadplegen
    }
}`;
const proef = (rollen: string, bekostiging = '') => BASIS.replace('ROLLEN', rollen).replace('BEKOSTIGING', bekostiging);

describe('each row speaks once per phase; the language can say what the reports say', () => {
    test('funding is part of the instruments row, and a model counts once: five subsidised parties and one contract are two votes, not six', async () => {
        const subsidies = ['A', 'B', 'C', 'D', 'E'].map(x => `bekostiging ${x} subsidie`).join('\n        ');
        const { p } = await profielVan(proef('gemeente regisseur', `${subsidies}\n        bekostiging F contract`));
        const uitvoering = p.opvatting.fasen[0];
        const instrumenten = uitvoering.rijen.find(r => r.rij === 'instrumenten')!;
        expect(instrumenten.stemmen.map(s => s.feit.waarde)).toEqual(['subsidie', 'contract']);
        expect(instrumenten.verdeling).toEqual({ government: 0.5, npm: 0.5, governance: 0 });
        expect(uitvoering.neutraal.filter(s => s.feit.waarde === 'subsidie')).toHaveLength(4);
        expect(uitvoering.totaal.government + uitvoering.totaal.npm + uitvoering.totaal.governance).toBeCloseTo(uitvoering.rijen.length);
    });

    test('a convenant as instrument and as funding is one instrument, not two votes', async () => {
        const { p } = await profielVan(proef('gemeente regisseur\n        instrument convenant', 'bekostiging A convenant'));
        expect(p.opvatting.fasen[0].rijen.find(r => r.rij === 'instrumenten')!.stemmen).toHaveLength(1);
    });

    test('synonyms count once: dirigent and regelaar are one role; bepalende-regisseur counts as dirigent', async () => {
        const { p: beide } = await profielVan(proef('gemeente dirigent, regelaar'));
        const { p: een } = await profielVan(proef('gemeente dirigent'));
        expect(beide.governancetype.scores).toEqual(een.governancetype.scores);
        const { p: bepalend } = await profielVan(proef('gemeente bepalende-regisseur'));
        expect(bepalend.governancetype.scores).toEqual(een.governancetype.scores);
        expect(bepalend.feiten.fasen[0].van('rol')[0]).toMatchObject({ waarde: 'bepalende-regisseur', kern: 'dirigent' });
    });

    test('vooral and soms weigh a role: the leading role decides the phase type', async () => {
        const { p: vooralRegisseur } = await profielVan(proef('gemeente vooral regisseur, soms onderhandelaar'));
        const { p: vooralOnderhandelaar } = await profielVan(proef('gemeente soms regisseur, vooral onderhandelaar'));
        const rol = (p: GovernanceProfile) => p.governancetype.ingredienten.find(v => v.ingredient === 'rol')!.verdeling;
        expect(rol(vooralRegisseur).netwerksturing).toBeGreaterThan(rol(vooralRegisseur).frontlijnsturing);
        expect(rol(vooralOnderhandelaar).frontlijnsturing).toBeGreaterThan(rol(vooralOnderhandelaar).netwerksturing);
        expect(GEWICHTEN.vooral.waarde).toBeGreaterThan(1);
    });

    test('the regisseur is not pure governance: it sets its own goals and holds parties to results (R1 §2.2)', async () => {
        const { p } = await profielVan(proef('gemeente regisseur'));
        const rol = p.opvatting.fasen[0].rijen.find(r => r.rij === 'rol')!;
        expect(rol.verdeling.governance).toBeGreaterThan(rol.verdeling.npm);
        expect(rol.verdeling.npm).toBeGreaterThan(0);
    });

    test('several sturing-op levels in one phase all count', async () => {
        const { p } = await profielVan(proef('gemeente regisseur\n        sturing-op output, throughput\n        sturing-op outcome'));
        expect(p.sturingOp.fasen.map(f => f.niveau)).toEqual(['output', 'throughput', 'outcome']);
        expect(p.sturingOp.mix).toEqual(['throughput', 'output', 'outcome']);
        expect(p.sturingOp.huidig).toBe('throughput');
    });

    test('a regie block inside a phase counts for that phase\'s conception', async () => {
        const zonder = await profielVan(proef('gemeente regisseur'));
        const met = await profielVan(proef('gemeente regisseur\n        regie {\n            doel gemeente\n            sturing gemeente\n            randvoorwaarden gemeente\n        }'));
        const besluit = met.p.opvatting.fasen[0].rijen.find(r => r.rij === 'besluitvorming')!;
        expect(besluit.stemmen.map(s => s.feit.categorie)).toEqual(['doel', 'sturing', 'randvoorwaarden']);
        expect(met.p.opvatting.fasen[0].totaal.government).toBeGreaterThan(zonder.p.opvatting.fasen[0].totaal.government);
    });

    test('opdrachtgever in contracting is a position, not evidence; what is done with it decides', async () => {
        const tekst = (eisen: string, instrument: string) => `gemeente K {\n    fase kaderstelling {\n        gemeente opdrachtgever\n        eisen ${eisen}\n        instrument ${instrument}\n    }\n}`;
        expect((await profielVan(tekst('gezamenlijk', 'convenant'))).p.opvatting.fasen[0].opvatting).toBe('governance');
        expect((await profielVan(tekst('gemeente', 'contract'))).p.opvatting.fasen[0].opvatting).toBe('npm');
    });
});

describe('changing one ingredient moves the outcome the right way', () => {
    test('more citizen participation moves netwerksturing towards frontlijnsturing', async () => {
        const basis = fixture('typen', 'netwerksturing');
        const { p: voor } = await profielVan(basis);
        const { p: na } = await profielVan(basis.replaceAll('burgerparticipatie raadplegen', 'burgerparticipatie coproductie'));
        expect(na.governancetype.scores.frontlijnsturing).toBeGreaterThan(voor.governancetype.scores.frontlijnsturing);
        expect(na.governancetype.scores.netwerksturing).toBeLessThan(voor.governancetype.scores.netwerksturing);
    });

    test('a dirigent instead of a regisseur moves towards integrale beleidssturing', async () => {
        const basis = fixture('typen', 'netwerksturing');
        const { p: voor } = await profielVan(basis);
        const { p: na } = await profielVan(basis.replaceAll('gemeente regisseur', 'gemeente dirigent'));
        expect(na.governancetype.scores['integrale-beleidssturing']).toBeGreaterThan(voor.governancetype.scores['integrale-beleidssturing']);
        expect(na.governancetype.scores.netwerksturing).toBeLessThan(voor.governancetype.scores.netwerksturing);
    });

    test('a contract and requirements set alone turn the contracting phase from governance to NPM', async () => {
        const basis = fixture('typen', 'netwerksturing');
        const { p: voor } = await profielVan(basis);
        const { p: na } = await profielVan(basis.replace('instrument convenant "Samenwerkingsconvenant"', 'instrument contract "Contract"').replace('eisen gezamenlijk', 'eisen gemeente'));
        expect(perFase(voor).kaderstelling).toBe('governance');
        expect(perFase(na).kaderstelling).toBe('npm');
    });
});

describe('certainty and explanation', () => {
    test('an empty gemeente has no type and no conception', async () => {
        const { p } = await profielVan('gemeente Leeg { }');
        expect(p.governancetype.zekerheid).toBe('onvoldoende');
        expect(p.opvatting.geheel).toBeUndefined();
        expect(p.waarom).toEqual({ voor: [], tegen: [] });
    });

    test('waarom lists evidence for and against the type, each with its line', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        const regels = waaromZinnen(p);
        expect(regels[0]).toMatch(/^voor netwerksturing: gemeente vooral regisseur \(r\. 41, kaderstelling\) → netwerksturing/);
        expect(regels[1]).toMatch(/^wijst een andere kant op: .*gemeente soms dirigent \(r\. 41, kaderstelling\) → integrale beleidssturing/);
        expect(regels.join(' ')).not.toMatch(/%/);
    });

    test('profiel --json keeps its shape, adds onderbouwing, and its scores are relative shares', async () => {
        const { p } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        const json = profielAlsJson(p, 'groningen-2014.sturing');
        expect(Object.keys(json)).toEqual(['gemeente', 'bestand', 'voorlopig', 'governancetype', 'sturingsopvatting', 'regierol', 'sturingOp', 'cyclus', 'ontbrekendeFasen', 'waarom', 'redenering']);
        expect(json.governancetype).toMatchObject({ primair: 'netwerksturing', secundair: 'integrale-beleidssturing', secundairGrond: 'rol', binnen: 'governance', onderbouwing: 'sterk' });
        expect(Object.values(json.governancetype.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
        expect(json.governancetype.onderbouwingFasen).toEqual({ verkenning: 'matig', kaderstelling: 'zwak', uitvoering: 'zwak' });
        expect(json.sturingsopvatting).toMatchObject({ geheel: 'governance', grond: 'eensgezind', afwijkend: [], overzicht: 'governance' });
        expect(json.sturingsopvatting.onderbouwingFasen).toEqual({ verkenning: 'sterk', kaderstelling: 'sterk', uitvoering: 'sterk' });
        expect(json.redenering[1]).toMatch(/^Vooral netwerksturing \(r\. [\d, en]+\); in mindere mate integrale beleidssturing als de gemeente soms dirigent is \(r\. 41 en 53\)\. Dat is stevig onderbouwd\./);
        expect(json.regierol).toEqual({ dominant: 'bepalende-regisseur', typering: 'mix van bepalende regisseur en coproducent', telling: { 'bepalende-regisseur': 5, coproducent: 4, facilitator: 0 }, onderbouwing: 'sterk' });
    });

    test('a file with syntax errors gives a provisional profile, and says so', async () => {
        const doc = await valideer('gemeente V {\n    verantwoordelijkheid gemeente\n    fase verkenning { gemeente regisseur\n        kennisbron professionals\n        burgerparticipatie raadplegen\n        ###\n    }\n}');
        const g = doc.parseResult.value.elementen.find(isGemeente)!;
        const p = services.inference.ProfileProvider.profiel(g);
        expect(p.voorlopig).toBe(true);
        expect(typeZin(p)).toMatch(/\(voorlopig: het bestand bevat fouten\)$/);
    });

    test('inference is deterministic', async () => {
        const tekst = leesVoorbeeld('voorbeeldstad.sturing');
        const a = (await profielVan(tekst)).p;
        const b = (await profielVan(tekst)).p;
        expect(JSON.stringify(profielAlsJson(b, 'x'))).toBe(JSON.stringify(profielAlsJson(a, 'x')));
    });

    test('inferProfile on the AST alone gives the same as the provider', async () => {
        const { p, gemeente } = await profielVan(leesVoorbeeld('groningen-2014.sturing'));
        expect(profielAlsJson(inferProfile(gemeente), 'x')).toEqual(profielAlsJson(p, 'x'));
    });
});

describe('every number has a source or a stated reason', () => {
    test('the weights table explains each number', () => {
        for (const [id, g] of Object.entries(GEWICHTEN)) {
            expect(g.betekenis.length, id).toBeGreaterThan(20);
            expect(g.grond, id).toMatch(/R[12] §|Keuze|hfst\./);
        }
    });

    test('the inference code uses no number of its own (only 0, 1 and rounding noise)', () => {
        const map = new URL('../language/inference/', import.meta.url);
        const bestanden = readdirSync(map).filter(b => b.endsWith('.ts') && !b.endsWith('.test.ts'));
        expect(bestanden).toContain('infer-governance-type.ts');
        for (const bestand of bestanden) {
            const code = readFileSync(new URL(bestand, map), 'utf8')
                .replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/'[^'\n]*'|`[^`]*`/g, '');
            const getallen = [...code.matchAll(/(?<![\w.])\d+(?:\.\d+)?(?:e-?\d+)?(?![\w])/g)].map(m => m[0]).filter(n => n !== '0' && n !== '1' && n !== '1e-9');
            expect(getallen, bestand).toEqual([]);
        }
    });
});
