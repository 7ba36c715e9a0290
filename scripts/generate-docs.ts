import '../language/node20-polyfill.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { governancetypePagina } from './docs-inference.js';
import { regelIndex } from './docs-rules.js';
import { MELDINGEN_PAGINA, metRegelTabel } from './docs-meldingen.js';

mkdirSync('docs/regels', { recursive: true });
writeFileSync('docs/hoe-sturing-het-governancetype-bepaalt.md', await governancetypePagina());
writeFileSync('docs/regels/README.md', regelIndex());
console.log('docs/ geschreven');

// The rule table in docs/meldingen.md.
writeFileSync(MELDINGEN_PAGINA, metRegelTabel(readFileSync(MELDINGEN_PAGINA, 'utf8')));
