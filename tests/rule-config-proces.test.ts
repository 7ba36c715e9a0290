import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tijdelijkeMap } from './helpers.js';
import { TestClient } from './lsp-client.js';

// Rule configuration through the bundled language server (out/server.cjs) and the bundled command
// (bin/sturing.cjs), each as a separate process: the integration project builds them first (vitest.config.ts).
// The same configuration in process is in rule-config.test.ts.

const KLEIN = 'gemeente X {\n    fase kaderstelling { gemeente opdrachtgever }\n    fase uitvoering { gemeente regisseur burgerparticipatie raadplegen }\n    team T { doel "Vaag" }\n}\n';

describe('configuration through the language server', () => {
    let client: TestClient;
    let dir: string;

    beforeAll(async () => {
        dir = tijdelijkeMap({ 'sturing.json': '{\n  "regels": {\n    "kleine-cyclus": "fout",\n    "bestaat-niet": "uit"\n  }\n}\n', 'a.sturing': KLEIN });
        client = new TestClient();
        await client.start(pathToFileURL(dir).href);
    });

    afterAll(async () => { await client?.stop(); });

    test('sturing.json severities apply and its problems show in sturing.json', async () => {
        const uri = pathToFileURL(path.join(dir, 'a.sturing')).href;
        await client.open(uri, KLEIN);
        const p = await client.wachtOpDiagnostics(uri, x => x.diagnostics.some(d => d.code === 'kleine-cyclus'));
        expect(p.diagnostics.find(d => d.code === 'kleine-cyclus')!.severity).toBe(1);
        const cfg = await client.wachtOpDiagnostics(pathToFileURL(path.join(dir, 'sturing.json')).href, x => x.diagnostics.length > 0);
        expect(cfg.diagnostics.map(d => [d.range.start.line, d.code, d.severity])).toEqual([[3, 'sturing-json', 2]]);
        expect(cfg.diagnostics[0].message).toMatch(/^Sturing kent geen regel 'bestaat-niet'/);
    });

    test('the setting sturing.regels wins, and a change re-validates', async () => {
        const uri = pathToFileURL(path.join(dir, 'a.sturing')).href;
        await client.verbinding.sendNotification('workspace/didChangeConfiguration', { settings: { sturing: { regels: { 'kleine-cyclus': 'info', 'vaag-doel': 'uit' } } } });
        const p = await client.wachtOpDiagnostics(uri, x => x.diagnostics.some(d => d.code === 'kleine-cyclus' && d.severity === 3));
        expect(p.diagnostics.some(d => d.code === 'vaag-doel')).toBe(false);
    });
});

/** The bundled command as a separate process. */
function sturing(...args: string[]): { code: number | null; out: string; err: string } {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('../bin/sturing.cjs', import.meta.url)), ...args], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('configuration and suppression hold up (issue 13)', () => {
    test('7. a severity such as "constructor" or "__proto__" is reported at its place and the rule keeps its default; a BOM is accepted', () => {
        const json = '\uFEFF{\n  "regels": {\n    "vaag-doel": "constructor",\n    "kleine-cyclus": "__proto__",\n    "fuik": "toString"\n  }\n}\n';
        const dir = tijdelijkeMap({ 'sturing.json': json, 'a.sturing': KLEIN });
        const r = sturing('check', '--json', dir);
        expect(r.err).toBe('');
        const bevindingen = JSON.parse(r.out) as Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }>;
        const config = bevindingen.filter(b => b.code === 'sturing-json');
        expect(config.map(b => [b.line, b.column, b.severity, b.message])).toEqual([
            [3, 5, 'error', 'Voor regel \'vaag-doel\' staat "constructor"; kies uit "fout", "waarschuwing", "info", "hint", "uit" (of error, warning, warn, information, off, none). De regel houdt nu zijn standaardernst.'],
            [4, 5, 'error', 'Voor regel \'kleine-cyclus\' staat "__proto__"; kies uit "fout", "waarschuwing", "info", "hint", "uit" (of error, warning, warn, information, off, none). De regel houdt nu zijn standaardernst.'],
            [5, 5, 'error', 'Voor regel \'fuik\' staat "toString"; kies uit "fout", "waarschuwing", "info", "hint", "uit" (of error, warning, warn, information, off, none). De regel houdt nu zijn standaardernst.']
        ]);
        // The rules still run, with their default severity.
        expect(bevindingen.find(b => b.code === 'vaag-doel')?.severity).toBe('info');
        expect(bevindingen.find(b => b.code === 'kleine-cyclus')?.severity).toBe('warning');
        // With a BOM and valid values, sturing.json simply applies.
        const geldig = tijdelijkeMap({ 'sturing.json': '\uFEFF{ "regels": { "vaag-doel": "uit" } }', 'a.sturing': KLEIN });
        const g = JSON.parse(sturing('check', '--json', geldig).out) as Array<{ code: string }>;
        expect(g.filter(b => b.code === 'sturing-json' || b.code === 'vaag-doel')).toEqual([]);
    });

    test('7. the same values in the setting sturing.regels: a Dutch message, no stack trace, the rule still runs', async () => {
        const client = new TestClient({ instellingen: { sturing: { regels: { 'vaag-doel': 'constructor' } } } });
        try {
            await client.start();
            const uri = 'file:///w/a.sturing';
            await client.open(uri, KLEIN);
            const p = await client.wachtOpDiagnostics(uri, x => x.diagnostics.some(d => d.code === 'vaag-doel'));
            expect(p.diagnostics.find(d => d.code === 'vaag-doel')!.severity).toBe(3);
            await client.wachtTot(() => client.logs.some(l => l.message.includes('sturing.regels')), 'de melding over sturing.regels');
            expect(client.logs.filter(l => l.message.includes('sturing.regels')).map(l => l.message)).toEqual([
                'Sturing, instelling sturing.regels: Voor regel \'vaag-doel\' staat "constructor"; kies uit "fout", "waarschuwing", "info", "hint", "uit" (of error, warning, warn, information, off, none). De regel houdt nu zijn standaardernst.'
            ]);
            expect(client.logs.filter(l => l.type === 1)).toEqual([]);
            expect(client.stderr).not.toMatch(/Invalid diagnostic severity/);
        } finally {
            await client.stop();
        }
    });

    test('9. `// sturing-negeer: id` gets a clear hint that says how to write it', () => {
        const dir = tijdelijkeMap({ 'a.sturing': 'gemeente X {\n    // sturing-negeer: vaag-doel\n    team T { doel "Vaag" }\n}\n' });
        const bevindingen = JSON.parse(sturing('check', '--json', dir).out) as Array<{ line: number; severity: string; code: string; message: string }>;
        expect(bevindingen.filter(b => b.code === 'negeer-zonder-regel').map(b => [b.line, b.severity, b.message])).toEqual([
            [2, 'warning', 'Dit commentaar noemt vóór de dubbele punt geen regel, dus het zet niets uit. Schrijf eerst de regel en na de dubbele punt de reden: // sturing-negeer vaag-doel: <reden>.']
        ]);
    });

    test('10. the CLI: a sturing.json above the given folder does not count; for a file given on its own, the git repository is the limit', () => {
        const boven = tijdelijkeMap({ 'sturing.json': '{ "regels": { "vaag-doel": "uit" } }', 'los/a.sturing': KLEIN, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/gemeenten/a.sturing': KLEIN, 'repo/sturing.json': '{ "regels": { "vaag-doel": "fout" } }' });
        const ernst = (...args: string[]) => (JSON.parse(sturing('check', '--json', ...args).out) as Array<{ code: string; severity: string }>).filter(b => b.code === 'vaag-doel').map(b => b.severity);
        expect(ernst(path.join(boven, 'los'))).toEqual(['info']);
        expect(ernst(path.join(boven, 'los', 'a.sturing'))).toEqual(['info']);
        expect(ernst(path.join(boven, 'repo', 'gemeenten', 'a.sturing'))).toEqual(['error']);
        // A folder given is the root, as a workspace folder is in the editor.
        expect(ernst(path.join(boven, 'repo', 'gemeenten'))).toEqual(['info']);
        // Given the folder above both, its sturing.json switches the rule off in los/; repo/ has its own.
        expect(ernst(boven)).toEqual(['error']);
    });

    test('10. the editor: a sturing.json above the workspace folder does not count', async () => {
        const boven = tijdelijkeMap({ 'sturing.json': '{ "regels": { "vaag-doel": "uit" } }', 'werk/a.sturing': KLEIN });
        const client = new TestClient();
        try {
            await client.start(pathToFileURL(path.join(boven, 'werk')).href);
            const uri = pathToFileURL(path.join(boven, 'werk', 'a.sturing')).href;
            await client.open(uri, KLEIN);
            const p = await client.wachtOpDiagnostics(uri, x => x.diagnostics.length > 0);
            expect(p.diagnostics.filter(d => d.code === 'vaag-doel').map(d => d.severity)).toEqual([3]);
        } finally {
            await client.stop();
        }
    });
});
