import '../language/node20-polyfill.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { governancetypePagina } from './docs-inference.js';
import { regelIndex } from './docs-rules.js';
import { metRegelTabel } from './readme-rules.js';

mkdirSync('docs/regels', { recursive: true });
writeFileSync('docs/hoe-sturing-het-governancetype-bepaalt.md', await governancetypePagina());
writeFileSync('docs/regels/README.md', regelIndex());
console.log('docs/ geschreven');

// The rule table in README.md.
writeFileSync('README.md', metRegelTabel(readFileSync('README.md', 'utf8')));
