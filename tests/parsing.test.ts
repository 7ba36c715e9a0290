import { describe, expect, test } from 'vitest';
import { isGemeente } from '../language/generated/ast.js';
import { eerste } from '../language/util/ast-util.js';
import { leesVoorbeeld, toon, valideer } from './helpers.js';

describe('the syntax contract', () => {
    test.each(['voorbeeldstad.sturing', 'groningen-2014.sturing'])('%s parses and links with zero errors', async naam => {
        const doc = await valideer(leesVoorbeeld(naam));
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors).toEqual([]);
        expect((doc.diagnostics ?? []).filter(d => d.severity === 1).map(toon)).toEqual([]);
        expect(doc.references.every(r => 'ref' in r && r.ref !== undefined)).toBe(true);
    });

    test('voorbeeldstad is read into the expected model', async () => {
        const doc = await valideer(leesVoorbeeld('voorbeeldstad.sturing'));
        const gemeente = doc.parseResult.value.elementen.find(isGemeente)!;
        expect(gemeente.name).toBe('Voorbeeldstad');
        expect(eerste(gemeente.probleem)).toBe('onduidelijk');
        expect(eerste(gemeente.periode)).toMatchObject({ van: 2015, tot: 2018 });
        expect(gemeente.partijen.map(p => `${p.soort} ${p.name}`)).toEqual([
            'partij Welzijn', 'partij Zorggroep', 'partij Woonstede', 'partij Huisartsen', 'adviesraad WmoRaad', 'burgerinitiatief Buurtkracht'
        ]);
        expect(gemeente.fasen.map(f => f.soort)).toEqual(['verkenning', 'kaderstelling', 'uitvoering', 'evaluatie']);
        expect(gemeente.fasen[1].rollen.map(r => r.rol)).toEqual(['opdrachtgever', 'regisseur']);
        expect(gemeente.fasen[0].participatie[0].via?.ref?.name).toBe('WmoRaad');
        expect(gemeente.teams[0].leden.map(l => l.ref?.name)).toEqual(['Welzijn', 'Zorggroep']);
        expect(gemeente.teams[0].doelen[0].indicatoren[0].streefwaarde).toBe('"60%"'.slice(1, -1));
        expect(gemeente.regies[0].keuzes).toHaveLength(9);
        expect(eerste(gemeente.ambities[0].governancetype)).toBe('frontlijnsturing');
        expect(eerste(gemeente.governancetype)).toBe('netwerksturing');
    });

    test('doc comments are kept on the team', async () => {
        const doc = await valideer(leesVoorbeeld('voorbeeldstad.sturing'));
        const gemeente = doc.parseResult.value.elementen.find(isGemeente)!;
        const commentaar = gemeente.teams[0].$cstNode;
        expect(doc.textDocument.getText().slice(0, commentaar!.offset)).toMatch(/\/\*\* Het eerste brede team; start als pilot in 2015\. \*\/\s*$/);
    });

    test('a file may hold several gemeenten and a regio', async () => {
        const doc = await valideer(`
            regio Noord "Samenwerking Noord" { partij Zorgcoop "Zorgcoöperatie" soort zorg }
            gemeente A { fase verkenning { gemeente regisseur rol Zorgcoop adviseur } }
            gemeente B { fase verkenning { gemeente regisseur rol Noord.Zorgcoop adviseur } }
        `);
        expect((doc.diagnostics ?? []).filter(d => d.severity === 1 || d.code === 'onbekende-verwijzing' || d.code === 'dubbelzinnige-partij').map(toon)).toEqual([]);
        expect(doc.parseResult.value.elementen.map(e => e.name)).toEqual(['Noord', 'A', 'B']);
    });
});

describe('what a word processor types', () => {
    test('an en dash or em dash in a period is read as the hyphen', async () => {
        for (const streep of ['-', '–', '—']) {
            const doc = await valideer(`gemeente X {\n    periode 2024${streep}2026\n}\n`);
            expect((doc.diagnostics ?? []).filter(d => d.severity === 1).map(toon), streep).toEqual([]);
            expect(eerste(doc.parseResult.value.elementen.find(isGemeente)!.periode)).toMatchObject({ van: 2024, tot: 2026 });
        }
    });

    test('curly quotes (“…” and „…”) hold a text as straight ones do', async () => {
        const doc = await valideer('gemeente X {\n    partij A “Stichting A”\n    partij B „Zorggroep \\"B\\"”\n    partij C "Met “citaat” erin"\n}\n');
        expect((doc.diagnostics ?? []).filter(d => d.severity === 1).map(toon)).toEqual([]);
        expect(doc.parseResult.value.elementen.find(isGemeente)!.partijen.map(p => p.naam)).toEqual(['Stichting A', 'Zorggroep "B"', 'Met “citaat” erin']);
    });

    test('a text whose closing quote is missing ends with its line: the lines after it are read as written', async () => {
        const doc = await valideer('gemeente X {\n    partij A "Stichting A\n    partij B "Zorggroep B"\n}\n');
        expect((doc.diagnostics ?? []).filter(d => d.severity === 1).map(toon)).toEqual([
            '2:14-2:26 Deze tekst heeft aan het eind geen aanhalingsteken: "Stichting A". Sturing leest hem tot het einde van de regel. [syntax]'
        ]);
        expect(doc.parseResult.value.elementen.find(isGemeente)!.partijen.map(p => [p.name, p.naam])).toEqual([['A', 'Stichting A'], ['B', 'Zorggroep B']]);
    });
});
