import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { governancetypePagina } from '../scripts/docs-inference.js';

describe('generated documentation is in sync with the framework data (npm run generate)', () => {
    test('docs/hoe-sturing-het-governancetype-bepaalt.md', () => {
        const opgeslagen = readFileSync(new URL('../docs/hoe-sturing-het-governancetype-bepaalt.md', import.meta.url), 'utf8');
        expect(opgeslagen).toBe(governancetypePagina());
    });

    test('the page shows the weights the inference uses', () => {
        const pagina = governancetypePagina();
        expect(pagina).toContain('| `regisseur` | · | · | 100% |');
        expect(pagina).toContain('- `opdrachtgever` in `kaderstelling` telt niet mee');
        expect(pagina).toMatch(/minstens 60% van die van het primaire type/);
    });
});
