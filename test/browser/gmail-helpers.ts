/** Driving the Gmail fixture and Pullback's UI on it, for the real-browser tests. */
import type { CDPSession, Page } from 'playwright-core';
import type { BrowserSession } from './session.ts';
import { askFrom } from '../harness/browser.ts';

export interface GmailOptions {
  open?: string;
  to?: string;
  subject?: string;
  body?: string;
  thread?: string;
  lang?: string;
  chips?: 'current' | 'classic';
}

export async function openGmail(s: BrowserSession, options: GmailOptions = {}): Promise<Page> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ open: 'new', ...options })) if (v) q.set(k, v);
  const page = await s.open(`https://mail.google.com/mail/u/0/?${q}`);
  await page.waitForSelector('html[data-pullback]');
  return page;
}

export const level = (page: Page, nth = 0) => page.evaluate((i) => document.querySelectorAll('pullback-indicator')[i]?.getAttribute('data-level') ?? null, nth);

export async function waitForLevel(page: Page, expected: string, nth = 0): Promise<void> {
  await page.waitForFunction(
    ([want, i]) => {
      const el = document.querySelectorAll('pullback-indicator')[i as number];
      return el?.getAttribute('data-level') === want && !(el as HTMLElement).hidden;
    },
    [expected, nth] as const,
    { timeout: 5_000, polling: 50 },
  );
}

export const sentCount = (page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);
export const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: { to: string[]; html: string; text: string }[] }).__sent);

export const guardOpen = (page: Page) => page.evaluate(() => document.querySelector('pullback-guard') !== null);

export async function guardAction(page: Page, action: 'edit' | 'send-anyway'): Promise<void> {
  await page.locator(`pullback-guard [data-action=${action}]`).click();
}

/** Replace the editor's text as a user would: select all, then type. */
export async function typeDraft(page: Page, text: string, nth = 0): Promise<void> {
  const editor = page.locator('[g_editable=true]').nth(nth);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Run code in the content script's own world (to break our code on purpose, for fail-open tests). */
export async function inContentWorld(page: Page, expression: string): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Pullback');
  if (!world) throw new Error(`content script world not found among ${contexts.map((c) => c.name).join(', ')}`);
  const result = await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
  if ((result as { exceptionDetails?: unknown }).exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(result)}`);
  await cdp.detach();
}

/** Send a message to the background from an extension page, as the popup would. */
export async function askBackground<T>(s: BrowserSession, type: string, payload: unknown): Promise<T> {
  const page = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
  try {
    return await askFrom<T>(page, type, payload);
  } finally {
    await page.close();
  }
}
