import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { createStore } from '../db/store.ts';
import { normalizeSettings } from '../settings/settings.ts';
import { createTeam } from '../sync/team.ts';
import { createHandlers } from './handlers.ts';
import type { SyncHook } from './sync-hook.ts';

const T = Date.parse('2026-11-02T09:00:00Z');

/** A sync hook that does nothing but what the test gives it. */
const hook = (parts: Partial<SyncHook>): SyncHook => ({
  afterWrite: () => {},
  teamStatus: async () => [],
  teamInfo: async () => null,
  nudge: () => {},
  run: async () => null,
  reset: async () => {},
  forget: async () => {},
  ...parts,
});
const Pouch = PouchDB.plugin(memory);

async function score(sync?: SyncHook) {
  const handlers = createHandlers({
    store: await createStore({ factory: new IDBFactory(), now: () => T }),
    version: '1',
    now: () => T,
    loadSettings: async () => normalizeSettings(undefined),
    saveSettings: async () => normalizeSettings(undefined),
    showBadge: async () => {},
    composeStates: { get: async () => null, set: async () => {} },
    ...(sync ? { sync } : {}),
  });
  const payload = {
    text: 'Hi Dana, a short note on the proposal we discussed.',
    subject: 'Proposal',
    lang: 'en',
    channel: 'gmail' as const,
    recipients: [{ identity: 'email:dana@acme.test', name: 'Dana' }],
  };
  return handlers['draft.score'](payload, { id: 'own' });
}

describe("a teammate's status in draft.score", () => {
  it("a teammate's do-not-contact makes this rep's draft stop (and without it, it does not)", async () => {
    expect((await score()).level).not.toBe('stop');
    const team = createTeam(new Pouch(`team-${Math.random()}`, { adapter: 'memory' }), 'team secret', 'sam-laptop');
    await team.status(['email:dana@acme.test'], { status: 'do-not-contact', at: T - 86_400_000 });
    const sync = hook({ teamStatus: (identities) => team.statusFor(identities) });
    expect((await score(sync)).level).toBe('stop');
  });
});

describe("a teammate's status in the follow-up list", () => {
  it('a person a teammate recorded as do not contact is left alone, with who recorded it; the others stay where they were', async () => {
    const store = await createStore({ factory: new IDBFactory(), now: () => T + 10 * 86_400_000 });
    for (const [sendId, identity] of [
      ['s1', 'email:dana@acme.test'],
      ['s2', 'email:sam@acme.test'],
    ] as const)
      await store.logSend({
        sendId,
        at: T,
        channel: 'gmail',
        subject: 'Hi',
        excerpt: 'Hello',
        level: 'ok',
        score: 5,
        overridden: false,
        recipients: [{ identity }],
      });
    const team = createTeam(new Pouch(`team-${Math.random()}`, { adapter: 'memory' }), 'team secret', 'sam-laptop');
    await team.status(['email:dana@acme.test'], { status: 'do-not-contact', at: T + 86_400_000 });
    const sync = hook({ teamStatus: (identities) => team.statusFor(identities) });
    const list = async (withSync?: SyncHook) =>
      createHandlers({
        store,
        version: '1',
        now: () => T + 10 * 86_400_000,
        loadSettings: async () => normalizeSettings(undefined),
        saveSettings: async () => normalizeSettings(undefined),
        showBadge: async () => {},
        composeStates: { get: async () => null, set: async () => {} },
        ...(withSync ? { sync: withSync } : {}),
      })['followup.list']({}, { id: 'own' });
    const alone = await list();
    expect(alone.due.map((e) => e.name).sort()).toEqual(['dana@acme.test', 'sam@acme.test']);
    const plan = await list(sync);
    expect(plan.due.map((e) => e.name)).toEqual(['sam@acme.test']);
    expect(plan.counts).toEqual({ due: 1, wait: 0, leave: 1 });
    expect(plan.leave[0]).toMatchObject({ name: 'dana@acme.test', group: 'leave', rule: 'team.do-not-contact', at: T + 86_400_000 });
    expect(plan.leave[0]!.why).toBe('A teammate (sam-laptop) recorded: do not contact');
  });
});

describe('what the handlers hand to sync', () => {
  it('linking and unlinking by hand are journaled with the identities they joined or split off; contact.team asks for the person', async () => {
    const store = await createStore({ factory: new IDBFactory(), now: () => T });
    const writes: unknown[] = [];
    const asked: string[][] = [];
    const sync = hook({
      afterWrite: (event) => void writes.push(event),
      teamInfo: async (identities) => (asked.push(identities), { you: 'dana-laptop', status: [], touches: [{ rep: 'sam-laptop', count: 2 }] }),
    });
    const handlers = createHandlers({
      store,
      version: '1',
      now: () => T,
      loadSettings: async () => normalizeSettings(undefined),
      saveSettings: async () => normalizeSettings(undefined),
      showBadge: async () => {},
      composeStates: { get: async () => null, set: async () => {} },
      sync,
    });
    const own = { id: 'own' };
    await store.recordThread([
      { id: 'm1', direction: 'in', person: { identity: 'email:dana@acme.test' }, at: T - 1000, channel: 'email', text: 'Hi', kind: 'reply' },
    ]);
    await store.recordThread([
      { id: 'm2', direction: 'in', person: { identity: 'linkedin:dana' }, at: T - 1000, channel: 'linkedin', text: 'Hi', kind: 'reply' },
    ]);
    const dana = (await store.contactByIdentity('email:dana@acme.test'))!;
    const profile = (await store.contactByIdentity('linkedin:dana'))!;
    await handlers['contact.link']({ id: dana.id, otherId: profile.id }, own);
    await handlers['contact.linkIdentity']({ id: dana.id, identity: 'email:dana@home.test' }, own);
    expect(await handlers['contact.team']({ id: dana.id }, own)).toEqual({ you: 'dana-laptop', status: [], touches: [{ rep: 'sam-laptop', count: 2 }] });
    expect(asked).toEqual([['email:dana@acme.test', 'linkedin:dana', 'email:dana@home.test']]);
    await handlers['contact.unlink']({ id: dana.id, identity: 'linkedin:dana' }, own);
    expect(writes).toEqual([
      { kind: 'link', contactId: dana.id, joined: ['linkedin:dana'], at: T },
      { kind: 'link', contactId: dana.id, joined: ['email:dana@home.test'], at: T },
      { kind: 'unlink', contactId: dana.id, identity: 'linkedin:dana', at: T },
    ]);
  });
});
