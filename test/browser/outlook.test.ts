/** Outlook on the web in a real browser: every Send path guarded, sends logged once per recipient, the popped-out compose. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askBackground } from './gmail-helpers.ts';
import { useBrowser, type BrowserSession } from './session.ts';

const PUSHY = "Just checking in again. I haven't heard back, and this offer expires tonight, so act now!";
const FINE = 'Hi, I wrote a short guide on winter tyre checks that might be useful for you. No worries if not.';

async function openOutlook(s: BrowserSession, params: Record<string, string> = {}): Promise<Page> {
  const page = await s.open(`https://outlook.office.com/mail/?${new URLSearchParams(params)}`);
  await page.waitForSelector('html[data-pullback]');
  return page;
}

const level = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('pullback-indicator');
    return host && !(host as HTMLElement).hidden ? host.getAttribute('data-level') : null;
  });

const sentOf = (page: Page) => page.evaluate(() => (window as unknown as { __sent: { to: string[]; how: string; text: string }[] }).__sent);

async function typeBody(page: Page, text: string): Promise<void> {
  const editor = page.locator('[role=textbox][aria-multiline=true]').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const history = async (s: BrowserSession, identity: string) =>
  (await askBackground<{ history: { direction: string }[] }>(s, 'context.get', { people: [{ identity }] })).history;

/** Each way Outlook sends, done on the page. */
const PATHS: Record<string, (page: Page) => Promise<void>> = {
  'click on Send': (page) => page.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click(),
  'click on Send’s icon': (page) => page.locator('[data-fixture=send-icon]').click(),
  'Enter on Send': async (page) => {
    await page.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').focus();
    await page.keyboard.press('Enter');
  },
  'Space on Send': async (page) => {
    await page.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').focus();
    await page.keyboard.press(' ');
  },
  'Ctrl+Enter': (page) => page.keyboard.press('Control+Enter'),
  'Cmd+Enter': (page) => page.keyboard.press('Meta+Enter'),
  'Alt+S': (page) => page.keyboard.press('Alt+KeyS'),
  'Schedule send’s dialog': async (page) => {
    await page.locator('[data-testid=ComposeSendButton] [aria-haspopup]').click();
    await page.locator('[role=menuitem]').click();
    await page.locator('[data-fixture=schedule-send]').last().click();
  },
  'Enter on Schedule send’s Send': async (page) => {
    await page.locator('[data-testid=ComposeSendButton] [aria-haspopup]').click();
    await page.locator('[role=menuitem]').click();
    await page.locator('[data-fixture=schedule-send]').last().focus();
    await page.keyboard.press('Enter');
  },
  'Space on Schedule send’s Send': async (page) => {
    await page.locator('[data-testid=ComposeSendButton] [aria-haspopup]').click();
    await page.locator('[role=menuitem]').click();
    await page.locator('[data-fixture=schedule-send]').last().focus();
    await page.keyboard.press(' ');
  },
};

describe('Outlook on the web', () => {
  const s = useBrowser();

  it.each(Object.keys(PATHS).flatMap((path, i) => [[path, i % 2 ? 'de' : 'en'] as const]))(
    '%s (%s labels): a pushy draft is held, Edit keeps it, Send anyway sends it once and logs it',
    async (path, lang) => {
      const to = `path${Object.keys(PATHS).indexOf(path)}@fabrikam.test`;
      const page = await openOutlook(s, { compose: 'new', to, subject: 'Pilot', lang });
      await typeBody(page, PUSHY);
      await expect.poll(() => level(page)).toBe('pushy');
      await PATHS[path]!(page);
      await page.locator('pullback-guard [data-action=edit]').waitFor();
      expect(await sentOf(page)).toHaveLength(0);
      await page.locator('pullback-guard [data-action=edit]').click();
      expect(await sentOf(page)).toHaveLength(0);
      await PATHS[path]!(page);
      await page.locator('pullback-guard [data-action=send-anyway]').click();
      await expect.poll(async () => (await sentOf(page)).length).toBe(1);
      await expect.poll(async () => (await history(s, `email:${to}`)).length).toBe(1);
      await page.waitForTimeout(400);
      expect(await sentOf(page)).toHaveLength(1);
      expect((await history(s, `email:${to}`)).length).toBe(1);
      await page.close();
    },
  );

  it.each(Object.keys(PATHS))('%s: a fine draft goes at once, logged one touch per recipient', async (path) => {
    const i = Object.keys(PATHS).indexOf(path);
    const page = await openOutlook(s, { compose: 'new', to: `fine${i}@a.test,Fine Two <fine${i}@b.test>`, subject: 'Guide' });
    await typeBody(page, FINE);
    await expect.poll(() => level(page)).toBe('ok');
    await PATHS[path]!(page);
    await expect.poll(async () => (await sentOf(page)).length).toBe(1);
    expect(await page.locator('pullback-guard').count()).toBe(0);
    for (const identity of [`email:fine${i}@a.test`, `email:fine${i}@b.test`]) await expect.poll(async () => (await history(s, identity)).length).toBe(1);
    await page.close();
  });

  it('Discard closes the compose without a touch', async () => {
    const page = await openOutlook(s, { compose: 'new', to: 'discard@a.test' });
    await typeBody(page, FINE);
    await expect.poll(() => level(page)).toBe('ok');
    await page.locator('#discardCompose').click();
    await page.waitForTimeout(800);
    expect(await history(s, 'email:discard@a.test')).toHaveLength(0);
    await page.close();
  });

  it('an inline reply below a decline: the conversation is recorded once, the draft stops, the history is the address’s', async () => {
    const page = await openOutlook(s, { thread: 'decline' });
    await page.locator('[data-fixture=reply]').click();
    await typeBody(page, FINE);
    await expect.poll(() => level(page)).toBe('stop');
    await page.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
    expect(await page.locator('pullback-guard').evaluate((el) => el.shadowRoot!.textContent)).toContain('said no');
    await page.locator('pullback-guard [data-action=edit]').click();
    const recorded = await history(s, 'email:dana@fabrikam.test');
    expect(recorded.map((m) => m.direction).sort()).toEqual(['in', 'out']);
    await page.close();
  });

  it('several composes at once each get their own indicator', async () => {
    const page = await openOutlook(s, { compose: 'new', to: 'multi@a.test', thread: 'warm' });
    await page.locator('[data-fixture=reply]').click();
    await expect.poll(() => page.locator('pullback-indicator').count()).toBe(2);
    await page.close();
  });

  it('a compose popped out into an about:blank window is guarded there; Send anyway sends it once', async () => {
    const page = await openOutlook(s, { compose: 'new', to: 'popout@a.test', subject: 'Pilot' });
    await page.locator('pullback-indicator').waitFor({ state: 'attached' });
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('[data-fixture=popout]').click()]);
    expect(popup.url()).toBe('about:blank');
    await popup.locator('[role=textbox][aria-multiline=true]').click();
    await popup.keyboard.type(PUSHY);
    await expect.poll(() => level(popup), { timeout: 10_000 }).toBe('pushy');
    await popup.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
    await popup.locator('pullback-guard [data-action=send-anyway]').click();
    await expect.poll(async () => (await sentOf(page)).length).toBe(1);
    await page.waitForTimeout(300);
    expect(await sentOf(page)).toHaveLength(1);
    // The opener's session let go of the compose when it moved: one indicator left, none here.
    expect(await page.locator('pullback-indicator').count()).toBe(0);
    await expect.poll(async () => (await history(s, 'email:popout@a.test')).length).toBe(1);
    await page.close();
  });

  /** A compose popped out into its own about:blank window, with this body typed there. */
  async function popOut(page: Page, body: string): Promise<Page> {
    await page.locator('pullback-indicator').waitFor({ state: 'attached' });
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('[data-fixture=popout]').click()]);
    await popup.locator('[role=textbox][aria-multiline=true]').click();
    await popup.keyboard.type(body);
    return popup;
  }

  /** Every touch the store holds for this address: the person behind it, their sends (the popup's view). */
  const touchesOf = async (address: string) => {
    const found = await askBackground<{ id: string; identities: string[] }[]>(s, 'contacts.list', { query: address, limit: 5 });
    const contact = found.find((c) => c.identities.includes(`email:${address}`));
    if (!contact) return [];
    const detail = await askBackground<{ touches: { sendId: string; identity: string }[] }>(s, 'contact.get', { id: contact.id });
    return detail.touches;
  };

  // Outlook closes a popped-out compose's window as it sends: nothing of ours in it runs after that,
  // so the send is armed with the background over a port as Send is let through, and logged when
  // the port closes with the window (src/content/send-port.ts).
  it('a popped-out compose that sends closes its window, and the send is logged once per recipient', async () => {
    const page = await openOutlook(s, { compose: 'new', to: 'pop-a@a.test,Pop Bee <pop-b@b.test>', subject: 'Guide' });
    const popup = await popOut(page, FINE);
    await expect.poll(() => level(popup), { timeout: 10_000 }).toBe('ok');
    const closed = popup.waitForEvent('close');
    await popup.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
    await closed;
    expect(await sentOf(page)).toHaveLength(1);
    for (const address of ['pop-a@a.test', 'pop-b@b.test']) await expect.poll(async () => (await touchesOf(address)).length).toBe(1);
    // Nothing more arrives later (the normal path and the port path are one send).
    await page.waitForTimeout(1_000);
    const touches = [...(await touchesOf('pop-a@a.test')), ...(await touchesOf('pop-b@b.test'))];
    expect(touches).toHaveLength(2);
    expect(new Set(touches.map((t) => t.sendId)).size).toBe(1);
    await page.close();
  });

  it('a popped-out compose held by the guard, then discarded, closes its window without a touch', async () => {
    const page = await openOutlook(s, { compose: 'new', to: 'pop-discard@a.test', subject: 'Pilot' });
    const popup = await popOut(page, PUSHY);
    await expect.poll(() => level(popup), { timeout: 10_000 }).toBe('pushy');
    await popup.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
    await popup.locator('pullback-guard [data-action=edit]').click();
    const closed = popup.waitForEvent('close');
    await popup.locator('#discardCompose').click();
    await closed;
    await page.waitForTimeout(1_500);
    expect(await sentOf(page)).toHaveLength(0);
    expect(await touchesOf('pop-discard@a.test')).toEqual([]);
    await page.close();
  });

  it('a person written to by name alone, then seen with an address: the history follows them to the address', async () => {
    // Outlook showed only the name: the send is logged under the name.
    const first = await openOutlook(s, { compose: 'new', to: 'Kim Lee', subject: 'Guide' });
    await typeBody(first, FINE);
    await expect.poll(() => level(first)).toBe('ok');
    await first.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
    await expect.poll(async () => (await history(s, 'outlook-name:kim lee')).length).toBe(1);
    expect(await touchesOf('kim@contoso.test')).toEqual([]);
    await first.close();
    // Another day, the chip holds the address: judging the draft folds the name's history in.
    const page = await openOutlook(s, { compose: 'new', to: 'Kim Lee <kim@contoso.test>', subject: 'Guide' });
    await typeBody(page, FINE);
    await expect.poll(() => level(page)).toBe('ok');
    await expect.poll(async () => (await touchesOf('kim@contoso.test')).length).toBe(1);
    await page.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
    await expect.poll(async () => (await touchesOf('kim@contoso.test')).length).toBe(2);
    expect((await touchesOf('kim@contoso.test')).map((t) => t.identity).sort()).toEqual(['email:kim@contoso.test', 'outlook-name:kim lee']);
    expect(await history(s, 'email:kim@contoso.test')).toHaveLength(2);
    const found = await askBackground<{ identities: string[] }[]>(s, 'contacts.list', { query: 'kim', limit: 5 });
    expect(found.map((c) => [...c.identities].sort())).toEqual([['email:kim@contoso.test', 'outlook-name:kim lee']]);
    await page.close();
  });

  // Outlook may write its popped-out window a moment after opening it: our script then starts in
  // the empty about:blank first, and the write's document.open() erases every listener we added.
  it('a popped-out window written a moment after it opens: Send is still guarded there', async () => {
    const page = await openOutlook(s, { compose: 'new', to: 'pop-late@a.test', subject: 'Pilot', popoutDelay: '1500' });
    const popup = await popOut(page, PUSHY);
    await expect.poll(() => level(popup), { timeout: 10_000 }).toBe('pushy');
    await popup.locator('[data-testid=ComposeSendButton] button:not([aria-haspopup])').click();
    await popup.locator('pullback-guard [data-action=edit]').waitFor();
    await popup.keyboard.press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await sentOf(page)).toHaveLength(0);
    await popup.locator('pullback-guard [data-action=send-anyway]').click();
    await expect.poll(async () => (await sentOf(page)).length).toBe(1);
    await page.close();
  });
});
