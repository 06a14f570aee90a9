/** One fixture server and one Chromium with Pullback per test file. */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../harness/browser.ts';
import { fixtureFile, HOSTS, startFixtureServer, type FixtureServer } from '../harness/server.ts';

export interface BrowserSession {
  server: FixtureServer;
  /** Every network request the browser made that is not the fixture pages loading themselves. */
  unexpectedRequests: string[];
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
    // Pullback must make no network requests: record every request from any page, worker or
    // extension context; the only ones allowed are the fixture pages loading their own files.
    session.unexpectedRequests = [];
    session.browser.context.on('request', (request) => {
      const url = new URL(request.url());
      if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return;
      if (isFixtureLoad(url)) return;
      session.unexpectedRequests.push(`${request.method()} ${request.url()}`);
    });
    session.extensionUrl = (path) => `chrome-extension://${session.browser.extensionId}/${path.replace(/^\//, '')}`;
    session.open = async (url) => {
      const page = await session.browser.context.newPage();
      await page.bringToFront();
      await page.goto(url);
      return page;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    // Checked after every file's tests: nothing but the fixtures was fetched, and the fixture
    // server saw no request for anything it does not serve.
    const strays = session.server?.requests.filter((r) => !isFixtureLoad(new URL(`https://${r.host}${r.path}`))) ?? [];
    expect([...(session.unexpectedRequests ?? []), ...strays.map((r) => `server: ${r.host}${r.path}`)]).toEqual([]);
  });
  return session;
}

/** The fixture pages and their own files (and the browser's favicon probe) on a registry host. */
function isFixtureLoad(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  return fixtureFile(url) !== null || (Object.hasOwn(HOSTS, url.hostname) && url.pathname === '/favicon.ico');
}
