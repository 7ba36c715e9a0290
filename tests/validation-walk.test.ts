import type { AstNode, ValidationAcceptor } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { parseHelper } from 'langium/test';
import type { Model } from '../language/generated/ast.js';
import { nieuweServices } from './helpers.js';

/**
 * The validation walk runs the checks synchronously (SturingValidationRegistry, SturingDocumentValidator):
 * a check that throws still gives Langium's diagnostic on its node without stopping the others, and a
 * check that returns a promise is awaited in its place, so the order of the findings is Langium's.
 */
describe('the synchronous validation walk', () => {
    test('a check that throws gives a diagnostic on its node; the other checks and nodes go on, a promise is awaited in order', async () => {
        const services = nieuweServices();
        // A document validated before the checks below are registered: they must run on the next one all the same.
        await parseHelper<Model>(services)('gemeente Y {\n    team C { doel "Een plan" }\n}\n', { validation: true });
        const volgorde: string[] = [];
        const registry = services.validation.ValidationRegistry;
        registry.register({
            Team: [
                (node: AstNode & { name?: string }) => { volgorde.push(`eerst ${node.name}`); throw new Error(`kapot bij ${node.name}`); },
                async (node: AstNode & { name?: string }, accept: ValidationAcceptor) => {
                    await new Promise(klaar => setTimeout(klaar, 1));
                    volgorde.push(`later ${node.name}`);
                    accept('hint', `na het wachten: ${node.name}`, { node });
                },
                (node: AstNode & { name?: string }, accept: ValidationAcceptor) => { volgorde.push(`daarna ${node.name}`); accept('hint', `daarna: ${node.name}`, { node }); }
            ]
        });
        const fout = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const doc = await parseHelper<Model>(services)('gemeente X {\n    team A { doel "Een plan" }\n    team B { doel "Een plan" }\n}\n', { validation: true });
            expect(volgorde).toEqual(['eerst A', 'later A', 'daarna A', 'eerst B', 'later B', 'daarna B']);
            const eigen = (doc.diagnostics ?? []).filter(d => d.code === undefined).map(d => d.message);
            expect(eigen).toEqual([
                'An error occurred during validation: kapot bij A', 'na het wachten: A', 'daarna: A',
                'An error occurred during validation: kapot bij B', 'na het wachten: B', 'daarna: B'
            ]);
            expect(fout).toHaveBeenCalled();
        } finally {
            fout.mockRestore();
        }
    });
});
