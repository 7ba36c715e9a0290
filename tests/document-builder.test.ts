import { DocumentState, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeEach, describe, expect, test } from 'vitest';
import { genereerGrootDocument } from '../bench/generate-workspace.js';
import type { Model } from '../language/generated/ast.js';
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
