import { readFileSync } from 'node:fs';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { astDump } from './fuzz/fuzzer.js';
import { leesVoorbeeld, services, valideer } from './helpers.js';

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
    const tekst = readFileSync(new URL('./fixtures/negeer-opmaak.sturing', import.meta.url), 'utf8');

    test('a one-line block with a trailing suppression stays on its line; the lines around it are laid out', async () => {
        const uit = await formatteer(tekst);
        expect(uit).toContain('    team T { doel "Vaag" } // sturing-negeer vaag-doel: wordt in het jaarplan uitgewerkt\n');
        expect(uit).toContain('    team U {\n        doel "Ook vaag"\n        doel "Nog vager"\n    }\n');
    });
});
