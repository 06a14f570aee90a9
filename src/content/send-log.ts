/**
 * Real sends are logged through the background, once: each send has an id, is kept in
 * storage.local until the background acknowledges it (surviving a stopped service worker or a
 * reloaded page), and the background writes it idempotently.
 */
import { browser } from '../platform/browser.ts';
import type { Send } from '../messaging/client.ts';
import type { Payload } from '../messaging/protocol.ts';

export type SendLogEntry = Payload<'send.log'>;

const KEY = 'pendingSends';
const RETRY_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

export function createSendLog(send: Send) {
  let flushing = false;
  /** storage.local reads and writes of the queue, one after another, so no entry is lost to a race. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    // The caller gets a rejection through `next`; the next task runs after it either way (then(work, work)).
    queue = next;
    return next;
  };
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function pending(): Promise<SendLogEntry[]> {
    try {
      const stored = (await browser.storage.local.get(KEY))[KEY];
      return Array.isArray(stored) ? (stored as SendLogEntry[]) : [];
    } catch {
      return [];
    }
  }

  async function setPending(list: SendLogEntry[]): Promise<void> {
    await browser.storage.local.set({ [KEY]: list.slice(-500) });
  }

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    clearTimeout(timer);
    try {
      let list = await serial(pending);
      while (list.length) {
        const entry = list[0]!;
        await send('send.log', entry, 10_000);
        list = await serial(async () => {
          const rest = (await pending()).filter((e) => e.sendId !== entry.sendId);
          await setPending(rest);
          return rest;
        });
      }
      attempt = 0;
    } catch {
      // The background is not there right now (stopped worker, update): try again later.
      timer = setTimeout(() => void flush(), RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    } finally {
      flushing = false;
    }
  }

  return {
    async add(entry: SendLogEntry): Promise<void> {
      try {
        await serial(async () => setPending([...(await pending()), entry]));
      } catch {
        // Storage is unavailable: send it directly, once.
        await send('send.log', entry, 10_000).catch((error: unknown) => console.debug('Pullback: this send was not logged (no storage, no background)', error));
        return;
      }
      await flush();
    },
    flush,
  };
}
