/// <reference lib="dom" />
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as leesCsv } from 'csv-parse/sync';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { openWerkbank, WACHT, type Werkbank } from './workbench.js';

let werkbank: Werkbank;
let page: Page;
let werkmap: string;
const foto = (naam: string) => werkbank.foto(naam);
const opdracht = (titel: string) => werkbank.opdracht(titel);
const naarEditor = () => werkbank.naarEditor();
const naarRegel = (regel: number | string) => werkbank.naarRegel(regel);
/** What the workbench logged to the browser console (the extension host's errors arrive there too). */
const console_: string[] = [];

/**
 * Opens the quick fixes at the end of a line (Ctrl+.) and applies the preferred one: it comes first
 * and has the focus, and Enter applies it, as a person would. Photographs the menu first.
 */
async function pasVoorkeursoplossingToe(regel: number, titel: string, fotonaam: string): Promise<void> {
    await naarEditor();
    await naarRegel(regel);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row.focused', { hasText: titel }).waitFor({ timeout: WACHT });
    await foto(fotonaam);
    await page.keyboard.press('Enter');
}

/** The Problems panel's visible rows (aria-labels), filtered to one file. */
async function problemen(): Promise<string[]> {
    return page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(r => r.getAttribute('aria-label') ?? ''));
}

/** Only the findings themselves, not the file rows or their related locations. */
async function meldingen(): Promise<string[]> {
    return (await problemen()).filter(r => /^(Error|Warning|Info|Hint): /.test(r));
}

async function toonProblemen(filter: string): Promise<void> {
    const invoer = page.getByPlaceholder(/Filter \(e\.g\. text/);
    if (!(await invoer.isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
    await invoer.waitFor({ timeout: WACHT });
    await invoer.fill(filter);
}

/** The screen box of the first token whose text (without spaces) is `woord`. */
async function token(woord: string): Promise<{ x: number; y: number; kleur: string }> {
    return page.evaluate(w => {
        for (const el of document.querySelectorAll('.view-lines .view-line > span > span')) {
            if ((el.textContent ?? '').replace(/\u00a0/g, ' ').trim() === w) {
                const r = el.getBoundingClientRect();
                return { x: r.x + r.width / 2, y: r.y + r.height / 2, kleur: getComputedStyle(el).color };
            }
        }
        throw new Error(`token '${w}' staat niet in beeld`);
    }, woord);
}

/** The frame of the "Meer uitleg" panel, once it shows its page. */
async function uitlegFrame(): Promise<import('playwright-core').Frame | undefined> {
    for (const frame of page.frames()) {
        const kop = await frame.locator('main.uitleg h1').first().innerText({ timeout: 200 }).catch(() => '');
        if (kop.startsWith('Waarom') || kop.startsWith('Welk governancetype')) return frame;
    }
    return undefined;
}

/** The headings of a rendered page in any webview of the workbench (the Markdown preview is one). */
async function regelpagina(): Promise<string[]> {
    for (const frame of page.frames()) {
        const koppen: string[] = await frame.locator('h1, h2').allInnerTexts().catch(() => []);
        if (koppen.includes('team-zonder-doel')) return koppen;
    }
    return [];
}

async function openBestand(naam: string): Promise<void> {
    const rij = page.locator('.explorer-folders-view .monaco-list-row', { hasText: naam });
    await rij.waitFor({ timeout: 90_000 });
    await rij.click();
    await page.locator('.tabs-container .tab', { hasText: naam }).waitFor({ timeout: WACHT });
}

/** Everything the extension host logged (code-server writes it under the profile's logs folder). */
function extensieLog(): string {
    const bestanden: string[] = [];
    const zoek = (map: string) => {
        for (const naam of existsSync(map) ? readdirSync(map) : []) {
            const pad = path.join(map, naam);
            if (statSync(pad).isDirectory()) zoek(pad);
            else if (/exthost.*\.log$/.test(naam)) bestanden.push(pad);
        }
    };
    zoek(path.join(werkmap, 'profiel'));
    return bestanden.map(b => readFileSync(b, 'utf8')).join('\n');
}

/** The notification toast that contains `tekst`. */
function melding(tekst: string) {
    return page.locator('.notifications-toasts .notification-toast', { hasText: tekst });
}


describe('Sturing in a real VS Code (code-server)', () => {
    beforeAll(async () => {
        werkbank = await openWerkbank({
            uitvoer: 'e2e', voorvoegsel: 'sturing-e2e-',
            instellingen: { 'editor.quickSuggestions': { other: false, comments: false, strings: false }, 'editor.hover.delay': 100 },
            bijPagina: p => {
                p.on('console', m => { console_.push(m.text()); });
                p.on('pageerror', e => { console_.push(String(e)); });
            }
        });
        ({ page, werkmap } = werkbank);
    });

    afterEach(async ctx => {
        if (ctx.task.result?.state === 'fail') await werkbank?.meldMislukking(ctx.task.name);
    });

    afterAll(async () => {
        await werkbank?.sluit();
    });

    test('1. opening voorbeeldstad.sturing: language mode Sturing, keywords coloured', async () => {
        await openBestand('voorbeeldstad.sturing');
        await expect.poll(() => page.locator('[id="status.editor.mode"]').innerText().catch(() => ''), { timeout: WACHT }).toBe('Sturing');
        await expect.poll(async () => (await token('gemeente')).kleur !== (await token('Voorbeeldstad')).kleur, { timeout: WACHT }).toBe(true);
        expect((await token('partij')).kleur).not.toBe((await token('Welzijn')).kleur);
        // Wait for the server before the picture: the code lens above the gemeente and the inlay hint after it.
        await expect.poll(() => page.locator('.codelens-decoration').first().innerText().catch(() => ''), { timeout: WACHT }).toContain('Governancetype: netwerksturing');
        await expect.poll(async () => (await page.locator('.view-lines').innerText().catch(() => '')).replace(/\u00a0/g, ' '), { timeout: WACHT }).toContain('netwerksturing (+ expertsturing)');
        // The headline picture of the README (docs/images/editor.png).
        await foto('1-geopend');
    });

    test('2. the Problems panel lists exactly the expected findings for the file', async () => {
        await toonProblemen('voorbeeldstad');
        const verwacht = [
            'Info: Afgeleid governancetype: netwerksturing, met trekjes van expertsturing (in de kaderstelling); redelijk onderbouwd (R1 §2.2 fig. 2). at line 5 and character 10.',
            'Info: Het doel "Eén huishouden, één plan, één hulpverlener" heeft geen indicator.'
        ];
        await expect.poll(async () => (await meldingen()).length, { timeout: WACHT }).toBe(2);
        const gevonden = await meldingen();
        verwacht.forEach((v, i) => expect(gevonden[i]).toContain(v));
        expect((await problemen())[0]).toMatch(/^2 problems in file voorbeeldstad\.sturing/);
        await foto('2-problemen');
        await naarEditor();
    });

    test('3. hovering the gemeente name shows the inferred governance type', async () => {
        // The hover is asked for with the keyboard (Show or Focus Hover) at a cursor placed on the word. A
        // single synthetic mouse move sometimes made VS Code ask nothing at all (the server's trace shows
        // no hover request in those runs); the keyboard asks every time.
        const hover = page.locator('.monaco-hover:not(.hidden)');
        await naarEditor();
        await naarRegel('5:12'); // Voorbeeldstad
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await expect.poll(() => hover.first().innerText().catch(() => ''), { timeout: WACHT }).toContain('governancetype: netwerksturing, met trekjes van expertsturing');
        await foto('3-hover');
        await page.keyboard.press('Escape');
        await expect.poll(() => hover.count(), { timeout: WACHT }).toBe(0);
        // On the keyword `gemeente` there is no finding, so the profile itself fills the hover: short, with a link.
        await naarRegel('5:3');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await expect.poll(() => hover.first().innerText().catch(() => ''), { timeout: WACHT }).toContain('Meer uitleg');
        expect(await hover.first().innerText()).toMatch(/In de verkenning governance \(r\. [\d, en]+\)/);
        // The hover fades in: the picture waits until it is fully there.
        await expect.poll(() => hover.first().evaluate(e => { for (let x: Element | null = e; x; x = x.parentElement) if (getComputedStyle(x).opacity !== '1') return false; return true; }), { timeout: WACHT }).toBe(true);
        await foto('3b-profiel'); // the README's picture of the hover (docs/images/hover-profiel.png)
        // "Meer uitleg" is a command link VS Code trusts: the whole reasoning opens rendered beside the editor.
        await hover.first().locator('a', { hasText: 'Meer uitleg' }).click();
        await page.locator('.tabs-container .tab', { hasText: 'Uitleg — gemeente Voorbeeldstad' }).waitFor({ timeout: WACHT });
        await expect.poll(() => uitlegFrame().then(f => f?.locator('h1').innerText() ?? ''), { timeout: WACHT }).toBe('Waarom netwerksturing? Gemeente Voorbeeldstad, 2015 – 2018');
        const uitleg = (await uitlegFrame())!;
        expect(await uitleg.locator('main').innerText()).toMatch(/Vooral netwerksturing \(r\. [\d, en]+\)/);
        await page.mouse.move(600, 860);
        await expect.poll(() => hover.count(), { timeout: WACHT }).toBe(0);
        await foto('3c-meer-uitleg');
        // Its link to the general page runs the command that shows docs/hoe-sturing-het-governancetype-bepaalt.md rendered.
        await uitleg.locator('a', { hasText: 'Hoe Sturing het governancetype bepaalt' }).click();
        const algemeen = page.locator('.tabs-container .tab', { hasText: 'hoe-sturing-het-governancetype-bepaalt' });
        await algemeen.waitFor({ timeout: WACHT });
        // The click left the keyboard in a webview, which hands F1 to the workbench only sometimes: take it back first.
        await algemeen.click();
        await opdracht('View: Close All Editors');
        await openBestand('voorbeeldstad.sturing');
    });

    test('4. typing a contract in the verkenning phase warns; the quick fix removes the warning', async () => {
        await naarEditor();
        await naarRegel(59); // instrument overleg "Werkconferenties met instellingen"
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('instrument contract');
        await page.keyboard.press('Escape');
        await toonProblemen('voorbeeldstad');
        const contract = (rijen: string[]) => rijen.some(r => r.startsWith('Warning: In de verkenning staat al een contract'));
        await expect.poll(async () => contract(await meldingen()), { timeout: WACHT }).toBe(true);
        await foto('4a-waarschuwing');
        await pasVoorkeursoplossingToe(60, 'Verplaats naar de kaderstelling', '4b-snelle-oplossing');
        await toonProblemen('voorbeeldstad');
        await expect.poll(async () => contract(await meldingen()), { timeout: WACHT }).toBe(false);
        await foto('4c-opgelost');
        await naarEditor();
    });

    test('5. Sturing: Toon samenvatting opens the preview with the governance type', async () => {
        await opdracht('Sturing: Toon samenvatting');
        const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        // (Test 4 moved a contract into the kaderstelling, so the trait is now expertsturing there.)
        await expect.poll(() => webview.locator('main').innerText().catch(() => ''), { timeout: WACHT }).toContain('met als governancetype netwerksturing');
        await expect.poll(() => webview.locator('svg.cyclus').count(), { timeout: WACHT }).toBe(1);
        await foto('5-samenvatting');
        // A finding in the preview reveals its place in the editor.
        await webview.locator('li[data-lijn]', { hasText: 'heeft geen indicator' }).click();
        await expect.poll(() => page.locator('[id="status.editor.selection"]').innerText().catch(() => ''), { timeout: WACHT }).toBe('Ln 35, Col 58 (44 selected)'); // the goal's text is selected
        // Exporteer writes a self-contained HTML file next to the .sturing file.
        await webview.locator('#exporteer').click();
        const export_ = path.join(werkmap, 'examples', 'voorbeeldstad.samenvatting.html');
        await expect.poll(() => existsSync(export_), { timeout: WACHT }).toBe(true);
        expect(readFileSync(export_, 'utf8')).toContain('<h1>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</h1>');
        await foto('5b-geexporteerd');
        // The prose typing is there, and follows an edit: the scenario on line 9 (above every earlier edit).
        const tekst = () => webview.locator('main').innerText().catch(() => '');
        await expect.poll(tekst, { timeout: WACHT }).toContain('Typering van de sturing');
        await expect.poll(tekst, { timeout: WACHT }).toContain('scenario: civil society');
        await naarEditor();
        await naarRegel(9); // scenario civil-society   // …
        await page.keyboard.press('Home');
        await page.keyboard.press('Shift+End');
        await page.keyboard.type('scenario gemeente-aan-het-roer');
        await page.keyboard.press('Escape');
        await expect.poll(tekst, { timeout: WACHT }).toContain('scenario: gemeente aan het roer');
        await foto('5c-typering-na-bewerking');
    });

    test('6. completion after `gemeente ` inside a phase offers the role keywords', async () => {
        await naarEditor();
        await naarRegel(52); // gemeente regisseur, in fase verkenning
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('gemeente ');
        // Wait for the server to have the typed text: its syntax error for the unfinished line is in the
        // Problems panel. Pressed right after typing, Ctrl+Space sometimes came before the editor had
        // taken in the last key; the typed space then cancelled the suggestion session before a request
        // left VS Code (the server's trace shows no completion request in the failing runs).
        await toonProblemen('voorbeeldstad');
        await expect.poll(async () => (await meldingen()).some(r => r.startsWith("Error: Achter 'gemeente' hoort nog een rol.")), { timeout: WACHT }).toBe(true);
        await naarEditor();
        await expect.poll(() => page.locator('[id="status.editor.selection"]').innerText().catch(() => ''), { timeout: WACHT }).toBe('Ln 53, Col 18');
        await page.keyboard.press('Control+Space');
        const voorstellen = page.locator('.suggest-widget .monaco-list-row');
        await expect.poll(() => voorstellen.evaluateAll(rijen => rijen.map(r => r.getAttribute('aria-label') ?? '')), { timeout: WACHT })
            .toEqual(expect.arrayContaining([expect.stringMatching(/^dirigent/), expect.stringMatching(/^bepalende-regisseur/), expect.stringMatching(/^regisseur/)]));
        await foto('6-aanvullen');
        await page.keyboard.press('Escape');
    });

    test('7. Sturing: Nieuw sturingsontwerp writes a starter file for the gemeente and opens it', async () => {
        await opdracht('Sturing: Nieuw sturingsontwerp');
        const invoer = page.locator('.quick-input-widget input');
        await invoer.waitFor({ timeout: WACHT });
        await invoer.fill('Teststad');
        await page.keyboard.press('Enter');
        await page.locator('.tabs-container .tab', { hasText: 'teststad.sturing' }).waitFor({ timeout: WACHT });
        expect(readFileSync(path.join(werkmap, 'examples', 'teststad.sturing'), 'utf8')).toContain('gemeente Teststad {');
        await foto('7-nieuw-ontwerp');
    });

    test('8. a typo gets "Bedoelt u …?"; applying it makes the error disappear', async () => {
        await naarEditor();
        await naarRegel(25); // gemeente regisseur, in fase verkenning of the starter file
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Shift+ArrowLeft');
        await page.keyboard.type('regiseur');
        await toonProblemen('teststad');
        const fout = (rijen: string[]) => rijen.some(r => r.startsWith("Error: Onbekende rol 'regiseur'. Bedoelt u 'regisseur'?"));
        await expect.poll(async () => fout(await meldingen()), { timeout: WACHT }).toBe(true);
        await foto('8a-typefout');
        await pasVoorkeursoplossingToe(25, "Bedoelt u 'regisseur'?", '8b-bedoelt-u');
        await toonProblemen('teststad');
        await expect.poll(async () => fout(await meldingen()), { timeout: WACHT }).toBe(false);
        await foto('8c-opgelost');
    });

    test('9. a finding\'s code link and "Uitleg over …" show the rule page rendered', async () => {
        await toonProblemen('teststad');
        const rij = page.locator('.markers-panel .monaco-list-row', { hasText: 'Het doel van team Wijkteam is nog leeg' });
        await rij.waitFor({ timeout: WACHT });
        await rij.locator('.monaco-link', { hasText: 'team-zonder-doel' }).click();
        const preview = page.locator('.tabs-container .tab', { hasText: 'team-zonder-doel.md' });
        await preview.waitFor({ timeout: WACHT });
        // The Markdown preview renders the page in a webview: headings, not `#` signs.
        await expect.poll(regelpagina, { timeout: WACHT }).toEqual(expect.arrayContaining(['team-zonder-doel', 'Wat de regel controleert', 'Oplossen']));
        await foto('9a-uitleg-via-code');
        await page.keyboard.press('Control+W');
        await preview.waitFor({ state: 'detached', timeout: WACHT });
        // The same page from the quick fix menu.
        await page.locator('.tabs-container .tab', { hasText: 'teststad.sturing' }).first().click();
        await naarRegel(20); // doel "" in team Wijkteam
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Control+.');
        // As with the keyboard: down the menu to the explanation, then Enter.
        const gekozen = page.locator('.action-widget .monaco-list-row.focused');
        await gekozen.waitFor({ timeout: WACHT });
        for (let i = 0; i < 6 && !(await gekozen.innerText()).includes('Uitleg over team-zonder-doel'); i++) await page.keyboard.press('ArrowDown');
        expect(await gekozen.innerText()).toContain('Uitleg over team-zonder-doel');
        await page.keyboard.press('Enter');
        await preview.waitFor({ timeout: WACHT });
        await expect.poll(regelpagina, { timeout: WACHT }).toEqual(expect.arrayContaining(['team-zonder-doel', 'Wat de regel controleert']));
        await foto('9b-uitleg-via-gloeilamp');
    });

    test('10. "Negeer … hier (met reden)…" puts the cursor where the reason goes; the finding goes', async () => {
        await page.locator('.tabs-container .tab', { hasText: 'teststad.sturing' }).first().click();
        await naarRegel(20); // doel "" in team Wijkteam
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Control+.');
        const gekozen = page.locator('.action-widget .monaco-list-row.focused');
        await gekozen.waitFor({ timeout: WACHT });
        for (let i = 0; i < 6 && !(await gekozen.innerText()).includes('Negeer team-zonder-doel hier'); i++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        // The snippet's tab stop: what is typed next is the reason.
        await page.keyboard.type('volgt na de stuurgroep');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+S');
        const bestand = path.join(werkmap, 'examples', 'teststad.sturing');
        await expect.poll(() => readFileSync(bestand, 'utf8'), { timeout: WACHT }).toContain('    team Wijkteam {\n        leden Welzijn\n        // sturing-negeer team-zonder-doel: volgt na de stuurgroep\n        doel ""\n    }\n');
        await toonProblemen('teststad');
        await expect.poll(async () => (await meldingen()).some(r => r.includes('Het doel van team Wijkteam is nog leeg')), { timeout: WACHT }).toBe(false);
        await foto('10-negeren-met-reden');
    });

    test('11. after an export, showing the file does not freeze the workbench', async () => {
        await opdracht('View: Close All Editors');
        await openBestand('voorbeeldstad.sturing');
        await naarEditor();
        await opdracht('Sturing: Exporteer samenvatting als HTML');
        const toast = melding('Samenvatting geschreven naar voorbeeldstad.samenvatting.html');
        await toast.waitFor({ timeout: WACHT });
        // The notification's own button: "Openen in browser" froze the workbench (env.openExternal with a file: URI).
        await toast.locator('.monaco-button').first().click();
        await expect.poll(() => page.locator('.explorer-folders-view .monaco-list-row.selected').innerText().catch(() => ''), { timeout: WACHT }).toContain('voorbeeldstad.samenvatting.html');
        // The workbench still takes commands.
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').waitFor({ timeout: WACHT });
        await page.keyboard.press('Escape');
        await foto('11-bestand-getoond');
    });

    test('11b. Sturing: Exporteer samenvatting als Word-document writes a .docx next to the file that a Word reader opens', async () => {
        await opdracht('View: Close All Editors');
        await openBestand('voorbeeldstad.sturing');
        await naarEditor();
        const docx = path.join(werkmap, 'examples', 'voorbeeldstad.samenvatting.docx');
        rmSync(docx, { force: true });
        await opdracht('Sturing: Exporteer samenvatting als Word-document');
        await melding('Samenvatting geschreven naar voorbeeldstad.samenvatting.docx').waitFor({ timeout: WACHT });
        await expect.poll(() => existsSync(docx), { timeout: WACHT }).toBe(true);
        // Read back by mammoth, a reader of Word documents: Word's own heading styles and real tables.
        const { value: html } = await mammoth.convertToHtml({ path: docx });
        expect(html).toContain('<p>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</p>');
        expect(html).toContain('<h1>In het kort</h1>');
        expect(html).toContain('<h1>Bijlage: waar staat het in het ontwerp</h1>');
        expect(html).toContain('<h2>Regie (R1 §2.3 fig. 3)</h2>');
        expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(8);
        expect(html).toContain('met als governancetype netwerksturing');
        await foto('11b-word');
    });

    test('11c. Vergelijk gemeenten exports the comparison as a spreadsheet (CSV) where the user says', async () => {
        await opdracht('View: Close All Editors');
        const csv = path.join(werkmap, 'examples', 'vergelijking.csv');
        rmSync(csv, { force: true });
        await opdracht('Sturing: Vergelijk gemeenten');
        const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await expect.poll(() => webview.locator('table.vergelijking').innerText().catch(() => ''), { timeout: WACHT }).toContain('Voorbeeldstad');
        await webview.locator('#exporteer-csv').click();
        // VS Code's save dialog, with vergelijking.csv in the opened folder already filled in.
        const invoer = page.locator('.quick-input-widget input');
        await invoer.waitFor({ timeout: WACHT });
        await expect.poll(() => invoer.inputValue(), { timeout: WACHT }).toMatch(/vergelijking\.csv$/);
        await page.keyboard.press('Enter');
        await melding('Vergelijking geschreven naar vergelijking.csv').waitFor({ timeout: WACHT });
        const bytes = readFileSync(csv);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const rijen = leesCsv(bytes, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
        expect(rijen.map(r => r.gemeente)).toEqual(expect.arrayContaining(['Groningen', 'Ittersum', 'Teststad', 'Voorbeeldstad']));
        // (Earlier tests edited voorbeeldstad.sturing, so how well founded its type is may differ from the example's.)
        // (A contract moved into the kaderstelling by test 4 gives the trait of expertsturing there.)
        expect(rijen.find(r => r.gemeente === 'Voorbeeldstad')).toMatchObject({ periode: '2015 – 2018', governancetype: 'netwerksturing', 'trekje van': 'expertsturing', 'governancetype: onderbouwing': expect.stringMatching(/onderbouwd$/) });
        await foto('11c-vergelijking-csv');
        await opdracht('View: Close All Editors');
    });

    test('12. closing the summary while it waits for the server leaves no error behind', async () => {
        // A regio of 100 000 parties takes the server seconds to build, and its summary is small: a summary
        // opened for it waits for its first answer, and is closed before that answer comes.
        const groot = `regio Groot {\n${Array.from({ length: 100_000 }, (_, i) => `    partij P${i} "Partner ${i}" soort zorg`).join('\n')}\n}\n`;
        const pad = path.join(werkmap, 'examples', 'groot.sturing');
        writeFileSync(pad, groot);
        await opdracht('View: Close All Editors');
        await openBestand('groot.sturing');
        await naarEditor();
        await opdracht('Sturing: Toon samenvatting');
        const tab = page.locator('.tabs-container .tab', { hasText: 'Sturingsprofiel — groot.sturing' });
        await tab.waitFor({ timeout: WACHT });
        const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        expect(await webview.locator('main').count()).toBe(0); // no answer yet: the summary is still waiting
        await tab.locator('.codicon-close').click({ force: true });
        await expect.poll(() => tab.count(), { timeout: WACHT }).toBe(0);
        // A second summary for the same file shows: by then the first one's answer has come too.
        await naarEditor();
        await opdracht('Sturing: Toon samenvatting');
        await expect.poll(() => webview.locator('main').innerText().catch(() => ''), { timeout: 120_000 }).toContain('Dit ontwerp beschrijft nog geen gemeente.');
        expect(await webview.locator('main').innerText()).toContain('uit het ontwerp groot.sturing');
        // VS Code reports an unhandled error of an extension one second after it happened ("rejected
        // promise not handled within 1 second", a fixed delay of VS Code); give it twice that.
        await page.waitForTimeout(2000);
        await foto('12-samenvatting-gesloten');
        expect([extensieLog(), ...console_].filter(t => /Webview is disposed/.test(t))).toEqual([]);
        await opdracht('View: Close All Editors');
        rmSync(pad);
    }, 240_000);

    test('13. exporting an untitled document asks to save it first and writes nothing', async () => {
        // Before, the export went to Untitled-N.samenvatting.html in the root of the file system.
        const inWortel = () => readdirSync('/').filter(n => /^Untitled-\d+\.samenvatting\.html$/.test(n));
        for (const n of inWortel()) rmSync(path.join('/', n));
        await opdracht('File: New Untitled Text File');
        await opdracht('Change Language Mode');
        const taal = page.locator('.quick-input-widget input');
        await taal.waitFor({ timeout: WACHT });
        await taal.fill('Sturing');
        await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: '(sturing)' }).waitFor({ timeout: WACHT });
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('[id="status.editor.mode"]').innerText().catch(() => ''), { timeout: WACHT }).toBe('Sturing');
        await page.keyboard.type('gemeente Naamloos { }');
        await opdracht('Sturing: Exporteer samenvatting als HTML');
        await melding('Sla het bestand eerst op').waitFor({ timeout: WACHT });
        expect(inWortel()).toEqual([]);
        await foto('13-naamloos');
        await opdracht('View: Revert and Close Editor');
    });
});
