import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { describe, expect, it } from 'vitest';
import { createStore, type Store } from '../db/store.ts';
import { createJournal } from './journal.ts';
import { deriveStatus } from './status-events.ts';

const Pouch = PouchDB.plugin(memory).plugin(replication);
let n = 0;
const T0 = Date.UTC(2026, 0, 5);

async function device(name: string) {
  const store = await createStore({ factory: new IDBFactory(), now: () => T0 });
  const pouch = new Pouch(`journal-${name}-${n++}`, { adapter: 'memory' });
  return { store, pouch, journal: createJournal(pouch, store, name) };
}

async function send(store: Store, journal: ReturnType<typeof createJournal>, sendId: string, identity: string, at: number) {
  await store.logSend({
    sendId,
    at,
    channel: 'email',
    subject: 'Hello',
    excerpt: 'Checking in',
    level: 'ok',
    score: 10,
    overridden: false,
    recipients: [{ identity }],
  });
  await journal.record({ kind: 'send', sendId, identities: [identity] });
}

describe('the sync journal', () => {
  it('journals each send once with a deterministic id, however often it is recorded', async () => {
    const a = await device('a');
    await send(a.store, a.journal, 's1', 'email:dana@x.test', T0);
    expect(await a.journal.record({ kind: 'send', sendId: 's1', identities: ['email:dana@x.test'] })).toBe(0);
    expect(await a.journal.backfill()).toBe(0);
    const { rows } = await a.pouch.allDocs({ include_docs: true });
    expect(rows.map((r) => r.id)).toEqual(['t:s1:email:dana@x.test']);
    expect(rows[0]!.doc).not.toHaveProperty('contactId');
  });

  it('applies pulled records into the store once: 300 + 200 sends converge to 500 on both, nothing doubled', async () => {
    const a = await device('a');
    const b = await device('b');
    for (let i = 0; i < 300; i++) await send(a.store, a.journal, `a${i}`, `email:p${i % 7}@x.test`, T0 + i * 60_000);
    for (let i = 0; i < 200; i++) await send(b.store, b.journal, `b${i}`, `email:p${i % 5}@x.test`, T0 + i * 60_000);
    // Twice each way: a repeated sync must change nothing.
    for (let round = 0; round < 2; round++) {
      await a.pouch.replicate.to(b.pouch);
      await b.pouch.replicate.to(a.pouch);
      await a.journal.applyPulled();
      await b.journal.applyPulled();
    }
    expect((await a.store.counts()).touches).toBe(500);
    expect((await b.store.counts()).touches).toBe(500);
    const dana = await b.store.contactByIdentity('email:p0@x.test');
    const detail = await b.store.getContact(dana!.id);
    // p0: every 7th of A's 300 (43) and every 5th of B's 200 (40).
    expect(detail!.touches.length).toBe(43 + 40);
  });

  it('"not now" on one device and "do not contact" on the other end as "do not contact" on both', async () => {
    const a = await device('a');
    const b = await device('b');
    await send(a.store, a.journal, 's1', 'email:dana@x.test', T0);
    await a.pouch.replicate.to(b.pouch);
    await b.journal.applyPulled();
    const onA = (await a.store.contactByIdentity('email:dana@x.test'))!;
    const onB = (await b.store.contactByIdentity('email:dana@x.test'))!;
    // "Do not contact" first on B, "not now" later on A: the later, milder event does not win.
    await b.store.setStatus(onB.id, { status: 'do-not-contact', at: T0 + 1000 });
    await b.journal.record({ kind: 'status', contactId: onB.id, event: { status: 'do-not-contact', at: T0 + 1000 } });
    await a.store.setStatus(onA.id, { status: 'not-now', at: T0 + 2000, until: T0 + 86_400_000 });
    await a.journal.record({ kind: 'status', contactId: onA.id, event: { status: 'not-now', at: T0 + 2000, until: T0 + 86_400_000 } });
    await a.pouch.replicate.to(b.pouch);
    await b.pouch.replicate.to(a.pouch);
    await a.journal.applyPulled();
    await b.journal.applyPulled();
    expect((await a.store.contactByIdentity('email:dana@x.test'))!.status?.status).toBe('do-not-contact');
    expect((await b.store.contactByIdentity('email:dana@x.test'))!.status?.status).toBe('do-not-contact');
  });

  it('resumes applying from its saved position: a second run applies nothing new', async () => {
    const a = await device('a');
    const b = await device('b');
    for (let i = 0; i < 1200; i++)
      await a.pouch.put({
        _id: `t:x${i}:email:q@x.test`,
        type: 'touch',
        id: `x${i}:email:q@x.test`,
        sendId: `x${i}`,
        identity: 'email:q@x.test',
        at: T0 + i,
        channel: 'email',
        subject: '',
        excerpt: '',
        level: null,
        score: null,
        overridden: false,
        source: 'send',
      });
    await a.pouch.replicate.to(b.pouch);
    expect((await b.journal.applyPulled()).applied).toBe(1200);
    expect((await b.journal.applyPulled()).applied).toBe(0);
    expect((await b.store.counts()).touches).toBe(1200);
  });
});

describe('status derived from events', () => {
  it.each([
    [
      'do not contact beats a later not now',
      [
        { status: 'do-not-contact', at: 1 },
        { status: 'not-now', at: 2 },
      ],
      'do-not-contact',
    ],
    [
      'do not contact beats an earlier said no',
      [
        { status: 'said-no', at: 1 },
        { status: 'do-not-contact', at: 2 },
      ],
      'do-not-contact',
    ],
    [
      'a later lift ends do not contact',
      [
        { status: 'do-not-contact', at: 1 },
        { status: 'ok-again', at: 2 },
      ],
      'ok-again',
    ],
    [
      'cleared by hand ends it',
      [
        { status: 'said-no', at: 1 },
        { status: 'cleared', at: 2 },
      ],
      null,
    ],
    [
      'a no after a lift counts again',
      [
        { status: 'ok-again', at: 1 },
        { status: 'said-no', at: 2 },
      ],
      'said-no',
    ],
  ] as const)('%s', (_name, events, expected) => {
    expect(deriveStatus(events)?.status ?? null).toBe(expected);
  });
  it('gives the same answer whatever order the events arrive in', () => {
    const events = [
      { status: 'not-now', at: 3, until: 9 },
      { status: 'do-not-contact', at: 2 },
      { status: 'ok-again', at: 1 },
    ] as const;
    expect(deriveStatus(events)).toEqual(deriveStatus([...events].reverse()));
  });
});
