// Global set-up of the vitest project `integration` (vitest.config.ts): the tests there start the bundled
// language server (out/server.cjs) and the bundled command (bin/sturing.cjs → out/cli.cjs), or read sturing.vsix.
// `npm run package` makes all three (its vscode:prepublish bundles with esbuild); it runs once per `vitest run`,
// and only when an input of the package is newer than sturing.vsix, or one of the outputs is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the bundles and the .vsix are made of (.vscodeignore and esbuild.mjs). Folders count with their own time, so a deleted file counts too. */
export const INVOER = [
    'language', 'server', 'client', 'cli', 'images', 'syntaxes', 'snippets', 'schemas', 'docs', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json',
    'tsconfig.json', 'esbuild.mjs', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json'
];

export const UITVOER = ['sturing.vsix', 'out/server.cjs', 'out/cli.cjs', 'out/extension.cjs'];

function nieuwste(p: string): number {
    if (!existsSync(p)) return 0;
    const s = statSync(p);
    if (!s.isDirectory()) return s.mtimeMs;
    return Math.max(s.mtimeMs, ...readdirSync(p).map(n => nieuwste(path.join(p, n))));
}

/** Why a package is needed, or undefined when sturing.vsix and the bundles are newer than every input. */
export function redenOmTeBouwen(root = ROOT): string | undefined {
    const ontbreekt = UITVOER.find(u => !existsSync(path.join(root, u)));
    if (ontbreekt) return `${ontbreekt} ontbreekt`;
    const gebouwd = Math.min(...UITVOER.map(u => statSync(path.join(root, u)).mtimeMs));
    const nieuwer = INVOER.find(i => nieuwste(path.join(root, i)) > gebouwd);
    return nieuwer ? `${nieuwer} is gewijzigd` : undefined;
}

export default function setup(): void {
    const reden = process.env.STURING_BOUW === 'altijd' ? 'STURING_BOUW=altijd' : redenOmTeBouwen();
    if (!reden) return;
    console.log(`integratietests: npm run package (${reden})`);
    execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
