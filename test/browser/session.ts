/** One fixture server and one Chromium with Pullback per test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../harness/browser.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';

export interface BrowserSession {
  server: FixtureServer;
  browser: Launched;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  open(url: string): Promise<Page>;
}

export function useBrowser(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension({ port: session.server.port });
    // Fail at the step that is stuck, well before the test's own timeout.
    session.browser.context.setDefaultTimeout(10_000);
    session.extensionUrl = (path) => `chrome-extension://${session.browser.extensionId}/${path.replace(/^\//, '')}`;
    session.open = async (url) => {
      const page = await session.browser.context.newPage();
      await page.goto(url);
      return page;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
