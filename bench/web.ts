import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { bouwWeb, serveer, type BundelBestand } from '../scripts/web.js';

/**
 * `npm run bench:web`: builds dist/web and prints its size (raw and gzip, per file and in total)
 * and the time from page load (navigation start) to the first diagnostics on the example, measured
 * in Debian's Chromium as the median of several fresh page loads, over http and from file://.
 * Figures, not a test: nothing here fails on a slow machine. `--runs=N` sets the number of loads.
 */
const RONDES = Number(process.argv.find(a => a.startsWith('--runs='))?.slice(7) ?? 7);
const CHROMIUM = '/usr/bin/chromium';

function kB(n: number): string {
    return `${(n / 1024).toFixed(0)} kB`;
}

function mediaan(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}

function tabel(bestanden: BundelBestand[]): void {
    const groepen = new Map<string, BundelBestand>();
    for (const b of bestanden) {
        const sleutel = b.bestand.startsWith('regels/') ? 'regels/*.html (de regelpagina\'s)' : b.bestand;
        const g = groepen.get(sleutel) ?? { bestand: sleutel, bytes: 0, gzip: 0 };
        groepen.set(sleutel, { bestand: sleutel, bytes: g.bytes + b.bytes, gzip: g.gzip + b.gzip });
    }
    const rijen = [...groepen.values()];
    const totaal = rijen.reduce((t, r) => ({ bestand: 'totaal', bytes: t.bytes + r.bytes, gzip: t.gzip + r.gzip }), { bestand: 'totaal', bytes: 0, gzip: 0 });
    const breed = Math.max(...rijen.map(r => r.bestand.length), 10);
    console.log(`${'bestand'.padEnd(breed)}  ${'grootte'.padStart(9)}  ${'gzip'.padStart(9)}`);
    for (const r of [...rijen, totaal]) console.log(`${r.bestand.padEnd(breed)}  ${kB(r.bytes).padStart(9)}  ${kB(r.gzip).padStart(9)}`);
}

/** One fresh page load: ms from navigation start to the first marker of the example. */
async function eenLading(url: string): Promise<number> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('sturing:eerste-diagnostiek').length > 0, undefined, { timeout: 30_000 });
        return await page.evaluate(() => performance.getEntriesByName('sturing:eerste-diagnostiek')[0].startTime);
    } finally {
        await browser.close();
    }
}

async function meet(naam: string, url: string): Promise<void> {
    const tijden: number[] = [];
    for (let i = 0; i < RONDES; i++) tijden.push(await eenLading(url));
    console.log(`${naam.padEnd(22)} mediaan ${mediaan(tijden).toFixed(0).padStart(5)} ms   (min ${Math.min(...tijden).toFixed(0)}, max ${Math.max(...tijden).toFixed(0)}, ${RONDES} ladingen)`);
}

const root = process.cwd();
if (!existsSync(CHROMIUM)) {
    console.error(`Chromium ontbreekt (${CHROMIUM}); installeer het Debian-pakket chromium.`);
    process.exit(1);
}
const { bestanden, ingebouwd } = await bouwWeb({ root });
const map = path.join(root, 'dist', 'web');
console.log(`\nSturing in de browser: dist/web (${bestanden.length} bestanden)\n`);
tabel(bestanden);
const pagina = bestanden.filter(b => !b.bestand.startsWith('regels/') && !b.bestand.startsWith('hoe-'));
console.log(`\nDe pagina zelf (zonder regelpagina's): ${kB(pagina.reduce((s, b) => s + b.bytes, 0))}, gzip ${kB(pagina.reduce((s, b) => s + b.gzip, 0))}.`);
console.log(`In sturing.js zitten, als tekst voor blob:-workers: ${ingebouwd.map(b => `${b.bestand} ${kB(b.bytes)} (gzip ${kB(b.gzip)})`).join(', ')}.`);

console.log(`\nTijd tot de eerste diagnostiek (navigatiestart → eerste marker op voorbeeldstad.sturing), Chromium headless, ${cpus().length} kernen, belasting ${loadavg()[0].toFixed(1)}:`);
const { server, url } = await serveer(map, 0);
try {
    await meet('http (npm run web)', url);
    await meet('file:// (van schijf)', 'file://' + path.join(map, 'index.html'));
} finally {
    server.close();
}
