import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Model } from '../language/generated/ast.js';
import { maakVergelijking } from '../language/summary/comparison.js';
import { samenvattingAlsHtml, samenvattingInhoud, vergelijkingAlsHtml } from '../language/summary/render-html.js';
import { samenvattingAlsMarkdown, vergelijkingAlsMarkdown } from '../language/summary/render-markdown.js';
import { maakSamenvatting } from '../language/summary/summary-model.js';
import type { LangiumDocument } from 'langium';
import { leesVoorbeeld, services, valideer, werkruimte } from './helpers.js';

const bronnen = { profielen: services.inference.ProfileProvider, documentatie: services.documentation.DocumentationProvider };

async function model(tekst: string, bestand = 'x.sturing') {
    const doc = await valideer(tekst);
    return maakSamenvatting(doc, bestand, bronnen);
}

describe('the summary model', () => {
    test('Groningen: profile, cycle with the missing evaluation, scores, regie, ladder, team, findings', async () => {
        const s = await model(leesVoorbeeld('groningen-2014.sturing'), 'groningen-2014.sturing');
        expect(s.bestand).toBe('groningen-2014.sturing');
        const [g] = s.gemeenten;
        expect(g.naam).toBe('Groningen');
        expect(g.periode).toBe('2014 – 2018');
        expect(g.titel).toBe('Gemeente Groningen, 2014 – 2018');
        expect(s.titel).toBe('Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018');
        expect(g.typeZin).toBe('netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering)');
        expect(g.overzicht.map(r => r.onderdeel)).toEqual(['Sturingsopvatting', 'Governancetype', 'Regierol', 'Sturing op', 'Beleidscyclus']);
        expect(g.overzicht[1]).toEqual({ onderdeel: 'Governancetype', uitkomst: g.typeZin, onderbouwing: expect.stringMatching(/^stevig onderbouwd: alle vier ingrediënten hebben gegevens; (drie|vier) van de vier wijzen naar dit type/) });
        expect(g.profiel.map(r => r.ingredient)).toEqual(['verantwoordelijkheid / scenario', 'sturingsrol van de gemeente', 'kennisbron / netwerk', 'burgerparticipatie']);
        expect(g.cyclus.map(f => [f.fase, f.aanwezig, f.opvatting])).toEqual([
            ['verkenning', true, 'governance'], ['kaderstelling', true, 'governance'], ['uitvoering', true, 'governance'], ['evaluatie', false, null]
        ]);
        // Roles in the vocabulary's words (dirigent reads "dirigent / regelaar").
        expect(g.cyclus[2].rollen).toEqual(['vooral regisseur', 'facilitator', 'soms dirigent / regelaar', 'soms opdrachtgever']);
        // Within governance, only the phases' own ingredients choose the type: the exploration names three, the others the role alone.
        // The type of a phase is never firmer than the conception it was chosen within.
        expect(g.cyclus.map(f => [f.opvattingTekst, f.type])).toEqual([
            ['governance (stevig onderbouwd)', 'netwerksturing (redelijk onderbouwd)'],
            ['governance (stevig onderbouwd)', 'netwerksturing (zwak onderbouwd)'],
            ['governance (stevig onderbouwd)', 'netwerksturing (zwak onderbouwd)'],
            ['ontbreekt', '—']
        ]);
        // Parties by the name the file gives them.
        expect(g.cyclus[0].partijen).toEqual(['Welzijnsinstellingen: adviseur', 'Zorginstellingen: adviseur']);
        expect(g.regierollen).toEqual([{ rol: 'bepalende-regisseur', label: 'bepalende regisseur', aantal: 5 }, { rol: 'coproducent', label: 'coproducent', aantal: 4 }, { rol: 'facilitator', label: 'facilitator', aantal: 0 }]);
        expect(g.regie).toHaveLength(9);
        expect(g.regie[0]).toMatchObject({ categorie: 'visie', keuze: 'gemeente' });
        expect(g.regie[0].cellen.map(c => c.gekozen)).toEqual([true, false, false]);
        expect(g.ladder.map(t => [t.niveau, t.huidig, t.ambitie])).toEqual([['input', true, false], ['throughput', false, false], ['output', false, false], ['outcome', false, true]]);
        expect(g.teams[0]).toMatchObject({ naam: 'Beijum', titel: 'Sociaal wijkteam Beijum (WIJ-team)', leden: ['Welzijnsinstellingen', 'Zorginstellingen'] });
        // Keywords in words: geintegreerd reads "geïntegreerd", hoog "veel regelruimte".
        expect(g.teams[0].kenmerken).toEqual(expect.arrayContaining(['breed team', 'voor alle burgers', 'jeugdzorg geïntegreerd', 'redelijke regelruimte']));
        expect(g.teams[0].doelen).toEqual([{ omschrijving: 'Basisniveau van ondersteuning in de wijk', indicatoren: [] }]);
        expect(g.bevindingen.map(b => b.code)).toEqual(expect.arrayContaining(['governancetype', 'evaluatie-ontbreekt', 'vaag-doel', 'uitkomst-ambitie-zonder-bekostiging']));
        expect(g.bevindingen.map(b => b.code)).not.toContain('kleine-cyclus');
        expect(JSON.stringify(g)).not.toMatch(/\d%/);
        expect(s.overigeBevindingen).toEqual([]);
    });

    test('findings outside a gemeente are kept separately', async () => {
        const s = await model('regio R { partij A }\n}\n');
        expect(s.gemeenten).toEqual([]);
        expect(s.overigeBevindingen.map(b => b.code)).toEqual(['syntax']);
    });

    test('the comparison has one row per gemeente, across files', async () => {
        const docs = await werkruimte({ 'groningen.sturing': leesVoorbeeld('groningen-2014.sturing'), 'voorbeeldstad.sturing': leesVoorbeeld('voorbeeldstad.sturing') });
        const rijen = maakVergelijking(Object.entries(docs).map(([bestand, document]) => ({ document: document as LangiumDocument<Model>, bestand })), bronnen);
        expect(rijen.map(r => r.gemeente)).toEqual(['Groningen', 'Voorbeeldstad']);
        expect(rijen[0]).toMatchObject({
            bestand: 'groningen.sturing', verantwoordelijkheid: 'gedeeld, gemeente-aan-het-roer', rol: 'regisseur, dirigent',
            kennisbron: 'ambtenaren, professionals', participatie: 'raadplegen', governancetype: 'netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering)', opvatting: 'governance (stevig onderbouwd)'
        });
        expect(rijen[0].bevindingen.fout).toBe(0);
        expect(rijen[1].participatie).toBe('coproductie');
    });
});

describe('HTML', () => {
    test('the export is one self-contained, printable file without script', async () => {
        const html = samenvattingAlsHtml(await model(leesVoorbeeld('groningen-2014.sturing'), 'groningen-2014.sturing'), { modus: 'export' });
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
        expect(html).toContain('<h1>Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018</h1>');
        expect(html).toContain('<tr><th scope="row">Governancetype</th><td>netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering)</td>');
        expect(html).toContain('<svg class="cyclus"');
        expect(html).toContain('<rect class="vak ontbreekt"');
        expect(html).toContain('<title>Fase 4: evaluatie — ontbreekt</title>');
        expect((html.match(/<rect class="vak o-governance"/g) ?? []).length).toBe(3);
        expect(html).toContain('<td class="gekozen">visie van de gemeente</td>');
        expect(html).toContain('<tr><td>Welzijnsinstellingen (subsidierelatie)</td><td>Welzijnsinstellingen</td><td>partij</td><td>welzijn</td></tr>');
        expect(html).toContain('<tr><th scope="row">2. kaderstelling</th><td>governance (stevig onderbouwd)</td><td>netwerksturing (zwak onderbouwd)</td>');
        expect(html.replace(/<style[\s\S]*?<\/style>/, '')).not.toMatch(/\d%/);
        expect(html).toContain('<rect class="trede huidig"');
        expect(html).toContain('<rect class="trede ambitie"');
        expect(html).toContain('Er staat nog geen evaluatie in het ontwerp.');
        expect(html).toContain('@media print');
        expect(html).not.toMatch(/ style="/);
    });

    test('the preview page allows only its nonce\'d style and script, and no remote resources', async () => {
        const s = await model(leesVoorbeeld('voorbeeldstad.sturing'));
        const html = samenvattingAlsHtml(s, { modus: 'webview', nonce: 'abc123', cspBron: 'vscode-webview://x' });
        expect(html).toContain(`content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src vscode-webview://x data:; font-src vscode-webview://x;"`);
        expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="abc123">']);
        expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="abc123">']);
        expect(html).toContain('<button type="button" id="exporteer"');
        expect(html).toMatch(/<li class="info" tabindex="0" data-lijn="4" data-kolom="9"/);
        expect(samenvattingInhoud(s, { modus: 'webview' })).not.toContain('<script');
        expect(html).toContain('var(--vscode-editor-foreground, #1f2328)');
    });

    test('names and strings with markup come out inert', async () => {
        const s = await model(readFileSync(new URL('./fixtures/xss.sturing', import.meta.url), 'utf8'));
        for (const html of [samenvattingAlsHtml(s, { modus: 'export' }), samenvattingAlsHtml(s, { modus: 'webview', nonce: 'n' })]) {
            expect(html.match(/<script\b/g)?.length ?? 0).toBe(html.includes('nonce="n"') ? 1 : 0);
            expect(html).not.toMatch(/<img|<iframe|<b |<svg onload/);
            expect(html).not.toMatch(/<[^>]*\son(error|load|mouseover)=/i);
            expect(html).not.toContain('{{');
            expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
            expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
            expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;iframe src=x&gt;');
            expect(html).toContain('&#123;&#123; 7 * 7 &#125;&#125;');
        }
        // In Markdown every markup character is backslash-escaped (CommonMark): shown as text, never as HTML,
        // and without entities such as &lt; that would show up when the text is pasted into a document.
        const md = samenvattingAlsMarkdown(s);
        expect(md).not.toMatch(/(?<!\\)<(script|img|iframe|svg)/);
        expect(md).toContain('\\<script\\>alert(3)\\</script\\>');
        expect(md).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
    });

    test('the comparison page: sortable in the preview, plain in the export', async () => {
        const docs = await werkruimte({ 'a.sturing': leesVoorbeeld('groningen-2014.sturing') });
        const rijen = maakVergelijking([{ document: docs['a.sturing'] as LangiumDocument<Model>, bestand: 'a.sturing' }], bronnen);
        const web = vergelijkingAlsHtml(rijen, { modus: 'webview', nonce: 'n' });
        expect(web).toContain('<th class="sorteer" tabindex="0" data-kolom="0">gemeente</th>');
        expect(web).toContain(`<tr data-groep="Groningen" data-volgorde="0" class="open" tabindex="0" data-uri="${docs['a.sturing'].uri.toString()}">`);
        expect(web).toContain('<button type="button" id="exporteer-csv"');
        expect(web).not.toContain('id="groepeer"'); // one period: nothing to keep together
        const exp = vergelijkingAlsHtml(rijen, { modus: 'export' });
        expect(exp).not.toContain('<script');
        expect(exp).toContain('<td>Groningen</td>');
    });
});

describe('Markdown', () => {
    test('tables and text, nothing embedded or remote', async () => {
        const md = samenvattingAlsMarkdown(await model(leesVoorbeeld('groningen-2014.sturing'), 'groningen-2014.sturing'));
        expect(md).toContain('# Sturing van de gebiedsgerichte aanpak — gemeente Groningen, 2014 – 2018');
        expect(md).toContain('| Governancetype | netwerksturing, met trekjes van integrale beleidssturing (in de kaderstelling en de uitvoering) | stevig onderbouwd: ');
        expect(md).toContain('| ingrediënt | wat er staat | wijst vooral op |');
        expect(md).toContain('| 4. evaluatie | ontbreekt | — | — | — |');
        expect(md).toContain('| 2. kaderstelling | governance (stevig onderbouwd) | netwerksturing (zwak onderbouwd) | vooral regisseur, soms dirigent / regelaar, soms opdrachtgever |');
        expect(md).not.toMatch(/\d%/);
        expect(md).toContain('| visie | **✓ visie van de gemeente** | gezamenlijke visie | visie van de actoren |');
        expect(md).toContain('| Wmo-adviesraad en andere adviesorganen | WmoAdviesraad | adviesraad |  |');
        expect(md).toContain('| input | **nu** | kaderstelling, uitvoering | Sturen op wat erin gaat');
        expect(md).toContain('| outcome | **ambitie** |  | Sturen op effect');
        expect(md).toMatch(/\| r\. 5 \| hint \| Er staat nog geen evaluatie in het ontwerp/);
        expect(md).not.toMatch(/!\[|<img|https?:\/\//);
    });

    test('the comparison as a Markdown table', async () => {
        const docs = await werkruimte({ 'a.sturing': leesVoorbeeld('voorbeeldstad.sturing') });
        const md = vergelijkingAlsMarkdown(maakVergelijking([{ document: docs['a.sturing'] as LangiumDocument<Model>, bestand: 'a.sturing' }], bronnen));
        expect(md).toContain('| Voorbeeldstad | 2015 – 2018 | gedeeld, civil-society | verkenning: regisseur; kaderstelling: opdrachtgever en regisseur; uitvoering: ruimte-latende-regisseur; evaluatie: regisseur | ambtenaren, professionals, burgers | coproductie | output → outcome | governance (stevig onderbouwd) | netwerksturing, met trekjes van expertsturing (in de kaderstelling) | ruimte latende regisseur (vooral coproducent) | redelijk onderbouwd | 2 |');
    });
});
