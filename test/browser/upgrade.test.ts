/** A schema upgrade completes with the popup and two Gmail tabs open, and loses no record. */
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/db/schema.ts';
import { askBackground, openGmail, waitForLevel } from './gmail-helpers.ts';
import { useBrowser } from './session.ts';

describe('schema upgrade in the browser', () => {
  const s = useBrowser();

  it('completes with the popup and two tabs open, and keeps every record', async () => {
    for (const to of ['up1@example.com', 'up2@example.com']) {
      const page = await openGmail(s, { to, body: 'Hello, the guide you asked for is attached.' });
      await waitForLevel(page, 'ok');
      await page.locator('.T-I.aoO').click();
      await expect
        .poll(async () => (await askBackground<{ history: unknown[] }>(s, 'context.get', { people: [{ identity: `email:${to}` }] })).history.length)
        .toBe(1);
      await page.close();
    }
    const tabs = [await openGmail(s, { to: 'up1@example.com', body: 'Draft one' }), await openGmail(s, { to: 'up2@example.com', body: 'Draft two' })];
    const popup = await s.open(s.extensionUrl('src/ui/popup/popup.html'));
    await popup.locator('[data-testid=contact-row]').first().waitFor();

    // What an update does: the new background opens the database at the next version.
    const worker = s.browser.context.serviceWorkers()[0]!;
    const result = await worker.evaluate(async (next) => {
      const started = performance.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('pullback', next);
        request.onupgradeneeded = () => request.result.createObjectStore(`v${next}-test`);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked by an open connection'));
      });
      const count = (name: string) =>
        new Promise<number>((resolve) => {
          const r = db.transaction(name).objectStore(name).count();
          r.onsuccess = () => resolve(r.result);
        });
      const out = { version: db.version, ms: performance.now() - started, contacts: await count('contacts'), touches: await count('touches') };
      db.close();
      return out;
    }, DB_VERSION + 1);
    expect(result).toMatchObject({ version: DB_VERSION + 1, contacts: 2, touches: 2 });
    expect(result.ms).toBeLessThan(5_000);
    for (const tab of tabs) await tab.close();
    await popup.close();
  });
});
