import { zichtbaar } from '../util/zichtbaar.js';

/** Escapes text for HTML content and attribute values: user text is never markup, and control characters are shown, not obeyed. */
export function esc(tekst: unknown): string {
    return zichtbaar(String(tekst ?? ''))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\{/g, '&#123;')
        .replace(/\}/g, '&#125;');
}

/**
 * Escapes text for a Markdown table cell or line: markup characters become entities (inert in every
 * renderer), Markdown syntax is backslash-escaped, so no HTML, links or table breaks come through,
 * and control characters are written out visibly.
 */
export function mdEsc(tekst: unknown): string {
    return zichtbaar(String(tekst ?? '').replace(/\r?\n/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\\/g, '\\\\')
        .replace(/([`*_[\]|#!])/g, '\\$1');
}
