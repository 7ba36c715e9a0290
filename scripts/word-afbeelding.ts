// Makes docs/images/samenvatting-word.png, the README's picture of a summary as a Word document: the
// summary of tests/fixtures/perioden/dorpstad-2018.sturing (with its 2014 period, so the Ontwikkeling
// shows) as .docx, opened in LibreOffice Writer (converted to PDF), its first two pages side by side.
// Not part of the tests. Needs the Debian packages libreoffice-writer-nogui and poppler-utils
// (apt-get install libreoffice-writer-nogui poppler-utils) and Chromium. Run from the project root:
//   npm run build && node scripts/run-ts.mjs scripts/word-afbeelding.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const map = mkdtempSync(path.join(tmpdir(), 'sturing-word-'));
try {
    execFileSync(process.execPath, ['bin/sturing.cjs', 'samenvatting', 'tests/fixtures/perioden', '--format', 'docx', '-o', map], { stdio: 'inherit' });
    const docx = path.join(map, 'dorpstad-2018.samenvatting.docx');
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', map, docx], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', path.join(map, 'dorpstad-2018.samenvatting.pdf'), path.join(map, 'pagina')]);
    const paginas = ['pagina-1.png', 'pagina-2.png'].map(p => `data:image/png;base64,${readFileSync(path.join(map, p)).toString('base64')}`);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        await page.setContent(`<body style="margin:0;background:#8a8d91;display:flex;gap:24px;padding:24px;width:max-content">${paginas.map(src => `<img src="${src}" style="box-shadow:0 2px 8px #0006">`).join('')}</body>`);
        await page.locator('body').screenshot({ path: 'docs/images/samenvatting-word.png' });
    } finally {
        await browser.close();
    }
    console.log('geschreven: docs/images/samenvatting-word.png');
} finally {
    rmSync(map, { recursive: true, force: true });
}
