/**
 * Characters a terminal or a browser would act on instead of showing: control characters (escape
 * sequences start with one) and the invisible marks that reverse the direction of the text around
 * them. Tabs and line breaks are ordinary text.
 */
const ONZICHTBAAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a source file as it may be shown: every such character is written out as `\u001b`,
 * visibly and inertly. In JSON that is the escape of the same character, so JSON stays exact.
 */
export function zichtbaar(tekst: string): string {
    return tekst.replace(ONZICHTBAAR, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
