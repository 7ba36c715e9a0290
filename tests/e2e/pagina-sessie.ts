import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, type TestContext } from 'vitest';
import { bouwWeb, serveer } from '../../scripts/web.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The browser page (npm run build:web) built into a folder of its own, served on a free port and opened
 * in Debian's Chromium, with every uncaught error and console error of the page recorded: what the page
 * tests share. Each test file makes one, so that two files never build into the same folder.
 */
export class PaginaSessie {
    browser!: Browser;
    page!: Page;
    server!: Server;
    url!: string;
    /** Every uncaught error and console error of the page since the last test ended (there should be none). */
    readonly fouten: string[] = [];
    readonly site: string;
    readonly uitvoer: string;

    constructor(naam: string, readonly wacht: number) {
        this.site = path.join(ROOT, 'dist', naam);
        this.uitvoer = path.join(ROOT, 'test-output', naam);
    }

    /** Builds and serves the page, starts Chromium and opens it; `voorOpenen` runs before the page is loaded. */
    async open(voorOpenen?: (page: Page, url: string) => Promise<void> | void): Promise<void> {
        mkdirSync(this.uitvoer, { recursive: true });
        await bouwWeb({ root: ROOT, uit: this.site });
        ({ server: this.server, url: this.url } = await serveer(this.site, 0));
        this.browser = await chromium.launch({
            executablePath: '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
        });
        this.page = await this.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
        this.page.on('dialog', d => void d.accept());
        this.luister(this.page);
        await voorOpenen?.(this.page, this.url);
        await this.page.goto(this.url);
    }

    /** Records a page's uncaught errors and console errors in `fouten`. */
    luister(p: Page): void {
        p.on('pageerror', e => this.fouten.push(`paginafout: ${e.message}`));
        p.on('console', m => { if (m.type() === 'error') this.fouten.push(`console: ${m.text()}`); });
    }

    async foto(naam: string): Promise<void> {
        await this.page.screenshot({ path: path.join(this.uitvoer, `${naam}.png`) });
    }

    /** After each test: on failure a screenshot and what `toelichting` says; always, no error left on the page. */
    async naTest(ctx: TestContext, toelichting: () => Promise<string>): Promise<void> {
        if (ctx.task.result?.state === 'fail') {
            await this.foto(`mislukt-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
            console.error(await toelichting().catch(() => '?'));
        }
        expect(this.fouten.splice(0), 'fouten op de pagina tijdens deze test').toEqual([]);
    }

    async sluit(): Promise<void> {
        await this.browser?.close();
        this.server?.close();
    }

    /**
     * Stands in for the browser's own file dialogs (File System Access API), which cannot be driven headless:
     * opening gives `eigen.sturing` with one phase, saving writes into the handle; `geschreven()` reads back what was written.
     */
    async nepBestandskiezers(): Promise<void> {
        await this.page.evaluate(() => {
            const w = window as unknown as Record<string, unknown> & { geschreven: Array<{ naam: string; tekst: string }> };
            w.geschreven = [];
            const handvat = (naam: string, tekst: string) => ({
                name: naam,
                getFile: async () => new File([tekst], naam),
                createWritable: async () => ({ write: async (t: string) => { w.geschreven.push({ naam, tekst: t }); }, close: async () => undefined })
            });
            w.showOpenFilePicker = async () => [handvat('eigen.sturing', 'gemeente Eigen {\n    fase verkenning { gemeente regisseur }\n}\n')];
            w.showSaveFilePicker = async (o: { suggestedName: string }) => handvat(o.suggestedName, '');
        });
    }

    /** What the stand-in file dialogs wrote: each file's name and text, in order. */
    geschreven(): Promise<Array<{ naam: string; tekst: string }>> {
        return this.page.evaluate(() => (window as unknown as { geschreven: Array<{ naam: string; tekst: string }> }).geschreven);
    }

    /** Chooses an example in the list and waits until the editor shows it. */
    async kies(voorbeeld: string): Promise<void> {
        await this.page.locator('#voorbeeld').selectOption(voorbeeld);
        await expect.poll(() => this.page.locator('#bestand').innerText(), { timeout: this.wacht }).toBe(voorbeeld);
    }

    /** Puts the cursor at the start of a line of the editor (Ctrl+G), and waits until the editor has the keyboard. */
    async naarRegel(regelnummer: number): Promise<void> {
        const page = this.page;
        await page.locator('#editor .view-lines').click();
        await page.keyboard.press('Escape'); // a suggestion list the click may have left open
        await page.keyboard.press('Control+G');
        const invoer = page.locator('.quick-input-widget input');
        await invoer.waitFor({ timeout: this.wacht });
        await page.keyboard.type(String(regelnummer));
        await page.keyboard.press('Enter');
        await invoer.waitFor({ state: 'hidden', timeout: this.wacht });
        await page.waitForFunction(() => !!document.activeElement?.closest('#editor'), undefined, { timeout: this.wacht });
    }
}
