import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REGELS } from '../language/rules/catalog/index.js';
import { zipInhoud } from './zip-list.js';

const VSIX = fileURLToPath(new URL('../sturing.vsix', import.meta.url));

describe('the .vsix (npm run package, which npm test runs first)', () => {
    test('holds the bundles, grammar, snippets, schema, rule pages, the user pages the README links to and package files, and nothing else', () => {
        expect(existsSync(VSIX), 'sturing.vsix ontbreekt: draai npm run package').toBe(true);
        const inhoud = zipInhoud(VSIX).filter(f => f.startsWith('extension/')).map(f => f.slice('extension/'.length));
        expect(inhoud.filter(f => !f.startsWith('docs/regels/') && !f.startsWith('docs/images/'))).toEqual([
            'LICENSE.txt', 'changelog.md', 'docs/betrouwbaarheid.md', 'docs/cli.md', 'docs/editor.md', 'docs/hoe-sturing-het-governancetype-bepaalt.md', 'docs/meldingen.md', 'docs/samenvatting.md',
            'images/icon.png', 'images/sturing-file.svg', 'language-configuration.json', 'out/extension-browser.js', 'out/extension.cjs', 'out/server-browser.js', 'out/server.cjs',
            'package.json', 'readme.md', 'schemas/sturing.schema.json', 'snippets/sturing.json', 'syntaxes/sturing.tmLanguage.json'
        ]);
        expect(inhoud.filter(f => f.startsWith('docs/regels/')).sort()).toEqual(['docs/regels/README.md', ...REGELS.map(r => `docs/regels/${r.id}.md`)].sort());
        expect(inhoud.filter(f => f.startsWith('docs/images/'))).toEqual(readdirSync(new URL('../docs/images/', import.meta.url)).sort().map(f => `docs/images/${f}`));
        expect(inhoud.some(f => /\.(ts|map)$|^tests\/|^language\/|^node_modules\//.test(f))).toBe(false);
    });

    test('the manifest names publisher, license, icon, categories and keywords', () => {
        const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        expect(pkg.publisher).toBe('sturing');
        expect(pkg.license).toBe('MIT');
        expect(pkg.icon).toBe('images/icon.png');
        expect(pkg.categories).toEqual(['Programming Languages', 'Linters', 'Formatters']);
        expect(pkg.keywords.length).toBeGreaterThan(3);
        expect(pkg.engines.vscode).toBe('^1.100.0');
    });
});
