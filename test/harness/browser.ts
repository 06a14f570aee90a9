/**
 * Launches Debian's Chromium through playwright-core with a Pullback build loaded, pointing every
 * registry host (mail.google.com, www.linkedin.com, …) at the local fixture server (recipe: shared toolchain.md).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { hostResolverRules, ROOT } from './server.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const INSTALL_HINT = 'Chromium not found: install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).';

export function findChromium(): string | null {
  return CANDIDATES.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

export interface Launched {
  context: BrowserContext;
  /** The first-run welcome page the extension opened on install (closed, so it does not take focus). */
  welcomeOpened: Promise<string>;
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
  keepWelcome?: boolean;
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
      `--host-resolver-rules=${hostResolverRules(options.port)}`,
    ],
  });
  // The welcome tab opens on install; close it so it does not take focus (background tabs barely
  // run animation frames in headless Chromium), and remember that it opened.
  let welcomeSeen = false;
  const welcomeOpened = new Promise<string>((resolve) => {
    const check = (page: import('playwright-core').Page) => {
      if (welcomeSeen || !page.url().includes('/welcome.html')) return false;
      welcomeSeen = true;
      resolve(page.url());
      if (!options.keepWelcome) void page.close().catch((error: unknown) => console.debug('harness: the welcome page closed before we did', error));
      return true;
    };
    context.on('page', (page) => {
      if (!check(page)) page.once('load', () => check(page));
    });
    for (const page of context.pages()) check(page);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    welcomeOpened,
    extensionId,
    worker,
    profile,
    async close() {
      await context.close().catch((error: unknown) => console.debug('harness: the browser had already gone', error));
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Ask the background from one of the extension's own pages, as the popup and options page do; its error thrown. */
export async function askFrom<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  )) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
