// Runs a TypeScript entry point on plain Node 20: bundles it with esbuild into a temporary
// ES module (packages stay external) and imports that. Run from the project root. Usage: node scripts/run-ts.mjs <file.ts> [args…]
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
    console.error('Gebruik: node scripts/run-ts.mjs <bestand.ts> [argumenten]');
    process.exit(2);
}
// Inside the project, so that the bundle's imports of packages resolve from node_modules.
const cache = path.resolve('node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(path.join(cache, 'sturing-run-'));
const outfile = path.join(dir, 'entry.mjs');
await esbuild.build({
    entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20',
    packages: 'external', sourcemap: 'inline', logLevel: 'warning'
});
process.argv = [process.argv[0], path.resolve(entry), ...args];
try {
    await import(pathToFileURL(outfile).href);
} finally {
    rmSync(dir, { recursive: true, force: true });
}
