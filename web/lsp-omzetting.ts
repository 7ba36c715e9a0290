import type * as monaco from 'monaco-editor/editor';
import { TYPE_UITLEG_OPDRACHT } from '../language/summary/summary-types.js';
import type {
    CodeAction, Command, CompletionItem, CompletionList, Diagnostic, Hover, MarkedString, MarkupContent, Position, Range, SnippetTextEdit, TextEdit, WorkspaceEdit
} from 'vscode-languageserver-protocol';

/**
 * Pure conversions between LSP (0-based lines and characters) and Monaco (1-based lines and
 * columns). Monaco's enums and Uri come in as a parameter, so the conversions run (and are tested)
 * without a browser.
 */
export interface MonacoDelen {
    Uri: { parse(uri: string): monaco.Uri };
    MarkerSeverity: typeof monaco.MarkerSeverity;
    MarkerTag: typeof monaco.MarkerTag;
    languages: {
        CompletionItemKind: typeof monaco.languages.CompletionItemKind;
        CompletionItemInsertTextRule: typeof monaco.languages.CompletionItemInsertTextRule;
    };
}

export function naarLspPositie(p: monaco.IPosition): Position {
    return { line: p.lineNumber - 1, character: p.column - 1 };
}

export function naarLspBereik(r: monaco.IRange): Range {
    return { start: { line: r.startLineNumber - 1, character: r.startColumn - 1 }, end: { line: r.endLineNumber - 1, character: r.endColumn - 1 } };
}

export function naarMonacoBereik(r: Range): monaco.IRange {
    return { startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** LSP severity 1–4 (error … hint) as Monaco's marker severity. */
export function markerErnst(m: MonacoDelen, ernst: Diagnostic['severity']): monaco.MarkerSeverity {
    switch (ernst) {
        case 2: return m.MarkerSeverity.Warning;
        case 3: return m.MarkerSeverity.Info;
        case 4: return m.MarkerSeverity.Hint;
        default: return m.MarkerSeverity.Error;
    }
}

export function naarMarker(m: MonacoDelen, d: Diagnostic): monaco.editor.IMarkerData {
    const code = d.code === undefined ? undefined : String(d.code);
    return {
        ...naarMonacoBereik(d.range),
        severity: markerErnst(m, d.severity),
        message: tekstVan(d.message),
        source: d.source,
        code: code !== undefined && d.codeDescription ? { value: code, target: m.Uri.parse(d.codeDescription.href) } : code,
        tags: d.tags?.map(t => t === 1 ? m.MarkerTag.Unnecessary : m.MarkerTag.Deprecated),
        relatedInformation: d.relatedInformation?.map(r => ({ resource: m.Uri.parse(r.location.uri), message: r.message, ...naarMonacoBereik(r.location.range) }))
    };
}

function tekstVan(bericht: Diagnostic['message']): string {
    return typeof bericht === 'string' ? bericht : bericht.value;
}

/** The key under which a marker finds its diagnostic back (code actions need the diagnostic's code and data). */
export function markerSleutel(r: monaco.IRange, bericht: string): string {
    return `${r.startLineNumber}:${r.startColumn}-${r.endLineNumber}:${r.endColumn} ${bericht}`;
}

function markdown(inhoud: MarkupContent | MarkedString): monaco.IMarkdownString {
    if (typeof inhoud === 'string') return { value: inhoud };
    if ('kind' in inhoud) return { value: inhoud.kind === 'markdown' ? inhoud.value : escapeMarkdown(inhoud.value) };
    return { value: '```' + inhoud.language + '\n' + inhoud.value + '\n```' };
}

function escapeMarkdown(tekst: string): string {
    return tekst.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/**
 * The hover on a gemeente ends in a link "Meer uitleg" that runs one command (TYPE_UITLEG_OPDRACHT, which
 * the page registers with Monaco); that command, and no other, may run from a hover, as in VS Code.
 */
export function naarHover(h: Hover | null): monaco.languages.Hover | null {
    if (!h) return null;
    const lijst = Array.isArray(h.contents) ? h.contents : [h.contents];
    return { contents: lijst.map(c => ({ ...markdown(c), isTrusted: { enabledCommands: [TYPE_UITLEG_OPDRACHT] } })), range: h.range ? naarMonacoBereik(h.range) : undefined };
}

function soort(m: MonacoDelen, kind: CompletionItem['kind']): monaco.languages.CompletionItemKind {
    const K = m.languages.CompletionItemKind;
    // LSP's numbering (1 = Text … 25 = TypeParameter), by name in Monaco's own numbering.
    const namen = ['Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module', 'Property', 'Unit', 'Value',
        'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct', 'Event', 'Operator', 'TypeParameter'] as const;
    const naam = kind ? namen[kind - 1] : undefined;
    return naam ? K[naam] : K.Text;
}

/** `standaardBereik`: the word at the cursor, for items without a text edit of their own. */
export function naarCompletion(m: MonacoDelen, lijst: CompletionItem[] | CompletionList | null, standaardBereik: monaco.IRange): monaco.languages.CompletionList {
    const items = !lijst ? [] : Array.isArray(lijst) ? lijst : lijst.items ?? [];
    return {
        incomplete: !!lijst && !Array.isArray(lijst) && lijst.isIncomplete,
        suggestions: items.map(item => {
            const bewerking = item.textEdit;
            const range = !bewerking ? standaardBereik
                : 'range' in bewerking ? naarMonacoBereik(bewerking.range)
                    : { insert: naarMonacoBereik(bewerking.insert), replace: naarMonacoBereik(bewerking.replace) };
            const doc = item.documentation;
            return {
                label: item.label,
                kind: soort(m, item.kind),
                detail: item.detail,
                documentation: doc === undefined ? undefined : typeof doc === 'string' ? doc : markdown(doc),
                insertText: bewerking?.newText ?? item.insertText ?? item.label,
                insertTextRules: item.insertTextFormat === 2 ? m.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
                sortText: item.sortText,
                filterText: item.filterText,
                preselect: item.preselect,
                range,
                additionalTextEdits: item.additionalTextEdits?.map(naarTekstBewerking)
            };
        })
    };
}

function naarTekstBewerking(e: TextEdit | SnippetTextEdit): monaco.languages.TextEdit & { insertAsSnippet?: boolean } {
    return 'snippet' in e ? { range: naarMonacoBereik(e.range), text: e.snippet.value, insertAsSnippet: true } : { range: naarMonacoBereik(e.range), text: e.newText };
}

/** A WorkspaceEdit (`changes` or `documentChanges`) as Monaco's, which the editor applies when the action is chosen. */
export function naarWorkspaceEdit(m: MonacoDelen, edit: WorkspaceEdit): monaco.languages.WorkspaceEdit {
    const edits: monaco.languages.IWorkspaceTextEdit[] = [];
    for (const [uri, lijst] of Object.entries(edit.changes ?? {})) {
        for (const e of lijst) edits.push({ resource: m.Uri.parse(uri), textEdit: naarTekstBewerking(e), versionId: undefined });
    }
    for (const dc of edit.documentChanges ?? []) {
        if (!('textDocument' in dc)) continue; // creating, renaming or deleting files: the page has no such files
        for (const e of dc.edits) edits.push({ resource: m.Uri.parse(dc.textDocument.uri), textEdit: naarTekstBewerking(e), versionId: undefined });
    }
    return { edits };
}

/** Code actions with an edit; commands alone the page cannot run. */
export function naarCodeActies(m: MonacoDelen, lijst: Array<Command | CodeAction> | null, markerVan: (d: Diagnostic) => monaco.editor.IMarkerData): monaco.languages.CodeAction[] {
    // Not an array: a cancelled request that came back as a result. Nothing to offer then.
    return (Array.isArray(lijst) ? lijst : [])
        .filter((a): a is CodeAction => 'edit' in a && !!a.edit)
        .map(a => ({
            title: a.title,
            kind: a.kind,
            isPreferred: a.isPreferred,
            diagnostics: a.diagnostics?.map(markerVan),
            edit: naarWorkspaceEdit(m, a.edit!)
        }));
}
