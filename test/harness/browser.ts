/**
 * Launches Debian's Chromium through playwright-core with a Pullback build loaded, pointing
 * mail.google.com and www.linkedin.com at the local fixture server (recipe: shared toolchain.md).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { ROOT } from './server.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const INSTALL_HINT = 'Chromium not found: install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).';

export function findChromium(): string | null {
  return CANDIDATES.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  port: number;
  headless?: boolean;
  dist?: string;
  profile?: string;
}): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const dist = options.dist ?? join(ROOT, 'dist', 'chrome');
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No build in ${dist}: run \`npm run build\` first.`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'pullback-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--host-resolver-rules=MAP mail.google.com 127.0.0.1:${options.port}, MAP www.linkedin.com 127.0.0.1:${options.port}, MAP * ~NOTFOUND, EXCLUDE localhost`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profile,
    async close() {
      await context.close().catch(() => {});
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
