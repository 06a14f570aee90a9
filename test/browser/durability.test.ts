/**
 * No lost history: 500 real sends from the Gmail fixture while the service worker is stopped at
 * random moments (at least 50 stops, many of them while sends are being written): every send is
 * stored once, none twice.
 */
import { describe, expect, it } from 'vitest';
import { askBackground, openGmail } from './gmail-helpers.ts';
import { useBrowser } from './session.ts';

const SENDS = 500;
const MIN_STOPS = 50;

describe('durability', () => {
  const s = useBrowser();

  it(`${SENDS} sends with the worker stopped at random moments: each stored exactly once`, async () => {
    const page = await openGmail(s, { open: 'none' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    let stops = 0;
    let running = true;
    // Stops pause while a new compose is judged: a worker restarted every 40-300 ms cannot judge a
    // draft (the first judgement after a start compiles its rules), and sending an unjudged draft
    // waits for a judgement; what this test checks is the log of each send, stopped around it.
    let judging = false;
    // A deterministic "random" rhythm, so a failure can be replayed.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const stopper = (async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, 40 + random() * 260));
        if (!running) break;
        if (judging) continue;
        const stopped = await cdp.send('ServiceWorker.stopAllWorkers').then(
          () => true,
          (error: unknown) => (console.debug('durability: stopAllWorkers failed', error), false),
        );
        if (stopped) stops++;
      }
    })();

    for (let i = 0; i < SENDS; i++) {
      await page.evaluate((n) => {
        (window as unknown as { __openCompose(o: object): void }).__openCompose({
          to: [`durable${n}@example.com`],
          subject: `Note ${n}`,
          body: 'Hello, a short note about the winter schedule.',
        });
      }, i);
      // Our session attaches to the new compose and the background judges it, then the user clicks Send.
      judging = true;
      await page.waitForFunction(
        () => {
          const composes = document.querySelectorAll('.M9').length;
          const shown = [...document.querySelectorAll<HTMLElement>('pullback-indicator')].filter((i) => !i.hidden).length;
          return composes === 1 && shown === composes;
        },
        undefined,
        { timeout: 30_000 },
      );
      judging = false;
      await page.locator('.M9').last().locator('.T-I.aoO').click();
    }
    running = false;
    await stopper;
    expect(stops).toBeGreaterThanOrEqual(MIN_STOPS);
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(SENDS);

    // The content script retries until the background acknowledges; wait for the queue to drain.
    const touches = async () => (await askBackground<{ touches: { sendId: string; identity: string }[] }>(s, 'data.export', {})).touches;
    await expect.poll(async () => (await touches()).length, { timeout: 120_000, interval: 1_000 }).toBe(SENDS);
    const all = await touches();
    expect(new Set(all.map((t) => t.sendId)).size).toBe(SENDS);
    expect(new Set(all.map((t) => t.identity)).size).toBe(SENDS);
    console.log(`durability: ${SENDS} sends, ${stops} worker stops, ${all.length} touches stored, ${new Set(all.map((t) => t.sendId)).size} distinct`);
    await page.close();
  }, 900_000);
});
