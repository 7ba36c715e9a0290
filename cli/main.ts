import '../language/node20-polyfill.js';
import { voerUit } from './cli.js';

// Entry point of the `sturing` command (bundled as out/cli.cjs; bin/sturing.cjs loads it).
voerUit(process.argv.slice(2)).then(code => { process.exitCode = code; });
