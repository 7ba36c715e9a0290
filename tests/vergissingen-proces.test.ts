import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { TestClient } from './lsp-client.js';

// The list of choices through the bundled command (bin/sturing.cjs) and the bundled language server
// (out/server.cjs), each as a separate process: the integration project builds them first (vitest.config.ts).
// The mistake corpus itself is checked in process in vergissingen.test.ts.

const MAP = new URL('./vergissingen/', import.meta.url);

describe('a list of choices on the command line and in the editor', () => {
    const naam = '16-onbekende-rol.sturing';
    const tekst = readFileSync(new URL(naam, MAP), 'utf8');
    const keuzes = "Onbekende rol 'baas'. Strak sturend: dirigent, marktmeester. Ertussenin: controleur, opdrachtgever, zachte-opdrachtgever, regisseur, ruimte-latende-regisseur, coproducent, onderhandelaar, gesprekspartner. Loslatend: bemiddelaar, facilitator.";

    test('the command line gives the choices, without a key to press', () => {
        const r = spawnSync(process.execPath, [fileURLToPath(new URL('../bin/sturing.cjs', import.meta.url)), 'check', fileURLToPath(new URL(naam, MAP))], { encoding: 'utf8' });
        expect(r.stdout).toContain(`:32:18 fout ${keuzes} [syntax]`);
        expect(r.stdout).not.toContain('Ctrl+Spatie');
    });

    test('an editor that completes words also points to Ctrl+Spatie; a fix that adds a party leaves the cursor in its quotes', async () => {
        const client = new TestClient();
        // As VS Code says it: completion, and snippets in the edits of quick fixes.
        await client.start(null, { textDocument: { completion: { completionItem: { snippetSupport: true } } }, workspace: { workspaceEdit: { snippetEditSupport: true } } });
        try {
            const uri = 'file:///vergissingen-editor/onbekende-rol.sturing';
            await client.open(uri, tekst);
            const fout = (await client.wachtOpDiagnostics(uri)).diagnostics.filter(d => d.severity === 1);
            expect(fout.map(d => d.message)).toEqual([`${keuzes} Ctrl+Spatie legt ze uit.`]);
            // About 250 characters: the hint may take the longest list of choices (the roles) a little past it.
            expect(String(fout[0].message).length).toBeLessThanOrEqual(270);

            const partij = readFileSync(new URL('18-onbekende-partij.sturing', MAP), 'utf8');
            const uri2 = 'file:///vergissingen-editor/onbekende-partij.sturing';
            await client.open(uri2, partij);
            const [d] = (await client.wachtOpDiagnostics(uri2)).diagnostics.filter(x => x.severity === 1);
            const actie = (await client.codeActies(uri2, d)).find(a => a.title === 'Voeg partij Huisartsen toe bovenaan gemeente Vlagtwedde')!;
            const edits = actie.edit!.documentChanges!.flatMap(c => 'edits' in c ? c.edits : []);
            // Right after the adviesraad line (r. 12), the last party named at the top.
            expect(edits).toEqual([{ range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, snippet: { kind: 'snippet', value: '    partij Huisartsen "$1"\n' } }]);
        } finally {
            await client.stop();
        }
    });
});
