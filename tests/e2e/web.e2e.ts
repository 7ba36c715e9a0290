/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { PaginaSessie, ROOT } from './pagina-sessie.js';
import { MONACO_NL } from '../../web/monaco-nl.js';
import { controleerNotitie, type Blok, type Notitie } from '../notitie-lezer.js';

/**
 * The browser page (npm run build:web) in Debian's Chromium: what an advisor without VS Code sees.
 * The typo this test relies on: `rol Welzijn uitvoerder` (line 75 of voorbeeldstad.sturing) becomes
 * `rol Welzjin uitvoerder`, an unknown party. That is a linking error ("… Bedoelt u 'Welzijn'?")
 * with the quick fix "Bedoelt u 'Welzijn'?"; a typo in a keyword value would be a syntax error.
 */
const WACHT = 30_000;
const TYPE = 'netwerksturing, met trekjes van expertsturing';
/** The status line once voorbeeldstad.sturing is checked: two informations (the inferred type, a goal without an indicator). */
const VOORBEELDSTAD = 'Gecontroleerd: 0 fouten, 0 waarschuwingen, 2 meldingen.';

const sessie = new PaginaSessie('web', WACHT);
let page: Page;
let url: string;
/** Every request that left the page's own site (there should be none). */
const buiten: string[] = [];
const foto = (naam: string) => sessie.foto(naam);
const kies = (voorbeeld: string) => sessie.kies(voorbeeld);
const naarRegel = (regelnummer: number) => sessie.naarRegel(regelnummer);

const samenvatting = () => page.frameLocator('#samenvatting').locator('main');
const samenvattingTekst = () => samenvatting().innerText().catch(() => '');
const status = () => page.locator('#status').innerText();

/** The screen box and colour of the first visible token in the editor whose text is `woord`. */
async function token(woord: string): Promise<{ x: number; y: number; kleur: string }> {
    return page.evaluate(w => {
        const editor = document.getElementById('editor')!.getBoundingClientRect();
        for (const el of document.querySelectorAll('#editor .view-lines .view-line > span > span')) {
            const r = el.getBoundingClientRect();
            if ((el.textContent ?? '').replace(/\u00a0/g, ' ').trim() === w && r.y >= editor.y && r.bottom <= editor.bottom && r.x >= editor.x) {
                return { x: r.x + r.width / 2, y: r.y + r.height / 2, kleur: getComputedStyle(el).color };
            }
        }
        throw new Error(`token '${w}' staat niet in beeld`);
    }, woord);
}

/** Typing at a person's pace: suggestion lists open and close as they would for a user. */
async function typ(tekst: string): Promise<void> {
    await page.keyboard.type(tekst, { delay: 40 });
}

/** The text of one line of the editor, as the user sees it. */
async function regelTekst(woord: string): Promise<string> {
    return page.evaluate(w => [...document.querySelectorAll('#editor .view-line')].map(l => (l.textContent ?? '').replace(/\u00a0/g, ' ')).find(t => t.includes(w)) ?? '', woord);
}

/** The summary as Chromium lays it out: its headings, paragraphs, list items and tables in document order, note numbers left out. */
async function notitieInDeBrowser(): Promise<Notitie> {
    const frame = page.frames().find(f => f.name() === 'samenvatting') ?? page.frame({ url: /about:srcdoc/ })!;
    return frame.evaluate(() => {
        const tekst = (el: Element) => {
            const kopie = el.cloneNode(true) as Element;
            kopie.querySelectorAll('sup, ul, ol').forEach(x => x.remove());
            return (kopie.textContent ?? '').replace(/\s+/g, ' ').trim();
        };
        const blokken: Blok[] = [];
        for (const el of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6, main p, main li, main table')) {
            if (el.closest('svg') || (el.tagName !== 'TABLE' && el.closest('table'))) continue;
            if (/^H\d$/.test(el.tagName)) blokken.push({ soort: 'kop', niveau: Number(el.tagName[1]), tekst: tekst(el) });
            else if (el.tagName === 'TABLE') blokken.push({ soort: 'tabel', rijen: [...(el as HTMLTableElement).rows].map(r => [...r.cells].map(c => (c.textContent ?? '').replace(/\s+/g, ' ').trim())) });
            else if (tekst(el)) blokken.push({ soort: 'alinea', tekst: tekst(el) });
        }
        return { titel: document.title, blokken };
    });
}

describe('Sturing in the browser (dist/web in Chromium)', () => {
    beforeAll(async () => {
        await sessie.open((p, adres) => {
            p.on('request', r => { if (!r.url().startsWith(adres) && !/^(blob|data):/.test(r.url())) buiten.push(r.url()); });
        });
        ({ page, url } = sessie);
    });

    afterEach(ctx => sessie.naTest(ctx, async () => `Status: ${await status()}\nSamenvatting:\n${(await samenvattingTekst()).slice(0, 1500)}`));

    afterAll(() => sessie.sluit());

    test('1. the page opens with the example: coloured, checked, and the summary names the inferred type', async () => {
        await expect.poll(samenvattingTekst, { timeout: WACHT }).toContain(TYPE);
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
        expect(await page.locator('#bestand').innerText()).toBe('voorbeeldstad.sturing');
        expect(await samenvattingTekst()).toContain('Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018');
        // The summary as the browser lays it out, read as a note for a wethouder (tests/notitie-lezer.ts): no file in the
        // title, no line number or rule code outside the appendix, no sentence twice, prose and tables agreeing.
        expect(controleerNotitie(await notitieInDeBrowser())).toEqual([]);
        // The Monarch colouring: a keyword, a role and a name each in their own colour.
        expect((await token('gemeente')).kleur).not.toBe((await token('Voorbeeldstad')).kleur);
        expect((await token('partij')).kleur).not.toBe((await token('Welzijn')).kleur);
        await expect.poll(() => page.locator('#editor .squiggly-info').count(), { timeout: WACHT }).toBeGreaterThan(0);
        await foto('browser'); // the README screenshot (docs/images/browser.png), taken once the server is ready
    });

    test('2. an example from the picker replaces the document, and the summary follows', async () => {
        await kies('groningen-2014.sturing');
        await expect.poll(samenvattingTekst, { timeout: WACHT }).toContain('gemeente Groningen, 2014 – 2018');
        // The file is named in the colophon only.
        expect(await samenvattingTekst()).toContain('uit het ontwerp groningen-2014.sturing');
        await kies('voorbeeldstad.sturing');
        await expect.poll(samenvattingTekst, { timeout: WACHT }).toContain(TYPE);
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
    });

    test('3. a misspelt party: a marker with the Dutch message; "Bedoelt u \'Welzijn\'?" removes it', async () => {
        await naarRegel(75); // rol Welzijn uitvoerder
        await page.keyboard.press('End');
        await page.keyboard.press('Control+ArrowLeft');
        await page.keyboard.press('Control+ArrowLeft');
        await page.keyboard.press('Control+Shift+ArrowRight');
        await typ('Welzjin');
        await page.keyboard.press('Escape');
        await expect.poll(() => regelTekst('Welzjin'), { timeout: WACHT }).toContain('rol Welzjin uitvoerder');
        await expect.poll(() => page.locator('#editor .squiggly-error').count(), { timeout: WACHT }).toBe(1);
        await expect.poll(status, { timeout: WACHT }).toBe('Gecontroleerd: 1 fout, 0 waarschuwingen, 2 meldingen.');
        // F8 shows the marker's message, as the server wrote it.
        await page.keyboard.press('F8');
        await expect.poll(() => page.locator('.marker-widget').innerText().catch(() => ''), { timeout: WACHT })
            .toContain("'Welzjin' krijgt hier een rol, maar staat niet als partij bovenaan gemeente Voorbeeldstad of in een regio. Bedoelt u 'Welzijn'?");
        await foto('3a-markering');
        await page.keyboard.press('Escape');
        // The summary shows the finding too, and says it is provisional.
        await expect.poll(samenvattingTekst, { timeout: WACHT }).toContain("'Welzjin' krijgt hier een rol");
        // Ctrl+. on the marker: the fix is first and has the focus; Enter applies it.
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row.focused', { hasText: "Bedoelt u 'Welzijn'?" });
        await fix.waitFor({ timeout: WACHT });
        await foto('3b-snelle-oplossing');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('#editor .squiggly-error').count(), { timeout: WACHT }).toBe(0);
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
        await expect.poll(() => regelTekst('rol Welzijn uitvoerder'), { timeout: WACHT }).toContain('rol Welzijn uitvoerder');
        await expect.poll(samenvattingTekst, { timeout: WACHT }).not.toContain('Welzjin');
        expect(await page.locator('#bestand').innerText()).toBe('voorbeeldstad.sturing (gewijzigd)');
        await foto('3c-opgelost');
    });

    test('4. hovering shows the finding with a link to its rule page, and on the gemeente keyword the profile', async () => {
        await naarRegel(1);
        const hover = page.locator('.monaco-hover:not(.hidden)');
        const naam = await token('Voorbeeldstad');
        await page.mouse.move(naam.x, naam.y);
        await expect.poll(() => hover.first().innerText().catch(() => ''), { timeout: WACHT }).toContain(`Afgeleid governancetype: ${TYPE}`);
        // The finding's code is a link to the rule page that came with the site.
        const [regelpagina] = await Promise.all([page.context().waitForEvent('page'), hover.first().locator('a', { hasText: 'governancetype' }).first().click()]);
        await regelpagina.waitForLoadState();
        expect(regelpagina.url()).toBe(new URL('regels/governancetype.html', url).href);
        expect(await regelpagina.locator('h1').innerText()).toBe('governancetype');
        await regelpagina.close();
        await page.bringToFront();
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        // On the keyword `gemeente` there is no finding, so the profile itself fills the hover: short, with "Meer uitleg".
        const { x, y } = await token('gemeente');
        await page.mouse.move(x, y);
        await expect.poll(() => hover.first().innerText().catch(() => ''), { timeout: WACHT }).toContain(`governancetype: ${TYPE}`);
        expect(await hover.first().innerText()).toMatch(/In de verkenning governance \(r\. [\d, en]+\)/);
        await expect.poll(() => hover.first().evaluate(e => { for (let x: Element | null = e; x; x = x.parentElement) if (getComputedStyle(x).opacity !== '1') return false; return true; }), { timeout: WACHT }).toBe(true);
        await foto('4-hover');
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
    });

    test('5. Exporteer HTML, Word and Markdown download the summary', async () => {
        const [html] = await Promise.all([page.waitForEvent('download'), page.locator('#export-html').click()]);
        expect(html.suggestedFilename()).toBe('voorbeeldstad.samenvatting.html');
        await html.saveAs(path.join(sessie.uitvoer, html.suggestedFilename()));
        const inhoud = readFileSync(path.join(sessie.uitvoer, html.suggestedFilename()), 'utf8');
        expect(inhoud).toContain('<h1>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</h1>');
        expect(inhoud).toContain(TYPE);
        expect(inhoud).not.toContain('<script');
        const [md] = await Promise.all([page.waitForEvent('download'), page.locator('#export-markdown').click()]);
        expect(md.suggestedFilename()).toBe('voorbeeldstad.samenvatting.md');
        await md.saveAs(path.join(sessie.uitvoer, md.suggestedFilename()));
        expect(readFileSync(path.join(sessie.uitvoer, md.suggestedFilename()), 'utf8')).toMatch(/^# Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018\n/);
        await expect.poll(status).toBe('De samenvatting staat als Markdown in uw downloads.');
        // The Word document, read by a Word reader (mammoth): Word's own headings and tables.
        const [word] = await Promise.all([page.waitForEvent('download'), page.locator('#export-word').click()]);
        expect(word.suggestedFilename()).toBe('voorbeeldstad.samenvatting.docx');
        await word.saveAs(path.join(sessie.uitvoer, word.suggestedFilename()));
        const { value: gelezen } = await mammoth.convertToHtml({ path: path.join(sessie.uitvoer, word.suggestedFilename()) });
        expect(gelezen).toContain('<p>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</p>');
        expect(gelezen).toContain('<h1>In het kort</h1>');
        expect(gelezen).toContain('<h1>Typering van de sturing</h1>');
        expect(gelezen.match(/<table>/g)?.length).toBeGreaterThanOrEqual(8);
        expect(gelezen).toContain(TYPE);
        await expect.poll(status).toBe('De samenvatting staat als Word-document in uw downloads.');
    });

    test('6. opening and saving: the File System Access API writes back into the opened file', async () => {
        // The browser's own file dialogs cannot be driven headless: these stand in for the user's choice.
        await sessie.nepBestandskiezers();
        await page.locator('#open').click();
        await expect.poll(() => page.locator('#bestand').innerText(), { timeout: WACHT }).toBe('eigen.sturing');
        await expect.poll(samenvattingTekst, { timeout: WACHT }).toContain('gemeente Eigen');
        await naarRegel(2);
        // A new line below this one (Ctrl+Enter), whatever the cursor's column: End + Enter was lost once
        // under load, and the text landed behind the phase's }.
        // Right after the go-to-line box closes, Monaco sometimes still reads a key as the box's (it was lost in about
        // half the runs on the shared machine): press again only while no line has come, with time to draw one between.
        const regels = () => page.locator('#editor .view-line').count();
        await expect.poll(async () => {
            if (await regels() === 4) await page.keyboard.press('Control+Enter');
            return regels();
        }, { timeout: WACHT, interval: 2000 }).toBe(5);
        await typ('probleem onduidelijk');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('#bestand').innerText(), { timeout: WACHT }).toBe('eigen.sturing (gewijzigd)');
        await page.keyboard.press('Control+S');
        await expect.poll(() => page.locator('#bestand').innerText(), { timeout: WACHT }).toBe('eigen.sturing');
        const geschreven = await sessie.geschreven();
        expect(geschreven.map(g => g.naam)).toEqual(['eigen.sturing']);
        expect(geschreven[0].tekst).toContain('    probleem onduidelijk\n');
    });

    test('7. without that API: the browser\'s file dialog opens a sturing.json, and saving becomes a download', async () => {
        await page.evaluate(() => {
            const w = window as unknown as Record<string, unknown>;
            delete w.showOpenFilePicker;
            delete w.showSaveFilePicker;
        });
        await kies('voorbeeldstad.sturing');
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
        // A sturing.json turns vaag-doel off: one melding fewer, in the editor's own file system.
        const [kiezer] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#open').click()]);
        await kiezer.setFiles({ name: 'sturing.json', mimeType: 'application/json', buffer: Buffer.from('{ "regels": { "vaag-doel": "uit" } }') });
        await expect.poll(status, { timeout: WACHT }).toBe('Gecontroleerd: 0 fouten, 0 waarschuwingen, 1 melding. Met de regelinstellingen uit sturing.json.');
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#opslaan').click()]);
        expect(download.suggestedFilename()).toBe('voorbeeldstad.sturing');
        await download.saveAs(path.join(sessie.uitvoer, 'opgeslagen.sturing'));
        expect(readFileSync(path.join(sessie.uitvoer, 'opgeslagen.sturing'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'examples', 'voorbeeldstad.sturing'), 'utf8'));
        expect(await status()).toBe('voorbeeldstad.sturing staat in uw downloads.');
    });

    test('8. completion: typing after `gemeente ` inside a phase offers the role keywords', async () => {
        await naarRegel(52); // gemeente regisseur, in fase verkenning
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await typ('gemeente ');
        await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden', timeout: WACHT });
        await typ('b');
        const voorstellen = page.locator('.suggest-widget .monaco-list-row');
        // The list opens by itself as one types; if it did not, ask for it as a person would.
        if (!(await voorstellen.first().waitFor({ timeout: 3000 }).then(() => true, () => false))) await page.keyboard.press('Control+Space');
        await expect.poll(() => voorstellen.evaluateAll(rijen => rijen.map(r => r.getAttribute('aria-label') ?? '')), { timeout: WACHT })
            .toEqual(expect.arrayContaining([expect.stringMatching(/^bemiddelaar/), expect.stringMatching(/^bepalende-regisseur/)]));
        await foto('8-aanvullen');
        await page.keyboard.press('Escape');
    });

    test('8b. Monaco speaks Dutch: every command in the palette, the context menu and the find widget', async () => {
        // A Dutch message, its {0} filled in, perhaps followed by its shortcut (", Control+G").
        const patronen = Object.values(MONACO_NL).map(v => new RegExp(`^${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\d+\\\}/g, '.+?')}(, .+)?$`));
        const isNederlands = (label: string) => patronen.some(p => p.test(label));
        await page.locator('#editor .view-lines').click();
        await page.keyboard.press('Escape');
        // The command palette (F1): down the whole list, as far as it goes before it starts again.
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').waitFor({ timeout: WACHT });
        const gekozen = page.locator('.quick-input-list .monaco-list-row.focused');
        await gekozen.waitFor({ timeout: WACHT });
        const opdrachten: string[] = [];
        for (let i = 0; i < 400; i++) {
            const label = (await gekozen.getAttribute('aria-label')) ?? '';
            if (opdrachten.includes(label)) break;
            opdrachten.push(label);
            await page.keyboard.press('ArrowDown');
        }
        expect(opdrachten.length).toBeGreaterThan(50);
        expect(opdrachten.filter(l => !isNederlands(l))).toEqual([]);
        expect(opdrachten).toContain('Ga naar regel/kolom..., Control+G');
        await foto('8b-opdrachtenpalet');
        await page.keyboard.press('Escape');
        // The context menu.
        await page.locator('#editor .view-lines').click({ button: 'right' });
        const menu = page.locator('.context-view .action-label');
        await menu.first().waitFor({ timeout: WACHT });
        const items = (await menu.allInnerTexts()).map(t => t.trim()).filter(Boolean);
        expect(items).toEqual(expect.arrayContaining(['Knippen', 'Kopiëren', 'Plakken', 'Opdrachtenpalet']));
        expect(items.filter(t => !isNederlands(t))).toEqual([]);
        await page.keyboard.press('Escape');
        // The find widget: every button says what it does in Dutch.
        await page.keyboard.press('Control+F');
        await page.locator('.find-widget.visible').waitFor({ timeout: WACHT });
        const knoppen = await page.locator('.find-widget [aria-label]').evaluateAll(e => e.map(x => (x.getAttribute('aria-label') ?? '').replace(/ \(.*\)$/, '')).filter(Boolean));
        expect(knoppen).toEqual(expect.arrayContaining(['Zoeken', 'Vorige overeenkomst', 'Volgende overeenkomst', 'Sluiten', 'Hoofdlettergevoelig']));
        expect(knoppen.filter(t => !isNederlands(t))).toEqual([]);
        await foto('8b-zoeken');
        await page.keyboard.press('Escape');
    });

    test('8c. "Meer uitleg" under the hover on a gemeente opens the whole reasoning in a tab of its own', async () => {
        // After the tests that type: with this test inside the hover test, later key presses (a Ctrl+Enter in test 6)
        // went missing in the driven browser in some runs, though typing right after it works (checked below).
        await kies('voorbeeldstad.sturing');
        // (The sturing.json of test 7 is still open: one melding fewer.)
        await expect.poll(status, { timeout: WACHT }).toMatch(/^Gecontroleerd: 0 fouten, 0 waarschuwingen/);
        await naarRegel(1);
        const hover = page.locator('.monaco-hover:not(.hidden)');
        const { x, y } = await token('gemeente');
        await page.mouse.move(x, y);
        await expect.poll(() => hover.first().innerText().catch(() => ''), { timeout: WACHT }).toContain('Meer uitleg');
        // "Meer uitleg" runs the one command a hover may run; the whole reasoning opens in a tab of its own.
        const [uitleg] = await Promise.all([page.context().waitForEvent('page'), hover.first().locator('a', { hasText: 'Meer uitleg' }).click()]);
        await expect.poll(() => uitleg.locator('h1').innerText().catch(() => ''), { timeout: WACHT }).toBe('Waarom netwerksturing? Gemeente Voorbeeldstad, 2015 – 2018');
        expect(await uitleg.locator('main').innerText()).toMatch(/Vooral netwerksturing \(r\. [\d, en]+\)/);
        expect(await uitleg.locator('table').count()).toBeGreaterThan(2);
        await uitleg.screenshot({ path: path.join(sessie.uitvoer, '8c-meer-uitleg.png') });
        // Its link to the general page opens the page that came with the site.
        await uitleg.locator('a', { hasText: 'Hoe Sturing het governancetype bepaalt' }).click();
        await expect.poll(() => uitleg.url(), { timeout: WACHT }).toBe(new URL('hoe-sturing-het-governancetype-bepaalt.html', url).href);
        await uitleg.close();
        await page.bringToFront();
        await page.mouse.move(5, 5);
        // Back on the page, the keys are the editor's: Enter makes a new line (after `gemeente Voorbeeldstad {`).
        await naarRegel(5);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await typ('// terug');
        await expect.poll(async () => (await regelTekst('// terug')).trim(), { timeout: WACHT }).toBe('// terug');
    });

    test('9. nothing was fetched from outside the page', async () => {
        expect(buiten).toEqual([]);
    });

    test('10. the folder also works opened from disk (file://)', async () => {
        const vanSchijf = await sessie.browser.newPage({ viewport: { width: 1400, height: 900 } });
        sessie.luister(vanSchijf);
        await vanSchijf.goto(pathToFileURL(path.join(sessie.site, 'index.html')).href);
        await expect.poll(() => vanSchijf.frameLocator('#samenvatting').locator('main').innerText().catch(() => ''), { timeout: WACHT }).toContain(TYPE);
        await expect.poll(() => vanSchijf.locator('#status').innerText(), { timeout: WACHT }).toBe(VOORBEELDSTAD);
        await vanSchijf.close();
    });
});
