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
 * Escapes text for a Markdown table cell or line with backslashes only (CommonMark escapes), so no
 * HTML, links or table breaks come through and no HTML entity such as &amp; ends up in the source:
 * the text pastes cleanly into a word processor. An ampersand is escaped only where it would start
 * an entity. Control characters are written out visibly first (`\u001b`).
 */
export function mdEsc(tekst: unknown): string {
    return zichtbaar(String(tekst ?? '').replace(/\r?\n/g, ' '))
        .replace(/\\/g, '\\\\')
        .replace(/([`*_[\]|#!<>])/g, '\\$1')
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}
