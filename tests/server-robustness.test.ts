import { chmodSync, cpSync, mkdtempSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, PublishDiagnosticsParams } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { genereerGrootDocument, genereerRealistischeWerkruimte } from '../bench/generate-workspace.js';
import { samenvattingInhoud } from '../language/summary/render-html.js';
import type { Samenvatting, VergelijkingsRij } from '../language/summary/summary-types.js';
import { BOUWSTATISTIEK_VERZOEK, type Bouwstatistiek } from '../language/lsp/build-statistics.js';
import { tijdelijkeMap } from './helpers.js';
import { TestClient } from './lsp-client.js';

// Robustness of the bundled language server (out/server.cjs), driven over stdio as VS Code drives it.
// The numbers refer to the items of issue 13.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let clients: TestClient[] = [];

async function server(opties: ConstructorParameters<typeof TestClient>[0] = {}, rootUri: string | null = null): Promise<TestClient> {
    const c = new TestClient(opties);
    clients.push(c);
    await c.start(rootUri);
    return c;
}

afterEach(async () => {
    for (const c of clients) await c.stop().catch(() => undefined);
    clients = [];
});

/** Errors the server wrote to the output channel (window/logMessage type 1). */
const fouten = (c: TestClient) => c.logs.filter(l => l.type === 1).map(l => l.message);

/** Every file and folder under `map` readable by everyone (mkdtemp makes folders private). */
function voorIedereen(map: string): void {
    chmodSync(map, 0o755);
    for (const naam of readdirSync(map)) {
        const pad = path.join(map, naam);
        if (statSync(pad, { throwIfNoEntry: false })?.isDirectory()) voorIedereen(pad);
        else if (statSync(pad, { throwIfNoEntry: false })) chmodSync(pad, 0o644);
    }
}

describe('1. a document in the Sturing language is a Sturing document whatever its name', () => {
    test('a .txt file and an untitled buffer get findings; closing them clears those and the server keeps serving', async () => {
        const c = await server();
        const txt = 'file:///w/notitie.txt', naamloos = 'untitled:Untitled-1';
        await c.open(txt, 'gemeente X {\n    probleem vaag\n}\n');
        await c.open(naamloos, 'gemeente Y {\n    team T { doel "Vaag" }\n}\n');
        expect((await c.wachtOpDiagnostics(txt, p => p.diagnostics.length > 0)).diagnostics.map(d => d.code)).toContain('syntax');
        expect((await c.wachtOpDiagnostics(naamloos, p => p.diagnostics.length > 0)).diagnostics.map(d => d.code)).toContain('vaag-doel');

        await c.sluit(txt);
        await c.sluit(naamloos);
        // Closed, they leave the workspace: their findings are cleared.
        await c.wachtOpDiagnostics(txt, p => p.diagnostics.length === 0);
        await c.wachtOpDiagnostics(naamloos, p => p.diagnostics.length === 0);

        // The next edit builds the workspace again; before, that stopped the server (exit code 1).
        const stad = 'file:///w/stad.sturing';
        await c.open(stad, 'gemeente Stad { }\n');
        await c.wijzig(stad, 'gemeente Stad {\n    probleem vaag\n}\n', 2);
        await c.wachtOpDiagnostics(stad, p => p.diagnostics.some(d => d.code === 'syntax'));
        expect(c.proces.exitCode).toBeNull();
        expect(fouten(c)).toEqual([]);
        // And a gemeente of the closed .txt file no longer counts in the workspace.
        const rijen = await c.verbinding.sendRequest<VergelijkingsRij[]>('sturing/vergelijking', {});
        expect(rijen.map(r => r.gemeente)).toEqual(['Stad']);
    });

    test('a file named X.STURING is found in the workspace (extensions are matched without regard to case)', async () => {
        const dir = tijdelijkeMap({ 'GROOT.STURING': 'gemeente Groot {\n    team T { doel "Vaag" }\n}\n' });
        const c = await server({}, pathToFileURL(dir).href);
        const rijen = await c.verbinding.sendRequest<VergelijkingsRij[]>('sturing/vergelijking', {});
        expect(rijen.map(r => [r.gemeente, r.bestand])).toEqual([['Groot', 'GROOT.STURING']]);
    });
});

describe('2. one unreadable .sturing file does not stop the workspace from loading', () => {
    test('an unreadable file, a dangling link and a folder named x.sturing are skipped; the rest is served', async () => {
        const dir = tijdelijkeMap({
            'goed.sturing': 'gemeente Goed {\n    team T { doel "Vaag" }\n}\n',
            'map.sturing/binnen.sturing': 'gemeente Binnen { }\n',
            'geheim.sturing': 'gemeente Geheim { }\n'
        });
        symlinkSync(path.join(dir, 'weg.sturing'), path.join(dir, 'link.sturing'));
        voorIedereen(dir);
        chmodSync(path.join(dir, 'geheim.sturing'), 0o000);
        // As root every file is readable; the server then runs as the user nobody.
        const c = await server({ gewoneGebruiker: true }, pathToFileURL(dir).href);
        const goed = pathToFileURL(path.join(dir, 'goed.sturing')).href;
        await c.open(goed, 'gemeente Goed {\n    team T { doel "Vaag" }\n}\n');
        const p = await c.wachtOpDiagnostics(goed, x => x.diagnostics.length > 0);
        expect(p.diagnostics.map(d => d.code)).toContain('vaag-doel');
        const rijen = await c.verbinding.sendRequest<VergelijkingsRij[]>('sturing/vergelijking', {});
        expect(rijen.map(r => r.gemeente).sort()).toEqual(['Binnen', 'Goed']);
        // Said once, in Dutch, with the path.
        const gemeld = c.logs.filter(l => l.message.includes('geheim.sturing')).map(l => l.message);
        expect(gemeld).toEqual([`Sturing slaat ${path.join(dir, 'geheim.sturing')} over: het bestand kan niet gelezen worden (u heeft er geen rechten voor). De andere bestanden worden gewoon gecontroleerd.`]);
        expect(fouten(c)).toEqual([]);
    });
});

describe('3. a burst of edits is parsed once', () => {
    /**
     * 300 edits sent back to back on a document of about 5 000 lines, each changing the word of its one
     * syntax error: as VS Code sends keystrokes (one replaced word each), or the whole text each time.
     * The server parses the last version once, and publishes its findings once.
     */
    async function burst(soort: 'incrementeel' | 'volledig'): Promise<void> {
        const tekst = genereerGrootDocument();
        const regels = tekst.split('\n');
        expect(regels.length).toBeGreaterThan(5000);
        const regel = regels.findIndex(l => l.includes('probleem vaag0'));
        const kolom = regels[regel].indexOf('vaag0');
        const c = await server();
        const uri = 'file:///w/groot.sturing';
        const over = (woord: string) => (p: PublishDiagnosticsParams) => p.diagnostics.some(d => String(d.message).includes(`'${woord}'`));
        const parses = async () => (await c.verbinding.sendRequest<Bouwstatistiek>(BOUWSTATISTIEK_VERZOEK, {})).parsesPerDocument[uri];
        let versie = 1, huidig = 'vaag0';
        const bewerk = (nieuw: string) => {
            const bereik = { start: { line: regel, character: kolom }, end: { line: regel, character: kolom + huidig.length } };
            huidig = nieuw;
            return soort === 'incrementeel' ? c.wijzigBereik(uri, bereik, nieuw, ++versie) : c.wijzig(uri, tekst.replace('probleem vaag0', `probleem ${nieuw}`), ++versie);
        };
        await c.open(uri, tekst);
        await c.wachtOpDiagnostics(uri, over('vaag0'));
        expect(await parses()).toBe(1);

        const voor = c.diagnostics.get(uri)!.length;
        for (let i = 1; i <= 300; i++) await bewerk(`vaag${i}`);
        await c.wachtOpDiagnostics(uri, over('vaag300'), 60_000);
        // One parse for the whole burst (before, a parse every few edits: 30–40 for 300 full-text edits), and
        // the findings of the last version only.
        expect(await parses()).toBe(2);
        expect(c.diagnostics.get(uri)!.slice(voor).map(p => over('vaag300')(p))).toEqual([true]);

        // Nothing older is published after them.
        await c.wijzig(uri, tekst.replace('probleem vaag0', 'probleem vaagEinde'), ++versie);
        await c.wachtOpDiagnostics(uri, over('vaagEinde'), 60_000);
        const alles = c.diagnostics.get(uri)!.slice(voor);
        expect(alles.slice(alles.findIndex(over('vaag300')) + 1).every(over('vaagEinde'))).toBe(true);
        expect(fouten(c)).toEqual([]);
    }

    test('300 keystrokes (incremental edits) on a 5 000-line document', () => burst('incrementeel'), 180_000);
    test('300 full-text edits on a 5 000-line document', () => burst('volledig'), 180_000);
});

describe('4. requests before the first build', () => {
    test('before initialize: ServerNotInitialized with a Dutch message', async () => {
        const c = new TestClient();
        clients.push(c);
        const antwoord = await c.vraag('sturing/vergelijking', {});
        expect(antwoord.fout).toEqual({ code: -32002, message: 'Sturing is nog niet gestart; probeer het zo opnieuw.' });
    });

    test('right after start: the comparison and the summary of a file nobody opened wait for the build and include the findings', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sturing-test-'));
        cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
        const c = new TestClient();
        clients.push(c);
        await c.verbinding.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }] });
        // Asked before `initialized`, so before the workspace is even loaded.
        const vergelijking = c.vraag<VergelijkingsRij[]>('sturing/vergelijking', {});
        const samenvatting = c.vraag<Samenvatting>('sturing/samenvatting', { uri: pathToFileURL(path.join(dir, 'groningen-2014.sturing')).href });
        await c.verbinding.sendNotification('initialized', {});
        const rijen = (await vergelijking).resultaat!;
        expect(rijen.map(r => [r.gemeente, r.bevindingen.waarschuwing > 0])).toEqual([['Groningen', true], ['Ittersum', false], ['Voorbeeldstad', false]]);
        const s = (await samenvatting).resultaat!;
        expect(s.gemeenten[0].bevindingen.map(b => b.code)).toContain('evaluatie-ontbreekt');
        // A file that is not in the workspace: no summary, no error.
        expect(await c.vraag('sturing/samenvatting', { uri: pathToFileURL(path.join(dir, 'bestaat-niet.sturing')).href })).toEqual({ resultaat: null });
        expect(fouten(c)).toEqual([]);
    });

    test('a request for a document the server does not know is an LSP error, not a result', async () => {
        const c = await server();
        const antwoord = await c.vraag('textDocument/hover', { textDocument: { uri: 'file:///w/onbekend.sturing' }, position: { line: 0, character: 0 } });
        expect(antwoord.resultaat).toBeUndefined();
        expect(antwoord.fout?.code).toBe(-32802);
    });
});

describe('5. completion', () => {
    test('after an unfinished `rol` it answers without an error: parties right after `rol`, keywords after the phase', async () => {
        const c = await server();
        const uri = 'file:///w/rol.sturing';
        const tekst = 'gemeente X {\n    partij Welzijn\n    partij Zorggroep\n    fase verkenning {\n        rol \n    }\n}\n';
        await c.open(uri, tekst);
        await c.wachtOpDiagnostics(uri);
        const labels = async (line: number, character: number) => {
            const lijst = await c.verbinding.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
            return (Array.isArray(lijst) ? lijst : lijst.items).map(i => i.label);
        };
        expect(await labels(4, 12)).toEqual(expect.arrayContaining(['Welzijn', 'Zorggroep']));
        // Right after the phase's `}`: Langium offered the reference `partij` on the phase, failed and logged.
        const naFase = await labels(5, 5);
        expect(naFase).toEqual(expect.arrayContaining(['fase', 'team']));
        expect(naFase).not.toContain('Welzijn');
        expect(fouten(c)).toEqual([]);
    });
});

describe('6. no raw control characters from a source file reach a webview', () => {
    test('the summary the preview shows renders escape sequences and direction overrides visibly', async () => {
        const c = await server();
        const uri = 'file:///w/stuur.sturing';
        await c.open(uri, 'gemeente X {\n    team T { doel "Rood\u001b[31m\u001b[2J wissen\u009b6n \u202Eomgekeerd\u0007" }\n}\n');
        await c.wachtOpDiagnostics(uri);
        const s = await c.verbinding.sendRequest<Samenvatting>('sturing/samenvatting', { uri });
        const html = samenvattingInhoud(s, { modus: 'webview' });
        expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(html).toContain('Rood\\u001b[31m\\u001b[2J wissen\\u009b6n \\u202eomgekeerd\\u0007');
    });
});

describe('7. the open file first, the rest of the workspace after', () => {
    // Over the wire: the order in which findings arrive. That the open file is also linked and validated before any
    // other file is linked (so it does not wait for the whole workspace) is tested in document-builder.test.ts.
    test('in a workspace of 400 files, the file open in the editor gets its findings before any other file; every file gets them', async () => {
        const { bestanden } = genereerRealistischeWerkruimte(1);
        const gekozen = new Map([...bestanden].slice(0, 400));
        const dir = tijdelijkeMap(Object.fromEntries(gekozen));
        const naam = [...gekozen.keys()].filter(n => n.startsWith('gemeente-'))[150];
        const open = pathToFileURL(path.join(dir, naam)).href;
        const c = new TestClient();
        clients.push(c);
        const volgorde: string[] = [];
        c.verbinding.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { volgorde.push(p.uri); });
        await c.verbinding.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { configuration: true } }, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }] });
        // As VS Code reopens the editors of the last session: the file is open before the workspace is loaded.
        await c.open(open, gekozen.get(naam)!);
        await c.verbinding.sendNotification('initialized', {});
        await c.wachtTot(() => new Set(volgorde).size >= gekozen.size, 'meldingen voor elk bestand', 60_000);
        expect(volgorde[0]).toBe(open);
        expect(new Set(volgorde)).toEqual(new Set([...gekozen.keys()].map(n => pathToFileURL(path.join(dir, n)).href)));
        expect(fouten(c)).toEqual([]);
    }, 120_000);
});

