/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';
import { noInnerHtml } from './scripts/vite-no-inner-html.ts';
import { filedRules } from './scripts/vite-filed-rules.ts';
import { noPouchEval } from './scripts/vite-no-pouch-eval.ts';

const target: Target = process.env.PULLBACK_TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [
    noInnerHtml(),
    filedRules(),
    noPouchEval(),
    crx({
      // crxjs types the manifest narrowly; ours is validated by test/unit/manifest.test.ts.
      manifest: manifestFor(sourceManifest, target) as never,
      browser: target,
      // One self-contained content script: no chunks exposed to Gmail or LinkedIn as
      // web_accessible_resources (pages could detect the extension through them).
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill fetches chunks; extension pages forbid connect-src.
    modulePreload: { polyfill: false },
    // Pages the manifest does not name (crxjs builds the ones it does).
    rollupOptions: {
      input: { welcome: 'src/ui/welcome/welcome.html' },
      // The build's timing report is for whoever profiles it, not for every `npm start`.
      checks: { pluginTimings: false },
    },
    sourcemap: false,
    minify: true,
  },
  server: { cors: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
    // Two cores run several files at once; a slow neighbour must not time a quick test out.
    testTimeout: 30_000,
  },
});
