// Makes docs/images/samenvatting.png, the README's picture of a summary as handed on: the note for
// tests/fixtures/ontwikkelcasussen/emmen.sturing (one of R1's development cases) exported as HTML, shown
// as it prints on A4 (the print stylesheet), its first page and its appendix side by side.
// Not part of the tests. Needs Chromium (Debian's /usr/bin/chromium). Run from the project root:
//   npm run build && node scripts/run-ts.mjs scripts/samenvatting-afbeelding.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const BRON = 'tests/fixtures/ontwikkelcasussen/emmen.sturing';
const DOEL = 'docs/images/samenvatting.png';
/** A4 at 96 dots per inch, less the print margins of render-style.ts (16 and 18 mm). */
const BREEDTE = 673, HOOGTE = 987;

const map = mkdtempSync(path.join(tmpdir(), 'sturing-notitie-'));
try {
    const html = path.join(map, 'emmen.html');
    execFileSync(process.execPath, ['bin/sturing.cjs', 'samenvatting', BRON, '--format', 'html', '-o', html], { stdio: 'inherit' });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
        const page = await browser.newPage({ viewport: { width: BREEDTE, height: HOOGTE }, deviceScaleFactor: 1.5 });
        await page.emulateMedia({ media: 'print' });
        await page.goto(`file://${html}`);
        // Page 1: the title, "In het kort" and the start of the typing. The appendix starts a page of its own in print.
        const eerste = await page.screenshot({ clip: { x: 0, y: 0, width: BREEDTE, height: HOOGTE } });
        const bijlage = page.locator('.bijlage');
        const kader = (await bijlage.boundingBox())!;
        await page.setViewportSize({ width: BREEDTE, height: Math.ceil(kader.y + HOOGTE) });
        const tweede = await page.screenshot({ clip: { x: 0, y: kader.y - 24, width: BREEDTE, height: HOOGTE } });
        const vel = (png: Buffer) => `<div class="vel"><img src="data:image/png;base64,${png.toString('base64')}"></div>`;
        const blad = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
        await blad.setContent(`<body style="margin:0;background:#8a8d91;display:flex;gap:28px;padding:28px;width:max-content">
<style>.vel { background: #fff; box-shadow: 0 2px 10px #0007; padding: 42px 46px; } .vel img { width: ${BREEDTE}px; display: block; }</style>
${vel(eerste)}${vel(tweede)}</body>`);
        await blad.locator('body').screenshot({ path: DOEL });
    } finally {
        await browser.close();
    }
    console.log(`geschreven: ${DOEL} (${Math.round(readFileSync(DOEL).length / 1024)} kB)`);
} finally {
    rmSync(map, { recursive: true, force: true });
}
