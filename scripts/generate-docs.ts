import { mkdirSync, writeFileSync } from 'node:fs';
import { governancetypePagina } from './docs-inference.js';
import { regelIndex } from './docs-rules.js';

mkdirSync('docs/regels', { recursive: true });
writeFileSync('docs/hoe-sturing-het-governancetype-bepaalt.md', governancetypePagina());
writeFileSync('docs/regels/README.md', regelIndex());
console.log('docs/ geschreven');
