import { DocumentState, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Model } from '../language/generated/ast.js';
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
