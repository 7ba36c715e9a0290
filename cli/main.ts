import '../language/node20-polyfill.js';
import * as path from 'node:path';
import { stelDocumentatieMapIn } from '../language/rules/rule-documentation.js';
import { voerUit } from './cli.js';

// Bundled as out/cli.cjs: the rule pages are in ../docs/regels.
stelDocumentatieMapIn(path.join(__dirname, '..', 'docs', 'regels'));

// Entry point of the `sturing` command (bundled as out/cli.cjs; bin/sturing.cjs loads it).
voerUit(process.argv.slice(2)).then(code => { process.exitCode = code; });
