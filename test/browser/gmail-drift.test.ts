/**
 * Gmail's markup drifts. With its class names renamed (test/fixtures/gmail/renamed.html) Pullback
 * finds the compose by role and still holds a pushy send; where even that fails
 * (unreadable.html) the toolbar badge and the popup say that Pullback cannot read the compose.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { guardAction, guardOpen, sentCount, waitForLevel } from './gmail-helpers.ts';
import { useBrowser, type BrowserSession } from './session.ts';

const PUSHY = "Just checking in again. I haven't heard back, and this offer expires tonight, so you need to act now.";
const FINE = 'Hi Sam, here is the short guide on winter tyre checks I mentioned. No worries if the timing is wrong.';

async function openPage(s: BrowserSession, file: string, to: string, body: string): Promise<Page> {
  const page = await s.open(`https://mail.google.com/${file}?${new URLSearchParams({ to, subject: 'Winter', body })}`);
  await page.waitForSelector('html[data-pullback]');
  return page;
}

/** The badge text and tooltip of the tab showing `url`, read in the service worker. */
async function toolbar(s: BrowserSession, url: string): Promise<{ text: string; title: string } | null> {
  const worker = s.browser.context.serviceWorkers()[0] ?? (await s.browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(async (prefix) => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
          action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
        };
      }
    ).chrome;
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix));
    if (!tab) return null;
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  }, url);
}

async function tabIdOf(s: BrowserSession, prefix: string): Promise<number> {
  const worker = s.browser.context.serviceWorkers()[0]!;
  return worker.evaluate(async (p) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome;
    return (await chrome.tabs.query({})).find((t) => t.url?.startsWith(p))!.id;
  }, prefix);
}

describe('Gmail markup drift', () => {
  const s = useBrowser();

  it('the indicator still appears and turns pushy', async () => {
    const page = await openPage(s, 'renamed.html', 'drift1@example.com', FINE);
    await waitForLevel(page, 'ok');
    // Beside the Send group, inside the compose.
    expect(await page.evaluate(() => document.querySelector('pullback-indicator')?.closest('form') !== null)).toBe(true);
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Just checking in again, this offer expires tonight so you need to act now.');
    await waitForLevel(page, 'pushy');
    await page.close();
  });

  it('holds a pushy send (click and Ctrl+Enter), and "Send anyway" sends it once', async () => {
    const page = await openPage(s, 'renamed.html', 'drift2@example.com', PUSHY);
    await waitForLevel(page, 'pushy');
    await page.locator('[data-fixture=send]').click();
    await page.waitForSelector('pullback-guard');
    expect(await sentCount(page)).toBe(0);
    await guardAction(page, 'edit');
    await expect.poll(() => guardOpen(page)).toBe(false);
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('pullback-guard');
    expect(await sentCount(page)).toBe(0);
    await guardAction(page, 'send-anyway');
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await sentCount(page)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    await page.close();
  });

  it('a readable compose does not show the "cannot read" badge', async () => {
    const page = await openPage(s, 'renamed.html', 'drift3@example.com', FINE);
    await waitForLevel(page, 'ok');
    await page.waitForTimeout(600);
    expect((await toolbar(s, 'https://mail.google.com/renamed.html'))?.text).toBe('');
    await page.close();
  });

  it('markup even the fallback cannot read: the badge shows "?" with a title, the popup says so, and Send still works', async () => {
    const page = await openPage(s, 'unreadable.html', 'drift4@example.com', PUSHY);
    const url = 'https://mail.google.com/unreadable.html';
    await expect.poll(async () => (await toolbar(s, url))?.text, { timeout: 5_000 }).toBe('?');
    await expect.poll(async () => (await toolbar(s, url))?.title, { timeout: 5_000 }).toContain("can't read");
    // Nothing was attached to the page.
    expect(await page.evaluate(() => document.querySelector('pullback-indicator'))).toBeNull();

    const tabId = await tabIdOf(s, url);
    const popup = await s.open(s.extensionUrl(`src/ui/popup/popup.html?tab=${tabId}`));
    const notice = popup.locator('[data-testid=unreadable]');
    await expect.poll(() => notice.textContent()).toContain("Pullback can't read this compose");
    await popup.close();

    // Fail open: the send goes through, and once the compose has gone the badge clears.
    await page.bringToFront();
    await page.locator('[data-fixture=send]').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await expect.poll(async () => (await toolbar(s, url))?.text, { timeout: 5_000 }).toBe('');
    await page.close();
  });
});
