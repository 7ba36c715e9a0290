import { expectFormatting } from 'langium/test';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { astDump } from './fuzz/fuzzer.js';
import { leesVoorbeeld, services, valideer } from './helpers.js';
import { TestClient } from './lsp-client.js';

async function formatteer(tekst: string): Promise<string> {
    const doc = await valideer(tekst);
    const edits = await services.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(doc.textDocument as TextDocument, edits);
}

const rommelig = `// kop blijft staan
gemeente   X{probleem    onduidelijk
  periode 2015-2018
doorzettingsmacht    nee   "alles in overleg"
partij A "a"   soort   welzijn
      /** doc blijft bij het team */
  team T "t" { leden A , A
  doel "x" { indicator "i" streefwaarde "5" }
  doel "y"
  }

  // commentaar bij de fase
  fase verkenning { gemeente regisseur,coproducent   // achter de regel
  verantwoordelijkheid    gedeeld
  rol A adviseur }
  regie { visie gemeente doel gezamenlijk }
}
regio R { partij B }
`;

const netjes = `// kop blijft staan
gemeente X {
    probleem onduidelijk
    periode 2015 - 2018
    doorzettingsmacht nee "alles in overleg"
    partij A "a" soort welzijn
    /** doc blijft bij het team */
    team T "t" {
        leden A, A
        doel "x" {
            indicator "i" streefwaarde "5"
        }
        doel "y"
    }

    // commentaar bij de fase
    fase verkenning {
        gemeente regisseur, coproducent   // achter de regel
        verantwoordelijkheid gedeeld
        rol A adviseur
    }
    regie {
        visie gemeente
        doel gezamenlijk
    }
}

regio R {
    partij B
}
`;

describe('formatting', () => {
    test('lays out a messy file, keeping every comment', async () => {
        await expectFormatting(services)({ before: rommelig, after: netjes });
    });

    test.each(['voorbeeldstad.sturing', 'groningen-2014.sturing'])('%s is already formatted and stays the same', async naam => {
        expect(await formatteer(leesVoorbeeld(naam))).toBe(leesVoorbeeld(naam));
    });

    test('formatting twice gives the same text', async () => {
        const een = await formatteer(rommelig);
        expect(await formatteer(een)).toBe(een);
    });

    test('formatting never changes what the file means (same AST)', async () => {
        for (const tekst of [rommelig, leesVoorbeeld('voorbeeldstad.sturing'), leesVoorbeeld('groningen-2014.sturing')]) {
            const voor = astDump(services, await valideer(tekst));
            const na = astDump(services, await valideer(await formatteer(tekst)));
            expect(na).toBe(voor);
        }
    });

    test('every comment survives formatting', async () => {
        const uit = await formatteer(rommelig);
        for (const c of rommelig.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)!) expect(uit).toContain(c);
    });
});

describe('formatting never changes what `// sturing-negeer` switches off (issue 13, item 8)', () => {
    const tekst = [
        'gemeente X {',
        '    team T { doel "Vaag" } // sturing-negeer vaag-doel: wordt in het jaarplan uitgewerkt',
        '    team U { doel "Ook vaag" doel "Nog vager" }',
        '    fase verkenning { gemeente regisseur instrument contract // sturing-negeer npm-in-verkenning: bestaand contract loopt af',
        '        rol A adviseur }',
        '    partij A',
        '    // sturing-negeer tegenstrijdige-rollen: bewuste keuze in de pilot',
        '    fase uitvoering { gemeente dirigent, facilitator effectmeting "x" }',
        '}',
        ''
    ].join('\n');

    test('through the language server: the findings before and after formatting are the same', async () => {
        const client = new TestClient();
        try {
            await client.start();
            const uri = 'file:///w/negeer.sturing';
            await client.open(uri, tekst);
            const voor = await client.wachtOpDiagnostics(uri);
            const edits = await client.verbinding.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
            const opgemaakt = TextDocument.applyEdits(TextDocument.create(uri, 'sturing', 1, tekst), edits);
            expect(opgemaakt).not.toBe(tekst); // the rest is laid out
            await client.wijzig(uri, opgemaakt, 2);
            const na = await client.wachtOpDiagnostics(uri, p => p !== voor);
            const set = (ds: Diagnostic[], t: string) => ds.map(d => `${d.code} «${TextDocument.create(uri, 'sturing', 1, t).getText(d.range).replace(/\s+/g, ' ')}»`).sort();
            expect(set(na.diagnostics, opgemaakt)).toEqual(set(voor.diagnostics, tekst));
            expect(set(voor.diagnostics, tekst).filter(d => /^(vaag-doel|npm-in-verkenning|tegenstrijdige-rollen) /.test(d))).toEqual(['vaag-doel «"Nog vager"»', 'vaag-doel «"Ook vaag"»']);
        } finally {
            await client.stop();
        }
    });

    test('a one-line block with a trailing suppression stays on its line; the lines around it are laid out', async () => {
        const uit = await formatteer(tekst);
        expect(uit).toContain('    team T { doel "Vaag" } // sturing-negeer vaag-doel: wordt in het jaarplan uitgewerkt\n');
        expect(uit).toContain('    team U {\n        doel "Ook vaag"\n        doel "Nog vager"\n    }\n');
    });
});
