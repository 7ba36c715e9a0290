import type * as monaco from 'monaco-editor/editor';
import configuratie from '../language-configuration.json' with { type: 'json' };

type IndentActie = 'none' | 'indent' | 'indentOutdent' | 'outdent';

/**
 * The extension's language-configuration.json (comments, brackets, auto-closing, word pattern,
 * indentation, Enter inside doc comments) as Monaco wants it: with regular expressions instead of strings.
 */
export function taalConfiguratie(m: { languages: { IndentAction: typeof monaco.languages.IndentAction } }): monaco.languages.LanguageConfiguration {
    const c = configuratie;
    const actie: Record<IndentActie, monaco.languages.IndentAction> = {
        none: m.languages.IndentAction.None, indent: m.languages.IndentAction.Indent,
        indentOutdent: m.languages.IndentAction.IndentOutdent, outdent: m.languages.IndentAction.Outdent
    };
    return {
        comments: { lineComment: c.comments.lineComment, blockComment: c.comments.blockComment as [string, string] },
        brackets: c.brackets as monaco.languages.CharacterPair[],
        autoClosingPairs: c.autoClosingPairs,
        surroundingPairs: c.surroundingPairs.map(([open, close]) => ({ open, close })),
        folding: { markers: { start: new RegExp(c.folding.markers.start), end: new RegExp(c.folding.markers.end) } },
        wordPattern: new RegExp(c.wordPattern),
        indentationRules: {
            increaseIndentPattern: new RegExp(c.indentationRules.increaseIndentPattern),
            decreaseIndentPattern: new RegExp(c.indentationRules.decreaseIndentPattern)
        },
        onEnterRules: c.onEnterRules.map(r => ({
            beforeText: new RegExp(r.beforeText),
            afterText: 'afterText' in r && r.afterText ? new RegExp(r.afterText) : undefined,
            action: { indentAction: actie[r.action.indent as IndentActie], appendText: r.action.appendText }
        }))
    };
}
