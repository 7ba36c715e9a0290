import { mkdirSync, writeFileSync } from 'node:fs';
import { governancetypePagina } from './docs-inference.js';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/hoe-sturing-het-governancetype-bepaalt.md', governancetypePagina());
console.log('docs/ geschreven');
