/**
 * Fail open, as a matrix: for each fault of ours, on each send path of each site, the message is
 * sent, and the page's own scripts see no error from us.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askBackground, inContentWorld } from './gmail-helpers.ts';
import { useBrowser, type BrowserSession } from './session.ts';

const PUSHY = "Just checking in again. I haven't heard back, and this offer expires tonight, so act now!";
const FINE = 'Hello, here is the short guide on winter tyre checks I mentioned.';

interface Fault {
  name: string;
  /** The draft to try: a pushy one where the fault must not cause a hold, a fine one otherwise. */
  body: string;
  query?: Record<string, string>;
  apply(s: BrowserSession, page: Page): Promise<void>;
  /** Breaks the background: a fresh worker is started for the next case. */
  breaksWorker?: boolean;
}

/** Runs code in the background's global (the service worker). */
async function inWorker(s: BrowserSession, fn: string): Promise<void> {
  const worker = s.browser.context.serviceWorkers()[0] ?? (await s.browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(fn);
}

const FAULTS: Fault[] = [
  {
    name: 'the scorer throws',
    body: PUSHY,
    apply: (_, page) => inContentWorld(page, "RegExp.prototype.exec = () => { throw new Error('broken'); }; String.prototype.slice = () => { throw new Error('broken'); };"),
  },
  {
    name: 'the background is unreachable',
    body: FINE,
    apply: (_, page) => inContentWorld(page, 'chrome.runtime.sendMessage = () => new Promise(() => {});'),
  },
  {
    name: 'the database is unavailable',
    body: FINE,
    breaksWorker: true,
    apply: (s) => inWorker(s, "IDBDatabase.prototype.transaction = () => { throw new DOMException('gone', 'UnknownError'); }; indexedDB.open = () => { throw new DOMException('gone', 'UnknownError'); };"),
  },
  {
    name: 'the storage quota is exceeded',
    body: FINE,
    breaksWorker: true,
    apply: (s) => inWorker(s, "IDBObjectStore.prototype.add = IDBObjectStore.prototype.put = () => { throw new DOMException('full', 'QuotaExceededError'); };"),
  },
  {
    name: 'the extension context is invalidated (updated under the page)',
    body: PUSHY,
    apply: (_, page) => inContentWorld(page, "Object.defineProperty(chrome.runtime, 'id', { get() { return undefined; } });"),
  },
  {
    name: 'the site’s markup drifted (our selectors no longer match)',
    body: PUSHY,
    query: { drift: '1' },
    apply: async () => {},
  },
];

interface Path {
  site: 'gmail' | 'linkedin';
  name: string;
  query?: Record<string, string>;
  send(page: Page): Promise<void>;
}

const PATHS: Path[] = [
  { site: 'gmail', name: 'click on Send', send: (p) => p.locator('.T-I.aoO').click() },
  {
    site: 'gmail',
    name: 'Ctrl+Enter',
    send: async (p) => {
      await p.locator('.Am[contenteditable]').click();
      await p.keyboard.press('Control+Enter');
    },
  },
  {
    site: 'gmail',
    name: 'Enter on Send',
    send: async (p) => {
      await p.locator('.T-I.aoO').focus();
      await p.keyboard.press('Enter');
    },
  },
  {
    site: 'gmail',
    name: 'Schedule send',
    send: async (p) => {
      await p.locator('.T-I.hG').click();
      await p.locator('[selector=scheduledSend]').click();
    },
  },
  { site: 'linkedin', name: 'click on Send', send: (p) => p.locator('.msg-form__send-button').click() },
  {
    site: 'linkedin',
    name: 'Ctrl+Enter',
    send: async (p) => {
      await p.locator('.msg-form__contenteditable').click();
      await p.keyboard.press('Control+End');
      await p.keyboard.press('Control+Enter');
    },
  },
  {
    site: 'linkedin',
    name: 'Enter to send',
    query: { enter: '1' },
    send: async (p) => {
      await p.locator('.msg-form__contenteditable').click();
      await p.keyboard.press('Control+End');
      await p.keyboard.press('Enter');
    },
  },
];

async function open(s: BrowserSession, path: Path, fault: Fault, n: number): Promise<Page> {
  const query = new URLSearchParams({ ...path.query, ...fault.query });
  if (path.site === 'gmail') {
    for (const [k, v] of Object.entries({ open: 'new', to: `failopen${n}@example.com`, body: fault.body })) query.set(k, v);
    const page = await s.open(`https://mail.google.com/mail/u/0/?${query}`);
    await page.waitForSelector('html[data-pullback]');
    return page;
  }
  query.set('to', `failopen-${n}`);
  const page = await s.open(`https://www.linkedin.com/feed/?${query}`);
  await page.waitForSelector('html[data-pullback]');
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type(fault.body);
  return page;
}

describe('fail open', () => {
  const s = useBrowser();
  let n = 0;

  for (const fault of FAULTS) {
    describe(`when ${fault.name}`, () => {
      it.each(PATHS.map((p) => [`${p.site}: ${p.name}`, p] as const))('%s sends the message', async (_, path) => {
        const page = await open(s, path, fault, n++);
        await page.waitForTimeout(250);
        await fault.apply(s, page);
        await path.send(page);
        await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(1);
        expect(await page.evaluate(() => document.querySelector('pullback-guard') === null)).toBe(true);
        expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
        // The fault really happened: logging this send failed, and the popup would say so.
        if (fault.breaksWorker) {
          await expect.poll(async () => (await askBackground<{ ok: boolean; error: string | null }>(s, 'store.health', {})).ok, { timeout: 8_000 }).toBe(false);
        }
        await page.close();
        // A broken background is replaced by a fresh one before the next case.
        if (fault.breaksWorker) {
          const helper = await s.browser.context.newPage();
          const cdp = await s.browser.context.newCDPSession(helper);
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
          await cdp.detach();
          await helper.close();
        }
      });
    });
  }
});
