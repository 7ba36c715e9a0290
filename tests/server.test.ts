import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leesVoorbeeld } from './helpers.js';
import { TestClient } from './lsp-client.js';

const groningenTekst = () => leesVoorbeeld('groningen-2014.sturing');

function positie(tekst: string, offset: number): { line: number; character: number } {
    const voor = tekst.slice(0, offset).split('\n');
    return { line: voor.length - 1, character: voor[voor.length - 1].length };
}

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
        const q = await client.wachtOpDiagnostics('file:///w/rommel.sturing', x => x.diagnostics.some(d => d.message === 'Hier hoort een } die fase verkenning (r. 2) afsluit.'));
        expect(q.diagnostics.map(d => d.message)).toContain('Hier hoort een } die fase verkenning (r. 2) afsluit.');

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

    test('answers sturing/samenvatting with the summary model, findings included', async () => {
        const uri = 'file:///w/groningen.sturing';
        await client.open(uri, leesVoorbeeld('groningen-2014.sturing'));
        const s = await client.verbinding.sendRequest('sturing/samenvatting', { uri }) as { bestand: string; gemeenten: Array<{ naam: string; typeZin: string; bevindingen: Array<{ code: string }> }> };
        expect(s.bestand).toBe('groningen.sturing');
        expect(s.gemeenten.map(g => g.naam)).toEqual(['Groningen']);
        expect(s.gemeenten[0].typeZin).toBe('netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering)');
        expect(s.gemeenten[0].bevindingen.map(b => b.code)).toContain('evaluatie-ontbreekt');
        expect(await client.verbinding.sendRequest('sturing/samenvatting', { uri: 'file:///w/onbekend.sturing' })).toBeNull();
    });

    test('answers sturing/typeUitleg ("Meer uitleg" under the hover) with the whole reasoning for one gemeente, and the hover links to it', async () => {
        const uri = 'file:///w/groningen.sturing';
        const u = await client.verbinding.sendRequest('sturing/typeUitleg', { uri, gemeente: 'Groningen', algemeen: 'https://voorbeeld/hoe.html' }) as { titel: string; markdown: string };
        expect(u.titel).toBe('Waarom netwerksturing? Gemeente Groningen, 2014 – 2018');
        expect(u.markdown).toMatch(/\nVooral netwerksturing \(r\. [\d, en]+\); in mindere mate integrale beleidssturing/);
        expect(u.markdown).toContain('[Hoe Sturing het governancetype bepaalt](https://voorbeeld/hoe.html)');
        expect(await client.verbinding.sendRequest('sturing/typeUitleg', { uri, gemeente: 'Onbekend' })).toBeNull();
        const tekst = groningenTekst();
        const hover = await client.verbinding.sendRequest('textDocument/hover', { textDocument: { uri }, position: positie(tekst, tekst.indexOf('Groningen {') + 2) }) as { contents: { value: string } };
        expect(hover.contents.value).toContain(`[Meer uitleg](command:sturing.toonTypeUitleg?${encodeURIComponent(JSON.stringify([uri, 'Groningen']))})`);
    });

    test('answers sturing/vergelijking with a row per gemeente in the workspace', async () => {
        const rijen = await client.verbinding.sendRequest('sturing/vergelijking', {}) as Array<{ gemeente: string; governancetype: string }>;
        expect(rijen.map(r => r.gemeente)).toEqual(expect.arrayContaining(['Groningen', 'Stad', 'Voorbeeldstad']));
        expect(rijen.find(r => r.gemeente === 'Voorbeeldstad')!.governancetype).toBe('netwerksturing, met trekjes van expertsturing (in de kaderstelling)');
    });
});
