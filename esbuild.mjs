//@ts-check
// Bundles the VS Code extension (client), the language server and the CLI into out/*.cjs, and the web
// extension (VS Code for the Web) into out/extension-browser.js + out/server-browser.js.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies without source maps.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const gedeeld = { bundle: true, sourcemap: !production, minify: production, logLevel: /** @type {const} */ ('warning') };

const contexts = await Promise.all([
    esbuild.context({
        ...gedeeld,
        entryPoints: {
            extension: 'client/extension.ts',
            server: 'server/main.ts',
            cli: 'cli/main.ts'
        },
        outdir: 'out',
        outExtension: { '.js': '.cjs' },
        format: 'cjs',
        platform: 'node',
        // VS Code 1.100 (and code-server 4.100) run extensions on Node 20.
        target: 'node20',
        external: ['vscode']
    }),
    // The web extension. VS Code for the Web adds `.js` to a `browser` entry without it, and loads it as
    // CommonJS because `main` ends in .cjs (so `"type": "module"` does not make it an ES module).
    esbuild.context({ ...gedeeld, entryPoints: { 'extension-browser': 'client/extension-browser.ts' }, outdir: 'out', format: 'cjs', platform: 'browser', target: 'es2022', external: ['vscode'] }),
    // Its language server: the same worker as the browser page's (server/main-browser.ts).
    esbuild.context({ ...gedeeld, entryPoints: { 'server-browser': 'server/main-browser.ts' }, outdir: 'out', format: 'iife', platform: 'browser', target: 'es2022' })
]);

if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
