/**
 * Every released database opens with the current code and loses nothing. Each released version is
 * written here as it shipped, with the raw IndexedDB API (not through UPGRADES, which is the code
 * under test): its stores, indexes and records in that version's shape. A new version adds an entry
 * to RELEASED; the entries already here are never edited.
 */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION } from './schema.ts';
import { createStore } from './store.ts';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

/** Version 1 records, in the shape version 1 wrote them. */
const V1_DATA: SavedData = {
  contacts: [
    {
      id: 'c_dana',
      names: ['Dana Reyes', 'Dana'],
      identities: ['email:dana@fleet.test', 'linkedin:dana-reyes'],
      status: { status: 'not-now', at: T0 + 9 * DAY, until: T0 + 60 * DAY },
      createdAt: T0,
      updatedAt: T0 + 9 * DAY,
    },
    { id: 'c_sam', names: [], identities: ['email:sam@x.test'], status: null, createdAt: T0 + DAY, updatedAt: T0 + DAY },
  ],
  touches: [
    {
      id: 's1:email:dana@fleet.test',
      sendId: 's1',
      contactId: 'c_dana',
      identity: 'email:dana@fleet.test',
      at: T0,
      channel: 'gmail',
      subject: 'Winter schedule',
      excerpt: 'Hi Dana, a quick idea for your winter schedule.',
      level: 'ok',
      score: 8,
      overridden: false,
      source: 'send',
    },
    {
      id: 's2:email:dana@fleet.test',
      sendId: 's2',
      contactId: 'c_dana',
      identity: 'email:dana@fleet.test',
      at: T0 + 4 * DAY,
      channel: 'gmail',
      subject: 'Re: Winter schedule',
      excerpt: 'Circling back on this.',
      level: 'pushy',
      score: 61,
      overridden: true,
      source: 'send',
    },
    {
      id: 'thread:li-9:linkedin:dana-reyes',
      sendId: 'thread:li-9',
      contactId: 'c_dana',
      identity: 'linkedin:dana-reyes',
      at: T0 + 5 * DAY,
      channel: 'linkedin',
      subject: '',
      excerpt: 'Saw your post on route planning.',
      level: null,
      score: null,
      overridden: false,
      source: 'thread',
    },
    {
      id: 's3:email:sam@x.test',
      sendId: 's3',
      contactId: 'c_sam',
      identity: 'email:sam@x.test',
      at: T0 + DAY,
      channel: 'gmail',
      subject: 'Intro',
      excerpt: 'Hello Sam.',
      level: 'ok',
      score: 3,
      overridden: false,
      source: 'send',
    },
  ],
  inbound: [
    {
      id: 'm-auto',
      contactId: 'c_dana',
      identity: 'email:dana@fleet.test',
      at: T0 + 4 * DAY + 60_000,
      channel: 'gmail',
      kind: 'auto-reply',
      until: T0 + 8 * DAY,
      excerpt: 'I am out of the office until Monday.',
    },
    {
      id: 'm-defer',
      contactId: 'c_dana',
      identity: 'email:dana@fleet.test',
      at: T0 + 9 * DAY,
      channel: 'gmail',
      kind: 'defer',
      until: T0 + 60 * DAY,
      excerpt: 'Not this quarter; try me in May.',
    },
  ],
  meta: [{ key: 'lastPrune', value: T0 + 9 * DAY }],
};

/** Records as a version wrote them: plain objects (their types are that version's, not today's). */
type Saved = { id: string } & Record<string, unknown>;
interface SavedData {
  contacts: Saved[];
  touches: Saved[];
  inbound: Saved[];
  meta: { key: string; value: unknown }[];
}

interface Released {
  version: number;
  /** The schema exactly as this version's upgrade left it, from an empty database. */
  schema: (db: IDBDatabase) => void;
  data: SavedData;
}

const RELEASED_V1_SCHEMA = (db: IDBDatabase) => {
  const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
  contacts.createIndex('identities', 'identities', { unique: true, multiEntry: true });
  contacts.createIndex('updatedAt', 'updatedAt');
  const touches = db.createObjectStore('touches', { keyPath: 'id' });
  touches.createIndex('contactId', 'contactId');
  touches.createIndex('at', 'at');
  const inbound = db.createObjectStore('inbound', { keyPath: 'id' });
  inbound.createIndex('contactId', 'contactId');
  inbound.createIndex('at', 'at');
  db.createObjectStore('meta');
};

const RELEASED: Released[] = [
  {
    version: 1,
    schema: RELEASED_V1_SCHEMA,
    data: V1_DATA,
  },
  {
    version: 2,
    schema: (db) => {
      RELEASED_V1_SCHEMA(db);
      db.createObjectStore('followup', { keyPath: 'contactId' });
    },
    // Version 2 touches may carry the conversation's address.
    data: {
      ...V1_DATA,
      touches: V1_DATA.touches.map((t) => (t.id === 's3:email:sam@x.test' ? { ...t, url: 'https://mail.google.com/mail/u/0/#sent/FMfcg1' } : t)),
    },
  },
];

const done = (request: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if ('oncomplete' in request) {
      request.oncomplete = () => resolve();
      request.onabort = request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });

/** A database as `released` left it on a user's machine, with its records. */
async function buildReleased(factory: IDBFactory, released: Released): Promise<void> {
  const request = factory.open(DB_NAME, released.version);
  request.onupgradeneeded = () => released.schema(request.result);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['contacts', 'touches', 'inbound', 'meta'], 'readwrite');
  for (const store of ['contacts', 'touches', 'inbound'] as const) for (const record of released.data[store]) tx.objectStore(store).add(record);
  for (const { key, value } of released.data.meta) tx.objectStore('meta').add(value, key);
  await done(tx);
  db.close();
}

/** Every record of every store, read raw after the current code has opened (and upgraded) it. */
async function readRaw(factory: IDBFactory) {
  const request = factory.open(DB_NAME);
  await done(request);
  const db = request.result;
  const tx = db.transaction(['contacts', 'touches', 'inbound', 'meta'], 'readonly');
  const all = (store: string) => {
    const r = tx.objectStore(store).getAll();
    return done(r).then(() => r.result as unknown[]);
  };
  const keys = tx.objectStore('meta').getAllKeys();
  const [contacts, touches, inbound, meta] = await Promise.all([all('contacts'), all('touches'), all('inbound'), all('meta'), done(keys)]);
  db.close();
  return { contacts, touches, inbound, meta: keys.result.map((key, i) => ({ key, value: meta![i] })) };
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('schema upgrades', () => {
  it('the released versions are listed up to the current one', () => {
    // A new DB_VERSION without its entry here would go untested.
    expect(RELEASED.map((r) => r.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  describe.each(RELEASED)('a database saved by version $version', (released) => {
    it('opens at the current version with every record as it was', async () => {
      const factory = new IDBFactory();
      await buildReleased(factory, released);
      const store = await createStore({ factory, now: () => T0 + 30 * DAY });
      const db = await store.open();
      expect(db.version).toBe(DB_VERSION);
      expect(await store.counts()).toEqual({
        contacts: released.data.contacts.length,
        touches: released.data.touches.length,
        inbound: released.data.inbound.length,
      });
      store.close();
      const raw = await readRaw(factory);
      for (const name of ['contacts', 'touches', 'inbound'] as const) expect(byId(raw[name] as { id: string }[]), name).toEqual(byId(released.data[name]));
      expect(raw.meta).toEqual(released.data.meta);
    });

    it("reads through the current code's indexes: people, their history, their status", async () => {
      const factory = new IDBFactory();
      await buildReleased(factory, released);
      const store = await createStore({ factory, now: () => T0 + 30 * DAY });

      // The identities index (multiEntry): either identity finds Dana.
      expect((await store.contactByIdentity('linkedin:dana-reyes'))?.id).toBe('c_dana');
      expect((await store.contactByIdentity('email:dana@fleet.test'))?.id).toBe('c_dana');

      // contactId indexes: her touches and replies, in order, summarised.
      const dana = await store.getContact('c_dana');
      expect(dana?.touches.map((t) => t.id)).toEqual(['s1:email:dana@fleet.test', 's2:email:dana@fleet.test', 'thread:li-9:linkedin:dana-reyes']);
      expect(dana?.inbound.map((m) => m.id)).toEqual(['m-auto', 'm-defer']);
      expect(dana?.summary).toEqual({
        id: 'c_dana',
        name: 'Dana Reyes',
        identities: ['email:dana@fleet.test', 'linkedin:dana-reyes'],
        status: { status: 'not-now', at: T0 + 9 * DAY, until: T0 + 60 * DAY },
        sent: 3,
        unanswered: 0,
        lastTouchAt: T0 + 5 * DAY,
        lastReply: { at: T0 + 9 * DAY, kind: 'defer', excerpt: 'Not this quarter; try me in May.' },
        updatedAt: T0 + 9 * DAY,
      });

      // What the scorer gets, through the LinkedIn identity: the whole person, with the status.
      const context = await store.contextFor(['linkedin:dana-reyes']);
      expect(context.history).toHaveLength(5);
      expect(context.history.filter((h) => h.direction === 'in').map((h) => h.kind)).toEqual(['auto-reply', 'defer']);
      expect(context.status).toEqual([
        { recipient: 'dana-reyes', status: 'not-now', at: new Date(T0 + 9 * DAY).toISOString(), until: new Date(T0 + 60 * DAY).toISOString() },
      ]);

      // The updatedAt index: most recent first; a search by identity.
      expect((await store.listContacts()).map((c) => c.id)).toEqual(['c_dana', 'c_sam']);
      expect((await store.listContacts('sam@')).map((c) => c.name)).toEqual(['sam@x.test']);
      store.close();
    });

    it('takes new writes next to the old records, and the at index prunes by age', async () => {
      const factory = new IDBFactory();
      await buildReleased(factory, released);
      const store = await createStore({ factory, now: () => T0 + 30 * DAY, retentionMonths: () => 0 });
      // A new send to an identity the old database knows joins the old contact, not a new one.
      await store.logSend({
        sendId: 's9',
        at: T0 + 29 * DAY,
        channel: 'gmail',
        subject: 'May',
        excerpt: 'As you suggested, May.',
        level: 'ok',
        score: 2,
        overridden: false,
        recipients: [{ identity: 'email:dana@fleet.test', name: 'Dana Reyes' }],
      });
      expect((await store.getContact('c_dana'))?.summary.sent).toBe(4);
      expect(await store.counts()).toEqual({ contacts: 2, touches: released.data.touches.length + 1, inbound: released.data.inbound.length });
      store.close();

      const pruning = await createStore({ factory, now: () => T0 + 30 * DAY, retentionMonths: () => 0.1 });
      // 0.1 month is about 3 days: everything before T0 + 27 days goes, the new send stays.
      expect(await pruning.prune()).toBe(released.data.touches.length + released.data.inbound.length);
      expect(await pruning.counts()).toEqual({ contacts: 2, touches: 1, inbound: 0 });
      pruning.close();
    });
  });

  it('version 1 -> 2 builds the follow-up list from the history already there', async () => {
    const factory = new IDBFactory();
    await buildReleased(factory, RELEASED[0]!);
    const store = await createStore({ factory, now: () => T0 + 30 * DAY });
    const plan = await store.followupPlan({ maxUnanswered: 3, minDaysBetween: 2, maxPer30Days: 8, respectNo: true, notNowDays: 30 });
    // Dana said "not now" until day 60 (and is marked so): wait. Sam had one note, no answer: due.
    expect(plan.counts).toEqual({ due: 1, wait: 1, leave: 0 });
    expect(plan.wait[0]).toMatchObject({ contactId: 'c_dana', name: 'Dana Reyes', at: T0 + 60 * DAY });
    expect(plan.due[0]).toMatchObject({ contactId: 'c_sam', name: 'sam@x.test', unanswered: 1, idea: 'first' });
    expect(plan.due[0]?.lastOut).toMatchObject({ at: T0 + DAY, excerpt: 'Hello Sam.' });
    store.close();
  });
});
