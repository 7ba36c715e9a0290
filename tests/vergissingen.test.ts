import { readdirSync, readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isGemeente, type Gemeente, type Model } from '../language/generated/ast.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import { services, valideer } from './helpers.js';

/**
 * Issue 26, item 1: the mistakes a person who writes Word documents, not code, makes in a first
 * .sturing file. Each file in tests/vergissingen/ is one mistake in an otherwise sound design, with its
 * expectations in the comment lines at its top (tests/vergissingen/README.md says how to add one):
 *
 *   // Vergissing: what the person did
 *   // Melding r. 5: (part of) the message, on that line; or "Melding: geen" when Sturing reads it as meant
 *   // Oplossing: the title of the quick fix; the file <name>.opgelost.sturing is the text after it
 *   // Blijft: partij Welzijn "Stichting Welzijn", team Noord, fase kaderstelling, periode 2024-2026
 *
 * Every mistake is named by one message, on its own line, and nothing else is reported as an error (no
 * cascade); what comes after it is still read (the "Blijft" list, in the model and in the summary); the
 * fix changes only what it must (the whole text after it is compared) and leaves a file without errors.
 */

const MAP = new URL('./vergissingen/', import.meta.url);

interface Geval {
    naam: string;
    tekst: string;
    vergissing: string;
    regel?: number;
    melding?: string;
    oplossing?: string;
    opgelost?: string;
    blijft: string[];
}

function lees(naam: string): Geval {
    const tekst = readFileSync(new URL(naam, MAP), 'utf8');
    const kop = new Map<string, string>();
    for (const regel of tekst.split('\n')) {
        const m = /^\/\/ ([A-Z][a-z]+(?: r\. \d+)?): (.*)$/.exec(regel);
        if (!m) break;
        kop.set(m[1], m[2].trim());
    }
    const melding = [...kop.keys()].find(k => k.startsWith('Melding'));
    const opgelostNaam = naam.replace(/\.sturing$/, '.opgelost.sturing');
    return {
        naam,
        tekst,
        vergissing: kop.get('Vergissing') ?? '',
        regel: melding && melding !== 'Melding' ? Number(/\d+/.exec(melding)![0]) : undefined,
        melding: melding && kop.get(melding) !== 'geen' ? kop.get(melding) : undefined,
        oplossing: kop.get('Oplossing'),
        opgelost: kop.has('Oplossing') ? readFileSync(new URL(opgelostNaam, MAP), 'utf8') : undefined,
        blijft: (kop.get('Blijft') ?? '').split(/,\s*(?=(?:partij|adviesraad|burgerinitiatief|team|fase|periode|rol) )/).map(s => s.trim()).filter(Boolean)
    };
}

const GEVALLEN = readdirSync(MAP).filter(n => n.endsWith('.sturing') && !n.endsWith('.opgelost.sturing')).sort().map(lees);

/** What the model holds, in the words of the "Blijft" list. */
function inhoud(doc: LangiumDocument<Model>): Set<string> {
    const uit = new Set<string>();
    for (const g of doc.parseResult.value.elementen.filter(isGemeente) as Gemeente[]) {
        for (const p of g.periode) uit.add(`periode ${p.van}${p.tot !== undefined ? `-${p.tot}` : ''}`);
        for (const p of g.partijen) {
            uit.add(`${p.soort} ${p.name}`);
            if (p.naam !== undefined) uit.add(`${p.soort} ${p.name} "${p.naam}"`);
        }
        for (const t of g.teams) uit.add(`team ${t.name}`);
        for (const f of g.fasen) {
            uit.add(`fase ${f.soort}`);
            for (const r of f.partijRollen) uit.add(`rol ${r.partij?.$refText} ${r.rol}`);
        }
    }
    return uit;
}

const fouten = (doc: LangiumDocument) => (doc.diagnostics ?? []).filter(d => d.severity === 1);

async function snelleOplossingen(doc: LangiumDocument, d: Diagnostic): Promise<CodeAction[]> {
    const acties = await services.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] } });
    return (acties ?? []).filter((a): a is CodeAction => 'title' in a && 'kind' in a);
}

function pasToe(doc: LangiumDocument, actie: CodeAction): string {
    const edits: TextEdit[] = [
        ...Object.values(actie.edit?.changes ?? {}).flat(),
        ...(actie.edit?.documentChanges ?? []).flatMap(c => 'edits' in c ? c.edits as TextEdit[] : [])
    ];
    return TextDocument.applyEdits(doc.textDocument, edits);
}

describe('the mistake corpus (tests/vergissingen/)', () => {
    test('holds at least 30 mistakes, each described, with what stays after it', () => {
        expect(GEVALLEN.length).toBeGreaterThanOrEqual(30);
        for (const g of GEVALLEN) {
            expect(g.vergissing, g.naam).not.toBe('');
            expect(g.blijft.length, g.naam).toBeGreaterThan(0);
        }
    });

    test.each(GEVALLEN.map(g => [g.naam, g] as const))('%s', async (naam, g) => {
        const doc = await valideer(g.tekst, `file:///vergissingen/${naam}`);
        const gevonden = fouten(doc);
        if (g.melding === undefined) {
            // Sturing reads it as meant.
            expect(gevonden.map(d => d.message)).toEqual([]);
        } else {
            // One message, on the line of the cause; no other error follows from it.
            expect(gevonden.map(d => [d.range.start.line + 1, d.message])).toEqual([[g.regel, expect.stringContaining(g.melding)]]);
            const [d] = gevonden;
            expect(['syntax', 'onbekende-verwijzing']).toContain(d.code);
            // In the words of an advisor, short enough for a hover.
            const bericht = String(d.message);
            expect(bericht.length, bericht).toBeLessThanOrEqual(250);
            expect(bericht).not.toMatch(/token|gedeclareerd|\bnode\b|pars|\bEOF\b|terminal|\bID\b|\bSTRING\b|\bINT\b|`/i);
        }
        // What comes after the mistake is still read, and reaches the summary.
        const model = inhoud(doc);
        for (const onderdeel of g.blijft) expect([...model], `${naam}: ${onderdeel}`).toContain(onderdeel);
        const samenvatting = maakSamenvatting(doc, naam, { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider });
        const gemeente = samenvatting.gemeenten[0];
        for (const onderdeel of g.blijft) {
            const [soort, rest] = onderdeel.split(' ');
            if (soort === 'fase') expect(gemeente.cyclus.find(c => c.fase === rest)?.aanwezig, `${naam}: ${onderdeel} in de samenvatting`).toBe(true);
            if (soort === 'partij' || soort === 'adviesraad' || soort === 'burgerinitiatief') expect(gemeente.partijen.map(p => p.naam), `${naam}: ${onderdeel} in de samenvatting`).toContain(rest);
            if (soort === 'team') expect(gemeente.teams.map(t => t.naam)).toContain(rest);
        }

        if (g.oplossing === undefined) return;
        const [d] = gevonden;
        const acties = await snelleOplossingen(doc, d);
        const actie = acties.find(a => a.title === g.oplossing);
        expect(actie, `${naam}: snelle oplossingen ${acties.map(a => `'${a.title}'`).join(', ')}`).toBeDefined();
        const na = pasToe(doc, actie!);
        expect(na).toBe(g.opgelost);
        const daarna = await valideer(na, `file:///vergissingen/opgelost-${naam}`);
        expect(fouten(daarna).map(x => x.message), `${naam} na de oplossing`).toEqual([]);
    });
});
