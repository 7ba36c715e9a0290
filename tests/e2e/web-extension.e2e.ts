/// <reference lib="dom" />
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { start, vrijePoort } from '../../scripts/code-server.mjs';

/**
 * The web extension (package.json `browser`) in a real VS Code workbench: code-server's web worker
 * extension host, which VS Code for the Web also uses. `remote.extensionKind` puts Sturing there
 * instead of in the Node extension host, so the browser entry and its language server worker
 * (out/server-browser.js, the page's worker) do all the work.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const UITVOER = path.join(ROOT, 'test-output', 'web-extensie');
const WACHT = 30_000;

let browser: Browser;
let page: Page;
let server: { url: string; log(): string; stop(): Promise<void> };
let werkmap: string;

async function foto(naam: string): Promise<void> {
    await page.screenshot({ path: path.join(UITVOER, `${naam}.png`) });
}

async function opdracht(tekst: string): Promise<void> {
    await page.keyboard.press('F1');
    const invoer = page.locator('.quick-input-widget input');
    await invoer.waitFor({ timeout: WACHT });
    await invoer.fill(`>${tekst}`);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: tekst }).first().waitFor({ timeout: WACHT });
    await page.keyboard.press('Enter');
}

describe('the web extension in VS Code\'s web worker extension host (code-server)', () => {
    beforeAll(async () => {
        mkdirSync(UITVOER, { recursive: true });
        werkmap = mkdtempSync(path.join(tmpdir(), 'sturing-webext-'));
        cpSync(path.join(ROOT, 'examples'), path.join(werkmap, 'examples'), { recursive: true });
        server = await start({
            vsix: path.join(ROOT, 'sturing.vsix'), map: path.join(werkmap, 'examples'), poort: await vrijePoort(), profiel: path.join(werkmap, 'profiel'),
            instellingen: { 'remote.extensionKind': { 'sturing.sturing': ['web'] } }
        });
        browser = await chromium.launch({
            executablePath: '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
        });
        page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(server.url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    });

    afterEach(async ctx => {
        if (ctx.task.result?.state === 'fail') {
            await foto(`mislukt-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
            console.error(`De pagina toonde:\n${(await page.locator('.monaco-workbench').innerText().catch(() => '')).slice(0, 3000)}\n\ncode-server:\n${server?.log().slice(-2000)}`);
        }
    });

    afterAll(async () => {
        await browser?.close();
        await server?.stop();
        if (werkmap) rmSync(werkmap, { recursive: true, force: true });
    });

    test('1. the findings of voorbeeldstad.sturing come from the worker, with the same Dutch messages', async () => {
        const rij = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'voorbeeldstad.sturing' });
        await rij.waitFor({ timeout: 90_000 });
        await rij.click();
        await page.keyboard.press('Control+Shift+M');
        const rijen = () => page.locator('.markers-panel .monaco-list-row').evaluateAll(r => r.map(x => x.getAttribute('aria-label') ?? '').filter(t => /^(Error|Warning|Info|Hint): /.test(t)));
        await expect.poll(async () => (await rijen()).length, { timeout: WACHT }).toBe(4);
        expect((await rijen())[0]).toContain('Info: Afgeleid governancetype: frontlijnsturing, met trekjes van netwerksturing; stevig onderbouwd (R1 §2.2 fig. 2).');
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
        await expect.poll(() => webview.locator('main').innerText().catch(() => ''), { timeout: WACHT }).toContain('frontlijnsturing, met trekjes van netwerksturing');
        await foto('3-samenvatting');
        await webview.locator('#exporteer').click();
        const export_ = path.join(werkmap, 'examples', 'voorbeeldstad.samenvatting.html');
        await expect.poll(() => existsSync(export_), { timeout: WACHT }).toBe(true);
        expect(readFileSync(export_, 'utf8')).toContain('<h2>Gemeente Voorbeeldstad</h2>');
    });
});
