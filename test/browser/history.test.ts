import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../harness/browser.ts';
import { askBackground, openGmail, waitForLevel } from './gmail-helpers.ts';
import { useBrowser } from './session.ts';

const FINE = 'Hi, here is the short guide on winter tyre checks I mentioned. No worries if the timing is wrong.';

async function sendFine(s: ReturnType<typeof useBrowser>, to: string): Promise<void> {
  const page = await openGmail(s, { to, body: FINE, subject: 'Tyre guide' });
  await waitForLevel(page, 'ok');
  await page.locator('.T-I.aoO').click();
  await expect
    .poll(async () => (await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: `email:${to}` }] })).history.length)
    .toBeGreaterThan(0);
  await page.close();
}

describe('history, popup and options in the browser', () => {
  const s = useBrowser();

  it('a send from Gmail appears in the popup with count 1', async () => {
    await sendFine(s, 'popup@example.com');
    const popup = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    const row = popup.locator('[data-testid=contacts] [data-testid=contact-row]', { hasText: 'popup' });
    await expect.poll(() => row.textContent()).toContain('1 sent');
    await popup.close();
  });

  it('shows the people in the open compose first, with the level the draft would get', async () => {
    const gmail = await openGmail(s, { to: 'popup@example.com', body: 'Just checking in. Act now, the offer expires tonight!' });
    await waitForLevel(gmail, 'pushy');
    const popup = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    const tabId = await popup.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
      return (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]!.id;
    });
    // The content script reports the compose's state to the background a moment after it changes.
    await expect.poll(async () => (await askBackground<{ people: unknown[] } | null>(s, 'compose.current', { tabId }))?.people.length).toBe(1);
    await popup.goto(s.extensionUrl(`src/ui/popup/popup.html?tab=${tabId}`));
    const people = popup.locator('[data-testid=compose-people]');
    await expect.poll(() => people.textContent()).toContain('Reads as pressure');
    expect(await people.textContent()).toContain('1 sent');
    await popup.close();
    await gmail.close();
  });

  it('marking “said no” in the popup makes the next draft to them stop', async () => {
    await sendFine(s, 'saidno@example.com');
    const popup = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    await popup.locator('input[type=search]').fill('saidno');
    await popup.locator('[data-testid=contact-row]', { hasText: 'saidno' }).click();
    await popup.locator('[data-action=said-no]').click();
    await expect.poll(() => popup.locator('[data-testid=contact-view]').textContent()).toContain('said no');
    await popup.close();
    const gmail = await openGmail(s, { to: 'saidno@example.com', body: FINE });
    await waitForLevel(gmail, 'stop');
    await gmail.close();
  });

  it('lowering maxUnanswered in the options page changes the level of an open draft', async () => {
    // One message ten days ago, unanswered: a second one is within the default limits.
    const tenDaysAgo = Date.now() - 10 * 86_400_000;
    await askBackground(s, 'data.import', {
      apply: true,
      data: {
        format: 'pullback-history',
        version: 1,
        exportedAt: new Date().toISOString(),
        contacts: [{ id: 'c-limits', names: ['Lim'], identities: ['email:limits@example.com'], status: null, createdAt: tenDaysAgo, updatedAt: tenDaysAgo }],
        touches: [
          {
            id: 't-limits',
            sendId: 't-limits',
            contactId: 'c-limits',
            identity: 'email:limits@example.com',
            at: tenDaysAgo,
            channel: 'gmail',
            subject: 'Hi',
            excerpt: 'Hello',
            level: 'ok',
            score: 5,
            overridden: false,
            source: 'send',
          },
        ],
        inbound: [],
      },
    });
    const gmail = await openGmail(s, { to: 'limits@example.com', body: FINE });
    await expect.poll(() => gmail.locator('pullback-indicator').evaluate((el) => el.shadowRoot!.textContent)).toContain('Reads fine · your 2nd message');
    expect(await gmail.getAttribute('pullback-indicator', 'data-level')).toBe('ok');
    const options = await s.open(s.extensionUrl('src/ui/options/options.html'));
    await options.locator('#limit-maxUnanswered').fill('1');
    await waitForLevel(gmail, 'pushy');
    // Absurd values are refused with a message and not saved.
    await options.locator('#limit-maxUnanswered').fill('-3');
    await options.locator('.field [role=alert]').first().waitFor();
    await options.locator('#limit-maxUnanswered').fill('3');
    await waitForLevel(gmail, 'ok');
    await options.close();
    await gmail.close();
  });

  it('export, then import into a fresh profile, restores every record', async () => {
    await sendFine(s, 'export-a@example.com');
    await sendFine(s, 'export-b@example.com');
    const options = await s.open(s.extensionUrl('src/ui/options/options.html'));
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action=export-json]').click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('pullback-history');
    expect(exported.touches.length).toBeGreaterThanOrEqual(2);
    // CSV export of the same log.
    const [csv] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action=export-csv]').click()]);
    expect(readFileSync(await csv.path(), 'utf8').split('\r\n')[0]).toBe('time,contact,identity,channel,subject,excerpt,level,score,sent_anyway,source');
    await options.close();

    const fresh = await launchWithExtension({ port: s.server.port });
    try {
      const page = await fresh.context.newPage();
      await page.goto(`chrome-extension://${fresh.extensionId}/src/ui/options/options.html`);
      await page.locator('[data-action=import]').setInputFiles(file);
      await expect.poll(() => page.locator('[data-testid=import-preview]').textContent()).toContain(`adds ${exported.contacts.length} contacts`);
      await page.locator('[data-action=apply-import]').click();
      await page.locator('[data-testid=data-message]').waitFor();
      const again = await page.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: unknown }> } } }).chrome.runtime.sendMessage({
          type: 'data.export',
          payload: {},
        }),
      );
      const restored = (again as { value: typeof exported }).value;
      const sortById = (xs: { id: string }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
      for (const store of ['contacts', 'touches', 'inbound'] as const) expect(sortById(restored[store])).toEqual(sortById(exported[store]));
    } finally {
      await fresh.close();
    }
  });

  it('deletes everything from the options page', async () => {
    await sendFine(s, 'gone@example.com');
    const options = await s.open(s.extensionUrl('src/ui/options/options.html'));
    await options.locator('#confirm-all').fill('delete everything');
    await options.locator('[data-action=delete-all]').click();
    await options.locator('[data-testid=data-message]').waitFor();
    expect(await askBackground<unknown[]>(s, 'contacts.list', { query: '', limit: 10 })).toEqual([]);
    await options.close();
  });
});
