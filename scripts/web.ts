// The browser version of Sturing: `npm run build:web` builds the static site in dist/web/,
// `npm run web` builds it and serves it on http://127.0.0.1:<port>. Usage (from the project root):
//   node scripts/run-ts.mjs scripts/web.ts bouw [--dev]
//   node scripts/run-ts.mjs scripts/web.ts serveer [--poort 8124]
import * as esbuild from 'esbuild';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { MONACO_NL } from '../web/monaco-nl.js';
import { htmlPagina, markdownAlsHtml } from './markdown-html.js';

export interface WebOpties {
    /** The project root (default: the working directory). */
    root?: string;
    /** Where the site goes (default: <root>/dist/web). */
    uit?: string;
    /** Minified (default) or readable with source maps, for debugging. */
    minify?: boolean;
}

export interface BundelBestand {
    bestand: string;
    bytes: number;
    gzip: number;
}

export interface WebBouw {
    /** Every file in dist/web. */
    bestanden: BundelBestand[];
    /** The workers inside sturing.js (the language server, Monaco's editor worker, the Word export). */
    ingebouwd: BundelBestand[];
}

function grootte(bestand: string, inhoud: string | Buffer): BundelBestand {
    return { bestand, bytes: Buffer.byteLength(inhoud), gzip: gzipSync(inhoud, { level: 9 }).length };
}

/** The first example is the one the page opens with. */
const VOORBEELDEN: Array<[bestand: string, titel: string]> = [
    ['voorbeeldstad.sturing', 'Voorbeeldstad (volledig, fictief)'],
    ['ittersum.sturing', 'Ittersum'],
    ['groningen-2014.sturing', 'Groningen 2014']
];

/** The value of a JavaScript string literal's content (Monaco's own source): its backslash escapes undone. */
export function letterlijk(inhoud: string): string {
    const tekens: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    return inhoud.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, e: string) =>
        e[0] === 'u' && e.length > 1 ? String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16))
            : e[0] === 'x' && e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16))
                : tekens[e] ?? e);
}

/**
 * Monaco's messages in Dutch, by number: every `localize(N, 'English')` and `localize2(N, 'English')`
 * in the installed Monaco whose English is in web/monaco-nl.ts. Monaco looks its messages up in this
 * table (globalThis._VSCODE_NLS_MESSAGES) and shows its English where the table has none.
 */
export function monacoBerichten(root: string): { berichten: Record<number, string>; gevonden: Set<string> } {
    const berichten: Record<number, string> = {};
    const gevonden = new Set<string>();
    const oproep = /\blocalize2?\((\d+),\s*(['"])((?:\\.|(?!\2).)*)\2/g;
    const loop = (map: string) => {
        for (const naam of readdirSync(map)) {
            const pad = path.join(map, naam);
            if (statSync(pad).isDirectory()) { loop(pad); continue; }
            if (!naam.endsWith('.js')) continue;
            const tekst = readFileSync(pad, 'utf8');
            if (!tekst.includes('localize')) continue;
            for (const m of tekst.matchAll(oproep)) {
                const engels = letterlijk(m[3]);
                const nl = MONACO_NL[engels];
                if (nl === undefined) continue;
                berichten[Number(m[1])] = nl;
                gevonden.add(engels);
            }
        }
    };
    loop(path.join(root, 'node_modules', 'monaco-editor', 'esm', 'vs'));
    return { berichten, gevonden };
}

function tekstModule(code: string): esbuild.OnLoadResult {
    return { contents: `export default ${JSON.stringify(code)};`, loader: 'js' };
}

async function bundelAlsTekst(root: string, entry: string, minify: boolean): Promise<string> {
    const r = await esbuild.build({
        absWorkingDir: root, entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'es2022',
        minify, sourcemap: minify ? false : 'inline', write: false, logLevel: 'warning', legalComments: 'none'
    });
    return r.outputFiles[0].text;
}

/**
 * Builds dist/web: index.html, sturing.js (the page with Monaco, and the language server, Monaco's
 * worker and the Word export inlined as blob: workers, so the folder also works from file://), sturing.css, the icon,
 * and the rule pages as HTML (regels/), which the diagnostics link to.
 */
export async function bouwWeb(opties: WebOpties = {}): Promise<WebBouw> {
    const root = path.resolve(opties.root ?? process.cwd());
    const uit = path.resolve(opties.uit ?? path.join(root, 'dist', 'web'));
    const minify = opties.minify ?? true;
    rmSync(uit, { recursive: true, force: true });
    mkdirSync(path.join(uit, 'regels'), { recursive: true });

    const [server, editorWorker, wordWorker] = await Promise.all([
        bundelAlsTekst(root, 'server/main-browser.ts', minify),
        bundelAlsTekst(root, 'monaco-editor/editor/editor.worker.js', minify),
        bundelAlsTekst(root, 'web/word-worker.ts', minify)
    ]);
    const voorbeelden = VOORBEELDEN.map(([bestand, titel]) => ({ naam: bestand, titel, tekst: readFileSync(path.join(root, 'examples', bestand), 'utf8') }));
    const virtueel: esbuild.Plugin = {
        name: 'sturing-virtueel',
        setup(build) {
            build.onResolve({ filter: /^sturing:/ }, a => ({ path: a.path, namespace: 'sturing' }));
            build.onLoad({ filter: /.*/, namespace: 'sturing' }, a => {
                if (a.path === 'sturing:server') return tekstModule(server);
                if (a.path === 'sturing:editor-worker') return tekstModule(editorWorker);
                if (a.path === 'sturing:word-worker') return tekstModule(wordWorker);
                if (a.path === 'sturing:voorbeelden') return { contents: `export default ${JSON.stringify(voorbeelden)};`, loader: 'js' };
                if (a.path === 'sturing:monaco-nl') return { contents: `export default ${JSON.stringify(monacoBerichten(root).berichten)};`, loader: 'js' };
                return undefined;
            });
        }
    };
    await esbuild.build({
        absWorkingDir: root, entryPoints: { sturing: 'web/main.ts' }, outdir: uit, bundle: true, format: 'iife', platform: 'browser',
        target: 'es2022', minify, sourcemap: !minify, legalComments: 'none', logLevel: 'warning', plugins: [virtueel],
        loader: { '.ttf': 'dataurl' }
    });

    copyFileSync(path.join(root, 'web', 'index.html'), path.join(uit, 'index.html'));
    copyFileSync(path.join(root, 'images', 'icon.png'), path.join(uit, 'icon.png'));
    schrijfRegelPaginas(root, uit);
    return {
        bestanden: groottes(uit),
        ingebouwd: [grootte('taalserver (server/main-browser.ts)', server), grootte('Monaco editor-worker', editorWorker), grootte('Word-export (web/word-worker.ts)', wordWorker)]
    };
}

/** docs/regels/*.md as regels/*.html, and the page on how the type is inferred, which they link to. */
function schrijfRegelPaginas(root: string, uit: string): void {
    const regels = path.join(root, 'docs', 'regels');
    for (const bestand of readdirSync(regels).filter(b => b.endsWith('.md'))) {
        const md = readFileSync(path.join(regels, bestand), 'utf8');
        const titel = /^#\s+(.*)$/m.exec(md)?.[1] ?? bestand;
        const index = bestand === 'README.md';
        const doel = index ? 'index.html' : bestand.replace(/\.md$/, '.html');
        writeFileSync(path.join(uit, 'regels', doel), htmlPagina(`${titel} — Sturing`, markdownAlsHtml(md).replace(/href="README\.html"/g, 'href="index.html"'), index ? undefined : { href: 'index.html', tekst: '← Alle regels' }));
    }
    const uitleg = 'hoe-sturing-het-governancetype-bepaalt.md';
    writeFileSync(path.join(uit, uitleg.replace(/\.md$/, '.html')),
        htmlPagina('Hoe Sturing het governancetype bepaalt', markdownAlsHtml(readFileSync(path.join(root, 'docs', uitleg), 'utf8')).replace(/href="regels\/README\.html"/g, 'href="regels/index.html"'), { href: 'regels/index.html', tekst: '← Alle regels' }));
}

/** Every file of the site with its size, raw and gzipped. */
export function groottes(map: string): BundelBestand[] {
    const lijst: BundelBestand[] = [];
    const loop = (dir: string) => {
        for (const naam of readdirSync(dir)) {
            const pad = path.join(dir, naam);
            if (statSync(pad).isDirectory()) loop(pad);
            else lijst.push(grootte(path.relative(map, pad).split(path.sep).join('/'), readFileSync(pad)));
        }
    };
    loop(map);
    return lijst.sort((a, b) => b.bytes - a.bytes);
}

const MIME: Record<string, string> = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.png': 'image/png', '.map': 'application/json', '.svg': 'image/svg+xml'
};

/** A plain static file server for the site, on 127.0.0.1 only. */
export function serveer(map: string, poort: number): Promise<{ server: Server; url: string }> {
    const server = createServer((req, res) => {
        const pad = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        let bestand = path.join(map, path.normalize(pad).replace(/^(\.\.[/\\])+/, ''));
        if (!bestand.startsWith(map)) { res.writeHead(403).end(); return; }
        if (existsSync(bestand) && statSync(bestand).isDirectory()) bestand = path.join(bestand, 'index.html');
        if (!existsSync(bestand)) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden'); return; }
        res.writeHead(200, { 'content-type': MIME[path.extname(bestand)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        createReadStream(bestand).pipe(res);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(poort, '127.0.0.1', () => {
            const adres = server.address();
            resolve({ server, url: `http://127.0.0.1:${typeof adres === 'object' && adres ? adres.port : poort}/` });
        });
    });
}

function kB(n: number): string {
    return `${(n / 1024).toFixed(0)} kB`;
}

async function hoofd(): Promise<void> {
    const [opdracht = 'bouw', ...rest] = process.argv.slice(2);
    const dev = rest.includes('--dev');
    const i = rest.indexOf('--poort');
    const poort = i >= 0 ? Number(rest[i + 1]) : Number(process.env.PORT ?? 8124);
    if (opdracht !== 'bouw' && opdracht !== 'serveer') {
        console.error('Gebruik: node scripts/run-ts.mjs scripts/web.ts bouw|serveer [--dev] [--poort N]');
        process.exit(2);
    }
    const start = Date.now();
    const { bestanden } = await bouwWeb({ minify: !dev });
    const js = bestanden.filter(b => !b.bestand.startsWith('regels/') && !b.bestand.endsWith('.html'));
    console.log(`dist/web gebouwd in ${((Date.now() - start) / 1000).toFixed(1)} s: ${js.map(b => `${b.bestand} ${kB(b.bytes)} (gzip ${kB(b.gzip)})`).join(', ')}; ${bestanden.length} bestanden.`);
    if (opdracht === 'serveer') {
        const { url } = await serveer(path.resolve('dist', 'web'), poort);
        console.log(`\nSturing in de browser: ${url}\nStoppen: Ctrl-C.\n`);
    }
}

if (process.argv[1]?.endsWith(path.join('scripts', 'web.ts'))) await hoofd();
