import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, UPGRADES, type Db, type UpgradeTx } from './schema.ts';
import { createStore } from './store.ts';

/** Build a database as version `version` left it, with records that version could hold. */
async function buildAt(factory: IDBFactory, version: number): Promise<void> {
  const request = factory.open('pullback', version);
  request.onupgradeneeded = (event) => {
    for (let v = event.oldVersion; v < version; v++) UPGRADES[v]!(wrap(request.result) as unknown as Db, wrap(request.transaction!) as unknown as UpgradeTx);
  };
  const db = (await wrap(request)) as unknown as Db;
  // Records in the shape every released version so far understands.
  await db.put('contacts', { id: 'c1', names: ['Dana'], identities: ['email:dana@x.test'], status: { status: 'said-no', at: 1 }, createdAt: 1, updatedAt: 2 });
  await db.put('touches', { id: 's1:email:dana@x.test', sendId: 's1', contactId: 'c1', identity: 'email:dana@x.test', at: 1, channel: 'gmail', subject: 'Hi', excerpt: 'Hello', level: 'ok', score: 5, overridden: false, source: 'send' });
  await db.put('inbound', { id: 'm1', contactId: 'c1', identity: 'email:dana@x.test', at: 2, channel: 'gmail', kind: 'decline', excerpt: 'No thanks' });
  db.close();
}

describe('schema upgrades', () => {
  it('has one step per version', () => {
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  // Every released version upgrades to the current one with nothing lost.
  it.each(Array.from({ length: DB_VERSION }, (_, i) => i + 1))('a database from version %i opens at the current version with every record', async (version) => {
    const factory = new IDBFactory();
    await buildAt(factory, version);
    const store = await createStore({ factory });
    const db = await store.open();
    expect(db.version).toBe(DB_VERSION);
    expect(await store.counts()).toEqual({ contacts: 1, touches: 1, inbound: 1 });
    const detail = await store.getContact('c1');
    expect(detail?.summary).toMatchObject({ name: 'Dana', sent: 1, lastReply: { kind: 'decline' }, status: { status: 'said-no' } });
    store.close();
  });
});
