import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { metCode, services, valideer } from './helpers.js';

const basis = (regel: string) => `gemeente Stad {
    partij Welzijn "Welzijn" soort welzijn
    partij Zorggroep "Zorg" soort zorg
${regel}
}`;

async function snelleOplossingen(tekst: string): Promise<{ acties: CodeAction[]; pasToe(a: CodeAction): string }> {
    const doc = await valideer(tekst);
    const [d] = metCode(doc, 'onbekende-verwijzing');
    expect(d, 'een onbekende verwijzing').toBeDefined();
    const acties = (await services.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] }
    }) ?? []) as CodeAction[];
    return { acties, pasToe: a => TextDocument.applyEdits(doc.textDocument as TextDocument, a.edit!.changes![doc.uri.toString()]) };
}

describe('"Bedoelt u …?" has a quick fix', () => {
    test('a misspelt party in a rol is replaced by the suggested name', async () => {
        const { acties, pasToe } = await snelleOplossingen(basis('    fase verkenning { gemeente regisseur rol Welzjin adviseur }'));
        expect(acties.map(a => a.title)).toEqual(["Vervang door 'Welzijn'"]);
        expect(acties[0].isPreferred).toBe(true);
        expect(pasToe(acties[0])).toContain('rol Welzijn adviseur');
    });

    test('a misspelt team member (one of several references) is replaced in place', async () => {
        const { acties, pasToe } = await snelleOplossingen(basis('    team Oost { leden Welzijn, Zorgroep }'));
        expect(acties.map(a => a.title)).toEqual(["Vervang door 'Zorggroep'"]);
        expect(pasToe(acties[0])).toContain('leden Welzijn, Zorggroep }');
    });

    test('no suggestion, no quick fix', async () => {
        const { acties } = await snelleOplossingen(basis('    fase kaderstelling { gemeente opdrachtgever bekostiging Huisartsen subsidie }'));
        expect(acties).toEqual([]);
    });
});
