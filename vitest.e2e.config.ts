import { defineConfig } from 'vitest/config';

// The end-to-end suite: the packaged extension in a real VS Code workbench (code-server), driven by
// Debian's Chromium through playwright-core. One file, run in order.
export default defineConfig({
    test: {
        include: ['tests/e2e/**/*.e2e.ts'],
        fileParallelism: false,
        testTimeout: 120_000,
        hookTimeout: 300_000
    }
});
