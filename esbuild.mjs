//@ts-check
// Bundles the VS Code extension (client), the language server and the CLI into out/*.cjs.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies without source maps.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const ctx = await esbuild.context({
    entryPoints: {
        extension: 'client/extension.ts',
        server: 'server/main.ts',
        cli: 'cli/main.ts'
    },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    // VS Code 1.100 (and code-server 4.100) run extensions on Node 20.
    target: 'node20',
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning'
});

if (watch) {
    await ctx.watch();
} else {
    await ctx.rebuild();
    await ctx.dispose();
}
