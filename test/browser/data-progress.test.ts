/**
 * Long work on the options page, in the real browser at the size a busy user reaches: importing
 * 5,000 contacts and 40,000 messages shows what it is doing at every step and keeps Import, Export
 * and Delete locked until it is done (no double import). The times are printed, not asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useBrowser } from './session.ts';

const CONTACTS = 5_000;
const MESSAGES = 40_000;
const DAY = 86_400_000;

function bigExport(): string {
  const now = Date.now();
  const contacts = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `big${i}`,
    names: [`Person ${i}`],
    identities: [`email:person${i}@big.test`],
    status: null,
    createdAt: now - 300 * DAY,
    updatedAt: now - i * 60_000,
  }));
  const touches = Array.from({ length: MESSAGES }, (_, i) => ({
    id: `bigs${i}:email:person${i % CONTACTS}@big.test`,
    sendId: `bigs${i}`,
    contactId: `big${i % CONTACTS}`,
    identity: `email:person${i % CONTACTS}@big.test`,
    at: now - (i % 200) * DAY - i,
    channel: 'gmail',
    subject: 'Winter checks',
    excerpt: 'Hi, a short guide on winter tyre checks for your vans.',
    level: 'ok',
    score: 5,
    overridden: false,
    source: 'send',
  }));
  return JSON.stringify({ format: 'pullback-history', version: 1, exportedAt: new Date(now).toISOString(), contacts, touches, inbound: [] });
}

describe('long work on the options page', () => {
  const s = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'pullback-big-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`importing ${CONTACTS.toLocaleString('en')} contacts and ${MESSAGES.toLocaleString('en')} messages shows progress and locks the buttons until done`, async () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, bigExport());
    const page = await s.open(s.extensionUrl('src/ui/options/options.html'));
    page.setDefaultTimeout(120_000);
    await page.locator('h1').waitFor();
    const locked = () =>
      page.evaluate(() =>
        ['export-json', 'export-csv', 'import', 'delete-all']
          .map((a) => document.querySelector<HTMLButtonElement | HTMLInputElement>(`[data-action=${a}]`))
          .filter((el) => el !== null)
          .every((el) => el.disabled),
      );

    // Choosing the file: something on screen at once, the buttons locked, then the preview.
    const chose = Date.now();
    await page.locator('[data-action=import]').setInputFiles(file);
    await page.locator('[data-testid=data-busy]').waitFor();
    const firstFeedback = Date.now() - chose;
    expect(await locked()).toBe(true);
    await expect.poll(() => page.locator('[data-testid=import-preview]').textContent(), { timeout: 120_000 }).toContain('5,000');
    const previewed = Date.now() - chose;

    // Applying: progress, everything locked (a second click does nothing), then the result.
    const applied = Date.now();
    await page.locator('[data-action=apply-import]').click();
    await page.locator('[data-testid=data-busy]').waitFor();
    expect(await locked()).toBe(true);
    expect(await page.locator('[data-action=apply-import]').isDisabled()).toBe(true);
    await page.locator('[data-testid=data-message]').waitFor({ timeout: 120_000 });
    const done = Date.now() - applied;
    expect(await page.locator('[data-testid=data-busy]').count()).toBe(0);
    expect(await locked()).toBe(false);
    console.log(
      `import of ${CONTACTS} contacts / ${MESSAGES} messages: first feedback ${firstFeedback} ms, preview after ${(previewed / 1000).toFixed(1)} s, applied in ${(done / 1000).toFixed(1)} s (progress shown and buttons locked throughout)`,
    );
    const counts = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { id: string }[] }> } } }).chrome.runtime.sendMessage({
        type: 'contacts.list',
        payload: { query: 'person4999@', limit: 5 },
      }),
    );
    expect(counts.value).toHaveLength(1);
    await page.close();
  }, 300_000);
});
