import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * The browser bundles are built for `platform: 'browser'`: esbuild refuses a Node built-in there, so a
 * build that succeeds holds none. This also checks that nothing falls back to a Node-only package
 * entry (`vscode-languageserver/node`, `langium/node`).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The virtual modules of scripts/web.ts, empty: only the page's own imports matter here. */
const virtueel: esbuild.Plugin = {
    name: 'virtueel',
    setup(build) {
        build.onResolve({ filter: /^sturing:/ }, a => ({ path: a.path, namespace: 'virtueel' }));
        build.onLoad({ filter: /.*/, namespace: 'virtueel' }, a => ({ contents: a.path === 'sturing:voorbeelden' ? 'export default []' : 'export default ""', loader: 'js' }));
    }
};

async function invoer(entry: string, extern: string[] = []): Promise<string[]> {
    const r = await esbuild.build({
        absWorkingDir: ROOT, entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true,
        outdir: 'uit', logLevel: 'silent', external: extern, plugins: [virtueel], loader: { '.ttf': 'dataurl' }
    });
    expect(r.errors).toEqual([]);
    return Object.keys(r.metafile.inputs);
}

describe('the browser bundles contain no Node built-ins', () => {
    const nodeAchtig = (bestanden: string[]) => bestanden.filter(f => /(^|\/)node:|\/(node|lib\/node)\/|langium\/lib\/node\b/.test(f) || builtinModules.includes(f));

    test('the language server worker (server/main-browser.ts): the page and the web extension', async () => {
        const bestanden = await invoer('server/main-browser.ts');
        expect(bestanden).toContain('language/sturing-module.ts');
        expect(nodeAchtig(bestanden)).toEqual([]);
    });

    test('the web extension (client/extension-browser.ts)', async () => {
        const bestanden = await invoer('client/extension-browser.ts', ['vscode']);
        expect(bestanden).toContain('client/summary-panel.ts');
        expect(nodeAchtig(bestanden)).toEqual([]);
    });

    test('the page (web/main.ts)', async () => {
        const bestanden = await invoer('web/main.ts');
        expect(bestanden).toContain('language/summary/render-html.ts');
        expect(nodeAchtig(bestanden)).toEqual([]);
    }, 60_000);
});
