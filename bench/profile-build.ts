import '../language/node20-polyfill.js';
import { URI } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { opzet, processortijd, werkruimteServices, type Werkruimte } from './workspace-files.js';
import { profielTabel, type CpuProfiel } from './profile-table.js';
import { Session } from 'node:inspector';

// `node scripts/run-ts.mjs bench/profile-build.ts [realistisch|zwaar] [schaal] [keer] [--tabel]`: one warm-up
// build and `keer` measured full builds of a benchmark workspace. `--tabel` profiles the measured builds and
// prints where the time goes (bench/profile-table.ts); `node --cpu-prof …` writes a whole profile instead.
// Prints the time per build phase (the smallest of `keer` builds: `… realistisch 1 5`).
const soort = (process.argv[2] ?? 'realistisch') as Werkruimte;
const schaal = Number(process.argv[3] ?? 1);
const { bestanden, fs } = opzet(soort, schaal, '/p');
const services = werkruimteServices(fs, '/p');

const minimum: Record<string, number> = {};

async function bouw(meten: boolean): Promise<void> {
    const documenten = services.shared.workspace.LangiumDocuments;
    for (const d of documenten.all.toArray()) documenten.deleteDocument(d.uri);
    const tParse = processortijd();
    const docs = [...bestanden].map(([naam, tekst]) => {
        const d = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, URI.file(`/p/${naam}`));
        documenten.addDocument(d);
        return d;
    });
    const fasen: Record<string, number> = { 0: Math.round(processortijd() - tParse) };
    let vorige = processortijd();
    const luisteraars = [1, 2, 3, 4, 5, 6].map(fase => services.shared.workspace.DocumentBuilder.onBuildPhase(fase, () => { const nu = processortijd(); fasen[fase] = Math.round(nu - vorige); vorige = nu; }));
    await services.shared.workspace.DocumentBuilder.build(docs, { validation: true });
    luisteraars.forEach(l => l.dispose());
    fasen.totaal = Math.round(processortijd() - tParse);
    if (meten) for (const [k, v] of Object.entries(fasen)) minimum[k] = Math.min(minimum[k] ?? Infinity, v);
}
const keer = Number(process.argv[4] ?? 1);
await bouw(false);
const tabel = process.argv.includes('--tabel');
const sessie = tabel ? new Session() : undefined;
const post = (methode: string) => new Promise<unknown>((klaar, fout) => sessie!.post(methode, (err, res) => err ? fout(err) : klaar(res)));
if (sessie) { sessie.connect(); await post('Profiler.enable'); await post('Profiler.start'); }
for (let i = 0; i < keer; i++) await bouw(true);
if (sessie) {
    const { profile } = await post('Profiler.stop') as { profile: CpuProfiel };
    console.log(`Waar de tijd van ${keer} build(s) heen gaat (CPU-profiel, ms):\n| deel | ms | aandeel |\n|---|---:|---:|`);
    for (const [naam, ms, aandeel] of profielTabel(profile)) console.log(`| ${naam} | ${ms} | ${aandeel} % |`);
}
console.log(`${soort} ×${schaal}, kleinste van ${keer} builds, processortijd in ms per fase (0 parsen, 1 geparsed, 2 inhoud geïndexeerd, 3 scopes, 4 gekoppeld, 5 verwijzingen geïndexeerd, 6 gecontroleerd):`, minimum);
