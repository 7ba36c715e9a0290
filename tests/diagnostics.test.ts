import type { Gemeente } from '../language/generated/ast.js';
import { describe, expect, test } from 'vitest';
import { bereik, metCode, toon, valideer, werkruimte } from './helpers.js';

describe('syntax errors are explained in Dutch, located and coded', () => {
    test('an unknown value names the allowed ones', async () => {
        const doc = await valideer('gemeente X {\n    probleem vaag\n}');
        const [d] = metCode(doc, 'syntax');
        expect(d.message).toBe('Onbekende probleemdefinitie \'vaag\'. Kies helder of onduidelijk.');
        expect(bereik(doc, d)).toBe('vaag');
        expect(d.severity).toBe(1);
    });

    test('a stray closing brace', async () => {
        const doc = await valideer('gemeente X {\n}\n}');
        const [d] = metCode(doc, 'syntax');
        expect(d.message).toBe('Deze } sluit niets af: de blokken ervoor zijn al gesloten. Haal hem weg, of kijk of er eerder een } te veel staat.');
        expect(toon(d)).toMatch(/^3:1-3:2 /);
    });

    test('a character that does not belong in the language', async () => {
        const doc = await valideer('gemeente X { § }');
        const d = metCode(doc, 'syntax').find(x => String(x.message).includes('§'))!;
        expect(d.message).toBe('Het teken "§" hoort niet in een .sturing-bestand; Sturing slaat het over. Gebruik aanhalingstekens voor vrije tekst.');
        expect(bereik(doc, d)).toBe('§');
    });

    test('a value left out before the next line: marked where it is missing', async () => {
        const doc = await valideer('gemeente X {\n    fase verkenning {\n        gemeente\n        kennisbron professionals\n    }\n}');
        const [d] = metCode(doc, 'syntax');
        expect(d.message).toBe("Achter 'gemeente' hoort nog een rol. Strak sturend: dirigent, marktmeester. Ertussenin: controleur, opdrachtgever, zachte-opdrachtgever, regisseur, ruimte-latende-regisseur, coproducent, onderhandelaar, gesprekspartner. Loslatend: bemiddelaar, facilitator.");
        expect(toon(d)).toMatch(/^3:17-3:17 /);
    });

    test('a keyword where a value belongs, on the same line', async () => {
        const doc = await valideer('gemeente X {\n    fase verkenning { gemeente fase }\n}');
        // One message: the phase's own } still closes the phase.
        expect(metCode(doc, 'syntax').map(d => d.message)).toEqual(["Hier hoort een rol, maar er staat 'fase'. Strak sturend: dirigent, marktmeester. Ertussenin: controleur, opdrachtgever, zachte-opdrachtgever, regisseur, ruimte-latende-regisseur, coproducent, onderhandelaar, gesprekspartner. Loslatend: bemiddelaar, facilitator."]);
    });

    test('a line that belongs in the surrounding block', async () => {
        const doc = await valideer('gemeente X {\n    fase verkenning {\n        gemeente regisseur\n        partij Zorg\n    }\n}');
        const [d] = metCode(doc, 'syntax');
        expect(d.message).toBe("'partij' hoort niet in een fase, maar bovenaan in de gemeente. In een fase geeft u een partij een rol: rol Zorg adviseur.");
        expect(bereik(doc, d)).toBe('partij');
    });

    test('a line in the wrong block: one error, and the block and everything after it are kept', async () => {
        const doc = await valideer('gemeente X {\n    fase verkenning {\n        gemeente regisseur\n        partij Zorg "Zorggroep"\n    }\n    fase kaderstelling {\n        gemeente opdrachtgever\n    }\n    fase uitvoering {\n        gemeente regisseur\n    }\n}\n');
        expect(metCode(doc, 'syntax').map(d => [bereik(doc, d), d.message])).toEqual([['partij', "'partij' hoort niet in een fase, maar bovenaan in de gemeente. In een fase geeft u een partij een rol: rol Zorg adviseur."]]);
        const [gemeente] = doc.parseResult.value.elementen as Gemeente[];
        expect(gemeente.fasen.map(f => f.soort)).toEqual(['verkenning', 'kaderstelling', 'uitvoering']);
    });

    test('when a } is missing elsewhere too, the indentation says whether a line is in the wrong block', async () => {
        // The } of the last phase is missing; the partij line is still inside verkenning, deeper than its fase line.
        const doc = await valideer('gemeente X {\n    fase verkenning {\n        partij Zorg\n        gemeente regisseur\n    }\n    fase kaderstelling {\n        gemeente opdrachtgever\n}\n');
        expect(metCode(doc, 'syntax').map(d => d.message)).toEqual(["'partij' hoort niet in een fase, maar bovenaan in de gemeente. In een fase geeft u een partij een rol: rol Zorg adviseur.", 'Hier hoort een } die gemeente X (r. 1) afsluit.']);
        const [gemeente] = doc.parseResult.value.elementen as Gemeente[];
        expect(gemeente.fasen.map(f => [f.soort, f.rollen.map(r => r.rol)])).toEqual([['verkenning', ['regisseur']], ['kaderstelling', ['opdrachtgever']]]);
    });

    test('no message names a token type, the end of the file as EOF, or uses backticks', async () => {
        for (const tekst of ['gemeent X { }', 'gemeente X {', 'gemeente { }', 'gemeente X { team "T" { } }', '}', 'gemeente X { periode 2015 - }', 'gemeente X { team T { samenstelling } }']) {
            const doc = await valideer(tekst);
            const berichten = metCode(doc, 'syntax').map(d => d.message);
            expect(berichten.length, tekst).toBeGreaterThan(0);
            for (const b of berichten) expect(b, tekst).not.toMatch(/`|\bEOF\b|\bID\b|\bSTRING\b|\bINT\b|token/);
        }
    });

    test('a truncated file: the block left open is named, and marked where its } is missing', async () => {
        const doc = await valideer('gemeente X {\n    fase verkenning {\n        gemeente regisseur');
        const [d] = metCode(doc, 'syntax');
        expect(d.message).toBe('Hier hoort een } die fase verkenning (r. 2) afsluit.');
        expect(toon(d)).toMatch(/^3:27-3:27 /);
    });
});

describe('unknown references', () => {
    const basis = (regel: string) => `gemeente Stad {
    partij Welzijn "Welzijn" soort welzijn
    partij Zorggroep "Zorg" soort zorg
${regel}
}`;

    test('a rol for a party not named at the top suggests the nearest name', async () => {
        const doc = await valideer(basis('    fase verkenning { gemeente regisseur rol Welzjin adviseur }'));
        const [d] = metCode(doc, 'onbekende-verwijzing');
        expect(d.message).toBe("'Welzjin' krijgt hier een rol, maar staat niet als partij bovenaan gemeente Stad of in een regio. Bedoelt u 'Welzijn'?");
        expect(bereik(doc, d)).toBe('Welzjin');
        expect(d.severity).toBe(1);
    });

    test('a bekostiging for a party not named at the top: how to add it, and the parties that are there', async () => {
        const doc = await valideer(basis('    fase kaderstelling { gemeente opdrachtgever bekostiging Huisartsen subsidie }'));
        const [d] = metCode(doc, 'onbekende-verwijzing');
        expect(d.message).toBe('De bekostiging gaat naar \'Huisartsen\', maar die staat niet als partij bovenaan gemeente Stad of in een regio. Voeg bovenaan een regel partij Huisartsen "…" toe, of kies een partij die er staat: Welzijn, Zorggroep.');
        expect(bereik(doc, d)).toBe('Huisartsen');
    });

    test('a team member that is not named at the top', async () => {
        const doc = await valideer(basis('    team Oost { leden Welzijn, Woonstede }'));
        const [d] = metCode(doc, 'onbekende-verwijzing');
        expect(d.message).toMatch(/^Teamlid 'Woonstede' staat niet als partij bovenaan gemeente Stad of in een regio\./);
        expect(bereik(doc, d)).toBe('Woonstede');
    });

    test('participation via an advisory council not named at the top', async () => {
        const doc = await valideer(basis('    fase verkenning { gemeente regisseur burgerparticipatie adviseren via WmoRaad }'));
        const [d] = metCode(doc, 'onbekende-verwijzing');
        expect(d.message).toBe('Burgerparticipatie loopt via \'WmoRaad\', maar die staat niet als adviesraad of partij bovenaan gemeente Stad of in een regio. Voeg bovenaan een regel adviesraad WmoRaad "…" toe, of kies een partij die er staat: Welzijn, Zorggroep.');
    });

    test('parties of another gemeente are not visible', async () => {
        const doc = await valideer(`gemeente A { partij P }\ngemeente B { fase verkenning { gemeente regisseur rol P adviseur } }`);
        expect(metCode(doc, 'onbekende-verwijzing').map(d => bereik(doc, d))).toEqual(['P']);
    });
});

describe('duplicates', () => {
    test('a party name used twice in one gemeente', async () => {
        const doc = await valideer('gemeente X {\n    partij A "een"\n    partij A "twee"\n}');
        const [d] = metCode(doc, 'dubbele-naam');
        expect(d.message).toBe("De naam 'A' wordt in gemeente X twee keer gebruikt (ook op r. 2). Verwijzingen naar 'A' zijn dan niet eenduidig; geef een van beide een andere naam.");
        expect(toon(d)).toMatch(/^3:12-3:13 /);
        expect(d.severity).toBe(1);
    });

    test('a team and a party with the same name', async () => {
        const doc = await valideer('gemeente X {\n    partij Oost\n    team Oost { }\n}');
        expect(metCode(doc, 'dubbele-naam')).toHaveLength(1);
    });

    test('two gemeenten with the same name in different files, without periods', async () => {
        const docs = await werkruimte({ 'a.sturing': 'gemeente Stad { }', 'b.sturing': 'gemeente Stad {\n    periode 2015 - 2018\n}' });
        expect(metCode(docs['a.sturing'], 'dubbele-naam').map(d => d.message)).toEqual([
            "Er is nog een gemeente met de naam 'Stad' (ook in b.sturing). Geef beide een periode die niet overlapt (bijvoorbeeld periode 2018 - 2022), of geef elke gemeente een eigen naam."
        ]);
        expect(metCode(docs['b.sturing'], 'dubbele-naam').map(d => bereik(docs['b.sturing'], d))).toEqual(['Stad']);
    });

    test('the same gemeente in periods that do not overlap is one gemeente over time', async () => {
        const docs = await werkruimte({
            'stad-2014.sturing': 'gemeente Stad {\n    periode 2014 - 2018\n}',
            'stad-2018.sturing': 'gemeente Stad {\n    periode 2018 - 2022\n}',
            'stad-2022.sturing': 'gemeente Stad {\n    periode 2022\n}'
        });
        for (const doc of Object.values(docs)) expect(metCode(doc, 'dubbele-naam')).toEqual([]);
    });

    test('overlapping periods of the same gemeente: an error at each period that says so', async () => {
        const docs = await werkruimte({
            'a.sturing': 'gemeente Stad {\n    periode 2015 - 2018\n}',
            'b.sturing': 'gemeente Stad {\n    periode 2017 - 2020\n}'
        });
        const [d] = metCode(docs['a.sturing'], 'dubbele-naam');
        expect(d.message).toBe('Gemeente Stad staat ook in b.sturing met periode 2017 – 2020; die overlapt met 2015 – 2018. Eén beschrijving per periode: pas een van de perioden aan of geef een andere naam.');
        expect(String(d.message).length).toBeLessThanOrEqual(250);
        expect(bereik(docs['a.sturing'], d)).toBe('2015 - 2018');
        expect(d.severity).toBe(1);
        expect(metCode(docs['b.sturing'], 'dubbele-naam').map(x => x.message)).toEqual([expect.stringContaining('staat ook in a.sturing met periode 2015 – 2018; die overlapt met 2017 – 2020')]);
    });

    test('two folders holding a file of the same name: the message names the other one by its relative path', async () => {
        const docs = await werkruimte({
            'examples/stad.sturing': 'gemeente Stad {\n    periode 2015 - 2018\n}',
            'kopie/oud/stad.sturing': 'gemeente Stad {\n    periode 2016 - 2017\n}'
        });
        expect(metCode(docs['examples/stad.sturing'], 'dubbele-naam').map(x => x.message)).toEqual([expect.stringContaining('staat ook in ../kopie/oud/stad.sturing met periode 2016 – 2017')]);
        expect(metCode(docs['kopie/oud/stad.sturing'], 'dubbele-naam').map(x => x.message)).toEqual([expect.stringContaining('staat ook in ../../examples/stad.sturing met periode 2015 – 2018')]);
    });

    test('a single year inside another period overlaps; two periods in one file are compared too', async () => {
        const docs = await werkruimte({ 'a.sturing': 'gemeente Stad {\n    periode 2015 - 2018\n}\ngemeente Stad {\n    periode 2016\n}' });
        expect(metCode(docs['a.sturing'], 'dubbele-naam').map(d => d.message)).toEqual([
            expect.stringContaining('staat elders in dit bestand met periode 2016; die overlapt met 2015 – 2018'),
            expect.stringContaining('staat elders in dit bestand met periode 2015 – 2018; die overlapt met 2016')
        ]);
    });

    test('two regio\'s with the same name stay an error', async () => {
        const docs = await werkruimte({ 'a.sturing': 'regio Noord { }', 'b.sturing': 'regio Noord { }' });
        expect(metCode(docs['a.sturing'], 'dubbele-naam').map(d => d.message)).toEqual([
            "Er is nog een regio met de naam 'Noord' (ook in b.sturing). Sturing kan de twee dan niet uit elkaar houden; geef elke regio een eigen naam."
        ]);
    });

    test('the same gemeente name in different files is fine when unique', async () => {
        const docs = await werkruimte({ 'a.sturing': 'gemeente Stad { }', 'b.sturing': 'gemeente Dorp { }' });
        expect(metCode(docs['a.sturing'], 'dubbele-naam')).toEqual([]);
    });

    test('a setting written twice keeps the first and says so', async () => {
        const doc = await valideer('gemeente X {\n    probleem onduidelijk\n    probleem helder\n}');
        const [d] = metCode(doc, 'dubbele-instelling');
        expect(d.message).toBe("'probleem' staat hier twee keer; Sturing gebruikt alleen de eerste ('onduidelijk'). Houd één regel over, zodat duidelijk is wat geldt.");
        expect(bereik(doc, d)).toBe('helder');
        expect(d.severity).toBe(2);
    });

    test('several sturing-op levels in a phase are normal and all count: no duplicate finding', async () => {
        const doc = await valideer('gemeente X { fase uitvoering { gemeente regisseur sturing-op input sturing-op output, throughput } }');
        expect(metCode(doc, 'dubbele-instelling')).toEqual([]);
    });

    test('a regie category answered twice in one block', async () => {
        const doc = await valideer('gemeente X { regie { visie gemeente doel gemeente visie gezamenlijk } }');
        const [d] = metCode(doc, 'dubbele-instelling');
        expect(bereik(doc, d)).toBe('visie');
        expect(d.range.start.character).toBe('gemeente X { regie { visie gemeente doel gemeente '.length);
        expect(d.message).toBe("'visie' staat twee keer in dit regie-blok; Sturing gebruikt alleen de eerste ('gemeente'). Houd één regel over, zodat duidelijk is wat geldt.");
    });
});

describe('regio parties across files', () => {
    test('an unqualified name shared by two regio\'s is ambiguous', async () => {
        const docs = await werkruimte({
            'noord.sturing': 'regio Noord { partij Zorg }',
            'zuid.sturing': 'regio Zuid { partij Zorg }',
            'stad.sturing': 'gemeente Stad { fase verkenning { gemeente regisseur rol Zorg adviseur } }'
        });
        const [d] = metCode(docs['stad.sturing'], 'dubbelzinnige-partij');
        expect(d.message).toBe("Partij 'Zorg' bestaat in meer dan één regio (Noord, Zuid); Sturing koppelt nu aan de eerste. Schrijf Noord.Zorg of Zuid.Zorg om te zeggen welke u bedoelt.");
        expect(bereik(docs['stad.sturing'], d)).toBe('Zorg');
    });

    test('a qualified name is not ambiguous', async () => {
        const docs = await werkruimte({
            'noord.sturing': 'regio Noord { partij Zorg }',
            'zuid.sturing': 'regio Zuid { partij Zorg }',
            'stad.sturing': 'gemeente Stad { fase verkenning { gemeente regisseur rol Zuid.Zorg adviseur } }'
        });
        expect(docs['stad.sturing'].diagnostics?.filter(d => d.severity === 1 || d.code === 'dubbelzinnige-partij').map(toon)).toEqual([]);
        expect((docs['stad.sturing'].parseResult.value.elementen[0] as Gemeente).fasen[0].partijRollen[0].partij.ref?.$container).toMatchObject({ name: 'Zuid' });
    });
});

describe('funding for a party that plays no part', () => {
    test('is reported as information on the party reference', async () => {
        const doc = await valideer('gemeente X {\n    partij A\n    partij B\n    fase kaderstelling {\n        gemeente opdrachtgever\n        rol A opdrachtnemer\n        bekostiging A subsidie\n        bekostiging B lumpsum\n    }\n}');
        const [d] = metCode(doc, 'bekostiging-zonder-rol');
        expect(d.message).toBe('B wordt bekostigd, maar is geen lid van een team en heeft in geen enkele fase een rol. Geef aan wat deze partij doet, zodat de bekostiging te volgen is.');
        expect(toon(d)).toMatch(/^8:21-8:22 /);
        expect(d.severity).toBe(3);
    });

    test('says it of a party whose name is plural with a plural verb', async () => {
        const doc = await valideer('gemeente X {\n    partij Huisartsen\n    fase kaderstelling {\n        gemeente opdrachtgever\n        bekostiging Huisartsen lumpsum\n    }\n}');
        const [d] = metCode(doc, 'bekostiging-zonder-rol');
        expect(d.message).toBe('Huisartsen worden bekostigd, maar zijn geen lid van een team en hebben in geen enkele fase een rol. Geef aan wat deze partij doet, zodat de bekostiging te volgen is.');
    });
});
