import { expectHover } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { InlayHintKind } from 'vscode-languageserver';
import { leesVoorbeeld, metCode, services, valideer } from './helpers.js';

const hover = expectHover(services);

async function hoverTekst(tekst: string, bij: string, extra = 1): Promise<string> {
    const doc = await valideer(tekst);
    const offset = tekst.indexOf(bij) + extra;
    const h = await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
    return h ? (h.contents as { value: string }).value : '';
}

describe('hover', () => {
    test('on a gemeente name: the profile table, scores, conception, regierol, steering level and why', async () => {
        const tekst = await hoverTekst(leesVoorbeeld('groningen-2014.sturing'), 'Groningen {');
        expect(tekst).toContain('**gemeente Groningen** — afgeleid governancetype: **netwerksturing, met trekjes van integrale beleidssturing** (71%)');
        expect(tekst).toContain('| ingrediënt | wat er staat | wijst vooral op |');
        expect(tekst).toContain('| sturingsrol van de gemeente | regisseur (3×), gesprekspartner, opdrachtgever (2×), facilitator | netwerksturing');
        expect(tekst).toContain('| burgerparticipatie | adviseren, raadplegen | netwerksturing (75%) |');
        expect(tekst).toContain('- **Scores:** netwerksturing 71% · integrale beleidssturing 48%');
        expect(tekst).toContain('- **Sturingsopvatting:** governance (verkenning: governance, kaderstelling: governance, uitvoering: governance)');
        expect(tekst).toContain('- **Regierol:** mix van bepalende regisseur en coproducent (5 × bepalende regisseur, 4 × coproducent, 0 × facilitator)');
        expect(tekst).toContain('- **Sturing op:** input → ambitie outcome (3 stappen richting outcome)');
        expect(tekst).toContain('**Waarom:** netwerksturing (71%) door: verantwoordelijkheid gedeeld; gemeente regisseur; kennisbron professionals; burgerparticipatie raadplegen.');
        expect(tekst).toMatch(/_Bron: R1 §2\.1/);
    });

    test('on a gemeente name with a doc comment and a declared type', async () => {
        const tekst = await hoverTekst('/** Pilot in twee wijken. */\ngemeente Stad {\n    fase verkenning { gemeente regisseur }\n    governancetype frontlijnsturing\n}', 'Stad');
        expect(tekst).toContain('Pilot in twee wijken.');
        expect(tekst).toContain('- **Zelf opgegeven:** frontlijnsturing');
    });

    test('on a phase: its conception, the facts behind it, and the doc comment', async () => {
        const tekst = await hoverTekst(leesVoorbeeld('groningen-2014.sturing'), 'fase kaderstelling', 6);
        expect(tekst).toContain('**fase kaderstelling** — kaderstelling en contractering (fase 2 van 4)');
        expect(tekst).toContain('**Sturingsopvatting in deze fase:** governance — government 33%, npm 0%, governance 67%');
        expect(tekst).toContain('| instrument convenant | governance |');
        expect(tekst).toContain('| gemeente opdrachtgever | telt niet mee: in de kaderstelling is de gemeente in elke sturingsopvatting opdrachtgever; dat alleen wijst niet op NPM |');
        expect(tekst).toContain('_Bron: R1 §2.4 fase 2; R1 §2.1 fig. 1._');
        const metDoc = await hoverTekst('gemeente X {\n    /** Samen met bewoners. */\n    fase verkenning { gemeente regisseur }\n}', 'fase verkenning');
        expect(metDoc).toContain('Samen met bewoners.');
    });

    test('on a vocabulary keyword: its meaning with the source', async () => {
        await hover({
            text: 'gemeente X { fase verkenning { gemeente regi<|>sseur } }',
            index: 0,
            hover: /^\*\*regisseur\*\* — rol van de gemeente\n\nDe gemeente stelt doelen en richting vast en stuurt op afstemming tussen partijen om die te bereiken\.\n\n_Bron: R1 §2\.2 element 2; §2\.3\._$/
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
        expect(tekst).toContain('Kenmerken: breed, generalisten en specialisten, alle burgers, nulde en eerste lijn, toegang ja, regelruimte hoog.');
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
        expect(h[0].kind).toBe(InlayHintKind.Type);
        expect(h[0].position.character).toBe('gemeente Groningen {'.length);
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
            [5, 'Governancetype: netwerksturing, met trekjes van frontlijnsturing · opvatting: governance · sturing op: output → ambitie outcome (1 stap richting outcome)'],
            [115, 'Governancetype: nog niet te bepalen (te weinig gegevens over verantwoordelijkheid, rollen, kennisbronnen en burgerparticipatie) · opvatting: onbepaald · sturing op: niet opgegeven']
        ]);
        expect(lenses[0].command!.command).toBe('sturing.toonSamenvatting');
        expect(lenses[0].command!.arguments).toEqual([doc.uri.toString(), 'Voorbeeldstad']);
    });
});

describe('the inferred type as an information finding', () => {
    test('on the gemeente name, code governancetype, with the deciding facts as related information', async () => {
        const doc = await valideer(leesVoorbeeld('groningen-2014.sturing'));
        const [d] = metCode(doc, 'governancetype');
        expect(d.message).toBe('Afgeleid governancetype: netwerksturing, met trekjes van integrale beleidssturing.');
        expect(d.severity).toBe(3);
        expect(doc.textDocument.getText(d.range)).toBe('Groningen');
        const related = d.relatedInformation!.map(r => [doc.textDocument.getText(r.location.range), r.message]);
        expect(related).toContainEqual(['gedeeld', 'verantwoordelijkheid gedeeld (verantwoordelijkheid) wijst op netwerksturing']);
        expect(related).toContainEqual(['regisseur', 'gemeente regisseur in verkenning (rol) wijst op netwerksturing']);
        expect(related).toContainEqual(['professionals', 'kennisbron professionals in verkenning (kennisbron) wijst op netwerksturing']);
        expect(related).toContainEqual(['raadplegen', 'burgerparticipatie raadplegen in uitvoering (participatie) wijst op netwerksturing']);
    });

    test('no finding when there is nothing to infer from', async () => {
        expect(metCode(await valideer('gemeente Leeg { }'), 'governancetype')).toEqual([]);
    });
});
