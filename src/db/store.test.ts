import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../scorer/index.ts';
import { createStore } from './store.ts';
import type { SendLog } from './types.ts';

const T0 = Date.parse('2026-11-01T09:00:00Z');
const DAY = 86_400_000;
const fresh = (options: Partial<Parameters<typeof createStore>[0]> = {}) => createStore({ factory: new IDBFactory(), now: () => T0 + 30 * DAY, ...options });
const send = (sendId: string, at: number, identity = 'email:dana@x.test', name = 'Dana'): SendLog => ({
  sendId,
  at,
  channel: 'gmail',
  subject: 'Fleet service',
  excerpt: 'Hi Dana, a quick idea for your winter schedule.',
  level: 'ok',
  score: 8,
  overridden: false,
  recipients: [{ identity, name }],
});

describe('history store', () => {
  it('logs a send once per recipient, however often it is retried', async () => {
    const store = await fresh();
    const log = { ...send('s1', T0), recipients: [{ identity: 'email:dana@x.test', name: 'Dana' }, { identity: 'email:sam@x.test' }] };
    expect(await store.logSend(log)).toEqual({ written: 2 });
    expect(await store.logSend(log)).toEqual({ written: 0 });
    await Promise.all([store.logSend(log), store.logSend(log)]);
    expect(await store.counts()).toEqual({ contacts: 2, touches: 2, inbound: 0 });
  });

  it("keeps the popup's recent list until a write or a minute, then reads it again", async () => {
    let clock = T0;
    const store = await fresh({ now: () => clock });
    await store.logSend(send('s1', T0));
    const first = await store.listContacts('', 30);
    expect(first.map((c) => c.sent)).toEqual([1]);
    expect(await store.listContacts('', 30)).toBe(first);
    // A search is never kept.
    expect(await store.listContacts('dana', 30)).not.toBe(first);
    await store.logSend(send('s2', T0 + DAY, 'email:sam@x.test', 'Sam'));
    const after = await store.listContacts('', 30);
    expect(after.map((c) => c.name)).toEqual(['Sam', 'Dana']);
    await store.setStatus(after[1]!.id, { status: 'said-no', at: T0 });
    expect((await store.listContacts('', 30))[1]!.status).toMatchObject({ status: 'said-no' });
    const kept = await store.listContacts('', 30);
    clock += 61_000;
    expect(await store.listContacts('', 30)).not.toBe(kept);
  });

  it('gives the scorer its history and statuses, and the scorer counts them', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0));
    await store.logSend(send('s2', T0 + 4 * DAY));
    await store.logSend(send('s3', T0 + 9 * DAY));
    const { history, status } = await store.contextFor(['email:dana@x.test']);
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({ recipient: 'dana@x.test', direction: 'out' });
    expect(status).toEqual([]);
    const r = scoreDraft('Hello again', { now: new Date(T0 + 20 * DAY).toISOString(), recipients: [{ id: 'dana@x.test', name: 'Dana' }], history });
    expect(r.level).toBe('pushy');
  });

  it('keeps why the guard asked before a send that went anyway, and it survives export and import', async () => {
    const store = await fresh();
    await store.logSend({ ...send('s1', T0), level: 'pushy', score: 60, overridden: true, reason: 'cadence' });
    await store.logSend({ ...send('s2', T0 + DAY), reason: 'tone' });
    const data = await store.exportAll();
    expect(data.touches.map((t) => t.reason)).toEqual(['cadence', undefined]);
    const copy = await fresh();
    await copy.importAll(data, true);
    expect((await copy.exportAll()).touches.find((t) => t.sendId === 's1')).toMatchObject({ reason: 'cadence', overridden: true });
  });

  it('records a thread once per message, and does not double a message already logged at send', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0));
    const items = [
      { id: 'm1', direction: 'out' as const, person: { identity: 'email:dana@x.test' }, at: T0 + 30_000, channel: 'gmail' as const, text: 'Hi Dana' },
      {
        id: 'm2',
        direction: 'in' as const,
        person: { identity: 'email:dana@x.test', name: 'Dana Reyes' },
        at: T0 + 2 * DAY,
        channel: 'gmail' as const,
        text: 'We went with someone else.',
        kind: 'decline' as const,
      },
    ];
    expect(await store.recordThread(items)).toEqual({ written: 1 });
    expect(await store.recordThread(items)).toEqual({ written: 0 });
    const { history } = await store.contextFor(['email:dana@x.test']);
    expect(history.map((h) => h.direction)).toEqual(['out', 'in']);
    expect(history[1]).toMatchObject({ kind: 'decline' });
    const [summary] = await store.listContacts();
    expect(summary).toMatchObject({ name: 'Dana Reyes', sent: 1, unanswered: 0, lastReply: { kind: 'decline' } });
  });

  it('sets and clears a status by hand', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0));
    const [c] = await store.listContacts();
    await store.setStatus(c!.id, { status: 'said-no', at: T0 + DAY });
    expect((await store.contextFor(['email:dana@x.test'])).status).toEqual([
      { recipient: 'dana@x.test', status: 'said-no', at: new Date(T0 + DAY).toISOString() },
    ]);
    await store.setStatus(c!.id, null);
    expect((await store.contextFor(['email:dana@x.test'])).status).toEqual([]);
  });

  it('links Gmail and LinkedIn identities so they count together, and unlinks them', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0));
    await store.logSend({ ...send('l1', T0 + DAY, 'linkedin:dana-reyes', 'Dana Reyes'), channel: 'linkedin' });
    const [a, b] = await store.listContacts();
    await store.link(a!.id, b!.id);
    expect(await store.counts()).toMatchObject({ contacts: 1, touches: 2 });
    expect((await store.contextFor(['linkedin:dana-reyes'])).history).toHaveLength(2);
    expect((await store.contextFor(['email:dana@x.test'])).history).toHaveLength(2);
    const contact = (await store.listContacts())[0]!;
    await store.unlink(contact.id, 'linkedin:dana-reyes');
    expect((await store.contextFor(['email:dana@x.test'])).history).toHaveLength(1);
    expect((await store.contextFor(['linkedin:dana-reyes'])).history).toHaveLength(1);
  });

  it('searches contacts by name or identity, most recent first', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0, 'email:dana@x.test', 'Dana'));
    await store.logSend(send('s2', T0 + DAY, 'email:sam@y.test', 'Sam'));
    expect((await store.listContacts()).map((c) => c.name)).toEqual(['Sam', 'Dana']);
    expect((await store.listContacts('y.test')).map((c) => c.name)).toEqual(['Sam']);
  });

  it('deletes one contact and everything about them, or everything', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0));
    await store.logSend(send('s2', T0, 'email:sam@x.test', 'Sam'));
    await store.recordThread([
      { id: 'm1', direction: 'in', person: { identity: 'email:dana@x.test' }, at: T0 + DAY, channel: 'gmail', text: 'Thanks', kind: 'reply' },
    ]);
    const dana = (await store.listContacts('dana'))[0]!;
    await store.deleteContact(dana.id);
    expect(await store.counts()).toEqual({ contacts: 1, touches: 1, inbound: 0 });
    await store.deleteAll();
    expect(await store.counts()).toEqual({ contacts: 0, touches: 0, inbound: 0 });
  });

  it('exports and imports back exactly, with a preview first', async () => {
    const a = await fresh();
    await a.logSend(send('s1', T0));
    await a.recordThread([
      {
        id: 'm1',
        direction: 'in',
        person: { identity: 'email:dana@x.test' },
        at: T0 + DAY,
        channel: 'gmail',
        text: 'Not now, try me in March',
        kind: 'defer',
        until: T0 + 120 * DAY,
      },
    ]);
    const data = await a.exportAll();
    const b = await fresh();
    expect(await b.importAll(data, false)).toEqual({
      contacts: { added: 1, updated: 0 },
      touches: { added: 1, unchanged: 0 },
      inbound: { added: 1, unchanged: 0 },
    });
    expect(await b.counts()).toEqual({ contacts: 0, touches: 0, inbound: 0 });
    await b.importAll(data, true);
    const again = await b.exportAll();
    expect({ ...again, exportedAt: '' }).toEqual({ ...data, exportedAt: '' });
    // The same file a second time: nothing to add, nothing to update.
    expect(await b.importAll(data, false)).toEqual({
      contacts: { added: 0, updated: 0 },
      touches: { added: 0, unchanged: 1 },
      inbound: { added: 0, unchanged: 1 },
    });
  });

  it('an import that fails half-way writes nothing', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0));
    const data = await store.exportAll();
    const target = await fresh();
    const broken = { ...data, touches: [...data.touches, { id: undefined } as never] };
    await expect(target.importAll(broken, true)).rejects.toThrow();
    expect(await target.counts()).toEqual({ contacts: 0, touches: 0, inbound: 0 });
  });

  it('keeps history for the set number of months', async () => {
    let months = 0;
    const store = await fresh({ retentionMonths: () => months, now: () => T0 + 400 * DAY });
    await store.logSend(send('old', T0));
    await store.logSend(send('new', T0 + 380 * DAY));
    expect(await store.prune()).toBe(0);
    months = 12;
    expect(await store.prune()).toBe(1);
    expect((await store.counts()).touches).toBe(1);
  });

  it('closes itself when a newer version wants to upgrade', async () => {
    const factory = new IDBFactory();
    const store = await createStore({ factory });
    await store.logSend(send('s1', T0));
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('pullback', 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(upgraded.version).toBe(99);
    upgraded.close();
  });
});
