import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { metCode, services, valideer } from './helpers.js';

/** Applies the quick fix titled `titel` for the one finding of `regel`, and returns the new text. */
async function herstel(tekst: string, regel: string, titel: string): Promise<{ na: string; titels: string[] }> {
    const doc = await valideer(tekst);
    const meldingen = metCode(doc, regel);
    expect(meldingen, `verwacht één melding ${regel}`).toHaveLength(1);
    const acties = (await services.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: meldingen[0].range, context: { diagnostics: meldingen }
    }) ?? []) as CodeAction[];
    const actie = acties.find(a => a.title === titel);
    expect(actie, `snelle oplossing '${titel}' (er zijn: ${acties.map(a => a.title).join(', ')})`).toBeDefined();
    expect(actie!.kind).toBe('quickfix');
    expect(actie!.diagnostics).toEqual(meldingen);
    const edits = actie!.edit!.changes![doc.uri.toString()];
    return { na: TextDocument.applyEdits(doc.textDocument as TextDocument, edits), titels: acties.map(a => a.title) };
}

async function nietMeer(tekst: string, regel: string): Promise<void> {
    const doc = await valideer(tekst);
    expect(doc.parseResult.parserErrors).toEqual([]);
    expect(metCode(doc, regel)).toEqual([]);
}

describe('quick fixes keep everything around them and remove the finding', () => {
    test('npm-in-verkenning: move the contract to an existing kaderstelling', async () => {
        const voor = `gemeente X {
    fase verkenning {
        gemeente regisseur   // wij verkennen samen
        instrument contract "Raamcontract"
        instrument overleg
    }

    fase kaderstelling {
        gemeente opdrachtgever
    }
}
`;
        const { na, titels } = await herstel(voor, 'npm-in-verkenning', 'Verplaats naar de kaderstelling');
        expect(titels).toEqual(['Verplaats naar de kaderstelling', 'Vervang door convenant', 'Vervang door overleg']);
        expect(na).toBe(`gemeente X {
    fase verkenning {
        gemeente regisseur   // wij verkennen samen
        instrument overleg
    }

    fase kaderstelling {
        instrument contract "Raamcontract"
        gemeente opdrachtgever
    }
}
`);
        await nietMeer(na, 'npm-in-verkenning');
    });

    test('npm-in-verkenning: move creates the kaderstelling when it is missing', async () => {
        const voor = `gemeente X {
    partij A
    fase verkenning {
        gemeente regisseur
        bekostiging A p-x-q
    }
}
`;
        const { na } = await herstel(voor, 'npm-in-verkenning', 'Verplaats naar de kaderstelling');
        expect(na).toBe(`gemeente X {
    partij A
    fase verkenning {
        gemeente regisseur
    }

    fase kaderstelling {
        bekostiging A p-x-q
    }
}
`);
        await nietMeer(na, 'npm-in-verkenning');
    });

    test('npm-in-verkenning: a role is taken out of its list and moved', async () => {
        const voor = 'gemeente X {\n    fase verkenning {\n        gemeente regisseur, opdrachtgever\n    }\n    fase kaderstelling {\n        gemeente coproducent\n    }\n}\n';
        const { na } = await herstel(voor, 'npm-in-verkenning', "Verplaats 'opdrachtgever' naar de kaderstelling");
        expect(na).toBe('gemeente X {\n    fase verkenning {\n        gemeente regisseur\n    }\n    fase kaderstelling {\n        gemeente opdrachtgever\n        gemeente coproducent\n    }\n}\n');
        await nietMeer(na, 'npm-in-verkenning');
    });

    test('npm-in-verkenning: replace the contract by a covenant', async () => {
        const { na } = await herstel('gemeente X { fase verkenning { gemeente regisseur instrument contract "C" } }', 'npm-in-verkenning', 'Vervang door convenant');
        expect(na).toBe('gemeente X { fase verkenning { gemeente regisseur instrument convenant "C" } }');
        await nietMeer(na, 'npm-in-verkenning');
    });

    test('kleine-cyclus: the missing phases are inserted in cycle order', async () => {
        const voor = `gemeente X {
    // de kern
    fase kaderstelling {
        gemeente opdrachtgever
    }
    fase uitvoering {
        gemeente regisseur
    }
    regie { visie gemeente }
}
`;
        const { na } = await herstel(voor, 'kleine-cyclus', 'Voeg fase verkenning en fase evaluatie toe');
        expect(na).toBe(`gemeente X {
    fase verkenning {
        gemeente regisseur
    }

    // de kern
    fase kaderstelling {
        gemeente opdrachtgever
    }
    fase uitvoering {
        gemeente regisseur
    }

    fase evaluatie {
        gemeente regisseur
    }
    regie { visie gemeente }
}
`);
        await nietMeer(na, 'kleine-cyclus');
    });

    test('rol-ontbreekt: adds gemeente regisseur as the first line of the phase', async () => {
        const voor = 'gemeente X {\n    fase verkenning {\n        kennisbron professionals // uit de wijk\n    }\n}\n';
        const { na } = await herstel(voor, 'rol-ontbreekt', "Voeg 'gemeente regisseur' toe");
        expect(na).toBe('gemeente X {\n    fase verkenning {\n        gemeente regisseur\n        kennisbron professionals // uit de wijk\n    }\n}\n');
        await nietMeer(na, 'rol-ontbreekt');
    });

    test('fuik: adds eisen gezamenlijk, or turns eisen gemeente into gezamenlijk', async () => {
        const voor = 'gemeente X {\n    fase verkenning {\n        gemeente regisseur\n    }\n    fase kaderstelling {\n        gemeente opdrachtgever\n    }\n}\n';
        const { na } = await herstel(voor, 'fuik', "Voeg 'eisen gezamenlijk' toe");
        expect(na).toBe('gemeente X {\n    fase verkenning {\n        gemeente regisseur\n    }\n    fase kaderstelling {\n        gemeente opdrachtgever\n        eisen gezamenlijk\n    }\n}\n');
        await nietMeer(na, 'fuik');
        const { na: na2 } = await herstel(voor.replace('opdrachtgever\n', 'opdrachtgever\n        eisen gemeente\n'), 'fuik', "Vervang door 'eisen gezamenlijk'");
        expect(na2).toContain('        eisen gezamenlijk\n');
        await nietMeer(na2, 'fuik');
    });

    test('concurrentie-na-advies: replace by bestuurlijke-aanbesteding', async () => {
        const voor = 'gemeente X {\n    partij A\n    fase verkenning { gemeente regisseur rol A adviseur }\n    fase kaderstelling { gemeente opdrachtgever eisen gezamenlijk instrument open-aanbesteding "Welzijn" }\n}\n';
        const { na } = await herstel(voor, 'concurrentie-na-advies', 'Vervang door bestuurlijke-aanbesteding');
        expect(na).toBe(voor.replace('open-aanbesteding', 'bestuurlijke-aanbesteding'));
        await nietMeer(na, 'concurrentie-na-advies');
    });

    test('uitkomst-zonder-effectmeting: adds an effectmeting to the evaluation, or an evaluation phase', async () => {
        const voor = 'gemeente X {\n    fase uitvoering {\n        gemeente regisseur\n        sturing-op outcome\n    }\n    fase evaluatie {\n        gemeente regisseur\n    }\n}\n';
        const { na } = await herstel(voor, 'uitkomst-zonder-effectmeting', 'Voeg een effectmeting toe aan de evaluatie');
        expect(na).toBe('gemeente X {\n    fase uitvoering {\n        gemeente regisseur\n        sturing-op outcome\n    }\n    fase evaluatie {\n        gemeente regisseur\n        effectmeting "Beschrijf hier hoe het effect gemeten wordt"\n    }\n}\n');
        await nietMeer(na, 'uitkomst-zonder-effectmeting');
        const zonder = 'gemeente X {\n    fase uitvoering {\n        gemeente regisseur\n        sturing-op outcome\n    }\n}\n';
        const { na: na2 } = await herstel(zonder, 'uitkomst-zonder-effectmeting', 'Voeg een evaluatiefase met effectmeting toe');
        expect(na2).toBe('gemeente X {\n    fase uitvoering {\n        gemeente regisseur\n        sturing-op outcome\n    }\n\n    fase evaluatie {\n        gemeente regisseur\n        effectmeting "Beschrijf hier hoe het effect gemeten wordt"\n    }\n}\n');
        await nietMeer(na2, 'uitkomst-zonder-effectmeting');
    });

    test('uitkomst-met-productbekostiging: replace by resultaatfinanciering', async () => {
        const voor = 'gemeente X {\n    partij Z\n    fase uitvoering {\n        gemeente regisseur\n        rol Z uitvoerder\n        bekostiging Z p-x-q // per uur\n        sturing-op outcome\n        effectmeting "monitor"\n    }\n}\n';
        const { na } = await herstel(voor, 'uitkomst-met-productbekostiging', 'Vervang door resultaatfinanciering');
        expect(na).toBe(voor.replace('p-x-q', 'resultaatfinanciering'));
        await nietMeer(na, 'uitkomst-met-productbekostiging');
    });

    test('governancetype-afwijkend: take over the inferred type', async () => {
        const voor = 'gemeente X {\n    verantwoordelijkheid gemeente\n    fase verkenning { gemeente regisseur kennisbron professionals }\n    governancetype vraagsturing // eigen inschatting\n}\n';
        const { na } = await herstel(voor, 'governancetype-afwijkend', 'Neem het afgeleide type over: netwerksturing');
        expect(na).toBe(voor.replace('governancetype vraagsturing', 'governancetype netwerksturing'));
        await nietMeer(na, 'governancetype-afwijkend');
    });

    test('team-zonder-doel: adds a goal placeholder before the closing brace', async () => {
        const voor = 'gemeente X {\n    team Noord {\n        breedte breed\n    }\n}\n';
        const { na } = await herstel(voor, 'team-zonder-doel', 'Voeg een doel toe');
        expect(na).toBe('gemeente X {\n    team Noord {\n        breedte breed\n        doel "Beschrijf hier wat het team wil bereiken"\n    }\n}\n');
        await nietMeer(na, 'team-zonder-doel');
    });

    test('vaag-doel: turns the goal into a block with an indicator', async () => {
        const voor = 'gemeente X {\n    team Noord {\n        doel "Zelfredzaamheid" // kerndoel\n    }\n}\n';
        const { na } = await herstel(voor, 'vaag-doel', 'Voeg een indicator toe');
        expect(na).toBe('gemeente X {\n    team Noord {\n        doel "Zelfredzaamheid" {\n            indicator "Beschrijf hier hoe u ziet dat het doel bereikt wordt" streefwaarde "…"\n        } // kerndoel\n    }\n}\n');
        await nietMeer(na, 'vaag-doel');
    });
});
