import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from './store.ts';
import type { Person, SendLog, ThreadItem } from './types.ts';

const T0 = Date.parse('2026-11-01T09:00:00Z');
const DAY = 86_400_000;
const fresh = () => createStore({ factory: new IDBFactory(), now: () => T0 + 30 * DAY });

const BY_NAME: Person = { identity: 'outlook-name:dana reyes', name: 'Dana Reyes' };
const BY_ADDRESS: Person = { identity: 'email:dana@fabrikam.test', name: 'Dana Reyes', alias: 'outlook-name:dana reyes' };

const send = (sendId: string, at: number, person: Person): SendLog => ({
  sendId,
  at,
  channel: 'outlook',
  subject: 'Pilot',
  excerpt: `Message ${sendId}`,
  level: 'ok',
  score: 8,
  overridden: false,
  recipients: [person],
});
const reply = (id: string, at: number, person: Person, text = 'Thanks, not now.'): ThreadItem => ({
  id,
  direction: 'in',
  person,
  at,
  channel: 'outlook',
  text,
});

/** Everything the store holds about the person behind an identity, as the popup reads it. */
async function personOf(store: Awaited<ReturnType<typeof fresh>>, identity: string) {
  const contact = await store.contactByIdentity(identity);
  const detail = contact ? await store.getContact(contact.id) : null;
  return {
    identities: [...(detail?.contact.identities ?? [])].sort(),
    touches: detail?.touches.map((t) => t.sendId) ?? [],
    inbound: detail?.inbound.map((r) => r.id) ?? [],
  };
}

describe('a person known by name, then by address: the history follows', () => {
  it('the first send that sees the address takes the name’s person, with everything it held', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0, BY_NAME));
    await store.recordThread([reply('r1', T0 + DAY, BY_NAME)]);
    await store.logSend(send('s2', T0 + 5 * DAY, BY_NAME));
    await store.logSend(send('s3', T0 + 9 * DAY, BY_ADDRESS));
    expect(await personOf(store, 'email:dana@fabrikam.test')).toEqual({
      identities: ['email:dana@fabrikam.test', 'outlook-name:dana reyes'],
      touches: ['s1', 's2', 's3'],
      inbound: ['r1'],
    });
    expect(await store.counts()).toEqual({ contacts: 1, touches: 3, inbound: 1 });
    // The scorer, asked about the address, counts every one of them.
    expect((await store.contextFor(['email:dana@fabrikam.test'])).history).toHaveLength(4);
    // Shown by name alone again, the name is that person too.
    expect((await personOf(store, 'outlook-name:dana reyes')).touches).toEqual(['s1', 's2', 's3']);
  });

  it('judging a draft to the address folds the name’s person into the address’s: status, names and follow-up record too', async () => {
    const store = await fresh();
    await store.logSend(send('a1', T0, { identity: 'email:dana@fabrikam.test' }));
    await store.logSend(send('n1', T0 + DAY, BY_NAME));
    await store.recordThread([reply('r1', T0 + 2 * DAY, BY_NAME)]);
    const named = (await store.contactByIdentity(BY_NAME.identity))!;
    await store.setStatus(named.id, { status: 'said-no', at: T0 + 2 * DAY });
    const before = await store.counts();
    expect(before).toEqual({ contacts: 2, touches: 2, inbound: 1 });

    expect(await store.foldAliases([BY_ADDRESS])).toBeGreaterThan(0);
    const after = await personOf(store, 'email:dana@fabrikam.test');
    expect(after.touches.sort()).toEqual(['a1', 'n1']);
    expect(after.inbound).toEqual(['r1']);
    expect(await store.counts()).toEqual({ contacts: 1, touches: 2, inbound: 1 });
    const merged = (await store.contactByIdentity('email:dana@fabrikam.test'))!;
    expect(merged.status).toMatchObject({ status: 'said-no' });
    expect(merged.names).toContain('Dana Reyes');
    const db = await store.open();
    expect(await db.get('followup', named.id)).toBeUndefined();
    expect(await db.get('followup', merged.id)).toBeDefined();
    // Again: nothing left to fold, nothing written.
    expect(await store.foldAliases([BY_ADDRESS])).toBe(0);
    expect(await store.counts()).toEqual({ contacts: 1, touches: 2, inbound: 1 });
  });

  it('a message both held (read by name, then by address) is kept once', async () => {
    const store = await fresh();
    // The reply read from the conversation while the sender showed a name only, and again with the address.
    await store.recordThread([reply('outlook:by-name', T0, BY_NAME, 'We are not interested, thanks.')]);
    // Our message logged by address as it left, and read from the conversation by name a minute later.
    await store.logSend(send('s1', T0 + DAY, { identity: 'email:dana@fabrikam.test' }));
    await store.recordThread([{ id: 'outlook:out', direction: 'out', person: BY_NAME, at: T0 + DAY + 60_000, channel: 'outlook', text: 'Message s1' }]);
    expect(await store.counts()).toEqual({ contacts: 2, touches: 2, inbound: 1 });
    await store.recordThread([reply('outlook:by-address', T0, BY_ADDRESS, 'We are not interested, thanks.')]);
    expect(await store.counts()).toEqual({ contacts: 1, touches: 1, inbound: 1 });
    expect(await personOf(store, 'email:dana@fabrikam.test')).toMatchObject({ touches: ['s1'], inbound: ['outlook:by-name'] });
  });

  it('a name already linked to one address is not folded into another (two people of that name)', async () => {
    const store = await fresh();
    await store.logSend(send('n1', T0, BY_NAME));
    await store.logSend(send('s1', T0 + DAY, BY_ADDRESS));
    const other: Person = { identity: 'email:dana@elsewhere.test', name: 'Dana Reyes', alias: 'outlook-name:dana reyes' };
    await store.logSend(send('s2', T0 + 2 * DAY, other));
    expect(await store.foldAliases([other])).toBe(0);
    expect((await personOf(store, 'email:dana@fabrikam.test')).touches).toEqual(['n1', 's1']);
    expect(await personOf(store, 'email:dana@elsewhere.test')).toEqual({ identities: ['email:dana@elsewhere.test'], touches: ['s2'], inbound: [] });
  });

  it('people with no name-only past cost no write (the popup’s list stays as it was)', async () => {
    const store = await fresh();
    await store.logSend(send('s1', T0, { identity: 'email:dana@fabrikam.test' }));
    const list = await store.listContacts('', 30);
    expect(await store.foldAliases([BY_ADDRESS, { identity: 'email:kim@x.test' }])).toBe(0);
    expect(await store.listContacts('', 30)).toBe(list);
  });
});
