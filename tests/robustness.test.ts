import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { willekeur } from '../bench/generate-workspace.js';
import { leesVoorbeeld, services, valideer } from './helpers.js';

async function overleeft(tekst: string): Promise<number> {
    const doc = await valideer(tekst);
    // The editor features must answer too, anywhere in the text.
    const positie = doc.textDocument.positionAt(Math.floor(tekst.length / 2));
    await services.lsp.CompletionProvider!.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position: positie });
    await services.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } });
    await services.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    for (let i = 0; i < 5; i++) {
        const offset = Math.floor((tekst.length * i) / 5);
        await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
    }
    const bereik = { start: { line: 0, character: 0 }, end: doc.textDocument.positionAt(tekst.length) };
    await services.lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: { uri: doc.uri.toString() }, range: bereik });
    await services.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } });
    return doc.diagnostics?.length ?? 0;
}

describe('garbage in, diagnostics out', () => {
    // A check that throws is caught by Langium and logged with console.error; here that is a failure.
    let fouten: unknown[][] = [];
    beforeEach(() => { fouten = []; vi.spyOn(console, 'error').mockImplementation((...args) => { fouten.push(args); }); });
    afterEach(() => { vi.restoreAllMocks(); expect(fouten.map(f => f.map(x => x instanceof Error ? x.stack : String(x)).join(" "))).toEqual([]); });

    test('arbitrary prose', async () => {
        expect(await overleeft('Dit is gewoon een memo over de wijkteams, geen sturingsontwerp.')).toBeGreaterThan(0);
    });

    test('the example truncated at many offsets', async () => {
        const tekst = leesVoorbeeld('voorbeeldstad.sturing');
        for (let i = 0; i < tekst.length; i += 97) {
            await overleeft(tekst.slice(0, i));
        }
    });

    test('binary junk, NUL bytes, emoji and right-to-left text', async () => {
        const r = willekeur(42);
        const junk = Array.from({ length: 4000 }, () => String.fromCharCode(Math.floor(r() * 0xFFFF))).join('');
        expect(await overleeft(junk)).toBeGreaterThan(0);
        expect(await overleeft('gemeente X {\u0000 probleem 🚀 onduidelijk مرحبا }')).toBeGreaterThan(0);
    });

    test('many nested braces', async () => {
        expect(await overleeft('gemeente X ' + '{'.repeat(5000) + '}'.repeat(5000))).toBeGreaterThan(0);
    });

    test('a string literal of 5 MB on one line', async () => {
        expect(await overleeft('gemeente X {\n    team T { doel "' + 'x'.repeat(5_000_000) + '" }\n}\n')).toBeGreaterThan(0);
    }, 60_000);

    test('a 5 MB file', async () => {
        const blok = leesVoorbeeld('voorbeeldstad.sturing');
        const delen: string[] = [];
        let i = 0;
        while (delen.join('').length < 5_000_000 / 2) delen.push(blok.replace('Voorbeeldstad', `Stad${i++}`));
        const groot = delen.join('\n') + '\n' + 'x'.repeat(2_500_000);
        expect(groot.length).toBeGreaterThan(5_000_000);
        expect(await overleeft(groot)).toBeGreaterThan(0);
    }, 120_000);
});

describe('a flood of syntax errors', () => {
    test('shows the first 100 and one note with how many more there are', async () => {
        // Three hundred lines, each with a role Sturing does not know: three hundred errors of their own.
        const doc = await valideer('gemeente X {\n    fase verkenning {\n' + '        gemeente baas\n'.repeat(300) + '    }\n}\n');
        const syntax = (doc.diagnostics ?? []).filter(d => d.code === 'syntax');
        expect(syntax).toHaveLength(101);
        expect(syntax[100].message).toMatch(/^Nog \d+ syntaxfouten zijn niet getoond; vaak volgen ze uit de eerste\./);
        expect(syntax[100].severity).toBe(3);
    });
});
