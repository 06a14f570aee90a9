/**
 * Fail open, as a matrix: for each fault of ours, on each send path of each site, the message is
 * sent, and the page's own scripts see no error from us.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inContentWorld } from './gmail-helpers.ts';
import { useBrowser, type BrowserSession } from './session.ts';

const PUSHY = "Just checking in again. I haven't heard back, and this offer expires tonight, so act now!";
const FINE = 'Hello, here is the short guide on winter tyre checks I mentioned.';

interface Fault {
  name: string;
  /** The draft to try: a pushy one where the fault must not cause a hold, a fine one otherwise. */
  body: string;
  query?: Record<string, string>;
  apply(s: BrowserSession, page: Page): Promise<void>;
  /** Breaks the background; `undo` mends it for the next case. */
  breaksWorker?: boolean;
  undo?(s: BrowserSession): Promise<void>;
}

/** Runs code in the background's global (the service worker). */
async function inWorker(s: BrowserSession, fn: string): Promise<void> {
  const worker = s.browser.context.serviceWorkers()[0] ?? (await s.browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(fn);
}

/** Types at the start of the open draft, on either site (a change the background has not judged yet). */
async function typeAtStart(page: Page, text: string): Promise<void> {
  await page.locator('.Am[contenteditable], .msg-form__contenteditable, .compose [aria-multiline=true]').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
}

/** The worker's IndexedDB functions, kept before a fault replaces them and put back after. */
const SAVE = 'self.__saved ??= { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put, transaction: IDBDatabase.prototype.transaction }';
const RESTORE =
  'Object.assign(IDBObjectStore.prototype, { add: self.__saved.add, put: self.__saved.put }); IDBDatabase.prototype.transaction = self.__saved.transaction; delete indexedDB.open;';

const FAULTS: Fault[] = [
  {
    name: 'the content script’s own code throws',
    body: PUSHY,
    apply: (_, page) =>
      inContentWorld(page, "RegExp.prototype.exec = () => { throw new Error('broken'); }; String.prototype.slice = () => { throw new Error('broken'); };"),
  },
  {
    name: 'the scorer throws (a pushy draft typed just before the send)',
    body: FINE,
    breaksWorker: true,
    apply: async (s, page) => {
      await inWorker(s, "self.__savedExec ??= RegExp.prototype.exec; RegExp.prototype.exec = () => { throw new Error('broken'); };");
      await typeAtStart(page, 'Act now, this offer expires tonight! ');
    },
    undo: (s) => inWorker(s, 'RegExp.prototype.exec = self.__savedExec;'),
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
    apply: (s) =>
      inWorker(
        s,
        `${SAVE}; IDBDatabase.prototype.transaction = () => { throw new DOMException('gone', 'UnknownError'); }; indexedDB.open = () => { throw new DOMException('gone', 'UnknownError'); };`,
      ),
    undo: (s) => inWorker(s, RESTORE),
  },
  {
    name: 'the storage quota is exceeded',
    body: FINE,
    breaksWorker: true,
    apply: (s) =>
      inWorker(s, `${SAVE}; IDBObjectStore.prototype.add = IDBObjectStore.prototype.put = () => { throw new DOMException('full', 'QuotaExceededError'); };`),
    undo: (s) => inWorker(s, RESTORE),
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
  site: 'gmail' | 'linkedin' | 'outlook';
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
  { site: 'outlook', name: 'click on Send', send: (p) => p.locator('.compose button.send').click() },
  {
    site: 'outlook',
    name: 'Ctrl+Enter',
    send: async (p) => {
      await p.locator('.compose [aria-multiline=true]').click();
      await p.keyboard.press('Control+Enter');
    },
  },
  {
    site: 'outlook',
    name: 'Alt+S',
    send: async (p) => {
      await p.locator('.compose [aria-multiline=true]').click();
      await p.keyboard.press('Alt+KeyS');
    },
  },
  {
    site: 'outlook',
    name: 'Schedule send',
    send: async (p) => {
      await p.locator('.compose .send-arrow').click();
      await p.locator('[role=menuitem]').click();
      await p.locator('[data-fixture=schedule-send]').click();
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
  if (path.site === 'outlook') {
    for (const [k, v] of Object.entries({ compose: 'new', to: `failopen${n}@example.com`, body: fault.body })) query.set(k, v);
    const page = await s.open(`https://outlook.office.com/mail/?${query}`);
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
        await page.close();
        // A broken background is mended before the next case.
        await fault.undo?.(s);
      });
    });
  }
});
