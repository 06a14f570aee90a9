import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { createSendLog, type SendLogEntry } from './send-log.ts';

const entry = (sendId: string): SendLogEntry => ({
  sendId,
  at: 1,
  channel: 'gmail',
  subject: '',
  excerpt: '',
  level: 'ok',
  score: 5,
  overridden: false,
  recipients: [{ identity: 'email:a@x.test' }],
});

describe('send log queue', () => {
  it('keeps every entry until the background acknowledges it, even when many arrive at once', async () => {
    await browser.storage.local.clear();
    let up = false;
    const seen: string[] = [];
    const send = vi.fn(async (_type: string, payload: SendLogEntry) => {
      if (!up) throw new Error('Could not establish connection. Receiving end does not exist.');
      seen.push(payload.sendId);
      return { written: 1 };
    });
    const log = createSendLog(send as never);
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.add(entry(`s${i}`))));
    expect(((await browser.storage.local.get('pendingSends')) as { pendingSends: unknown[] }).pendingSends).toHaveLength(50);
    up = true;
    await log.flush();
    expect(new Set(seen).size).toBe(50);
    expect(((await browser.storage.local.get('pendingSends')) as { pendingSends: unknown[] }).pendingSends).toEqual([]);
  });
});
