// `node scripts/run-ts.mjs bench/langium-floor.ts`: how far Langium's own build steps already take a build above the
// parse-and-retain floor on the realistic workspace (scale 1): parse and keep ('retain'), a build without
// validation ('link': index, scopes, linking, reference index), and a full build ('full'); five runs each,
// interleaved, in this one fresh process. Prints the medians in wall-clock and processor time (bench/README.md).
import '../language/node20-polyfill.js';
import { URI } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { createSturingServices } from '../language/sturing-module.js';
import { genereerRealistischeWerkruimte } from './generate-workspace.js';
import { geheugenMet } from './workspace-files.js';
const { bestanden, configuraties } = genereerRealistischeWerkruimte(1);
const fs = geheugenMet(new Map([...configuraties].map(([map, t]) => [URI.file(`/p/${map ? map + '/' : ''}sturing.json`).toString(), t])));
const services = createSturingServices({ fileSystemProvider: () => fs }).Sturing;
services.rules.Configuratie.stelWortelsIn([URI.file('/p')]);
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
async function bouw(modus: 'retain' | 'link' | 'full') {
    const documenten = services.shared.workspace.LangiumDocuments;
    for (const d of documenten.all.toArray()) documenten.deleteDocument(d.uri);
    const t0 = performance.now(), c0 = cpu();
    const docs = [...bestanden].map(([naam, tekst]) => { const d = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, URI.file(`/p/${naam}`)); documenten.addDocument(d); return d; });
    if (modus !== 'retain') await services.shared.workspace.DocumentBuilder.build(docs, { validation: modus === 'full' });
    return [performance.now() - t0, cpu() - c0];
}
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const modi = ['retain', 'link', 'full'] as const;
const r: Record<string, number[][]> = { retain: [], link: [], full: [] };
for (const m of modi) await bouw(m);
for (let i = 0; i < 5; i++) for (const m of modi) r[m].push(await bouw(m));
for (const m of modi) console.log(m, Math.round(med(r[m].map(x => x[0]))), 'ms wall', Math.round(med(r[m].map(x => x[1]))), 'ms cpu');
