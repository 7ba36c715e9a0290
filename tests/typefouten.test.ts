import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { pasBewerkingToe, TestClient } from './lsp-client.js';

/**
 * Issue 14, items 1–3: one typo gives one plain sentence with the closest word(s), a quick fix per
 * suggestion, and no follow-up findings; a misspelled top keyword or a missing } is reported where it
 * is. Driven through the bundled server over stdio, as VS Code does.
 */

/** A complete design on which Sturing reports nothing but the inferred type. */
const SCHOON = `gemeente Stad {
    probleem onduidelijk
    verantwoordelijkheid gedeeld

    partij Welzijn "Stichting Welzijn" soort welzijn
    adviesraad WmoRaad "Wmo-raad"

    team Noord {
        leden Welzijn
        doel "Inwoners redden zich zelf" {
            indicator outcome "Aandeel inwoners met gestegen zelfredzaamheid"
        }
    }

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        burgerparticipatie raadplegen via WmoRaad
    }

    fase kaderstelling {
        gemeente vooral regisseur
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
        bekostiging Welzijn subsidie
    }

    fase uitvoering {
        gemeente regisseur
        rol Welzijn uitvoerder
        monitoring gezamenlijk
        sturing-op output
    }

    fase evaluatie {
        gemeente regisseur
        rol Welzijn partner
    }
}
`;

/** [what is written correctly, the typo, the message, the word the fix puts back]. */
const TYPEFOUTEN: Array<[string, string, string, string]> = [
    ['gemeente regisseur', 'gemeente regiseur', "Onbekende rol 'regiseur'. Bedoelt u 'regisseur'?", 'regisseur'],
    ['rol Welzijn adviseur', 'rol Welzijn adviser', "Onbekende rol 'adviser'. Bedoelt u 'adviseur'?", 'adviseur'],
    ['bekostiging Welzijn', 'bekostigng Welzijn', "Onbekend woord 'bekostigng' in een fase. Bedoelt u 'bekostiging'?", 'bekostiging'],
    ['monitoring gezamenlijk', 'monitring gezamenlijk', "Onbekend woord 'monitring' in een fase. Bedoelt u 'monitoring'?", 'monitoring'],
    ['rol Welzijn uitvoerder', 'rol Welzjn uitvoerder', "'Welzjn' krijgt hier een rol, maar staat niet als partij bovenaan gemeente Stad of in een regio. Bedoelt u 'Welzijn'?", 'Welzijn'],
    ['leden Welzijn', 'leden Welzjin', "Teamlid 'Welzjin' staat niet als partij bovenaan gemeente Stad of in een regio. Bedoelt u 'Welzijn'?", 'Welzijn'],
    ['via WmoRaad', 'via WmoRad', "Burgerparticipatie loopt via 'WmoRad', maar die staat niet als adviesraad of partij bovenaan gemeente Stad of in een regio. Bedoelt u 'WmoRaad'?", 'WmoRaad'],
    ['fase evaluatie', 'fase evalutie', "Onbekende fase 'evalutie'. Bedoelt u 'evaluatie'?", 'evaluatie'],
    ['fase verkenning', 'fase verkening', "Onbekende fase 'verkening'. Bedoelt u 'verkenning'?", 'verkenning'],
    ['probleem onduidelijk', 'probleem onduidlijk', "Onbekende probleemdefinitie 'onduidlijk'. Bedoelt u 'onduidelijk'?", 'onduidelijk'],
    ['sturing-op output', 'sturing-op outptu', "Onbekend sturingsniveau 'outptu'. Bedoelt u 'output'?", 'output'],
    ['eisen gezamenlijk', 'eisen gezamelijk', "Onbekende keuze 'gezamelijk'. Bedoelt u 'gezamenlijk'?", 'gezamenlijk'],
    ['soort welzijn', 'soort welzjn', "Onbekende sector 'welzjn'. Bedoelt u 'welzijn'?", 'welzijn'],
    ['adviesraad WmoRaad', 'adviesrad WmoRaad', "Onbekend woord 'adviesrad' in een gemeente. Bedoelt u 'adviesraad'?", 'adviesraad'],
    ['partij Welzijn', 'partj Welzijn', "Onbekend woord 'partj' in een gemeente. Bedoelt u 'partij'?", 'partij'],
    ['team Noord', 'tem Noord', "Onbekend woord 'tem' in een gemeente. Bedoelt u 'team'?", 'team'],
    ['indicator outcome', 'indicator outcom', "Onbekend woord 'outcom' in een doel. Bedoelt u 'outcome'?", 'outcome'],
    ['gemeente vooral regisseur', 'gemeente voral regisseur', "Onbekend woord 'voral'. Bedoelt u 'vooral'?", 'vooral'],
    ['burgerparticipatie raadplegen', 'burgerparticipatie raadpleegen', "Onbekende vorm van burgerparticipatie 'raadpleegen'. Bedoelt u 'raadplegen'?", 'raadplegen'],
    ['gemeente regisseur\n        rol Welzijn partner', 'gemeente Regisseur\n        rol Welzijn partner', "Onbekende rol 'Regisseur'. Bedoelt u 'regisseur'?", 'regisseur'],
    ['gemeente Stad', 'gemeent Stad', "Onbekend woord 'gemeent'. Bedoelt u 'gemeente'? Tot dit klopt, slaat Sturing het blok erachter over.", 'gemeente']
];

let client: TestClient;

beforeAll(async () => {
    client = new TestClient();
    await client.start();
});

afterAll(async () => {
    await client?.stop();
});

function fouten(diagnostics: Diagnostic[]): Diagnostic[] {
    return diagnostics.filter(d => d.severity === 1);
}

describe('a typo: one plain sentence, a quick fix per suggestion, and no follow-up finding', () => {
    test('the design without typos: only the inferred type', async () => {
        await client.open('file:///t/schoon.sturing', SCHOON);
        const p = await client.wachtOpDiagnostics('file:///t/schoon.sturing');
        expect(p.diagnostics.map(d => d.code)).toEqual(['governancetype']);
    });

    test.each(TYPEFOUTEN.map((t, i) => [i, ...t] as const))('%i: %s → %s', async (i, goed, fout, woorden, woord) => {
        const uri = `file:///t/typefout-${i}.sturing`;
        expect(SCHOON).toContain(goed);
        // Each file its own gemeente: two gemeenten with one name in the workspace would be a finding of their own.
        const eigen = (t: string) => t.replace(/\bStad\b/g, `Stad${i}`);
        const schoon = eigen(SCHOON), tekst = eigen(SCHOON.replace(goed, fout)), bericht = eigen(woorden);
        await client.open(uri, tekst);
        const { diagnostics } = await client.wachtOpDiagnostics(uri);
        // One finding about the typo; apart from it, only the information that was there before.
        expect(diagnostics.filter(d => d.code !== 'governancetype').map(d => d.message)).toEqual([bericht]);
        const [d] = fouten(diagnostics);
        const getypt = fout.split(/\s+/).find(w => !goed.split(/\s+/).includes(w))!;
        expect(tekstIn(tekst, d)).toBe(getypt);
        expect(d.message).not.toMatch(/`|EOF|\bID\b|token/);

        const acties = await client.codeActies(uri, d);
        const fix = acties.find(a => a.title === `Bedoelt u '${woord}'?`);
        expect(fix, acties.map(a => a.title).join(', ')).toBeDefined();
        expect(fix!.isPreferred).toBe(true);
        const na = pasBewerkingToe(tekst, uri, fix!.edit!);
        expect(na).toBe(schoon);
        await client.wijzig(uri, na, 2);
        const daarna = await client.wachtOpDiagnostics(uri, p => fouten(p.diagnostics).length === 0);
        expect(daarna.diagnostics.map(x => x.code)).toEqual(['governancetype']);
    });

    test('two words equally close: both are named, each with its own fix', async () => {
        const uri = 'file:///t/twee.sturing';
        const tekst = 'gemeente Twee {\n    fase uitvoering {\n        gemeente reg\n    }\n}\n';
        await client.open(uri, tekst);
        const [d] = fouten((await client.wachtOpDiagnostics(uri)).diagnostics);
        expect(d.message).toBe("Onbekende rol 'reg'. Bedoelt u 'regelaar' of 'regisseur'?");
        const acties = await client.codeActies(uri, d);
        expect(acties.map(a => [a.title, a.isPreferred])).toEqual([["Bedoelt u 'regelaar'?", false], ["Bedoelt u 'regisseur'?", false]]);
    });

    test('a word nothing comes close to: the choices, grouped from tight to loose', async () => {
        const uri = 'file:///t/ver.sturing';
        await client.open(uri, 'gemeente Ver {\n    fase uitvoering {\n        gemeente kapitein\n    }\n}\n');
        const [d] = fouten((await client.wachtOpDiagnostics(uri)).diagnostics);
        // This client cannot complete words, so the message does not point to Ctrl+Spatie (tests/vergissingen.test.ts).
        expect(d.message).toBe("Onbekende rol 'kapitein'. Strak sturend: dirigent, marktmeester. Ertussenin: controleur, opdrachtgever, zachte-opdrachtgever, regisseur, ruimte-latende-regisseur, coproducent, onderhandelaar, gesprekspartner. Loslatend: bemiddelaar, facilitator.");
        expect(await client.codeActies(uri, d)).toEqual([]);
    });
});

describe('a misspelled top keyword', () => {
    const tekst = 'gemeent Noord {\n    fase verkenning {\n        gemeente regisseur\n        rol Zorg adviseur\n    }\n}\n\ngemeente Zuid {\n    partij Welzijn\n    fase verkenning {\n        gemeente regisseur\n    }\n}\n';

    test('gives one error on the word, and the next block is read as written', async () => {
        const uri = 'file:///t/gemeent.sturing';
        await client.open(uri, tekst);
        const { diagnostics } = await client.wachtOpDiagnostics(uri);
        const syntax = diagnostics.filter(d => d.code === 'syntax' || d.code === 'onbekende-verwijzing');
        expect(syntax.map(d => [tekstIn(tekst, d), d.message])).toEqual([['gemeent', "Onbekend woord 'gemeent'. Bedoelt u 'gemeente'? Tot dit klopt, slaat Sturing het blok erachter over."]]);
        expect(diagnostics.map(d => d.message).join('\n')).not.toMatch(/EOF|`/);
        const symbolen = await client.verbinding.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Array<{ name: string; children?: Array<{ name: string }> }>;
        expect(symbolen.map(s => [s.name, s.children?.map(c => c.name)])).toEqual([['Zuid', ['Welzijn', 'fase verkenning']]]);
    });
});

describe('a missing }', () => {
    const tekst = 'gemeente Open {\n    fase verkenning {\n        gemeente regisseur\n\n    fase kaderstelling {\n        gemeente opdrachtgever\n    }\n}\n';

    test('is reported at the end of the block that was opened, with a fix that closes it there', async () => {
        const uri = 'file:///t/accolade.sturing';
        await client.open(uri, tekst);
        const syntax = (await client.wachtOpDiagnostics(uri)).diagnostics.filter(d => d.code === 'syntax');
        expect(syntax.map(d => [d.range, d.message])).toEqual([[{ start: { line: 2, character: 26 }, end: { line: 2, character: 26 } }, 'Hier hoort een } die fase verkenning (r. 2) afsluit.']]);
        const acties = await client.codeActies(uri, syntax[0]);
        const na = pasBewerkingToe(tekst, uri, acties.find(a => a.title === 'Sluit fase verkenning af met }')!.edit!);
        expect(na).toBe('gemeente Open {\n    fase verkenning {\n        gemeente regisseur\n    }\n\n    fase kaderstelling {\n        gemeente opdrachtgever\n    }\n}\n');
        await client.wijzig(uri, na, 2);
        const daarna = await client.wachtOpDiagnostics(uri, p => fouten(p.diagnostics).length === 0);
        expect(daarna.diagnostics.filter(d => d.code === 'syntax')).toEqual([]);
    });

    test('at the end of the file: the innermost open block', async () => {
        const uri = 'file:///t/afgekapt.sturing';
        await client.open(uri, 'gemeente Afgekapt {\n    partij A\n    team Oost {\n        leden A');
        const syntax = (await client.wachtOpDiagnostics(uri)).diagnostics.filter(d => d.code === 'syntax');
        expect(syntax.map(d => [d.range.start, d.message])).toEqual([[{ line: 3, character: 15 }, 'Hier hoort een } die team Oost (r. 3) afsluit.']]);
    });

    test('a line left unfinished at the end of the file says what is still missing, not a }', async () => {
        const uri = 'file:///t/onaf.sturing';
        await client.open(uri, 'gemeente Onaf {\n    team Oost {\n        leden');
        const syntax = (await client.wachtOpDiagnostics(uri)).diagnostics.filter(d => d.code === 'syntax');
        expect(syntax.map(d => d.message)).toEqual(['Hier verwacht Sturing een naam (letters en cijfers, zonder spaties), maar er staat het einde van het bestand.']);
    });
});

function tekstIn(tekst: string, d: Diagnostic): string {
    const regels = tekst.split('\n');
    return regels[d.range.start.line].slice(d.range.start.character, d.range.end.line === d.range.start.line ? d.range.end.character : undefined);
}
