import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CATALOGUS, catalogusIndex, INDEX } from './catalog-index.js';

// language/rules/catalog/index.ts from the rule files beside it; before the docs, which read the catalogue.
const bestanden = readdirSync(CATALOGUS).map(naam => ({ naam, tekst: readFileSync(CATALOGUS + naam, 'utf8') }));
writeFileSync(INDEX, catalogusIndex(bestanden, existsSync(INDEX) ? readFileSync(INDEX, 'utf8') : ''));
console.log(`${INDEX} geschreven`);
