import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { voerUit } from '../cli/cli.js';
import { leesRegelConfig, leesRegelInstelling } from '../language/rules/configuration.js';
import { REGELS } from '../language/rules/catalog/index.js';
import { bereik, metCode, tijdelijkeMap, valideer } from './helpers.js';

const IDS = REGELS.map(r => r.id);


async function check(...args: string[]) {
    let out = '', err = '';
    const code = await voerUit(['check', '--json', ...args], { out: t => { out += t; }, err: t => { err += t; } });
    return { code, json: out ? JSON.parse(out) as Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }> : [], err };
}

const KLEIN = 'gemeente X {\n    fase kaderstelling { gemeente opdrachtgever }\n    fase uitvoering { gemeente regisseur burgerparticipatie raadplegen }\n    team T { doel "Vaag" }\n}\n';

describe('reading sturing.json', () => {
    test('severities, English aliases and "uit"', () => {
        const c = leesRegelConfig('{ "regels": { "vaag-doel": "uit", "kleine-cyclus": "error", "fuik": "Warning" } }', IDS);
        expect(c.problemen).toEqual([]);
        expect([...c.ernst]).toEqual([['vaag-doel', 'uit'], ['kleine-cyclus', 'fout'], ['fuik', 'waarschuwing']]);
    });

    test('an unknown rule id is reported at its place, with a suggestion', () => {
        const tekst = '{\n  "regels": {\n    "vaag-doeel": "uit"\n  }\n}';
        const c = leesRegelConfig(tekst, IDS, 'file:///w/sturing.json');
        expect(c.problemen).toEqual([{
            uri: 'file:///w/sturing.json', ernst: 'waarschuwing',
            range: { start: { line: 2, character: 4 }, end: { line: 2, character: 16 } },
            bericht: "Sturing kent geen regel 'vaag-doeel'; bedoelt u 'vaag-doel'? Deze instelling heeft geen effect. Alle regels staan in docs/regels/README.md."
        }]);
    });

    test('an invalid severity keeps the default and says which values exist', () => {
        const c = leesRegelConfig('{ "regels": { "fuik": "streng", "vaag-doel": "hint" } }', IDS);
        expect(c.problemen.map(p => [p.ernst, p.bericht])).toEqual([['fout', 'Voor regel \'fuik\' staat "streng"; kies uit "fout", "waarschuwing", "info", "hint", "uit" (of error, warning, warn, information, off, none). De regel houdt nu zijn standaardernst.']]);
        expect([...c.ernst]).toEqual([['vaag-doel', 'hint']]);
    });

    test('invalid JSON is located', () => {
        const c = leesRegelConfig('{\n  "regels": { "fuik": "uit", }\n}', IDS);
        expect(c.problemen).toHaveLength(1);
        expect(c.problemen[0].bericht).toMatch(/^sturing\.json is geen geldige JSON \(.+\)\. Sturing gebruikt nu de standaardernst van elke regel\.$/);
        expect(c.problemen[0].range.start.line).toBe(1);
    });

    test('wrong shapes and unknown keys are reported, never ignored', () => {
        expect(leesRegelConfig('[]', IDS).problemen[0].bericht).toMatch(/moet een object zijn/);
        expect(leesRegelConfig('{ "regels": [] }', IDS).problemen[0].bericht).toMatch(/"regels" moet een object zijn/);
        expect(leesRegelConfig('{ "rules": {} }', IDS).problemen[0].bericht).toBe("Onbekende sleutel 'rules' in sturing.json; Sturing kent alleen \"regels\".");
        expect(leesRegelInstelling({ 'vaag-doel': 5 }, IDS).problemen[0].bericht).toMatch(/^Voor regel 'vaag-doel' staat 5;/);
    });
});

describe('configuration through the CLI', () => {
    test('sturing.json changes severities and switches rules off; --max-warnings', async () => {
        const dir = tijdelijkeMap({ 'sturing.json': '{ "regels": { "kleine-cyclus": "fout", "vaag-doel": "uit" } }', 'a.sturing': KLEIN });
        const { code, json } = await check(dir);
        expect(code).toBe(1);
        expect(json.find(b => b.code === 'kleine-cyclus')!.severity).toBe('error');
        expect(json.some(b => b.code === 'vaag-doel')).toBe(false);
        const zonder = tijdelijkeMap({ 'a.sturing': KLEIN });
        const standaard = await check(zonder);
        expect(standaard.code).toBe(0);
        expect(standaard.json.find(b => b.code === 'kleine-cyclus')!.severity).toBe('warning');
        expect(standaard.json.some(b => b.code === 'vaag-doel')).toBe(true);
        expect((await check(zonder, '--max-warnings', '0')).code).toBe(1);
        expect((await check(zonder, '--max-warnings', '5')).code).toBe(0);
    });

    test('the nearest sturing.json upwards wins', async () => {
        const dir = tijdelijkeMap({
            'sturing.json': '{ "regels": { "vaag-doel": "uit" } }',
            'wijk/sturing.json': '{ "regels": { "vaag-doel": "fout" } }',
            'wijk/a.sturing': KLEIN,
            'stad/b.sturing': KLEIN.replace('gemeente X', 'gemeente Y')
        });
        const { json } = await check(dir);
        expect(json.filter(b => b.code === 'vaag-doel').map(b => [path.basename(b.file), b.severity])).toEqual([['a.sturing', 'error']]);
    });

    test('problems in sturing.json are findings in sturing.json itself', async () => {
        const dir = tijdelijkeMap({ 'sturing.json': '{\n  "regels": {\n    "onbekend": "uit"\n  }\n}\n', 'a.sturing': KLEIN });
        const { json } = await check(dir);
        expect(json[0]).toMatchObject({ file: path.relative(process.cwd(), path.join(dir, 'sturing.json')), line: 3, column: 5, severity: 'warning', code: 'sturing-json' });
        expect(json[0].message).toMatch(/^Sturing kent geen regel 'onbekend'/);
    });
});

describe('suppression comments', () => {
    test('a comment on the line before switches the rule off for that element', async () => {
        const doc = await valideer('gemeente X {\n    team T {\n        // sturing-negeer vaag-doel: wordt in het jaarplan uitgewerkt\n        doel "Vaag"\n        doel "Ook vaag"\n    }\n}\n');
        expect(metCode(doc, 'vaag-doel').map(d => bereik(doc, d))).toEqual(['"Ook vaag"']);
        expect(metCode(doc, 'negeer-ongebruikt')).toEqual([]);
        expect(metCode(doc, 'negeer-zonder-reden')).toEqual([]);
    });

    test('a comment before a phase covers the whole phase; at the end of a line, that line', async () => {
        const doc = await valideer('gemeente X {\n    // sturing-negeer npm-in-verkenning: pilot met vaste partners\n    fase verkenning {\n        gemeente opdrachtgever\n        instrument contract\n    }\n    fase uitvoering {\n        gemeente regisseur\n    }\n}\ngemeente Y {\n    fase verkenning {\n        gemeente regisseur\n        instrument contract // sturing-negeer npm-in-verkenning: bestaand contract loopt af\n        instrument open-aanbesteding\n    }\n}\n');
        expect(metCode(doc, 'npm-in-verkenning').map(d => [d.range.start.line + 1, bereik(doc, d)])).toEqual([[15, 'open-aanbesteding']]);
    });

    test('several ids in one comment', async () => {
        const doc = await valideer('gemeente X {\n    // sturing-negeer rol-ontbreekt, evaluatie-zonder-partners: evaluatie volgt in 2026\n    fase evaluatie {\n    }\n}\n');
        expect(metCode(doc, 'rol-ontbreekt')).toEqual([]);
        expect(metCode(doc, 'evaluatie-zonder-partners')).toEqual([]);
    });

    test('a suppression that suppresses nothing gets a hint', async () => {
        const doc = await valideer('gemeente X {\n    team T {\n        // sturing-negeer vaag-doel: oud\n        doel "Helder" { indicator "x" }\n    }\n}\n');
        const [d] = metCode(doc, 'negeer-ongebruikt');
        expect(d.message).toBe('Dit commentaar schakelt vaag-doel uit, maar die regel meldt hier niets. Haal het weg als het niet meer nodig is.');
        expect(d.severity).toBe(4);
        expect(bereik(doc, d)).toBe('// sturing-negeer vaag-doel: oud');
    });

    test('a suppression without a reason gets a hint; an unknown id a warning', async () => {
        const doc = await valideer('gemeente X {\n    team T {\n        // sturing-negeer vaag-doel\n        doel "Vaag"\n    }\n    // sturing-negeer vage-doelen: typo\n    team U { doel "x" { indicator "y" } }\n}\n');
        expect(metCode(doc, 'vaag-doel')).toEqual([]);
        expect(metCode(doc, 'negeer-zonder-reden')[0].message).toMatch(/^Schrijf achter een dubbele punt waarom deze regel hier niet geldt/);
        const [onbekend] = metCode(doc, 'negeer-onbekende-regel');
        expect(onbekend.message).toBe("Sturing kent geen regel 'vage-doelen'; dit commentaar schakelt dus niets uit. De regels staan in docs/regels/README.md.");
        expect(onbekend.severity).toBe(2);
    });

    test('suppression works in the CLI too', async () => {
        const dir = tijdelijkeMap({ 'a.sturing': KLEIN.replace('    team T', '    // sturing-negeer vaag-doel: volgt\n    team T') });
        const { json } = await check(dir);
        expect(json.some(b => b.code === 'vaag-doel')).toBe(false);
    });
});

describe('configuration and suppression hold up (issue 13)', () => {
    test('9. a suppression before the first token of the file works', async () => {
        const doc = await valideer('// sturing-negeer kleine-cyclus: alleen de uitvoering is al beschreven\ngemeente X {\n    fase kaderstelling { gemeente opdrachtgever }\n    fase uitvoering { gemeente regisseur }\n}\n');
        expect(metCode(doc, 'kleine-cyclus')).toEqual([]);
        expect(metCode(doc, 'negeer-ongebruikt')).toEqual([]);
    });
});
