import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leesVoorbeeld } from './helpers.js';
import { TestClient } from './lsp-client.js';

describe('the bundled language server, as a separate process', () => {
    let client: TestClient;

    beforeAll(async () => {
        client = new TestClient();
        await client.start();
    });

    afterAll(async () => {
        await client?.stop();
    });

    test('publishes no errors for the syntax contract', async () => {
        await client.open('file:///w/voorbeeldstad.sturing', leesVoorbeeld('voorbeeldstad.sturing'));
        const p = await client.wachtOpDiagnostics('file:///w/voorbeeldstad.sturing');
        expect(p.diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    test('answers garbage with diagnostics and stays up', async () => {
        const junk = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 0xFFFF)).join('');
        await client.open('file:///w/rommel.sturing', junk);
        const p = await client.wachtOpDiagnostics('file:///w/rommel.sturing', x => x.diagnostics.length > 0);
        expect(p.diagnostics.some(d => d.code === 'syntax')).toBe(true);

        await client.wijzig('file:///w/rommel.sturing', 'gemeente X {\n    fase verkenning {\n        gemeente regisseur', 2);
        const q = await client.wachtOpDiagnostics('file:///w/rommel.sturing', x => x.diagnostics.some(d => d.message === 'Hier verwacht Sturing `}`, maar er staat het einde van het bestand.'));
        expect(q.diagnostics.map(d => d.message)).toContain('Hier verwacht Sturing `}`, maar er staat het einde van het bestand.');

        // Still answering requests afterwards.
        const symbols = await client.verbinding.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///w/voorbeeldstad.sturing' } }) as Array<{ name: string }>;
        expect(symbols.map(s => s.name)).toEqual(['Voorbeeldstad']);
        expect(client.proces.exitCode).toBeNull();
    });

    test('resolves references between two open files', async () => {
        await client.open('file:///w/regio.sturing', 'regio Noord { partij Zorgcoop }');
        await client.open('file:///w/stad.sturing', 'gemeente Stad { fase verkenning { gemeente regisseur rol Noord.Zorgcoop adviseur } }');
        const p = await client.wachtOpDiagnostics('file:///w/stad.sturing');
        expect(p.diagnostics.filter(d => d.code === 'onbekende-verwijzing')).toEqual([]);
    });
});
