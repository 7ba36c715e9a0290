/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { openWerkbank, WACHT, type Werkbank } from './workbench.js';

/**
 * The web extension (package.json `browser`) in a real VS Code workbench: code-server's web worker
 * extension host, which VS Code for the Web also uses. `remote.extensionKind` puts Sturing there
 * instead of in the Node extension host, so the browser entry and its language server worker
 * (out/server-browser.js, the page's worker) do all the work.
 */
let werkbank: Werkbank;
let page: Page;
let werkmap: string;
const foto = (naam: string) => werkbank.foto(naam);
const opdracht = (titel: string) => werkbank.opdracht(titel);

describe('the web extension in VS Code\'s web worker extension host (code-server)', () => {
    beforeAll(async () => {
        werkbank = await openWerkbank({
            uitvoer: 'web-extensie', voorvoegsel: 'sturing-webext-',
            instellingen: { 'remote.extensionKind': { 'sturing.sturing': ['web'] } }
        });
        ({ page, werkmap } = werkbank);
    });

    afterEach(async ctx => {
        if (ctx.task.result?.state === 'fail') await werkbank?.meldMislukking(ctx.task.name);
    });

    afterAll(async () => {
        await werkbank?.sluit();
    });

    test('1. the findings of voorbeeldstad.sturing come from the worker, with the same Dutch messages', async () => {
        const rij = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'voorbeeldstad.sturing' });
        await rij.waitFor({ timeout: 90_000 });
        await rij.click();
        await page.keyboard.press('Control+Shift+M');
        const rijen = () => page.locator('.markers-panel .monaco-list-row').evaluateAll(r => r.map(x => x.getAttribute('aria-label') ?? '').filter(t => /^(Error|Warning|Info|Hint): /.test(t)));
        await expect.poll(async () => (await rijen()).length, { timeout: WACHT }).toBe(2);
        expect((await rijen())[0]).toContain('Info: Afgeleid governancetype: netwerksturing, met trekjes van expertsturing (in de kaderstelling); redelijk onderbouwd (R1 §2.2 fig. 2).');
        await foto('1-problemen');
    });

    test('2. Sturing runs in the web worker extension host', async () => {
        await opdracht('Developer: Show Running Extensions');
        const sturing = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Sturing' });
        await expect.poll(() => sturing.innerText().catch(() => ''), { timeout: WACHT }).toContain('web worker');
        await foto('2-web-worker');
    });

    test('3. Sturing: Toon samenvatting and Exporteer work from the browser entry too', async () => {
        await page.locator('.tabs-container .tab', { hasText: 'voorbeeldstad.sturing' }).click();
        await opdracht('Sturing: Toon samenvatting');
        const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await expect.poll(() => webview.locator('main').innerText().catch(() => ''), { timeout: WACHT }).toContain('netwerksturing, met trekjes van expertsturing');
        await foto('3-samenvatting');
        await webview.locator('#exporteer').click();
        const export_ = path.join(werkmap, 'examples', 'voorbeeldstad.samenvatting.html');
        await expect.poll(() => existsSync(export_), { timeout: WACHT }).toBe(true);
        expect(readFileSync(export_, 'utf8')).toContain('<h1>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</h1>');
        // The Word document is made in the browser too (the docx package in the web extension).
        await webview.locator('#exporteer-word').click();
        const docx = path.join(werkmap, 'examples', 'voorbeeldstad.samenvatting.docx');
        await expect.poll(() => existsSync(docx), { timeout: WACHT }).toBe(true);
        await expect.poll(async () => (await mammoth.convertToHtml({ path: docx }).catch(() => ({ value: '' }))).value, { timeout: WACHT }).toContain('<p>Sturing van de gebiedsgerichte aanpak — gemeente Voorbeeldstad, 2015 – 2018</p>');
    });

    test('4. the hover on a gemeente links to "Meer uitleg", which opens rendered in a panel here too', async () => {
        await opdracht('View: Close All Editors');
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'voorbeeldstad.sturing' }).click();
        await page.locator('.tabs-container .tab', { hasText: 'voorbeeldstad.sturing' }).waitFor({ timeout: WACHT });
        // Go to line 5, column 3 (the keyword gemeente) and ask for the hover with the keyboard. A click in
        // the explorer leaves the focus there, so the editor gets it first.
        await werkbank.naarEditor();
        await werkbank.naarRegel('5:3');
        const hover = page.locator('.monaco-hover:not(.hidden)');
        await expect.poll(async () => {
            await page.keyboard.press('Control+K');
            await page.keyboard.press('Control+I');
            return hover.first().innerText({ timeout: 2000 }).catch(() => '');
        }, { timeout: WACHT }).toContain('Meer uitleg');
        await hover.first().locator('a', { hasText: 'Meer uitleg' }).click();
        await page.locator('.tabs-container .tab', { hasText: 'Uitleg — gemeente Voorbeeldstad' }).waitFor({ timeout: WACHT });
        const kop = async () => {
            for (const frame of page.frames()) {
                const tekst = await frame.locator('main.uitleg h1').first().innerText({ timeout: 200 }).catch(() => '');
                if (tekst) return tekst;
            }
            return '';
        };
        await expect.poll(kop, { timeout: WACHT }).toBe('Waarom netwerksturing? Gemeente Voorbeeldstad, 2015 – 2018');
        await foto('4-meer-uitleg');
    });
});
