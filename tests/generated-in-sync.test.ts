import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('language/generated/ is what `langium generate` makes of the grammar (run `npm run generate` after editing it)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sturing-gen-'));
    const config = JSON.parse(readFileSync(path.join(ROOT, 'langium-config.json'), 'utf8'));
    config.languages[0].grammar = path.join(ROOT, config.languages[0].grammar);
    config.out = path.join(dir, 'generated');
    writeFileSync(path.join(dir, 'langium-config.json'), JSON.stringify(config));
    const r = spawnSync(process.execPath, ['--import', path.join(ROOT, 'language/node20-polyfill.js'), path.join(ROOT, 'node_modules/langium-cli/bin/langium.js'), 'generate', '-f', path.join(dir, 'langium-config.json')], { encoding: 'utf8', cwd: dir });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    for (const bestand of ['ast.ts', 'grammar.ts', 'module.ts']) {
        const vers = readFileSync(path.join(dir, 'generated', bestand), 'utf8');
        const opgeslagen = readFileSync(path.join(ROOT, 'language/generated', bestand), 'utf8');
        expect(opgeslagen, bestand).toBe(vers);
    }
}, 60_000);
