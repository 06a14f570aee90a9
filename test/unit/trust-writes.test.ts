/**
 * Every request that writes is refused, and writes nothing, when one field of an otherwise valid
 * payload is wrong. Random noise (trust-messages.test.ts) is refused long before a schema's details
 * matter; these near-misses are what a skipped or loosened check lets through (a hand mutation that
 * skipped thread.record's check stored `at: "soon"`, a 100 KB name and an unknown field, and no
 * test failed).
 */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers.ts';
import { createRouter } from '../../src/background/router.ts';
import { createStore } from '../../src/db/store.ts';
import { schemas, type Payload, type RequestType } from '../../src/messaging/protocol.ts';
import { normalizeSettings } from '../../src/settings/settings.ts';

const OWN = 'own-id';
const BASE = 'chrome-extension://own-id/';
const SENDERS = {
  content: { id: OWN, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } },
  page: { id: OWN, url: `${BASE}src/ui/popup/popup.html` },
};
const T = Date.parse('2026-11-02T09:00:00Z');
const HUGE = 'x'.repeat(100 * 1024);

/** A store with Dana (an address and a LinkedIn profile, linked) and Sam, and a router over it. */
async function setup() {
  const store = await createStore({ factory: new IDBFactory(), now: () => T });
  const log = (sendId: string, identity: string, name: string) =>
    store.logSend({
      sendId,
      at: T - 86_400_000,
      channel: 'gmail',
      subject: 'Fleet',
      excerpt: 'Hello',
      level: 'ok',
      score: 5,
      overridden: false,
      recipients: [{ identity, name }],
    });
  await log('s1', 'email:dana@x.test', 'Dana');
  await log('s2', 'linkedin:dana-reyes', 'Dana');
  await log('s3', 'email:sam@x.test', 'Sam');
  const dana = (await store.contactByIdentity('email:dana@x.test'))!.id;
  await store.link(dana, (await store.contactByIdentity('linkedin:dana-reyes'))!.id);
  const sam = (await store.contactByIdentity('email:sam@x.test'))!.id;
  let settings = normalizeSettings(undefined);
  const composeStates = new Map<number, unknown>();
  let syncConfig: unknown = null;
  const route = createRouter({
    ownId: OWN,
    ownBase: BASE,
    handlers: createHandlers({
      store,
      version: '1',
      now: () => T,
      loadSettings: async () => settings,
      saveSettings: async (patch) => (settings = normalizeSettings({ ...settings, ...patch })),
      showBadge: async () => {},
      composeStates: { get: async () => null, set: async (tab, state) => void composeStates.set(tab, state) },
      syncControl: {
        view: async () => ({ config: null, state: { lastSyncAt: null, pending: 0, error: null, failures: 0, halted: false } }),
        save: async (config) => void (syncConfig = config),
        test: async () => ({ ok: true }),
        clear: async () => void (syncConfig = null),
      },
    }),
  });
  /** Everything a request could change: every record, the settings, the per-tab compose state. */
  const snapshot = async () => {
    const { exportedAt: _, ...data } = await store.exportAll();
    return { data, settings: structuredClone(settings), composeStates: [...composeStates], syncConfig: structuredClone(syncConfig) };
  };
  return { route, snapshot, ids: { dana, sam } };
}

type Ids = Awaited<ReturnType<typeof setup>>['ids'];

const importData = {
  format: 'pullback-history',
  version: 1,
  exportedAt: new Date(T).toISOString(),
  contacts: [{ id: 'c_new', names: ['Lee'], identities: ['email:lee@x.test'], status: null, createdAt: T, updatedAt: T }],
  touches: [
    {
      id: 's7:email:lee@x.test',
      sendId: 's7',
      contactId: 'c_new',
      identity: 'email:lee@x.test',
      at: T,
      channel: 'gmail',
      subject: 'Hi',
      excerpt: 'Hello Lee',
      level: 'ok',
      score: 4,
      overridden: false,
      source: 'send',
    },
  ],
  inbound: [{ id: 'm7', contactId: 'c_new', identity: 'email:lee@x.test', at: T + 1, channel: 'gmail', kind: 'reply', excerpt: 'Thanks' }],
};

/** A valid payload for every request type (typed: a new type must add one). */
const VALID: { [K in RequestType]: (ids: Ids) => Payload<K> } = {
  ping: () => ({}),
  'context.get': () => ({ people: [{ identity: 'email:dana@x.test' }] }),
  'thread.record': () => ({
    items: [
      {
        id: 'm9',
        direction: 'in',
        person: { identity: 'email:dana@x.test', name: 'Dana' },
        at: T,
        channel: 'gmail',
        text: 'Thanks, but we are not interested.',
      },
    ],
  }),
  'send.log': () => ({
    sendId: 's9',
    at: T,
    channel: 'gmail',
    subject: 'Fleet',
    excerpt: 'One more idea',
    level: 'ok',
    score: 5,
    overridden: false,
    recipients: [{ identity: 'email:dana@x.test', name: 'Dana' }],
  }),
  'compose.state': () => ({ level: 'pushy', channel: 'gmail', people: [{ identity: 'email:dana@x.test', level: 'pushy' }] }),
  'rule.mute': () => ({ rule: 'bump.checking-in' }),
  'rule.unmute': () => ({ rule: 'bump.checking-in' }),
  'draft.score': () => ({
    text: 'Just checking in again, act now.',
    subject: 'Fleet',
    lang: 'en',
    channel: 'gmail',
    recipients: [{ identity: 'email:dana@x.test', name: 'Dana' }],
  }),
  'compose.current': () => ({ tabId: 1 }),
  'store.health': () => ({}),
  'contacts.list': () => ({ query: '', limit: 10 }),
  'contact.get': ({ dana }) => ({ id: dana }),
  'contact.status': ({ dana }) => ({ id: dana, status: { status: 'not-now', until: T + 30 * 86_400_000 } }),
  'contact.link': ({ dana, sam }) => ({ id: dana, otherId: sam }),
  'contact.linkIdentity': ({ dana }) => ({ id: dana, identity: 'email:dana@home.test' }),
  'contact.unlink': ({ dana }) => ({ id: dana, identity: 'linkedin:dana-reyes' }),
  'contact.delete': ({ sam }) => ({ id: sam }),
  'followup.list': () => ({}),
  'followup.remind': ({ dana }) => ({ id: dana, until: T + 7 * 86_400_000 }),
  'data.export': () => ({}),
  'data.import': () => ({ data: structuredClone(importData), apply: true }) as Payload<'data.import'>,
  'data.deleteAll': () => ({ confirm: 'delete everything' }),
  'contact.team': ({ dana }) => ({ id: dana }),
  'sync.status': () => ({}),
  'sync.save': () => ({ server: 'https://couch.example.test', personalDb: 'dana-history', user: 'dana-laptop', password: 'device-pass' }),
  'sync.test': () => ({ server: 'https://couch.example.test', personalDb: 'dana-history', user: 'dana-laptop', password: 'device-pass' }),
  'sync.now': () => ({}),
  'sync.forget': () => ({ confirm: 'forget this device' }),
};

/** One wrong field each, applied to a copy of the valid payload. */
type Fields = Record<string, unknown>;
const item = (p: Fields) => (p.items as Fields[])[0]!;
const data = (p: Fields) => p.data as Fields & { contacts: Fields[]; touches: Fields[]; inbound: Fields[] };
const NEAR_MISSES: Partial<Record<RequestType, [string, (p: Record<string, unknown>) => void][]>> = {
  'thread.record': [
    ['a time that is not a number', (p) => void (item(p).at = 'soon')],
    ['a negative time', (p) => void (item(p).at = -1)],
    ['a 100 KB name', (p) => void ((item(p).person as Record<string, unknown>).name = HUGE)],
    ['an unknown field in an item', (p) => void (item(p).kind = 'decline')],
    ['an unknown field in the person', (p) => void ((item(p).person as Record<string, unknown>).admin = true)],
    ['an unknown direction', (p) => void (item(p).direction = 'sideways')],
    ['an unknown channel', (p) => void (item(p).channel = 'myspace')],
    ['an over-long id', (p) => void (item(p).id = 'm'.repeat(301))],
    ['an over-long text', (p) => void (item(p).text = 'x'.repeat(20_001))],
    ['no person', (p) => void delete item(p).person],
    ['items not a list', (p) => void (p.items = item(p))],
  ],
  'send.log': [
    ['a time that is not a number', (p) => void (p.at = 'soon')],
    ['a 100 KB recipient name', (p) => void ((p.recipients as Record<string, unknown>[])[0]!.name = HUGE)],
    ['an unknown field', (p) => void (p.source = 'thread')],
    ['an unknown level', (p) => void (p.level = 'loud')],
    ['a score above 100', (p) => void (p.score = 101)],
    ['overridden as a string', (p) => void (p.overridden = 'yes')],
    ['an unknown channel', (p) => void (p.channel = 'myspace')],
    ['an over-long subject', (p) => void (p.subject = 'x'.repeat(1_001))],
    ['a recipient without an identity', (p) => void ((p.recipients as Record<string, unknown>[])[0] = { name: 'Dana' })],
    ['an over-long conversation address', (p) => void (p.url = `https://mail.google.com/${'x'.repeat(2_000)}`)],
    ['a conversation address that is not a string', (p) => void (p.url = 5)],
  ],
  'followup.remind': [
    ['an until that is not a number', (p) => void (p.until = 'soon')],
    ['an unknown field', (p) => void (p.all = true)],
    ['an id nobody has', (p) => void (p.id = 'c_nobody')],
  ],
  'compose.state': [
    ['an unknown level', (p) => void (p.level = 'loud')],
    ['a person without a level', (p) => void delete (p.people as Record<string, unknown>[])[0]!.level],
    ['an unknown field', (p) => void (p.tabId = 9)],
  ],
  'rule.mute': [
    ['an over-long rule', (p) => void (p.rule = 'r'.repeat(101))],
    ['a rule that is not a string', (p) => void (p.rule = 5)],
    ['an unknown rule', (p) => void (p.rule = 'bump.checking-in2')],
    ['an unknown field', (p) => void (p.all = true)],
  ],
  'rule.unmute': [
    ['an over-long rule', (p) => void (p.rule = 'r'.repeat(101))],
    ['a rule that is not a string', (p) => void (p.rule = 5)],
    ['an unknown rule', (p) => void (p.rule = 'bump.checking-in2')],
    ['an unknown field', (p) => void (p.all = true)],
  ],
  'contact.status': [
    ['an unknown status', (p) => void ((p.status as Record<string, unknown>).status = 'maybe')],
    ['an until that is not a number', (p) => void ((p.status as Record<string, unknown>).until = 'soon')],
    ['an unknown field in the status', (p) => void ((p.status as Record<string, unknown>).at = 1)],
    ['an over-long id', (p) => void (p.id = 'c'.repeat(101))],
    ['an id nobody has', (p) => void (p.id = 'c_nobody')],
  ],
  'contact.link': [
    ['an other id that is a number', (p) => void (p.otherId = 5)],
    ['an unknown field', (p) => void (p.merge = 'all')],
    ['an other id nobody has', (p) => void (p.otherId = 'c_nobody')],
  ],
  'contact.linkIdentity': [
    ['an over-long identity', (p) => void (p.identity = `email:${'x'.repeat(400)}`)],
    ['a null identity', (p) => void (p.identity = null)],
    ['an unknown field', (p) => void (p.name = 'Dana')],
    ['an id nobody has', (p) => void (p.id = 'c_nobody')],
  ],
  'contact.unlink': [
    ['an identity that is a number', (p) => void (p.identity = 5)],
    ['an unknown field', (p) => void (p.keep = true)],
    ['an identity the contact does not hold', (p) => void (p.identity = 'email:sam@x.test')],
  ],
  'sync.save': [
    ['a server that is a number', (p) => void (p.server = 5)],
    ['an unknown field', (p) => void (p.admin = true)],
    ['an over-long password', (p) => void (p.password = 'x'.repeat(1_001))],
  ],
  'sync.forget': [
    ['no confirmation', (p) => void delete p.confirm],
    ['another confirmation', (p) => void (p.confirm = 'yes')],
  ],
  'contact.delete': [
    ['an id in a list', (p) => void (p.id = [p.id])],
    ['an unknown field', (p) => void (p.all = true)],
  ],
  'data.import': [
    ['apply as a string', (p) => void (p.apply = 'yes')],
    ['another format', (p) => void (data(p).format = 'other')],
    ['a touch whose time is not a number', (p) => void (data(p).touches[0]!.at = 'soon')],
    ['a reply of an unknown kind', (p) => void (data(p).inbound[0]!.kind = 'maybe')],
    ['a contact with an unknown field', (p) => void (data(p).contacts[0]!.admin = true)],
    ['a 100 KB name', (p) => void (data(p).contacts[0]!.names = [HUGE])],
    ['no inbound list', (p) => void delete (p.data as Fields).inbound],
  ],
  'data.deleteAll': [
    ['a near confirmation', (p) => void (p.confirm = 'delete everything!')],
    ['a confirmation that is true', (p) => void (p.confirm = true)],
    ['an unknown field', (p) => void (p.now = true)],
  ],
};

const TYPES = Object.keys(schemas) as RequestType[];
const senderFor = (type: RequestType) => SENDERS[schemas[type].from[0]!];

describe('requests that write', () => {
  it.each(TYPES)('%s: the valid payload is accepted; if it changes anything, near-misses are listed for it', async (type) => {
    const { route, snapshot, ids } = await setup();
    const before = await snapshot();
    const reply = await route({ type, payload: VALID[type](ids) }, senderFor(type));
    expect(reply).toMatchObject({ ok: true });
    const writes = JSON.stringify(await snapshot()) !== JSON.stringify(before);
    if (writes) expect(NEAR_MISSES[type]?.length ?? 0, `${type} writes but has no near-miss cases`).toBeGreaterThan(1);
  });

  describe.each(Object.entries(NEAR_MISSES))('%s', (type, cases) => {
    it.each(cases)('refuses %s and changes nothing', async (_, mutate) => {
      const { route, snapshot, ids } = await setup();
      const payload = structuredClone(VALID[type as RequestType](ids)) as Record<string, unknown>;
      mutate(payload);
      const before = await snapshot();
      const reply = await route({ type, payload }, senderFor(type as RequestType));
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Pullback: /) });
      expect(await snapshot()).toEqual(before);
    });
  });
});
