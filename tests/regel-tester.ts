import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { REGELS } from '../language/rules/catalog/index.js';
import type { Regel } from '../language/rules/rule-types.js';
import { nietInCatalogus } from '../scripts/catalog-index.js';
import { lspErnst, type Ernst } from '../language/rules/severity.js';
import { bereik, metCode, services, valideer } from './helpers.js';

/**
 * Tests for one rule, in the style of ESLint's RuleTester and Regal's rule tests: realistic cases on
 * which the rule must report (what it marks, the message, the severity) and realistic cases on which
 * it must stay silent, and for quick fixes the document they produce.
 */
/** The longest a finding's message may be, with its source (issue 26): about seven lines in a hover were too many. */
export const MAX_BERICHT = 250;

export interface VerwachteMelding {
    /** The exact text the finding marks. */
    bereik: string;
    /** The whole message, or a pattern it must match. */
    bericht: string | RegExp;
    /** Defaults to the rule's default severity (`standaard`); give it for a message with its own `ernst`. */
    ernst?: Ernst;
}

export interface Herstel {
    titel: string;
    /** The document after applying the fix. */
    resultaat: string;
}

export interface MeldGeval {
    naam: string;
    tekst: string;
    meldingen: VerwachteMelding[];
    herstel?: Herstel;
}

export interface ZwijgGeval {
    naam: string;
    tekst: string;
}

export function testRegel(regel: Regel, gevallen: { meldt: MeldGeval[]; zwijgt: ZwijgGeval[] }): void {
    describe(`regel ${regel.id}`, () => {
        test('is in the catalogue', () => {
            expect(REGELS.includes(regel), nietInCatalogus(`${regel.id}.ts`)).toBe(true);
        });

        test('has at least one realistic case on which it reports and one on which it stays silent', () => {
            expect(gevallen.meldt.length).toBeGreaterThan(0);
            expect(gevallen.zwijgt.length).toBeGreaterThan(0);
        });

        for (const geval of gevallen.meldt) {
            test(`reports: ${geval.naam}`, async () => {
                const doc = await valideer(geval.tekst);
                expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
                const meldingen = metCode(doc, regel.id);
                expect(meldingen.map(d => `${bereik(doc, d)}: ${d.message}`)).toHaveLength(geval.meldingen.length);
                geval.meldingen.forEach((verwacht, i) => {
                    const d = meldingen[i];
                    expect(bereik(doc, d)).toBe(verwacht.bereik);
                    if (typeof verwacht.bericht === 'string') expect(d.message).toBe(verwacht.bericht);
                    else expect(d.message).toMatch(verwacht.bericht);
                    expect(d.message, 'a message cites its source').toMatch(/\((R[12] [^)]*)\)\.?$/);
                    expect(d.message, 'no backticks in a message').not.toContain('`');
                    expect(tekstVan(d).length, `a message fits a hover: what, why and what to do in at most ${MAX_BERICHT} characters (the rest is on the rule page)`).toBeLessThanOrEqual(MAX_BERICHT);
                    expect(d.severity).toBe(lspErnst(verwacht.ernst ?? regel.standaard));
                    expect(d.codeDescription?.href).toMatch(new RegExp(`/docs/regels/${regel.id}\\.md$`));
                });
                if (geval.herstel) {
                    const na = await pasToe(geval.tekst, meldingen[0], geval.herstel.titel);
                    expect(na).toBe(geval.herstel.resultaat);
                    const daarna = await valideer(na);
                    expect(daarna.parseResult.parserErrors).toEqual([]);
                    expect(metCode(daarna, regel.id).map(d => bereik(daarna, d))).not.toContain(geval.meldingen[0].bereik);
                }
            });
        }

        for (const geval of gevallen.zwijgt) {
            test(`stays silent: ${geval.naam}`, async () => {
                const doc = await valideer(geval.tekst);
                expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
                expect(metCode(doc, regel.id).map(d => `${bereik(doc, d)}: ${d.message}`)).toEqual([]);
            });
        }
    });
}

/** A diagnostic's message as text. */
export function tekstVan(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Applies the quick fix titled `titel` for a finding and returns the new text. */
export async function pasToe(tekst: string, melding: Diagnostic, titel: string): Promise<string> {
    const doc = await valideer(tekst);
    const d = (doc.diagnostics ?? []).find(x => x.code === melding.code && x.range.start.line === melding.range.start.line && x.range.start.character === melding.range.start.character)!;
    const acties = (await services.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] }
    }) ?? []) as CodeAction[];
    const actie = acties.find(a => a.title === titel);
    expect(actie, `snelle oplossing '${titel}' (er zijn: ${acties.map(a => a.title).join(', ')})`).toBeDefined();
    return TextDocument.applyEdits(doc.textDocument as TextDocument, actie!.edit!.changes![doc.uri.toString()]);
}
