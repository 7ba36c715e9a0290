import { DefaultDocumentBuilder, DefaultDocumentValidator, DocumentState, URI, ValidationRegistry, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeEach, describe, expect, test } from 'vitest';
import { genereerGrootDocument, genereerRealistischeWerkruimte, genereerWerkruimte } from '../bench/generate-workspace.js';
import { geheugenMet } from '../bench/workspace-files.js';
import type { Model } from '../language/generated/ast.js';
import { createSturingServices, type SturingServices } from '../language/sturing-module.js';
import type { SturingDocumentFactory } from '../language/workspace/document-factory.js';
import { metCode, nieuweServices, werkruimte } from './helpers.js';

/**
 * After an edit, Sturing rebuilds the edited file, the files that refer to it, and the files that
 * look for a name the edit adds or removes; not every file that happens to have an unknown name.
 */
const services = nieuweServices();
const builder = services.shared.workspace.DocumentBuilder;
const uri = (naam: string) => URI.file(`/werkruimte/${naam}`);

const bestanden = {
    'noord.sturing': 'regio Noord {\n    partij Zorgcoop "Zorgcoöperatie Noord" soort zorg\n}\n',
    'a.sturing': [
        'gemeente Aa {',
        '    partij Welzijn "Welzijn Aa" soort welzijn',
        '    fase uitvoering {',
        '        rol Welzijn uitvoerder',
        '        rol Zorgcoop uitvoerder',
        '        rol Wijkzorg partner',
        '    }',
        '}', ''
    ].join('\n'),
    'b.sturing': 'gemeente Bee {\n    partij Welzijn "Welzijn Bee" soort welzijn\n    fase verkenning {\n        gemeente regisseur\n        rol Welzijn adviseur\n    }\n}\n'
};

let versie = 1;
async function bewerk(naam: string, tekst: string): Promise<string[]> {
    const gekoppeld: string[] = [];
    const luisteraar = builder.onDocumentPhase(DocumentState.Linked, d => { gekoppeld.push(d.uri.path.split('/').pop()!); });
    setTextDocument(services, TextDocument.create(uri(naam).toString(), 'sturing', ++versie, tekst));
    await builder.update([uri(naam)], []);
    luisteraar.dispose();
    return gekoppeld.sort();
}
const doc = (naam: string) => services.shared.workspace.LangiumDocuments.getDocument(uri(naam)) as LangiumDocument<Model>;
const onbekend = (naam: string) => metCode(doc(naam), 'onbekende-verwijzing').map(d => String(d.message));

describe('wat na een bewerking opnieuw gebouwd wordt', () => {
    beforeEach(async () => { await werkruimte(bestanden, services); });

    test('een bewerking elders koppelt een bestand met een onbekende naam niet opnieuw', async () => {
        expect(onbekend('a.sturing')).toHaveLength(1);
        const gekoppeld = await bewerk('b.sturing', bestanden['b.sturing'].replace('adviseur', 'meedenker'));
        expect(gekoppeld).toEqual(['b.sturing']);
        expect(onbekend('a.sturing')).toHaveLength(1);
    });

    test('wie de ontbrekende partij in een regio declareert, lost de verwijzing op', async () => {
        const gekoppeld = await bewerk('noord.sturing', bestanden['noord.sturing'].replace('}', '    partij Wijkzorg "Wijkzorg Noord" soort zorg\n}'));
        expect(gekoppeld).toEqual(['a.sturing', 'noord.sturing']);
        expect(onbekend('a.sturing')).toEqual([]);
    });

    test('een tweede gemeente met dezelfde naam wordt in beide bestanden gemeld, en verdwijnt weer uit beide', async () => {
        await bewerk('b.sturing', bestanden['b.sturing'].replace('gemeente Bee', 'gemeente Aa'));
        expect(metCode(doc('a.sturing'), 'dubbele-naam').map(d => d.message)).toEqual([expect.stringContaining("(ook in b.sturing)")]);
        expect(metCode(doc('b.sturing'), 'dubbele-naam').map(d => d.message)).toEqual([expect.stringContaining("(ook in a.sturing)")]);
        await bewerk('b.sturing', bestanden['b.sturing']);
        expect(metCode(doc('a.sturing'), 'dubbele-naam')).toEqual([]);
        expect(metCode(doc('b.sturing'), 'dubbele-naam')).toEqual([]);
    });

    test('een andere periode van dezelfde gemeente: een gewijzigde periode wordt in beide bestanden gemeld, en verdwijnt weer uit beide', async () => {
        const metPeriode = (naam: string, periode: string) => bestanden[naam as 'a.sturing'].replace(/^gemeente (\w+) \{/, `gemeente Aa {\n    periode ${periode}`);
        await bewerk('a.sturing', metPeriode('a.sturing', '2014 - 2018'));
        await bewerk('b.sturing', metPeriode('b.sturing', '2018 - 2022'));
        expect(metCode(doc('a.sturing'), 'dubbele-naam')).toEqual([]);
        expect(metCode(doc('b.sturing'), 'dubbele-naam')).toEqual([]);
        // Only b's period changes; a is rebuilt because its gemeente's other period now overlaps.
        const gekoppeld = await bewerk('b.sturing', metPeriode('b.sturing', '2016 - 2020'));
        expect(gekoppeld).toEqual(['a.sturing', 'b.sturing']);
        expect(metCode(doc('a.sturing'), 'dubbele-naam').map(d => d.message)).toEqual([expect.stringContaining('overlapt met 2014 – 2018')]);
        expect(metCode(doc('b.sturing'), 'dubbele-naam').map(d => d.message)).toEqual([expect.stringContaining('overlapt met 2016 – 2020')]);
        await bewerk('b.sturing', metPeriode('b.sturing', '2019 - 2022'));
        expect(metCode(doc('a.sturing'), 'dubbele-naam')).toEqual([]);
        expect(metCode(doc('b.sturing'), 'dubbele-naam')).toEqual([]);
    });

    test('een regio die dezelfde partij declareert, maakt de verwijzing dubbelzinnig', async () => {
        setTextDocument(services, TextDocument.create(uri('zuid.sturing').toString(), 'sturing', 1, 'regio Zuid {\n    partij Zorgcoop "Zorgcoop Zuid" soort zorg\n}\n'));
        await builder.update([uri('zuid.sturing')], []);
        expect(metCode(doc('a.sturing'), 'dubbelzinnige-partij').map(d => d.message)).toEqual([expect.stringContaining('Noord.Zorgcoop of Zuid.Zorgcoop')]);
    });

    test('een verwijderde regio maakt de verwijzing ernaar onbekend', async () => {
        await builder.update([], [uri('noord.sturing')]);
        expect(onbekend('a.sturing')).toHaveLength(2);
    });
});

/**
 * The open files first, the others after: what is reported stays what Langium's own order reports, byte
 * for byte. The reference builds the same workspace phase by phase over all documents (Langium's
 * DefaultDocumentBuilder.buildDocuments), with Langium's own validation walk and registry.
 */
describe('open files first, then the rest, with the same findings', () => {
    const wortel = '/groot';
    const { bestanden: alle, configuraties } = genereerRealistischeWerkruimte(1);
    // Sixty municipalities (240 files) with their three regio files, and a few heavy files with many references.
    const bestanden = new Map([...alle].filter(([naam]) => /^regio\/regio-[0-2]\.|^gemeente-00[0-5]\d\//.test(naam)));
    for (const [naam, tekst] of genereerWerkruimte(6)) if (naam.startsWith('gemeente')) bestanden.set(`zwaar/${naam}`, tekst);
    const fs = geheugenMet(new Map([...configuraties].filter(([map]) => map === '' || bestanden.has(`${map}/2014.sturing`))
        .map(([map, tekst]) => [URI.file(`${wortel}/${map ? map + '/' : ''}sturing.json`).toString(), tekst])));
    const open = ['gemeente-0031/2018.sturing', 'zwaar/gemeente-004.sturing'].map(n => URI.file(`${wortel}/${n}`));
    const uriVan = (naam: string) => URI.file(`${wortel}/${naam}`);

    function metServices(extra?: Parameters<typeof createSturingServices>[1]): SturingServices {
        const s = createSturingServices({ fileSystemProvider: () => fs }, extra).Sturing;
        s.rules.Configuration.stelWortelsIn([URI.file(wortel)]);
        return s;
    }

    /** Langium's own order and walk, as the reference. */
    function referentie(): SturingServices {
        const s = metServices({ validation: { ValidationRegistry: (services) => new ValidationRegistry(services) } });
        Object.assign(s.shared.workspace.DocumentBuilder, { buildDocuments: (DefaultDocumentBuilder.prototype as unknown as { buildDocuments: unknown }).buildDocuments });
        Object.assign(s.validation.DocumentValidator, { validateAstNodes: (DefaultDocumentValidator.prototype as unknown as { validateAstNodes: unknown }).validateAstNodes });
        return s;
    }

    function laad(s: SturingServices, teksten: Map<string, string> = bestanden): LangiumDocument[] {
        const docs: LangiumDocument[] = [];
        for (const [naam, tekst] of teksten) {
            const doc = s.shared.workspace.LangiumDocumentFactory.fromString(tekst, uriVan(naam));
            s.shared.workspace.LangiumDocuments.addDocument(doc);
            docs.push(doc);
        }
        return docs;
    }

    function openIn(s: SturingServices, teksten: Map<string, string> = bestanden, versie = 1): void {
        for (const uri of open) setTextDocument(s, TextDocument.create(uri.toString(), 'sturing', versie, teksten.get(uri.path.slice(wortel.length + 1))!));
    }

    /** Every document's findings, as the editor receives them (JSON), by URI. */
    function bevindingen(s: SturingServices): Map<string, string> {
        return new Map(s.shared.workspace.LangiumDocuments.all.map(d => [d.uri.toString(), JSON.stringify(d.diagnostics)] as const).toArray());
    }

    async function referentieBevindingen(teksten: Map<string, string> = bestanden): Promise<Map<string, string>> {
        const s = referentie();
        await s.shared.workspace.DocumentBuilder.build(laad(s, teksten), { validation: true });
        return bevindingen(s);
    }

    test('the open files are linked, validated and published before any other file is linked', async () => {
        const s = metServices();
        openIn(s);
        const builder = s.shared.workspace.DocumentBuilder;
        const gebeurtenissen: string[] = [];
        builder.onDocumentPhase(DocumentState.Linked, d => { gebeurtenissen.push(`gekoppeld ${d.uri.path}`); });
        builder.onDocumentPhase(DocumentState.Validated, d => { gebeurtenissen.push(`gecontroleerd ${d.uri.path}`); });
        // A request that needs the whole workspace linked (find references, rename) waits for the others.
        let werkruimteGekoppeld: number | undefined;
        const docs = laad(s);
        void builder.waitUntil(DocumentState.IndexedReferences).then(() => { werkruimteGekoppeld = docs.filter(d => d.state >= DocumentState.IndexedReferences).length; });
        await builder.build(docs, { validation: true });
        const paden = open.map(u => u.path);
        expect(gebeurtenissen.slice(0, 4)).toEqual([`gekoppeld ${paden[0]}`, `gecontroleerd ${paden[0]}`, `gekoppeld ${paden[1]}`, `gecontroleerd ${paden[1]}`]);
        expect(gebeurtenissen.filter(g => g.startsWith('gecontroleerd'))).toHaveLength(docs.length);
        expect(werkruimteGekoppeld).toBe(docs.length);
    });

    test('every document gets the findings of Langium\'s own order, byte for byte', async () => {
        const verwacht = await referentieBevindingen();
        const s = metServices();
        openIn(s);
        await s.shared.workspace.DocumentBuilder.build(laad(s), { validation: true });
        const gekregen = bevindingen(s);
        expect(gekregen.size).toBe(bestanden.size);
        // The workspace has findings of many kinds, so a difference in any of them would show.
        expect(new Set([...gekregen.values()].flatMap(j => (JSON.parse(j) as Array<{ code: string }>).map(d => d.code))).size).toBeGreaterThan(12);
        for (const [uri, json] of verwacht) expect(gekregen.get(uri), uri).toBe(json);
    });

    test('an edit during the validation of the rest cancels it; the next build takes up where it stopped', async () => {
        const s = metServices();
        openIn(s);
        const builder = s.shared.workspace.DocumentBuilder;
        const lock = s.shared.workspace.WorkspaceLock;
        const gewijzigd = new Map(bestanden);
        const naam = open[0].path.slice(wortel.length + 1);
        gewijzigd.set(naam, bestanden.get(naam)!.replace(/gemeente (\w+) \{/, 'gemeente $1 {\n    team Extra { gebied "Wijk 9" }'));
        const keer = new Map<string, number>();
        let bewerkt: Promise<void> | undefined;
        builder.onDocumentPhase(DocumentState.Validated, d => {
            keer.set(d.uri.toString(), (keer.get(d.uri.toString()) ?? 0) + 1);
            // After twenty files, the advisor types in the open file.
            if (bewerkt === undefined && keer.size === 20) {
                openIn(s, gewijzigd, 2);
                bewerkt = lock.write(token => builder.update([open[0]], [], token));
            }
        });
        const docs = laad(s);
        await lock.write(token => builder.build(docs, { validation: true }, token));
        await bewerkt;
        expect(bewerkt).toBeDefined();
        // Each closed file was validated once: the second build went on where the first was stopped.
        const gesloten = [...keer].filter(([uri]) => !open.some(o => o.toString() === uri));
        expect(gesloten).toHaveLength(bestanden.size - open.length);
        expect(gesloten.every(([, n]) => n === 1)).toBe(true);
        expect(keer.get(open[0].toString())).toBe(2);
        const verwacht = await referentieBevindingen(gewijzigd);
        const gekregen = bevindingen(s);
        expect(JSON.parse(gekregen.get(open[0].toString())!)).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'team-zonder-doel' })]));
        for (const [uri, json] of verwacht) expect(gekregen.get(uri), uri).toBe(json);
    });
});

describe('a burst of edits is parsed once', () => {
    test('300 edits that arrive a millisecond apart: the last version is parsed once, the others not at all', async () => {
        const s = nieuweServices();
        const shared = s.shared;
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        const factory = shared.workspace.LangiumDocumentFactory as SturingDocumentFactory;
        const tekst = genereerGrootDocument();
        const uri = URI.file('/burst/groot.sturing');
        const handler = shared.lsp.DocumentUpdateHandler;
        const stuur = (versie: number, woord: string) => {
            const document = TextDocument.create(uri.toString(), 'sturing', versie, tekst.replace('probleem vaag0', `probleem ${woord}`));
            setTextDocument(shared, document);
            handler.didChangeContent!({ document });
        };
        const gecontroleerd = (woord: string) => new Promise<void>(klaar => {
            const l = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, d => {
                if (d.uri.toString() === uri.toString() && d.textDocument.getText().includes(`probleem ${woord}`)) { l.dispose(); klaar(); }
            });
        });
        const eerst = gecontroleerd('vaag0');
        stuur(1, 'vaag0');
        await eerst;
        expect(factory.parses.get(uri.toString())).toBe(1);
        const laatste = gecontroleerd('vaag300');
        for (let i = 1; i <= 300; i++) {
            stuur(i + 1, `vaag${i}`);
            // Each edit lets a turn of the event loop or more pass, as messages arriving over a pipe do. (The
            // builder's wait and this timer run in one process, so their order does not depend on the machine's load.)
            await new Promise(klaar => setTimeout(klaar, 1));
        }
        await laatste;
        expect(factory.parses.get(uri.toString())).toBe(2);
        expect(metCode(shared.workspace.LangiumDocuments.getDocument(uri)!, 'syntax').map(d => d.message)).toEqual([expect.stringContaining("'vaag300'")]);
    });
});
