import '../language/node20-polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSturingServices } from '../language/sturing-module.js';

// The language server: started by the VS Code extension over IPC (see client/extension.ts).
const connection = createConnection(ProposedFeatures.all);
const { shared } = createSturingServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
