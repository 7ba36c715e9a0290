import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { start, vrijePoort } from '../../scripts/code-server.mjs';
import { expect } from 'vitest';

/**
 * A real VS Code workbench for the end-to-end tests: code-server with the packaged extension
 * (sturing.vsix) on a copy of `examples/`, driven in Debian's Chromium through playwright-core.
 * Shared by the desktop-extension and the web-extension tests.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** How long a step may take before the test fails: waiting for the server, never a fixed sleep. */
export const WACHT = 30_000;

export interface Werkbank {
    readonly page: Page;
    /** The folder holding `examples/` (the opened folder) and code-server's profile. */
    readonly werkmap: string;
    /** A screenshot in the test's output folder. */
    foto(naam: string): Promise<void>;
    /** What the page showed, for a failure message. */
    watErStaat(): Promise<string>;
    /** Runs a command from the command palette (F1) by its title. */
    opdracht(titel: string): Promise<void>;
    /** Puts the keyboard focus in the active text editor (Ctrl+1), waiting until it is there. */
    naarEditor(): Promise<void>;
    /** Go to Line (Ctrl+G): a line, or `regel:kolom`. Waits until the status bar shows the cursor there. */
    naarRegel(regel: number | string): Promise<void>;
    /** After a failed test: a screenshot and what the page and code-server showed, on stderr. */
    meldMislukking(testnaam: string): Promise<void>;
    sluit(): Promise<void>;
}

export async function openWerkbank(opties: {
    /** Folder under test-output/ for screenshots. */
    uitvoer: string;
    /** Prefix of the temporary working folder. */
    voorvoegsel: string;
    /** VS Code settings of the profile. */
    instellingen: Record<string, unknown>;
    /** Called with the new page before it loads the workbench (to listen to its console). */
    bijPagina?: (page: Page) => void;
}): Promise<Werkbank> {
    const uitvoer = path.join(ROOT, 'test-output', opties.uitvoer);
    mkdirSync(uitvoer, { recursive: true });
    const werkmap = mkdtempSync(path.join(tmpdir(), opties.voorvoegsel));
    cpSync(path.join(ROOT, 'examples'), path.join(werkmap, 'examples'), { recursive: true });
    const server: { url: string; log(): string; stop(): Promise<void> } = await start({
        vsix: path.join(ROOT, 'sturing.vsix'), map: path.join(werkmap, 'examples'), poort: await vrijePoort(), profiel: path.join(werkmap, 'profiel'),
        instellingen: opties.instellingen
    });
    let browser: Browser | undefined;
    try {
        browser = await chromium.launch({
            executablePath: '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
        });
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        opties.bijPagina?.(page);
        await page.goto(server.url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
        const open = browser;
        const werkbank: Werkbank = {
            page,
            werkmap,
            foto: async naam => { await page.screenshot({ path: path.join(uitvoer, `${naam}.png`) }); },
            watErStaat: async () => (await page.locator('.monaco-workbench').innerText().catch(() => '')).slice(0, 3000),
            opdracht: async titel => {
                const invoer = page.locator('.quick-input-widget input');
                // F1 reaches the workbench only when the keyboard is in the main page: after a click in a webview
                // (a summary, a rendered page) the key goes into that frame, which hands it on only sometimes. Then
                // the focus leaves the frame and F1 is pressed again.
                await expect.poll(async () => {
                    await page.keyboard.press('F1');
                    if (await invoer.waitFor({ timeout: 2000 }).then(() => true, () => false)) return true;
                    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
                    return false;
                }, { timeout: WACHT }).toBe(true);
                await invoer.fill(`>${titel}`);
                await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: titel }).first().waitFor({ timeout: WACHT });
                await page.keyboard.press('Enter');
            },
            naarEditor: async () => {
                await page.keyboard.press('Escape');
                // The keyboard focus itself must be in a text editor (after a click in the explorer or the
                // summary it is elsewhere, and keys go there).
                const inEditor = () => page.evaluate(() => !!document.activeElement?.closest('.part.editor .monaco-editor'));
                await expect.poll(async () => {
                    await page.keyboard.press('Control+1');
                    return inEditor();
                }, { timeout: WACHT }).toBe(true);
            },
            naarRegel: async regel => {
                const [r, k] = String(regel).split(':');
                const daar = new RegExp(`^Ln ${r}, Col ${k ?? '\\d+'}\\b`);
                const cursor = () => page.locator('[id="status.editor.selection"]').innerText().catch(() => '');
                // Go to Line again while the cursor is not there: a key typed before the input box has the
                // focus goes elsewhere.
                await expect.poll(async () => {
                    if (!daar.test(await cursor())) {
                        await page.keyboard.press('Control+G');
                        await page.locator('.quick-input-widget input').waitFor({ timeout: WACHT });
                        await page.keyboard.type(String(regel));
                        await page.keyboard.press('Enter');
                    }
                    return cursor();
                }, { timeout: WACHT }).toMatch(daar);
            },
            meldMislukking: async testnaam => {
                await werkbank.foto(`mislukt-${testnaam.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
                console.error(`De pagina toonde:\n${await werkbank.watErStaat()}\n\ncode-server:\n${server.log().slice(-2000)}`);
            },
            sluit: async () => {
                await open.close();
                await server.stop();
                rmSync(werkmap, { recursive: true, force: true });
            }
        };
        return werkbank;
    } catch (fout) {
        await browser?.close();
        await server.stop();
        rmSync(werkmap, { recursive: true, force: true });
        throw fout;
    }
}
