import { expectHover } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { InlayHintKind } from 'vscode-languageserver';
import { isGemeente } from '../language/generated/ast.js';
import { redeneringAlinea } from '../language/presentation/redenering.js';
import { typeUitleg } from '../language/presentation/type-uitleg.js';
import { uitlegAlsHtml } from '../language/summary/render-uitleg.js';
import { leesVoorbeeld, metCode, services, valideer } from './helpers.js';

const hover = expectHover(services);

async function hoverTekst(tekst: string, bij: string, extra = 1): Promise<string> {
    const doc = await valideer(tekst);
    const offset = tekst.indexOf(bij) + extra;
    const h = await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
    return h ? (h.contents as { value: string }).value : '';
}

describe('hover', () => {
    test('on a gemeente name: a short profile: the type with its certainty, one sentence why with its lines, and a link to the whole reasoning', async () => {
        const doc = await valideer(leesVoorbeeld('groningen-2014.sturing'));
        const offset = doc.textDocument.getText().indexOf('Groningen {') + 1;
        const h = await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
        const tekst = (h!.contents as { value: string }).value;
        expect(tekst).toContain('**gemeente Groningen** — governancetype: **netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering)** (stevig onderbouwd)');
        // Why: the reasoning's first claim, the conception per phase, with the lines it rests on.
        expect(tekst).toMatch(/\n\nIn de verkenning, de kaderstelling en de uitvoering governance \(r\. [\d, en]+\)\.\n\n/);
        // Meer uitleg: a command link with the document and the gemeente, which the editor and the page trust and open rendered.
        const link = /\[Meer uitleg\]\(command:sturing\.toonTypeUitleg\?([^)]+)\)/.exec(tekst);
        expect(link).not.toBeNull();
        expect(JSON.parse(decodeURIComponent(link![1]))).toEqual([doc.uri.toString(), 'Groningen']);
        // A short profile, not a scroll box: the rest is behind the link.
        expect(tekst.length).toBeLessThan(600);
        expect(tekst.replace(link![0], '')).not.toMatch(/%|Sturing op:|Beleidscyclus:|docs\//);
    });

    test('on a thin gemeente: it says there is too little to go on', async () => {
        const tekst = await hoverTekst('gemeente Dun {\n    fase verkenning { gemeente regisseur }\n}', 'Dun');
        expect(tekst).toContain('**gemeente Dun** — governancetype: **nog niet te bepalen: te weinig gegevens (alleen rol van de gemeente beschreven)**\n');
        expect(tekst).toContain('Het governancetype is nog niet te bepalen: daarvoor staat er te weinig over de verantwoordelijkheid, de rol van de gemeente, de kennisbron en de burgerparticipatie (R1 §2.2).');
        expect(tekst).toContain('[Meer uitleg](command:sturing.toonTypeUitleg?');
    });

    test('on a gemeente name with a doc comment and a declared type', async () => {
        const tekst = await hoverTekst('/** Pilot in twee wijken. */\ngemeente Stad {\n    fase verkenning { gemeente regisseur }\n    governancetype frontlijnsturing\n}', 'Stad');
        expect(tekst).toContain('Pilot in twee wijken.');
        expect(tekst).toContain('Zelf opgegeven: frontlijnsturing.');
    });

    test('Meer uitleg: the whole reasoning for the gemeente, with its lines, the profile table, the rows per phase and a link to the general page', async () => {
        const doc = await valideer(leesVoorbeeld('groningen-2014.sturing'));
        const g = doc.parseResult.value.elementen.find(isGemeente)!;
        const u = typeUitleg(services.inference.ProfileProvider.profiel(g), '2014 – 2018', 'hoe.md');
        expect(u.titel).toBe('Waarom netwerksturing? Gemeente Groningen, 2014 – 2018');
        expect(u.markdown).toContain('**Governancetype:** netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering) — stevig onderbouwd: ');
        for (const alinea of redeneringAlinea(services.inference.ProfileProvider.profiel(g))) expect(u.markdown).toContain(alinea);
        expect(u.markdown).toContain('| ingrediënt | wat er staat | wijst vooral op |');
        expect(u.markdown).toContain('### 2. kaderstelling: governance (stevig onderbouwd: van de vier rijen van fig. 1 wijzen er drie deze kant op en één een andere)');
        expect(u.markdown).toContain('| rij (fig. 1) | wat er staat | wijst op |');
        expect(u.markdown).toContain('[Hoe Sturing het governancetype bepaalt](hoe.md)');
        // Rendered with the same Markdown subset as the rule pages: headings, tables, the link.
        const html = uitlegAlsHtml(u, { modus: 'tab' });
        expect(html).toContain('<title>Waarom netwerksturing? Gemeente Groningen, 2014 – 2018</title>');
        expect(html).toContain('<h1>Waarom netwerksturing? Gemeente Groningen, 2014 – 2018</h1>');
        expect(html).toMatch(/<table><thead><tr><th>ingrediënt<\/th>/);
        expect(html).toContain('<a href="hoe.html">Hoe Sturing het governancetype bepaalt</a>');
        expect(html).not.toMatch(/<script/);
        expect(uitlegAlsHtml(u, { modus: 'webview', nonce: 'n1' })).toContain(`content="default-src 'none'; style-src 'nonce-n1';"`);
    });

    test('on a phase: its conception row by row, with what counts and what does not, and the doc comment', async () => {
        const tekst = await hoverTekst(leesVoorbeeld('groningen-2014.sturing'), 'fase kaderstelling', 6);
        expect(tekst).toContain('**fase kaderstelling** — kaderstelling en contractering (fase 2 van 4)');
        expect(tekst).toContain('**Sturingsopvatting in deze fase:** governance (stevig onderbouwd: van de vier rijen van fig. 1 wijzen er drie deze kant op en één een andere)');
        expect(tekst).toContain('De gemeente is in de uitvoering nog opdrachtgever, dus Sturing leest deze fase samen met de uitvoering als één opdrachtrelatie (R1 §2.4). Op haar eigen regels zou deze fase governance (redelijk onderbouwd) zijn.');
        expect(tekst).toContain('| instrumenten en bekostiging | instrument convenant; instrument verordening; bekostiging Welzijnsinstellingen subsidie; instrument stuurgroep (uitvoering); instrument overleg (uitvoering) | governance |');
        expect(tekst).toContain('| — | rol Welzijnsinstellingen opdrachtnemer | telt niet mee: in de kaderstelling en de uitvoering is elke partij die een opdracht of subsidieovereenkomst krijgt opdrachtnemer, in welke opvatting ook;');
        expect(tekst).toContain('| — | bekostiging Zorginstellingen convenant | telt niet mee: convenant telt één keer per fase, niet per partij of regel |');
        expect(tekst).toContain('**Governancetype van deze fase:** netwerksturing (zwak onderbouwd).');
        expect(tekst).toContain('_Bron: R1 §2.4 fase 2; R1 §2.1 fig. 1; §2.2 fig. 2._');
        expect(tekst).not.toMatch(/%/);
        const metDoc = await hoverTekst('gemeente X {\n    /** Samen met bewoners. */\n    fase verkenning { gemeente regisseur }\n}', 'fase verkenning');
        expect(metDoc).toContain('Samen met bewoners.');
    });

    test('on a vocabulary keyword: its meaning with the source', async () => {
        await hover({
            text: 'gemeente X { fase verkenning { gemeente regi<|>sseur } }',
            index: 0,
            hover: /^\*\*regisseur\*\* — rol van de gemeente\n\nDe gemeente stelt zelf doelen en richting vast, stuurt de uitvoerende partijen aan en rekent hen af op resultaten; .*\n\n_Bron: R1 §2\.1 fig\. 1; §2\.2 element 2; §2\.3\._$/
        });
        expect(await hoverTekst('gemeente X { fase kaderstelling { bekostiging A p-x-q } partij A }', 'p-x-q')).toMatch(/^\*\*p-x-q\*\* — bekostigingsmodel: prijs × hoeveelheid\n\nProductiefinanciering/);
        expect(await hoverTekst('gemeente X { governancetype frontlijnsturing }', 'frontlijnsturing')).toContain('_Bron: R1 §2.2 fig. 2, type 4._');
        expect(await hoverTekst('gemeente X { regie { monitoring gezamenlijk } }', 'gezamenlijk')).toContain('— wie bepaalt (regiemodel)');
    });

    test('on a party (declaration or reference): its roles per phase, funding and teams', async () => {
        const tekst = await hoverTekst(leesVoorbeeld('voorbeeldstad.sturing'), 'rol Welzijn adviseur', 5);
        expect(tekst).toContain('**partij Welzijn** — Stichting Welzijn Voorbeeldstad (welzijn)');
        expect(tekst).toContain('| verkenning | adviseur | — |');
        expect(tekst).toContain('| kaderstelling | opdrachtnemer | subsidie |');
        expect(tekst).toContain('Lid van team Oost.');
    });

    test('on a team: its doc comment and characteristics', async () => {
        const tekst = await hoverTekst(leesVoorbeeld('voorbeeldstad.sturing'), 'team Oost', 6);
        expect(tekst).toContain('Het eerste brede team; start als pilot in 2015.');
        expect(tekst).toContain('Kenmerken: gebied Oost, breed team, generalisten en specialisten, voor alle burgers, nulde en eerste lijn, toegang tot ondersteuning, jeugdzorg geïntegreerd, basiszorg verbonden, veel regelruimte, met teamleider.');
        expect(tekst).toContain('Doelen: 2 (1 met indicator).');
    });
});

describe('inlay hints', () => {
    afterEach(() => services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sturing: {} } }));

    async function hints(tekst: string) {
        const doc = await valideer(tekst);
        const eind = doc.textDocument.positionAt(tekst.length);
        return (await services.lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: { uri: doc.uri.toString() }, range: { start: { line: 0, character: 0 }, end: eind } })) ?? [];
    }

    test('after `gemeente X {` the type, after `fase X {` the conception', async () => {
        const h = await hints(leesVoorbeeld('groningen-2014.sturing'));
        expect(h.map(x => [x.position.line + 1, x.label])).toEqual([
            [5, 'netwerksturing (+ integrale beleidssturing)'],
            [30, 'governance'], [40, 'governance'], [52, 'governance']
        ]);
        expect(h[0].tooltip).toMatch(/stevig onderbouwd/);
        const dun = await hints('gemeente Dun {\n    fase verkenning { gemeente regisseur }\n}');
        expect(dun.map(x => x.label)).toEqual(['type nog niet te bepalen', 'governance (zwak onderbouwd)']);
        expect(h[0].kind).toBe(InlayHintKind.Type);
        expect(h[0].position.character).toBe('gemeente Groningen {'.length);
    });

    test('a phase whose rows point different ways is a mix, in the hint and its tooltip', async () => {
        const h = await hints(leesVoorbeeld('voorbeeldstad.sturing'));
        const kader = h.find(x => x.label === 'mengvorm (zwak onderbouwd)')!;
        expect(kader.position.line + 1).toBe(62); // fase kaderstelling {
        expect(kader.tooltip).toBe('Sturingsopvatting van deze fase: een mengvorm (zwak onderbouwd: van de vier rijen van fig. 1 wijzen er twee naar NPM, één naar government en één naar governance) (R1 §2.1 fig. 1)');
    });

    test('the setting sturing.inlayHints.enabled = false switches them off', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sturing: { inlayHints: { enabled: false } } } });
        expect(await hints(leesVoorbeeld('groningen-2014.sturing'))).toEqual([]);
    });
});

describe('code lens', () => {
    test('above each gemeente, with the type and a command to open the summary', async () => {
        const doc = await valideer(leesVoorbeeld('voorbeeldstad.sturing') + '\ngemeente Leeg { }\n');
        const lenses = (await services.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } }))!;
        expect(lenses.map(l => [l.range.start.line + 1, l.command!.title])).toEqual([
            [5, 'Governancetype: netwerksturing, met trekjes van expertsturing (in de kaderstelling), redelijk onderbouwd · opvatting: governance (stevig onderbouwd) · sturing op: output → ambitie outcome (één stap richting outcome)'],
            [115, 'Governancetype: nog niet te bepalen: te weinig gegevens (geen van de vier ingrediënten beschreven) · opvatting: nog niet te bepalen · sturing op: niet opgegeven']
        ]);
        expect(lenses[0].command!.command).toBe('sturing.toonSamenvatting');
        expect(lenses[0].command!.arguments).toEqual([doc.uri.toString(), 'Voorbeeldstad']);
    });
});

describe('the inferred type as an information finding', () => {
    test('on the gemeente name, code governancetype: one short line, no related-information clutter', async () => {
        const doc = await valideer(leesVoorbeeld('groningen-2014.sturing'));
        const [d] = metCode(doc, 'governancetype');
        expect(d.message).toBe('Afgeleid governancetype: netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering); stevig onderbouwd (R1 §2.2 fig. 2).');
        expect(d.severity).toBe(3);
        expect(doc.textDocument.getText(d.range)).toBe('Groningen');
        expect(d.relatedInformation ?? []).toEqual([]);
    });

    test('no finding when there is too little to infer from', async () => {
        expect(metCode(await valideer('gemeente Leeg { }'), 'governancetype')).toEqual([]);
        expect(metCode(await valideer('gemeente Dun { fase verkenning { gemeente regisseur } }'), 'governancetype')).toEqual([]);
    });
});
