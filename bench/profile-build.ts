import '../language/node20-polyfill.js';
import { EmptyFileSystem, URI } from 'langium';
import { performance } from 'node:perf_hooks';
import type { Model } from '../language/generated/ast.js';
import { createSturingServices } from '../language/sturing-module.js';
import { genereerWerkruimte } from './generate-workspace.js';

// `node --cpu-prof scripts/run-ts.mjs bench/profile-build.ts`: one full build of the 342-gemeente
// workspace, for profiling where the time goes.
const services = createSturingServices(EmptyFileSystem).Sturing;
const bestanden = genereerWerkruimte(Number(process.argv[2] ?? 342));
const docs = [...bestanden].map(([naam, tekst]) => {
    const d = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(tekst, URI.file(`/p/${naam}`));
    services.shared.workspace.LangiumDocuments.addDocument(d);
    return d;
});
const fasen: Record<string, number> = {};
let vorige = performance.now();
for (const fase of [1, 2, 3, 4, 5, 6]) {
    services.shared.workspace.DocumentBuilder.onBuildPhase(fase, () => { const nu = performance.now(); fasen[fase] = Math.round(nu - vorige); vorige = nu; });
}
const t0 = performance.now();
await services.shared.workspace.DocumentBuilder.build(docs, { validation: true });
console.log('build ms', Math.round(performance.now() - t0), 'per fase (1 parsed, 2 indexed content, 3 computed scopes, 4 linked, 5 indexed refs, 6 validated):', fasen);
