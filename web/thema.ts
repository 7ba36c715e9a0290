import type * as monaco from 'monaco-editor/editor';

/**
 * Colours for the scopes of the Sturing grammar (language/textmate.ts), as VS Code's default
 * Light+ and Dark+ themes give them, so the page looks like the extension.
 */
type Kleuren = Record<string, string>;

const LICHT: Kleuren = {
    comment: '008000', string: 'a31515', 'constant.character.escape': 'ee0000', 'constant.numeric': '098658',
    'constant.language': '0000ff', 'constant.other': '0070c1', 'storage.type': '0000ff', keyword: '0000ff',
    'keyword.operator': '000000', 'entity.name.function': '795e26', 'entity.name.type': '267f99', 'support.class': '267f99'
};

const DONKER: Kleuren = {
    comment: '6a9955', string: 'ce9178', 'constant.character.escape': 'd7ba7d', 'constant.numeric': 'b5cea8',
    'constant.language': '569cd6', 'constant.other': '4fc1ff', 'storage.type': '569cd6', keyword: '569cd6',
    'keyword.operator': 'd4d4d4', 'entity.name.function': 'dcdcaa', 'entity.name.type': '4ec9b0', 'support.class': '4ec9b0'
};

function thema(basis: monaco.editor.BuiltinTheme, kleuren: Kleuren): monaco.editor.IStandaloneThemeData {
    return { base: basis, inherit: true, colors: {}, rules: Object.entries(kleuren).map(([token, foreground]) => ({ token, foreground })) };
}

export const THEMAS = {
    'sturing-licht': thema('vs', LICHT),
    'sturing-donker': thema('vs-dark', DONKER)
};

export type ThemaNaam = keyof typeof THEMAS;
