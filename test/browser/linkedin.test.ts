import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askBackground, openGmail } from './gmail-helpers.ts';
import { useBrowser, type BrowserSession } from './session.ts';

const PUSHY = "Just checking in again. I haven't heard back, and this offer expires tonight, so act now!";
const FINE = 'Hi, I wrote a short guide on winter tyre checks that might be useful for you. No worries if not.';

async function openLinkedIn(s: BrowserSession, path: string, params: Record<string, string> = {}): Promise<Page> {
  const page = await s.open(`https://www.linkedin.com${path}?${new URLSearchParams(params)}`);
  await page.waitForSelector('html[data-pullback]');
  return page;
}

/** Pullback's indicator, in the page or in LinkedIn's interop shadow root. */
const indicatorLevel = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('pullback-indicator') ?? document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('pullback-indicator');
    return host && !(host as HTMLElement).hidden ? host.getAttribute('data-level') : null;
  });

async function typeMessage(page: Page, text: string): Promise<void> {
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type(text);
}

const sentCount = (page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);
const guardOpen = (page: Page) => page.evaluate(() => document.querySelector('pullback-guard') !== null);

describe('LinkedIn', () => {
  const s = useBrowser();

  it.each([
    ['the overlay bubble', '/feed/'],
    ['the /messaging/ page', '/messaging/thread/2-abc/'],
    ['a new message with a recipient pill', '/messaging/compose/'],
  ])('flags and guards a pushy message in %s; Send anyway posts once', async (_, path) => {
    const page = await openLinkedIn(s, path, { to: `li-${path.length}`, name: 'Kim Lee' });
    await typeMessage(page, PUSHY);
    await expect.poll(() => indicatorLevel(page)).toBe('pushy');
    await page.locator('.msg-form__send-button').click();
    await page.locator('pullback-guard [data-action=edit]').waitFor();
    expect(await sentCount(page)).toBe(0);
    await page.locator('pullback-guard [data-action=send-anyway]').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });

  it('reads an InMail subject', async () => {
    const page = await openLinkedIn(s, '/messaging/compose/', { inmail: '1', name: 'Pat Doe' });
    await page.locator('input[name=subject]').fill('LAST CHANCE: offer expires tonight');
    await typeMessage(page, 'Hello Pat.');
    await expect.poll(() => indicatorLevel(page)).not.toBe('ok');
    await page.close();
  });

  it('holds Enter-to-send only when the draft is pushy', async () => {
    const page = await openLinkedIn(s, '/feed/', { enter: '1', to: 'enter-test', name: 'En Ter' });
    await typeMessage(page, FINE);
    await expect.poll(() => indicatorLevel(page)).toBe('ok');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentCount(page)).toBe(1);
    expect(await guardOpen(page)).toBe(false);
    await typeMessage(page, PUSHY);
    await expect.poll(() => indicatorLevel(page)).toBe('pushy');
    await page.keyboard.press('Enter');
    await page.locator('pullback-guard [data-action=edit]').waitFor();
    expect(await sentCount(page)).toBe(1);
    await page.locator('pullback-guard [data-action=edit]').click();
    // Shift+Enter still makes a new line, and is never held.
    await page.keyboard.press('Shift+Enter');
    expect(await guardOpen(page)).toBe(false);
    await page.close();
  });

  it('holds Ctrl+Enter on a pushy draft', async () => {
    const page = await openLinkedIn(s, '/feed/', { to: 'ctrl-enter', name: 'Ctrl Enter' });
    await typeMessage(page, PUSHY);
    await expect.poll(() => indicatorLevel(page)).toBe('pushy');
    await page.keyboard.press('Control+Enter');
    await page.locator('pullback-guard [data-action=edit]').waitFor();
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it('guards the connection note in the shadow-root invite dialog, and counts the invite as a touch', async () => {
    const page = await openLinkedIn(s, '/in/sam-okafor/', { to: 'sam-okafor', name: 'Sam Okafor' });
    await page.locator('[data-fixture=connect]').click();
    await page.locator('#interop-outlet [data-fixture=add-note]').click();
    await page.locator('#interop-outlet textarea').fill('Hi Sam, last chance: only 2 spots left, act now!');
    await expect.poll(() => indicatorLevel(page)).toBe('pushy');
    await page.locator('#interop-outlet [data-fixture=send-invite]').click();
    await page.locator('pullback-guard [data-action=send-anyway]').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await expect
      .poll(
        async () =>
          (await askBackground<{ history: { direction: string }[] }>(s, 'context.get', { people: [{ identity: 'linkedin:sam-okafor' }] })).history.length,
      )
      .toBe(1);
    await page.close();
  });

  it('“please don’t message me again” above the box makes the next draft stop', async () => {
    const page = await openLinkedIn(s, '/messaging/thread/2-decline/', { thread: 'decline', to: 'dana-li', name: 'Dana Li' });
    await typeMessage(page, FINE);
    await expect.poll(() => indicatorLevel(page)).toBe('stop');
    await page.locator('.msg-form__send-button').click();
    expect(await page.locator('pullback-guard').evaluate((el) => el.shadowRoot!.textContent)).toContain('Dana Li said no');
    await page.close();
  });

  it('logs a posted message once, shows it in the popup under the person, and counts with Gmail once linked', async () => {
    const page = await openLinkedIn(s, '/feed/', { to: 'jo-link', name: 'Jo Link' });
    await typeMessage(page, FINE);
    await expect.poll(() => indicatorLevel(page)).toBe('ok');
    await page.locator('.msg-form__send-button').click();
    await expect
      .poll(async () => (await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: 'linkedin:jo-link' }] })).history.length)
      .toBe(1);
    await page.waitForTimeout(800);
    expect((await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: 'linkedin:jo-link' }] })).history).toHaveLength(1);
    await page.close();

    // Two Gmail messages to the same person, then link the identities in the popup.
    for (const [i, subject] of ['One', 'Two'].entries()) {
      const gmail = await openGmail(s, { to: 'jo@link.test', body: FINE, subject });
      await gmail.locator('pullback-indicator').waitFor();
      await gmail.waitForTimeout(300);
      await gmail.locator('.T-I.aoO').click();
      // Minutes after the first, the second is part of the same follow-up (judgement.md): no dialog.
      expect(await gmail.locator('pullback-guard [data-action=send-anyway]').count()).toBe(0);
      await expect
        .poll(async () => (await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: 'email:jo@link.test' }] })).history.length)
        .toBe(i + 1);
      await gmail.close();
    }
    const popup = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    await popup.locator('input[type=search]').fill('jo-link');
    await popup.locator('[data-testid=contact-row]', { hasText: 'Jo Link' }).click();
    await expect.poll(() => popup.locator('[data-testid=contact-view]').textContent()).toContain('linkedin.com/in/jo-link');
    await popup.locator('input[placeholder="Add an address or LinkedIn profile"]').fill('jo@link.test');
    await popup.locator('form.inline button[type=submit]').click();
    await expect.poll(() => popup.locator('[data-testid=contact-view]').textContent()).toContain('3 sent');
    await popup.close();
    expect((await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: 'linkedin:jo-link' }] })).history).toHaveLength(3);
    // The next LinkedIn draft reads the Gmail messages as the same person's history. Minutes after
    // the last send it is part of the same follow-up (judgement.md), so it stays quiet.
    const again = await openLinkedIn(s, '/feed/', { to: 'jo-link', name: 'Jo Link' });
    await typeMessage(again, FINE);
    await expect.poll(() => indicatorLevel(again)).toBe('ok');
    await again.close();
  });
});
