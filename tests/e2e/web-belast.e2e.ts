/// <reference lib="dom" />
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { PaginaSessie } from './pagina-sessie.js';

/**
 * The browser page on a slow, busy laptop: Chromium's CPU throttled sixfold through the DevTools
 * protocol (Emulation.setCPUThrottlingRate), through opening, switching examples quickly, typing,
 * exporting and saving. Any uncaught error or console error on the page fails the test: this is
 * where "No document found for URI" first showed, and it keeps that kind of race away.
 */
/** Six times slower than the machine itself (itself a shared two-core machine). */
const VERTRAGING = 6;
const WACHT = 90_000;
const VOORBEELDSTAD = 'Gecontroleerd: 0 fouten, 0 waarschuwingen, 2 meldingen.';

const sessie = new PaginaSessie('web-belast', WACHT);
let page: Page;

const status = () => page.locator('#status').innerText();
const samenvatting = () => page.frameLocator('#samenvatting').locator('main').innerText().catch(() => '');
const kies = (voorbeeld: string) => sessie.kies(voorbeeld);
const naarRegel = (regelnummer: number) => sessie.naarRegel(regelnummer);

describe(`the page with the CPU throttled ${VERTRAGING}× (Emulation.setCPUThrottlingRate)`, () => {
    beforeAll(async () => {
        await sessie.open(async p => {
            const cdp = await p.context().newCDPSession(p);
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: VERTRAGING });
        });
        page = sessie.page;
    });

    afterEach(ctx => sessie.naTest(ctx, async () => `Status: ${await status()}`));

    afterAll(() => sessie.sluit());

    test('1. opening: the example is checked and summarised', async () => {
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
        await expect.poll(samenvatting, { timeout: WACHT }).toContain('gemeente Voorbeeldstad, 2015 – 2018');
    }, 180_000);

    test('2. switching examples in quick succession: the last one wins, the others leave nothing behind', async () => {
        // Without waiting for the server in between, as an impatient user clicks through the list.
        for (const v of ['groningen-2014.sturing', 'ittersum.sturing', 'voorbeeldstad.sturing', 'groningen-2014.sturing']) {
            await page.locator('#voorbeeld').selectOption(v);
        }
        await expect.poll(() => page.locator('#bestand').innerText(), { timeout: WACHT }).toBe('groningen-2014.sturing');
        await expect.poll(samenvatting, { timeout: WACHT }).toContain('gemeente Groningen, 2014 – 2018');
        // And once more, each time waiting for the summary.
        await kies('ittersum.sturing');
        await expect.poll(samenvatting, { timeout: WACHT }).toContain('gemeente Ittersum');
        await kies('voorbeeldstad.sturing');
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
    }, 180_000);

    test('3. typing: a misspelt party is found, and the fix makes it go away', async () => {
        await naarRegel(75); // rol Welzijn uitvoerder
        await page.keyboard.press('End');
        await page.keyboard.press('Control+ArrowLeft');
        await page.keyboard.press('Control+ArrowLeft');
        await page.keyboard.press('Control+Shift+ArrowRight');
        await page.keyboard.type('Welzjin', { delay: 60 });
        await page.keyboard.press('Escape');
        await expect.poll(status, { timeout: WACHT }).toBe('Gecontroleerd: 1 fout, 0 waarschuwingen, 2 meldingen.');
        await expect.poll(samenvatting, { timeout: WACHT }).toContain("'Welzjin' krijgt hier een rol");
        await page.keyboard.press('Control+.');
        await page.locator('.action-widget .monaco-list-row.focused', { hasText: "Bedoelt u 'Welzijn'?" }).waitFor({ timeout: WACHT });
        await page.keyboard.press('Enter');
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
        await expect.poll(samenvatting, { timeout: WACHT }).not.toContain('Welzjin');
    }, 180_000);

    test('4. exporting: HTML, Word and Markdown, the Word document read back by mammoth', async () => {
        const [html] = await Promise.all([page.waitForEvent('download', { timeout: WACHT }), page.locator('#export-html').click()]);
        expect(html.suggestedFilename()).toBe('voorbeeldstad.samenvatting.html');
        const [word] = await Promise.all([page.waitForEvent('download', { timeout: WACHT }), page.locator('#export-word').click()]);
        const docx = path.join(sessie.uitvoer, word.suggestedFilename());
        await word.saveAs(docx);
        expect((await mammoth.convertToHtml({ path: docx })).value).toContain('<p>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</p>');
        const [md] = await Promise.all([page.waitForEvent('download', { timeout: WACHT }), page.locator('#export-markdown').click()]);
        await md.saveAs(path.join(sessie.uitvoer, md.suggestedFilename()));
        expect(readFileSync(path.join(sessie.uitvoer, md.suggestedFilename()), 'utf8')).toMatch(/^# Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018\n/);
    }, 180_000);

    test('5. opening a file of one\'s own, typing in it and saving it', async () => {
        await sessie.nepBestandskiezers();
        await page.locator('#open').click();
        await expect.poll(() => page.locator('#bestand').innerText(), { timeout: WACHT }).toBe('eigen.sturing');
        await expect.poll(samenvatting, { timeout: WACHT }).toContain('gemeente Eigen');
        await naarRegel(2);
        await page.keyboard.press('Control+Enter');
        await page.keyboard.type('probleem onduidelijk', { delay: 60 });
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('#bestand').innerText(), { timeout: WACHT }).toBe('eigen.sturing (gewijzigd)');
        await page.keyboard.press('Control+S');
        await expect.poll(() => page.locator('#bestand').innerText(), { timeout: WACHT }).toBe('eigen.sturing');
        const geschreven = await sessie.geschreven();
        expect(geschreven[0].tekst).toContain('    probleem onduidelijk\n');
        // Back to an example right after typing: the typed file's requests must not outlive it.
        await kies('voorbeeldstad.sturing');
        await expect.poll(status, { timeout: WACHT }).toBe(VOORBEELDSTAD);
    }, 180_000);
});
