import { describe, expect, test } from 'vitest';
import { URI as MonacoUri } from 'monaco-editor/base/common/uri.js';
import { CompletionItemInsertTextRule, CompletionItemKind, MarkerSeverity, MarkerTag } from 'monaco-editor/editor/common/standalone/standaloneEnums.js';
import type * as monaco from 'monaco-editor/editor';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { markerSleutel, naarCodeActies, naarCompletion, naarHover, naarLspBereik, naarMarker, naarWorkspaceEdit, type MonacoDelen } from '../web/lsp-omzetting.js';

/** Monaco's real enums and Uri (plain modules), without the editor and its DOM. */
const m = { Uri: MonacoUri, MarkerSeverity, MarkerTag, languages: { CompletionItemKind, CompletionItemInsertTextRule } } as unknown as MonacoDelen;

const bereik = { start: { line: 4, character: 10 }, end: { line: 4, character: 23 } };

describe('the browser page\'s LSP bridge (web/lsp-omzetting.ts)', () => {
    test('a diagnostic becomes a marker: 1-based, severity, code with its rule page, related places', () => {
        const d: Diagnostic = {
            range: bereik, severity: 2, message: 'Een team heeft geen doel.', source: 'sturing', code: 'team-zonder-doel',
            codeDescription: { href: 'https://intranet.example/sturing/regels/team-zonder-doel.html' },
            relatedInformation: [{ location: { uri: 'file:///werkmap/a.sturing', range: bereik }, message: 'hier' }], tags: [1]
        };
        const marker = naarMarker(m, d);
        expect(marker).toMatchObject({ startLineNumber: 5, startColumn: 11, endLineNumber: 5, endColumn: 24, severity: MarkerSeverity.Warning, message: 'Een team heeft geen doel.', source: 'sturing', tags: [MarkerTag.Unnecessary] });
        const code = marker.code as { value: string; target: monaco.Uri };
        expect(code.value).toBe('team-zonder-doel');
        expect(code.target.toString(true)).toBe('https://intranet.example/sturing/regels/team-zonder-doel.html');
        expect(marker.relatedInformation?.[0]).toMatchObject({ message: 'hier', startLineNumber: 5 });
        expect([1, 3, 4].map(s => naarMarker(m, { ...d, severity: s as 1 | 3 | 4 }).severity)).toEqual([MarkerSeverity.Error, MarkerSeverity.Info, MarkerSeverity.Hint]);
        expect(naarLspBereik(marker)).toEqual(bereik);
        expect(markerSleutel(marker, marker.message)).toBe('5:11-5:24 Een team heeft geen doel.');
    });

    test('hover contents become Markdown; plain text is escaped', () => {
        expect(naarHover({ contents: { kind: 'markdown', value: '**governancetype:** frontlijnsturing' }, range: bereik })).toEqual({
            contents: [{ value: '**governancetype:** frontlijnsturing', isTrusted: { enabledCommands: ['sturing.toonTypeUitleg'] } }], range: { startLineNumber: 5, startColumn: 11, endLineNumber: 5, endColumn: 24 }
        });
        // Only "Meer uitleg" (sturing.toonTypeUitleg) may run from a hover, as in VS Code.
        expect(naarHover({ contents: { kind: 'plaintext', value: 'a*b' } })?.contents).toEqual([{ value: 'a\\*b', isTrusted: { enabledCommands: ['sturing.toonTypeUitleg'] } }]);
        expect(naarHover(null)).toBeNull();
    });

    test('completion: Monaco\'s kinds, the server\'s text edit, snippets', () => {
        const standaard = { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 3 };
        const lijst = naarCompletion(m, {
            isIncomplete: false, items: [
                { label: 'regisseur', kind: 14, textEdit: { range: bereik, newText: 'regisseur' }, sortText: '0' },
                { label: 'fase', kind: 15, insertText: 'fase ${1:verkenning} {\n\t$0\n}', insertTextFormat: 2, documentation: { kind: 'markdown', value: 'Een fase' } },
                { label: 'Welzijn', kind: 6 }
            ]
        }, standaard);
        expect(lijst.suggestions.map(s => [s.label, s.kind])).toEqual([['regisseur', CompletionItemKind.Keyword], ['fase', CompletionItemKind.Snippet], ['Welzijn', CompletionItemKind.Variable]]);
        expect(lijst.suggestions[0].range).toEqual({ startLineNumber: 5, startColumn: 11, endLineNumber: 5, endColumn: 24 });
        expect(lijst.suggestions[1]).toMatchObject({ insertTextRules: CompletionItemInsertTextRule.InsertAsSnippet, range: standaard, documentation: { value: 'Een fase' } });
        expect(lijst.suggestions[2].insertText).toBe('Welzijn');
        expect(naarCompletion(m, null, standaard).suggestions).toEqual([]);
    });

    test('a quick fix keeps its edit, in `changes` or in `documentChanges`', () => {
        const uri = 'file:///werkmap/voorbeeldstad.sturing';
        const acties = naarCodeActies(m, [
            { title: "Vervang door 'Welzijn'", kind: 'quickfix', isPreferred: true, diagnostics: [{ range: bereik, message: 'x' }], edit: { changes: { [uri]: [{ range: bereik, newText: 'Welzijn' }] } } },
            { title: 'Alleen een opdracht', command: 'iets' }
        ], d => naarMarker(m, d));
        expect(acties).toHaveLength(1);
        expect(acties[0]).toMatchObject({ title: "Vervang door 'Welzijn'", kind: 'quickfix', isPreferred: true });
        const [edit] = acties[0].edit!.edits as monaco.languages.IWorkspaceTextEdit[];
        expect(edit.resource.toString()).toBe(uri);
        expect(edit.textEdit).toEqual({ range: { startLineNumber: 5, startColumn: 11, endLineNumber: 5, endColumn: 24 }, text: 'Welzijn' });
        const viaDocument = naarWorkspaceEdit(m, { documentChanges: [{ textDocument: { uri, version: 3 }, edits: [{ range: bereik, newText: 'x' }] }] });
        expect((viaDocument.edits[0] as monaco.languages.IWorkspaceTextEdit).textEdit.text).toBe('x');
        // A cancelled request that came back as a result offers nothing, and does not fail.
        expect(naarCodeActies(m, {} as never, d => naarMarker(m, d))).toEqual([]);
    });
});
