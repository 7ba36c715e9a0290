import { defineConfig } from 'vitest/config';

/**
 * Test files that need built output: they start the bundled language server (out/server.cjs) or the bundled
 * command (bin/sturing.cjs → out/cli.cjs) as a separate process, or read sturing.vsix. The project
 * `integration` runs them; its global set-up runs `npm run package` when the package is older than its sources.
 */
export const GEBOUWD = [
    'tests/cli-bundel.test.ts',
    'tests/cli-ci.test.ts',
    'tests/ervaring.test.ts',
    'tests/formatting-server.test.ts',
    'tests/package.test.ts',
    'tests/rule-config-proces.test.ts',
    'tests/server-robustness.test.ts',
    'tests/server.test.ts',
    'tests/typefouten.test.ts',
    'tests/vergissingen-proces.test.ts'
];

/**
 * The two stress runs: the bounded fuzzer over four seeds, and inputs of 5 MB and 10 000 braces. They need no
 * build, but take about a quarter of the unit project's processor time, so `integration` runs them too.
 */
export const ZWAAR = ['tests/fuzz.test.ts', 'tests/robustness.test.ts'];

/**
 * The project `integration`. Everything else is the project `unit`, which needs no build and answers quickly
 * (`npx vitest run --project unit`); tests/test-projecten.test.ts keeps it free of built output.
 */
export const INTEGRATIE = [...GEBOUWD, ...ZWAAR];

export default defineConfig({
    test: {
        setupFiles: ['language/node20-polyfill.js'],
        testTimeout: 30000,
        projects: [
            // Both cores: vitest's default is one worker fewer than there are cores, one on a machine with two.
            { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts', 'language/**/*.test.ts'], exclude: INTEGRATIE, maxWorkers: 2, sequence: { groupOrder: 0 } } },
            // One worker (the default here): most of these tests start a server or command of their own. After the unit project.
            { extends: true, test: { name: 'integration', include: INTEGRATIE, globalSetup: ['tests/bouw-voor-integratie.ts'], maxWorkers: 1, sequence: { groupOrder: 1 } } }
        ]
    }
});
