import { expectCompletion, expectFindReferences, expectGoToDefinition, expectSymbols } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { leesVoorbeeld, services, valideer } from './helpers.js';

const completion = expectCompletion(services);

describe('completion', () => {
    test('after `gemeente ` inside a phase: the municipal roles', async () => {
        await completion({
            text: 'gemeente X { fase verkenning { gemeente <|> } }',
            index: 0,
            assert: list => {
                const labels = list.items.map(i => i.label);
                for (const rol of ['regisseur', 'ruimte-latende-regisseur', 'opdrachtgever', 'facilitator', 'bemiddelaar', 'dirigent']) {
                    expect(labels).toContain(rol);
                }
                expect(labels).not.toContain('verkenning');
            }
        });
    });

    test('after `fase `: the four phases', async () => {
        await completion({
            text: 'gemeente X { fase <|> }',
            index: 0,
            assert: list => expect(list.items.map(i => i.label).sort()).toEqual(['evaluatie', 'kaderstelling', 'uitvoering', 'verkenning'])
        });
    });

    test('after `rol `: the declared parties of this gemeente', async () => {
        await completion({
            text: 'gemeente X { partij Welzijn partij Zorg adviesraad Raad fase verkenning { rol <|> } }',
            index: 0,
            assert: list => expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['Welzijn', 'Zorg', 'Raad']))
        });
    });

    test('inside a phase: statement keywords', async () => {
        await completion({
            text: 'gemeente X { fase uitvoering { <|> } }',
            index: 0,
            assert: list => expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['gemeente', 'rol', 'instrument', 'bekostiging', 'sturing-op', 'monitoring', 'effectmeting', 'burgerparticipatie']))
        });
    });
});

describe('outline', () => {
    test('gemeente → partijen, teams, fasen, regie, ambitie', async () => {
        await expectSymbols(services)({
            text: leesVoorbeeld('voorbeeldstad.sturing'),
            assert: (symbols: DocumentSymbol[]) => {
                expect(symbols.map(s => s.name)).toEqual(['Voorbeeldstad']);
                expect(symbols[0].kind).toBe(SymbolKind.Module);
                expect(symbols[0].children!.map(s => s.name)).toEqual([
                    'Welzijn', 'Zorggroep', 'Woonstede', 'Huisartsen', 'WmoRaad', 'Buurtkracht', 'Oost',
                    'fase verkenning', 'fase kaderstelling', 'fase uitvoering', 'fase evaluatie', 'regie', 'ambitie'
                ]);
                const welzijn = symbols[0].children![0];
                expect(welzijn.detail).toBe('partij: Stichting Welzijn Voorbeeldstad');
                const fase = symbols[0].children!.find(s => s.name === 'fase verkenning')!;
                expect(fase.detail).toBe('maatschappelijke verkenning');
            }
        });
    });
});

describe('navigation', () => {
    test('go to definition from a rol to the party', async () => {
        await expectGoToDefinition(services)({
            text: 'gemeente X { partij <|Welzijn|> fase verkenning { rol Wel<|>zijn adviseur } }',
            index: 0,
            rangeIndex: 0
        });
    });

    test('find references of a party: declaration, team member, rol and bekostiging', async () => {
        await expectFindReferences(services)({
            text: 'gemeente X { partij <|Wel<|>zijn|> team T { leden <|Welzijn|> } fase kaderstelling { rol <|Welzijn|> opdrachtnemer bekostiging <|Welzijn|> subsidie } }',
            includeDeclaration: true
        });
    });

    test('folding of every block (the closing brace stays visible)', async () => {
        const doc = await valideer(`gemeente X {
    team T {
        leden
    }
    fase verkenning {
        gemeente regisseur
    }
}`);
        const foldings = await services.lsp.FoldingRangeProvider!.getFoldingRanges(doc, { textDocument: { uri: doc.uri.toString() } });
        expect(foldings.map(f => [f.startLine, f.endLine])).toEqual([[0, 6], [1, 2], [4, 5]]);
    });
});
