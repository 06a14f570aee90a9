/** Firefox ESR: the Firefox build installs, and its content script works on the Gmail and Outlook fixtures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, startProxy } from '../harness/firefox.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';

const PUSHY = "Just checking in again. I haven't heard back, and this offer expires tonight, so act now!";

describe('Firefox ESR', () => {
  let server: FixtureServer;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let browser: Browser;
  let extensionId: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startProxy(server.port);
    ({ browser, extensionId } = await launchFirefox(proxy.port));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('installs the Firefox build as an add-on', () => {
    expect(extensionId).toBe('pullback@pullback.invalid');
  });

  it('runs the content script on the Gmail fixture: flags a pushy draft and holds Send', async () => {
    const page = await browser.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/?open=new&to=ff@example.com&body=${encodeURIComponent(PUSHY)}`);
    await page.waitForSelector('html[data-pullback]', { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('pullback-indicator')?.getAttribute('data-level') === 'pushy', { timeout: 10_000 });
    await page.click('.T-I.aoO');
    await page.waitForFunction(() => document.querySelector('pullback-guard')?.shadowRoot?.querySelector('[data-action=send-anyway]') !== null, {
      timeout: 5_000,
    });
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(0);
    await page.evaluate(() => (document.querySelector('pullback-guard')!.shadowRoot!.querySelector('[data-action=send-anyway]') as HTMLElement).click());
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length === 1, { timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    await page.close();
  }, 60_000);

  it('sends an ok draft straight away', async () => {
    const page = await browser.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/?open=new&to=ff2@example.com&body=${encodeURIComponent('Hello, the guide you asked for is attached.')}`);
    await page.waitForFunction(() => document.querySelector('pullback-indicator')?.getAttribute('data-level') === 'ok', { timeout: 15_000 });
    await page.click('.T-I.aoO');
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length === 1, { timeout: 5_000 });
    await page.close();
  }, 60_000);

  it('runs on the Outlook fixture (a host in the all-frames entry): flags a pushy draft and holds Send', async () => {
    const page = await browser.newPage();
    await page.goto(`https://outlook.office.com/mail/?compose=new&to=ff3@example.com&body=${encodeURIComponent(PUSHY)}`);
    await page.waitForSelector('html[data-pullback]', { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('pullback-indicator')?.getAttribute('data-level') === 'pushy', { timeout: 10_000 });
    await page.click('.compose button.send');
    await page.waitForFunction(() => document.querySelector('pullback-guard')?.shadowRoot?.querySelector('[data-action=edit]') !== null, { timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(0);
    await page.evaluate(() => (document.querySelector('pullback-guard')!.shadowRoot!.querySelector('[data-action=send-anyway]') as HTMLElement).click());
    await page.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length === 1, { timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    await page.close();
  }, 60_000);
});
