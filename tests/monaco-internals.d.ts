// Two plain modules inside monaco-editor (no DOM), which tests/web-bridge.test.ts uses to check the
// bridge against Monaco's real enum values and Uri. The package ships no declarations for them.
declare module 'monaco-editor/base/common/uri.js' {
    export const URI: typeof import('monaco-editor/editor').Uri;
}

declare module 'monaco-editor/editor/common/standalone/standaloneEnums.js' {
    type Api = typeof import('monaco-editor/editor');
    export const MarkerSeverity: Api['MarkerSeverity'];
    export const MarkerTag: Api['MarkerTag'];
    export const CompletionItemKind: Api['languages']['CompletionItemKind'];
    export const CompletionItemInsertTextRule: Api['languages']['CompletionItemInsertTextRule'];
}
