import '../language/node20-polyfill.js';
import * as path from 'node:path';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registreerBouwstatistiek } from '../language/lsp/build-statistics.js';
import { koppelRegelConfiguratie } from '../language/rules/config-sync.js';
import { stelDocumentatieMapIn } from '../language/rules/rule-documentation.js';
import { registreerSamenvattingVerzoeken } from '../language/summary/summary-requests.js';
import { createSturingServices, SturingProductionModule } from '../language/sturing-module.js';

// The language server: started by the VS Code extension over IPC (see client/extension.ts).
// Bundled as out/server.cjs, so the rule pages are in ../docs/regels.
stelDocumentatieMapIn(path.join(__dirname, '..', 'docs', 'regels'));
// A promise that fails while nobody waits for it must not stop the server (Node would exit, and
// VS Code gives up after a few restarts): it goes to the output channel and the server serves on.
process.on('unhandledRejection', reden => console.error(`Sturing: onverwachte fout, de server draait door: ${(reden as Error)?.stack ?? reden}`));
const connection = createConnection(ProposedFeatures.all);
const { shared, Sturing } = createSturingServices({ connection, ...NodeFileSystem }, SturingProductionModule);
koppelRegelConfiguratie(shared, Sturing);
registreerSamenvattingVerzoeken(shared, Sturing);
registreerBouwstatistiek(shared);
startLanguageServer(shared);
