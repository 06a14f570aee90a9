import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium per file, files one after another (2 cores).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/browser/global-setup.ts'],
  },
});
