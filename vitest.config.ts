import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['tests/**/*.test.ts', 'language/**/*.test.ts'],
        setupFiles: ['language/node20-polyfill.js'],
        testTimeout: 30000
    }
});
