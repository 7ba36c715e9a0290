import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { services, werkruimte } from './helpers.js';

/** Renames the name at the first occurrence of `bij` (after `na`) and returns every file's new text. */
async function hernoem(docs: Record<string, LangiumDocument>, bestand: string, bij: string, nieuweNaam: string): Promise<Record<string, string>> {
    const doc = docs[bestand];
    const offset = doc.textDocument.getText().indexOf(bij) + 1;
    const edit = await services.lsp.RenameProvider!.rename(doc, {
        textDocument: { uri: doc.uri.toString() },
        position: doc.textDocument.positionAt(offset),
        newName: nieuweNaam
    });
    const uit: Record<string, string> = {};
    for (const [naam, d] of Object.entries(docs)) {
        const edits = edit?.changes?.[d.uri.toString()] ?? [];
        uit[naam] = TextDocument.applyEdits(d.textDocument as TextDocument, edits);
    }
    return uit;
}

describe('rename across files', () => {
    const bestanden = {
        'regio.sturing': 'regio Noord {\n    partij Zorgcoop "Zorgcoöperatie Noord" soort zorg\n}\n',
        'a.sturing': 'gemeente A {\n    fase verkenning {\n        gemeente regisseur\n        rol Zorgcoop adviseur // blijft\n    }\n}\n',
        'b.sturing': 'gemeente B {\n    team T { leden Noord.Zorgcoop }\n}\n'
    };

    test('renaming a regio party updates plain and qualified references, and nothing else', async () => {
        const docs = await werkruimte(bestanden);
        const uit = await hernoem(docs, 'regio.sturing', 'Zorgcoop', 'ZorgNoord');
        expect(uit['regio.sturing']).toBe('regio Noord {\n    partij ZorgNoord "Zorgcoöperatie Noord" soort zorg\n}\n');
        expect(uit['a.sturing']).toBe('gemeente A {\n    fase verkenning {\n        gemeente regisseur\n        rol ZorgNoord adviseur // blijft\n    }\n}\n');
        expect(uit['b.sturing']).toBe('gemeente B {\n    team T { leden Noord.ZorgNoord }\n}\n');
    });

    test('renaming from a reference works the same', async () => {
        const docs = await werkruimte(bestanden);
        const uit = await hernoem(docs, 'a.sturing', 'Zorgcoop', 'Zc');
        expect(uit['regio.sturing']).toContain('partij Zc "');
        expect(uit['b.sturing']).toContain('leden Noord.Zc }');
    });

    test('renaming a regio updates the qualifier of qualified references', async () => {
        const docs = await werkruimte(bestanden);
        const uit = await hernoem(docs, 'regio.sturing', 'Noord', 'Ommeland');
        expect(uit['regio.sturing']).toContain('regio Ommeland {');
        expect(uit['b.sturing']).toContain('leden Ommeland.Zorgcoop }');
        expect(uit['a.sturing']).toBe(bestanden['a.sturing']);
    });

    test('renaming a team and a gemeente', async () => {
        const docs = await werkruimte(bestanden);
        expect((await hernoem(docs, 'b.sturing', 'T {', 'Oost'))['b.sturing']).toContain('team Oost { leden');
        expect((await hernoem(docs, 'b.sturing', 'B {', 'Dorp'))['b.sturing']).toMatch(/^gemeente Dorp \{/);
    });

    test('a name that cannot be a name is refused with an explanation', async () => {
        const docs = await werkruimte(bestanden);
        await expect(hernoem(docs, 'regio.sturing', 'Zorgcoop', 'Zorg coop')).rejects.toThrow(/kan geen naam zijn/);
        await expect(hernoem(docs, 'regio.sturing', 'Zorgcoop', 'regisseur')).rejects.toThrow(/geen woord dat Sturing zelf gebruikt/);
    });
});
