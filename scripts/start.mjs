// `npm start`: the main job. Builds and packages the extension, sets up code-server once, and opens
// examples/ in the real VS Code workbench on http://127.0.0.1:<port>. Ctrl-C stops it.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE, installeer, start } from './code-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const poort = Number(process.env.PORT ?? 8123);

execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: 'inherit' });
installeer();
const server = await start({ vsix: path.join(ROOT, 'sturing.vsix'), map: path.join(ROOT, 'examples'), poort, profiel: path.join(CACHE, 'profiel') });
console.log(`\nSturing draait in VS Code op ${server.url}\nOpen dat adres in een browser. Stoppen: Ctrl-C.\n`);
let bezig = false;
const stop = async () => {
    if (bezig) return;
    bezig = true;
    console.log('\nStoppen…');
    await server.stop();
    process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
