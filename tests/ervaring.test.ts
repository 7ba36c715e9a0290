import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, Hover, InlayHint, InitializeResult, SemanticTokens } from 'vscode-languageserver';
import { tijdelijkeMap } from './helpers.js';
import { pasBewerkingToe, TestClient } from './lsp-client.js';

/**
 * Issue 14, items 4–12: what an advisor notices in the editor, through the bundled server over stdio
 * as VS Code drives it: provisional profiles, completion and hovers that explain, templates with tab
 * stops, semantic tokens, acting on findings, workspace-wide problems and a rename that refuses to merge.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A design with one phase of each kind; `{{typo}}` marks where a test may break it. */
const ONTWERP = `gemeente Groenstad {
    probleem onduidelijk
    verantwoordelijkheid gedeeld

    partij Welzijn "Stichting Welzijn" soort welzijn
    partij Zorg "Zorggroep" soort zorg

    team Noord {
        leden Welzijn, Zorg
        doel "Inwoners redden zich zelf"
    }

    fase verkenning {
        gemeente regisseur
        rol Welzijn adviseur
        burgerparticipatie raadplegen
    }

    fase kaderstelling {
        gemeente regisseur
        rol Welzijn opdrachtnemer
        eisen gezamenlijk
        bekostiging Welzijn subsidie
        bekostiging Zorg contract
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

    ambitie {
        sturing-op outcome
    }
}
`;

let client: TestClient;
let init: InitializeResult;

beforeAll(async () => {
    client = new TestClient();
    // As VS Code does: snippets in the edits of quick fixes (LSP 3.18).
    init = await client.start(null, { workspace: { workspaceEdit: { snippetEditSupport: true } } });
});

afterAll(async () => {
    await client?.stop();
});

async function open(naam: string, tekst: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///ervaring/${naam}.sturing`;
    await client.open(uri, tekst);
    return { uri, diagnostics: (await client.wachtOpDiagnostics(uri)).diagnostics };
}

function positie(tekst: string, zoek: string, extra = 0): { line: number; character: number } {
    const offset = tekst.indexOf(zoek) + extra;
    expect(offset - extra, `'${zoek}' staat in de tekst`).toBeGreaterThanOrEqual(0);
    const voor = tekst.slice(0, offset).split('\n');
    return { line: voor.length - 1, character: voor[voor.length - 1].length };
}

async function hover(uri: string, tekst: string, zoek: string, extra = 1): Promise<string> {
    const h = await client.verbinding.sendRequest('textDocument/hover', { textDocument: { uri }, position: positie(tekst, zoek, extra) }) as Hover | null;
    return h ? (h.contents as { value: string }).value : '';
}

async function aanvullen(uri: string, tekst: string, zoek: string, triggerCharacter?: string): Promise<CompletionItem[]> {
    const context = triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 };
    const r = await client.verbinding.sendRequest('textDocument/completion', { textDocument: { uri }, position: positie(tekst, zoek, zoek.length), context }) as CompletionList | null;
    return [...(r?.items ?? [])].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

describe('4. a profile from a file with errors is provisional everywhere it shows', () => {
    const tekst = ONTWERP.replace('gemeente Groenstad', 'gemeente Voorlopig').replace('rol Welzijn uitvoerder', 'rol Welzijn uitvoerdr');

    test('hover, code lens, inlay hints and the summary say "voorlopig"', async () => {
        const { uri, diagnostics } = await open('voorlopig', tekst);
        expect(diagnostics.filter(d => d.code === 'syntax').map(d => d.message)).toEqual(["Onbekende rol 'uitvoerdr'. Bedoelt u 'uitvoerder'?"]);
        expect(await hover(uri, tekst, 'Voorlopig')).toMatch(/governancetype: \*\*[^*]+ \(voorlopig: het bestand bevat fouten\)\*\*/);
        const lenzen = await client.verbinding.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as CodeLens[];
        expect(lenzen.map(l => l.command?.title)).toEqual([expect.stringContaining('(voorlopig: het bestand bevat fouten)')]);
        const hints = await client.verbinding.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } }) as InlayHint[];
        expect(hints[0].label).toMatch(/, voorlopig$/);
        expect(hints.slice(1).map(h => h.label)).toEqual(expect.arrayContaining([expect.stringMatching(/\(voorlopig\)$/)]));
        const samenvatting = await client.verbinding.sendRequest('sturing/samenvatting', { uri }) as { gemeenten: Array<{ voorlopig: boolean; typeZin: string }> };
        expect(samenvatting.gemeenten[0].voorlopig).toBe(true);
        expect(samenvatting.gemeenten[0].typeZin).toContain('(voorlopig: het bestand bevat fouten)');
    });

    test('also when there is too little to name a type', async () => {
        const dun = 'gemeente Dun {\n    fase verkenning {\n        gemeente regiseur\n    }\n}\n';
        const { uri } = await open('dun', dun);
        const hints = await client.verbinding.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } }) as InlayHint[];
        expect(hints.map(h => h.label)).toEqual(['type nog niet te bepalen, voorlopig']);
    });
});

describe('5. completion explains each choice', () => {
    const tekst = ONTWERP.replace('gemeente Groenstad', 'gemeente Aanvullen');
    let uri: string;
    beforeAll(async () => { ({ uri } = await open('aanvullen', tekst)); });

    test('the server asks to be triggered by a space', () => {
        expect(init.capabilities.completionProvider?.triggerCharacters).toEqual([' ']);
    });

    test('a space after "gemeente" in a phase: the roles, tight to loose, each with its meaning and source', async () => {
        const items = await aanvullen(uri, tekst, 'fase uitvoering {\n        gemeente ', ' ');
        const rollen = items.filter(i => i.detail?.startsWith('rol van de gemeente')).map(i => i.label);
        expect(rollen.indexOf('dirigent')).toBeLessThan(rollen.indexOf('regisseur'));
        expect(rollen.indexOf('regisseur')).toBeLessThan(rollen.indexOf('facilitator'));
        expect(rollen.slice(-2)).toEqual(['bemiddelaar', 'facilitator']);
        const regisseur = items.find(i => i.label === 'regisseur')!;
        expect(regisseur.detail).toBe('rol van de gemeente: regisseur · tussen strak en loslatend');
        // The same text as the hover on the word.
        const documentatie = (regisseur.documentation as { value: string }).value;
        expect(documentatie).toMatch(/^\*\*regisseur\*\* — rol van de gemeente\n\nDe gemeente stelt zelf doelen en richting vast/);
        expect(documentatie).toContain('_Bron: R1 §2.1 fig. 1; §2.2 element 2; §2.3._');
        expect(await hover(uri, tekst, 'gemeente regisseur\n        rol Welzijn uitvoerder', 'gemeente '.length + 1)).toBe(documentatie);
        // The weights come after the roles they qualify.
        expect(items.map(i => i.label).slice(-2)).toEqual(['vooral', 'soms']);
    });

    test('levels in ladder order, parties with their name, no English ids', async () => {
        const niveaus = await aanvullen(uri, tekst, 'ambitie {\n        sturing-op ', ' ');
        expect(niveaus.map(i => i.label)).toEqual(['input', 'throughput', 'output', 'outcome']);
        const partijen = await aanvullen(uri, tekst, 'fase evaluatie {\n        gemeente regisseur\n        rol ', ' ');
        expect(partijen.map(i => [i.label, i.detail])).toEqual([['Welzijn', 'partij: Stichting Welzijn'], ['Zorg', 'partij: Zorggroep']]);
        const opdrachten = await aanvullen(uri, tekst, 'sturing-op output\n');
        expect(opdrachten.find(i => i.label === 'effectmeting')?.detail).toBe('Hoe het effect voor inwoners gemeten wordt.');
        expect([...niveaus, ...partijen, ...opdrachten].map(i => i.detail ?? '').join('\n')).not.toMatch(/\b(Keyword|Partij)\b/);
    });

    test('a space in text, in a comment or after a value opens nothing', async () => {
        const t = 'gemeente Stil {\n    // fase \n    team T { doel "Meer inwoners " }\n    fase verkenning { gemeente regisseur  }\n}\n';
        const { uri: u } = await open('stil', t);
        expect(await aanvullen(u, t, '// fase ', ' ')).toEqual([]);
        expect(await aanvullen(u, t, '"Meer inwoners ', ' ')).toEqual([]);
        expect(await aanvullen(u, t, 'regisseur ', ' ')).toEqual([]);
    });

    test('inside // sturing-negeer: the rule ids, with their titles', async () => {
        const t = 'gemeente Negeer {\n    // sturing-negeer fuik, \n    fase verkenning { gemeente regisseur }\n}\n';
        const { uri: u } = await open('negeer-aanvullen', t);
        const items = await aanvullen(u, t, '// sturing-negeer fuik, ', ' ');
        expect(items.map(i => i.label)).toContain('kleine-cyclus');
        expect(items.map(i => i.label)).not.toContain('fuik');
        expect(items.find(i => i.label === 'vaag-doel')!.detail).toBe('Een doel heeft geen indicator.');
    });
});

describe('6. hover on a statement keyword explains the concept, with its source', () => {
    const tekst = ONTWERP.replace('gemeente Groenstad', 'gemeente Uitleg');
    let uri: string;
    beforeAll(async () => { ({ uri } = await open('uitleg', tekst)); });

    test.each([
        ['sturing-op output', '**sturing-op**\n\nWaarop de gemeente in deze fase stuurt: input, throughput, output of outcome.', 'R1 §2.5'],
        ['sturing-op outcome', '**sturing-op**\n\nWaarop de gemeente in de toekomst wil sturen', 'R1 §2.5'],
        ['eisen gezamenlijk', '**eisen**\n\nWie de eisen aan de uitvoering opstelt', 'R1 §2.1 fig. 1; §5.3'],
        ['bekostiging Zorg', '**bekostiging**\n\nHoe een partij betaald wordt', 'R1 §2.5; §4.2'],
        ['probleem onduidelijk', '**probleem**\n\nOf het maatschappelijke probleem helder is', 'R1 §2.1 fig. 1; R2 §2.1'],
        ['gemeente regisseur\n        rol Welzijn adviseur', '**gemeente**\n\nDe rol die de gemeente in deze fase speelt', 'R1 §2.2 element 2; §4.4, §5.3']
    ])('%s', async (zoek, begin, bron) => {
        const tekstHover = await hover(uri, tekst, zoek);
        expect(tekstHover.startsWith(begin), tekstHover).toBe(true);
        expect(tekstHover).toMatch(new RegExp(`_Bron: ${bron.replace(/[.§]/g, m => `\\${m}`)}\\._$`));
    });
});

describe('7. templates with tab stops: placeholder text never silences a rule', () => {
    const tekst = 'gemeente Sjabloon {\n    partij Welzijn soort welzijn\n    team Oost {\n        leden Welzijn\n    }\n}\n';

    test('a client with snippet support gets the goal with the cursor between the quotes', async () => {
        const { uri, diagnostics } = await open('sjabloon', tekst);
        const d = diagnostics.find(x => x.code === 'team-zonder-doel')!;
        const fix = (await client.codeActies(uri, d)).find(a => a.title === 'Voeg een doel toe')!;
        const edits = fix.edit!.documentChanges!.flatMap(c => 'edits' in c ? c.edits : []);
        expect(edits).toEqual([{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, snippet: { kind: 'snippet', value: '        doel "$1"\n' } }]);
    });

    test('without snippet support the goal stays empty, and the finding moves to where the text goes', async () => {
        const zonder = new TestClient();
        try {
            await zonder.start();
            const uri = 'file:///ervaring/zonder-snippets.sturing';
            await zonder.open(uri, tekst);
            const d = (await zonder.wachtOpDiagnostics(uri)).diagnostics.find(x => x.code === 'team-zonder-doel')!;
            const fix = (await zonder.codeActies(uri, d)).find(a => a.title === 'Voeg een doel toe')!;
            const na = pasBewerkingToe(tekst, uri, fix.edit!);
            expect(na).toBe('gemeente Sjabloon {\n    partij Welzijn soort welzijn\n    team Oost {\n        leden Welzijn\n        doel ""\n    }\n}\n');
            await zonder.wijzig(uri, na, 2);
            const daarna = await zonder.wachtOpDiagnostics(uri, p => p.diagnostics.some(x => x.code === 'team-zonder-doel' && x.range.start.line === 4));
            expect(daarna.diagnostics.find(x => x.code === 'team-zonder-doel')!.message).toMatch(/^Het doel van team Oost is nog leeg\./);
        } finally {
            await zonder.stop();
        }
    });

    test('the snippets leave every text between quotes to the advisor', () => {
        const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets/sturing.json'), 'utf8')) as Record<string, { body: string[] }>;
        const teksten = Object.values(snippets).flatMap(s => s.body.join('\n').match(/"[^"]*"/g) ?? []);
        expect(teksten.length).toBeGreaterThan(3);
        for (const t of teksten) expect(t).toMatch(/^"\$\d+"$/);
    });
});

describe('8. semantic tokens: values, party references and phase kinds each have their own type', () => {
    test('the legend and the tokens of a design', async () => {
        const tekst = 'gemeente Kleur {\n    partij Welzijn soort welzijn\n    fase verkenning {\n        gemeente regisseur\n        rol Welzijn adviseur\n        bekostiging Welzijn subsidie\n    }\n}\n';
        const { uri } = await open('kleur', tekst);
        const legenda = init.capabilities.semanticTokensProvider!.legend;
        const r = await client.verbinding.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as SemanticTokens;
        const regels = tekst.split('\n');
        const tokens = new Map<string, string[]>();
        let regel = 0, kolom = 0;
        for (let i = 0; i < r.data.length; i += 5) {
            const [dr, dk, lengte, type] = r.data.slice(i, i + 5);
            regel += dr;
            kolom = dr ? dk : kolom + dk;
            const woord = regels[regel].slice(kolom, kolom + lengte);
            tokens.set(woord, [...(tokens.get(woord) ?? []), legenda.tokenTypes[type]]);
        }
        expect(tokens.get('regisseur')).toEqual(['enumMember']);
        expect(tokens.get('adviseur')).toEqual(['enumMember']);
        expect(tokens.get('subsidie')).toEqual(['enumMember']);
        expect(tokens.get('welzijn')).toEqual(['enumMember']);
        expect(tokens.get('verkenning')).toEqual(['type']);
        expect(tokens.get('Welzijn')).toEqual(['variable', 'variable', 'variable']);
        expect(tokens.get('Kleur')).toEqual(['namespace']);
        // Statement keywords keep their keyword colour from the grammar.
        expect(tokens.has('fase')).toBe(false);
    });
});

describe('9. every finding: suppress here with a reason, switch the rule off, read its page', () => {
    const tekst = ONTWERP.replace('gemeente Groenstad', 'gemeente Handelen').replace('        burgerparticipatie raadplegen\n', '        instrument contract\n');

    test('"Negeer … hier (met reden)…" writes the comment with the cursor at the reason; the finding is gone', async () => {
        const { uri, diagnostics } = await open('negeren', tekst);
        const d = diagnostics.find(x => x.code === 'npm-in-verkenning')!;
        const acties = await client.codeActies(uri, d);
        expect(acties.map(a => a.title)).toEqual(expect.arrayContaining([
            'Negeer npm-in-verkenning hier (met reden)…', 'Regel npm-in-verkenning uitzetten in sturing.json', 'Uitleg over npm-in-verkenning'
        ]));
        const negeer = acties.find(a => a.title === 'Negeer npm-in-verkenning hier (met reden)…')!;
        const edits = negeer.edit!.documentChanges!.flatMap(c => 'edits' in c ? c.edits : []);
        expect(edits).toEqual([{ range: { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line, character: 0 } }, snippet: { kind: 'snippet', value: '        // sturing-negeer npm-in-verkenning: $1\n' } }]);
        // As the advisor leaves it after typing the reason.
        const na = pasBewerkingToe(tekst, uri, negeer.edit!).replace('$1', 'pilot met vaste partners');
        await client.wijzig(uri, na, 2);
        const daarna = await client.wachtOpDiagnostics(uri, p => !p.diagnostics.some(x => x.code === 'npm-in-verkenning'));
        expect(daarna.diagnostics.filter(x => x.code?.toString().startsWith('negeer-'))).toEqual([]);
    });

    test('"Uitleg over …" opens the rule page through the client; the finding links to that page', async () => {
        const { uri, diagnostics } = await open('uitleg-regel', tekst.replace('Handelen', 'Uitlegstad'));
        const d = diagnostics.find(x => x.code === 'npm-in-verkenning')!;
        const uitleg = (await client.codeActies(uri, d)).find(a => a.title === 'Uitleg over npm-in-verkenning')!;
        expect(uitleg.command).toEqual({ title: 'Uitleg over npm-in-verkenning', command: 'sturing.toonUitleg', arguments: ['npm-in-verkenning'] });
        expect(existsSync(fileURLToPath(d.codeDescription!.href))).toBe(true);
        // The extension registers the same command, and shows the page in the Markdown preview.
        const client_ = readFileSync(path.join(ROOT, 'client/rule-pages.ts'), 'utf8');
        expect(client_).toContain("UITLEG_OPDRACHT = 'sturing.toonUitleg'");
        expect(client_).toContain("'markdown.showPreviewToSide'");
    });
});

describe('10. quick fixes where a fix is meaningful, and all of one rule\'s at once', () => {
    test('"Alle … oplossen" applies the fix of every finding of that rule in the file', async () => {
        const tekst = 'gemeente Allemaal {\n    fase verkenning {\n        kennisbron professionals\n    }\n\n    fase uitvoering {\n        monitoring gezamenlijk\n    }\n}\n';
        const { uri, diagnostics } = await open('allemaal', tekst);
        const rolOntbreekt = diagnostics.filter(d => d.code === 'rol-ontbreekt');
        expect(rolOntbreekt).toHaveLength(2);
        const acties = await client.codeActies(uri, rolOntbreekt[0]);
        const alles = acties.find(a => a.title === 'Alle 2 meldingen van rol-ontbreekt in dit bestand oplossen')!;
        const na = pasBewerkingToe(tekst, uri, alles.edit!);
        expect(na).toBe('gemeente Allemaal {\n    fase verkenning {\n        gemeente regisseur\n        kennisbron professionals\n    }\n\n    fase uitvoering {\n        gemeente regisseur\n        monitoring gezamenlijk\n    }\n}\n');
        await client.wijzig(uri, na, 2);
        await client.wachtOpDiagnostics(uri, p => !p.diagnostics.some(d => d.code === 'rol-ontbreekt'));
    });

    test('a finding without a fix of its own still offers suppressing, switching off and the explanation', async () => {
        const tekst = ONTWERP.replace('gemeente Groenstad', 'gemeente Zonder').replace('verantwoordelijkheid gedeeld', 'verantwoordelijkheid individuele-burger').replace(/gemeente regisseur/g, 'gemeente dirigent');
        const { uri, diagnostics } = await open('zonder-fix', tekst);
        const d = diagnostics.find(x => x.code === 'scenario-rol-conflict')!;
        expect((await client.codeActies(uri, d)).map(a => a.title)).toEqual([
            'Negeer scenario-rol-conflict hier (met reden)…', 'Regel scenario-rol-conflict uitzetten in sturing.json', 'Uitleg over scenario-rol-conflict'
        ]);
    });
});

describe('12. rename refuses a name that already exists', () => {
    test('two parties are never merged silently', async () => {
        const tekst = ONTWERP.replace('gemeente Groenstad', 'gemeente Hernoem');
        const { uri } = await open('hernoem', tekst);
        await expect(client.verbinding.sendRequest('textDocument/rename', { textDocument: { uri }, position: positie(tekst, 'Zorg "', 1), newName: 'Welzijn' }))
            .rejects.toThrow("In gemeente Hernoem is er al een partij met de naam Welzijn (r. 5). Met twee keer dezelfde naam kan Sturing ze niet meer uit elkaar houden; kies een andere naam.");
        const edit = await client.verbinding.sendRequest('textDocument/rename', { textDocument: { uri }, position: positie(tekst, 'Zorg "', 1), newName: 'Thuiszorg' }) as { changes: Record<string, unknown[]> };
        expect(edit.changes[uri]).toHaveLength(3);
    });
});

describe('with a workspace folder', () => {
    let werkruimte: TestClient;
    let dir: string;
    const uriVan = (naam: string) => pathToFileURL(path.join(dir, naam)).href;

    beforeAll(async () => {
        dir = tijdelijkeMap({
            'noord.sturing': 'gemeente Noord {\n    fase uitvoering {\n        gemeente regisseur\n    }\n}\n',
            'zuid/zuid.sturing': 'gemeente Zuid {\n    fase verkenning {\n        gemeente opdrachtgever\n    }\n}\n'
        });
        mkdirSync(path.join(dir, 'leeg'), { recursive: true });
        werkruimte = new TestClient();
        await werkruimte.start(pathToFileURL(dir).href);
    });

    afterAll(async () => { await werkruimte?.stop(); });

    test('11. problems for every .sturing file of the workspace, also those that are not open', async () => {
        const noord = await werkruimte.wachtOpDiagnostics(uriVan('noord.sturing'));
        const zuid = await werkruimte.wachtOpDiagnostics(uriVan('zuid/zuid.sturing'));
        expect(noord.diagnostics.map(d => d.code)).toContain('kleine-cyclus');
        expect(zuid.diagnostics.map(d => d.code)).toContain('npm-in-verkenning');
    });

    test('11. the inferred type is one short information line, without related information', async () => {
        const uri = uriVan('rijk.sturing');
        await werkruimte.open(uri, ONTWERP);
        const p = await werkruimte.wachtOpDiagnostics(uri, x => x.diagnostics.some(d => d.code === 'governancetype'));
        const d = p.diagnostics.find(x => x.code === 'governancetype')!;
        expect(d.severity).toBe(3);
        expect(d.relatedInformation ?? []).toEqual([]);
        expect(String(d.message)).toMatch(/^Afgeleid governancetype: [^\n]+\(R1 §2\.2 fig\. 2\)\.$/);
        expect(String(d.message).length).toBeLessThan(120);
    });

    test('9. "Regel … uitzetten in sturing.json" creates sturing.json in the workspace folder; the finding goes', async () => {
        const uri = uriVan('zuid/zuid.sturing');
        const d = (await werkruimte.wachtOpDiagnostics(uri)).diagnostics.find(x => x.code === 'npm-in-verkenning')!;
        const uit = (await werkruimte.codeActies(uri, d)).find(a => a.title === 'Regel npm-in-verkenning uitzetten in sturing.json') as CodeAction;
        const json = uriVan('sturing.json');
        expect(uit.edit!.documentChanges).toEqual([
            { kind: 'create', uri: json, options: { ignoreIfExists: true } },
            { textDocument: { uri: json, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '{\n  "regels": {\n    "npm-in-verkenning": "uit"\n  }\n}\n' }] }
        ]);
        // As VS Code applies it: the file is written, and the watcher tells the server.
        writeFileSync(fileURLToPath(json), pasBewerkingToe('', json, uit.edit!));
        await werkruimte.verbinding.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: json, type: 1 }] });
        await werkruimte.wachtOpDiagnostics(uri, p => p.diagnostics.length > 0 && !p.diagnostics.some(x => x.code === 'npm-in-verkenning'));
    });

    test('9. an existing sturing.json gets the rule added, its other settings kept', async () => {
        const uri = uriVan('noord.sturing');
        const d = (await werkruimte.wachtOpDiagnostics(uri)).diagnostics.find(x => x.code === 'kleine-cyclus')!;
        const uit = (await werkruimte.codeActies(uri, d)).find(a => a.title === 'Regel kleine-cyclus uitzetten in sturing.json')!;
        const json = uriVan('sturing.json');
        expect(pasBewerkingToe(readFileSync(fileURLToPath(json), 'utf8'), json, uit.edit!)).toBe('{\n  "regels": {\n    "npm-in-verkenning": "uit",\n    "kleine-cyclus": "uit"\n  }\n}\n');
    });
});
