import { readFileSync } from 'node:fs';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { TestClient } from './lsp-client.js';

// Formatting through the bundled language server (out/server.cjs) as a separate process: the integration project
// builds it first (vitest.config.ts). Formatting in process is in formatting.test.ts.

describe('formatting never changes what `// sturing-negeer` switches off (issue 13, item 8)', () => {
    const tekst = readFileSync(new URL('./fixtures/negeer-opmaak.sturing', import.meta.url), 'utf8');


    test('through the language server: the findings before and after formatting are the same', async () => {
        const client = new TestClient();
        try {
            await client.start();
            const uri = 'file:///w/negeer.sturing';
            await client.open(uri, tekst);
            const voor = await client.wachtOpDiagnostics(uri);
            const edits = await client.verbinding.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
            const opgemaakt = TextDocument.applyEdits(TextDocument.create(uri, 'sturing', 1, tekst), edits);
            expect(opgemaakt).not.toBe(tekst); // the rest is laid out
            await client.wijzig(uri, opgemaakt, 2);
            const na = await client.wachtOpDiagnostics(uri, p => p !== voor);
            const set = (ds: Diagnostic[], t: string) => ds.map(d => `${d.code} «${TextDocument.create(uri, 'sturing', 1, t).getText(d.range).replace(/\s+/g, ' ')}»`).sort();
            expect(set(na.diagnostics, opgemaakt)).toEqual(set(voor.diagnostics, tekst));
            expect(set(voor.diagnostics, tekst).filter(d => /^(vaag-doel|npm-in-verkenning|tegenstrijdige-rollen) /.test(d))).toEqual(['vaag-doel «"Nog vager"»', 'vaag-doel «"Ook vaag"»']);
        } finally {
            await client.stop();
        }
    });
});
