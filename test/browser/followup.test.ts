import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askBackground, openGmail, waitForLevel } from './gmail-helpers.ts';
import { useBrowser, type BrowserSession } from './session.ts';

const FINE = 'Hi, here is the short guide on winter tyre checks I mentioned. No worries if the timing is wrong.';
const DAY = 86_400_000;

/** Settings as the options page saves them (storage.sync), from an extension page. */
async function setSettings(s: BrowserSession, settings: object): Promise<void> {
  const page = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
  await page.evaluate(
    (value) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: value }),
    settings,
  );
  await page.close();
}

async function history(s: BrowserSession, identity: string): Promise<number> {
  return (await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity }] })).history.length;
}

/** Click "Open conversation" for a due person; the page it opens. */
async function openConversation(s: BrowserSession, popup: Page, name: string | RegExp): Promise<Page> {
  const person = popup.locator('[data-testid=group-due] [data-testid=followup-person]', { hasText: name });
  const opened = s.browser.context.waitForEvent('page');
  await person.locator('[data-action=open-conversation]').click();
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

describe('the follow-up list in the browser', () => {
  const s = useBrowser();

  it('"Open conversation" opens the Gmail conversation and the LinkedIn thread each send was made in', async () => {
    // Spacing 0 days: a note sent a moment ago is already due, so the test needs no clock.
    await setSettings(s, { version: 1, limits: { maxUnanswered: 3, minDaysBetween: 0, maxPer30Days: 8, respectNo: true, notNowDays: 30 } });

    const gmail = await openGmail(s, { to: 'gus@example.com', body: FINE, subject: 'Tyre guide' });
    await waitForLevel(gmail, 'ok');
    await gmail.locator('.T-I.aoO').click();
    await expect.poll(() => history(s, 'email:gus@example.com')).toBe(1);
    await gmail.close();

    const linkedin = await s.open(`https://www.linkedin.com/messaging/thread/2-abc/?${new URLSearchParams({ to: 'kim-follow', name: 'Kim Follow' })}`);
    await linkedin.waitForSelector('html[data-pullback]');
    await linkedin.locator('.msg-form__contenteditable').click();
    await linkedin.keyboard.type(FINE);
    await linkedin.locator('.msg-form__send-button').click();
    await expect.poll(() => history(s, 'linkedin:kim-follow')).toBe(1);
    await linkedin.close();

    const popup = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    const due = popup.locator('[data-testid=group-due]');
    await expect.poll(() => due.textContent()).toContain('Kim Follow');
    // The Gmail fixture names its chip after the address.
    expect(await due.textContent()).toMatch(/gus/i);
    expect(await due.textContent()).toContain('Idea:');

    const thread = await openConversation(s, popup, 'Kim Follow');
    expect(thread.url()).toBe('https://www.linkedin.com/messaging/thread/2-abc/');
    expect(await thread.locator('.msg-form__contenteditable').count()).toBeGreaterThan(0);
    await thread.close();

    const mail = await openConversation(s, popup, /gus/i);
    expect(mail.url()).toBe('https://mail.google.com/mail/u/0/#search/in%3Asent%20to%3Agus%40example.com');
    await mail.close();

    // "Remind me" moves the person to Wait, with the date.
    const kim = popup.locator('[data-testid=followup-person]', { hasText: 'Kim Follow' });
    await kim.locator('[data-action=remind]').click();
    await kim.locator('input[type=date]').fill('2031-03-14');
    await kim.locator('button[type=submit]').click();
    await expect.poll(() => popup.locator('[data-testid=group-wait]').textContent()).toContain('Kim Follow');
    expect(await popup.locator('[data-testid=group-wait]').textContent()).toContain('2031');
    await popup.close();
  });

  it('the list as a user with a history sees it (docs/followup.png)', async () => {
    await setSettings(s, { version: 1 });
    const now = Date.now();
    const person = (id: string, name: string, identity: string) => ({
      id,
      names: [name],
      identities: [identity],
      status: null,
      createdAt: now - 90 * DAY,
      updatedAt: now,
    });
    const touch = (contactId: string, identity: string, k: number, daysAgo: number, subject: string, excerpt: string, url?: string) => ({
      id: `demo-${contactId}-${k}:${identity}`,
      sendId: `demo-${contactId}-${k}`,
      contactId,
      identity,
      at: now - daysAgo * DAY,
      channel: identity.startsWith('email:') ? 'gmail' : 'linkedin',
      subject,
      excerpt,
      level: 'ok',
      score: 5,
      overridden: false,
      source: 'send',
      ...(url ? { url } : {}),
    });
    const data = {
      format: 'pullback-history',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      contacts: [
        person('d_maya', 'Maya Chen', 'email:maya@harbor.test'),
        person('d_omar', 'Omar Haddad', 'linkedin:omar-haddad'),
        person('d_lena', 'Lena Park', 'email:lena@northwind.test'),
        person('d_tom', 'Tom Reyes', 'email:tom@fleetco.test'),
        person('d_ines', 'Inès Duval', 'email:ines@depot.test'),
      ],
      touches: [
        touch(
          'd_maya',
          'email:maya@harbor.test',
          1,
          6,
          'Depot routes',
          'Hi Maya, the route sheet we talked about at the depot day is attached.',
          'https://mail.google.com/mail/u/0/#inbox/FMfcgzMaya',
        ),
        touch('d_omar', 'linkedin:omar-haddad', 1, 52, '', 'Good to meet you at the fleet expo, Omar.', 'https://www.linkedin.com/messaging/thread/2-omar/'),
        touch('d_lena', 'email:lena@northwind.test', 1, 8, 'Winter checks', 'Hi Lena, a short guide on winter tyre checks.'),
        touch('d_lena', 'email:lena@northwind.test', 2, 1, 'Re: Winter checks', 'One more idea: a checklist your drivers can use.'),
        touch('d_tom', 'email:tom@fleetco.test', 1, 30, 'Fleet service', 'Hi Tom, would a winter service plan help?'),
        touch('d_ines', 'email:ines@depot.test', 1, 12, 'Depot tools', 'Hi Inès, a note on depot tools.'),
      ],
      inbound: [
        {
          id: 'demo-omar-defer',
          contactId: 'd_omar',
          identity: 'linkedin:omar-haddad',
          at: now - 50 * DAY,
          channel: 'linkedin',
          kind: 'defer',
          until: now - DAY,
          excerpt: 'Busy with the expo season. Try me again in a few weeks.',
        },
        {
          id: 'demo-tom-no',
          contactId: 'd_tom',
          identity: 'email:tom@fleetco.test',
          at: now - 28 * DAY,
          channel: 'gmail',
          kind: 'decline',
          excerpt: "Thanks, but we're happy with our current provider.",
        },
      ],
    };
    await askBackground(s, 'data.import', { data, apply: true });
    const ines = await askBackground<{ id: string }[]>(s, 'contacts.list', { query: 'ines@', limit: 5 });
    await askBackground(s, 'followup.remind', { id: ines[0]!.id, until: now + 4 * DAY });

    const popup = await s.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(s.extensionUrl('src/ui/popup/popup.html'));
    await popup.locator('[data-testid=group-due]', { hasText: 'Maya Chen' }).waitFor();
    await popup.locator('[data-testid=group-leave] summary').click();
    expect(await popup.locator('[data-testid=group-wait]').textContent()).toContain('Lena Park');
    expect(await popup.locator('[data-testid=group-leave]').textContent()).toContain('Tom Reyes');
    await popup.locator('[data-testid=followups]').screenshot({ path: 'docs/followup.png' });
    await popup.close();
  });
});
