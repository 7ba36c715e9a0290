import '../language/node20-polyfill.js';
import { EmptyFileSystem } from 'langium';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createSturingServices } from '../language/sturing-module.js';
import { fuzz } from '../tests/fuzz/fuzzer.js';

// `npm run fuzz -- --n 10000 [--seed 1]`: mutates the examples and reports every exception, every
// document that takes more than 2 s, and every formatting that changes the meaning. Problem cases
// are written to bench/fuzz-problemen/ so they can be replayed.
const arg = (naam: string, standaard: number) => {
    const i = process.argv.indexOf(`--${naam}`);
    return i >= 0 ? Number(process.argv[i + 1]) : standaard;
};
const n = arg('n', 1000), seed = arg('seed', 1);
const zaden = readdirSync('examples').filter(f => f.endsWith('.sturing')).map(f => readFileSync(`examples/${f}`, 'utf8'));
zaden.push(...readdirSync('tests/fixtures/typen').map(f => readFileSync(`tests/fixtures/typen/${f}`, 'utf8')));
const services = createSturingServices(EmptyFileSystem).Sturing;
const t0 = Date.now();
const resultaat = await fuzz(services, zaden, { n, seed, zwaar: true, voortgang: i => { if ((i + 1) % 500 === 0) process.stderr.write(`  ${i + 1} documenten\n`); } });
const sec = ((Date.now() - t0) / 1000).toFixed(1);
console.log(`${resultaat.documenten} documenten in ${sec} s (seed ${seed}); traagste gewone document ${resultaat.traagsteMs} ms; ${resultaat.problemen.length} problemen`);
console.log(`zware gevallen (alle diensten samen): ${resultaat.zwaar.map(z => `${z.naam} ${z.ms} ms${z.ms > 2000 ? ' (boven 2 s)' : ''}`).join(', ')}`);
if (resultaat.problemen.length) {
    mkdirSync('bench/fuzz-problemen', { recursive: true });
    resultaat.problemen.slice(0, 50).forEach((p, i) => {
        writeFileSync(`bench/fuzz-problemen/${i}-${p.soort}-${p.mutatie}.sturing`, p.tekst);
        console.log(`- #${p.index} ${p.soort} (${p.mutatie}): ${p.detail.split('\n')[0]}`);
    });
    process.exitCode = 1;
}
