/**
 * The background refuses what it should: messages from other extensions and from pages, page-only
 * requests from content scripts, and malformed or oversized payloads (a fuzz run of 10,000
 * generated messages). No crash, no write, a clear error.
 */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers.ts';
import { createRouter } from '../../src/background/router.ts';
import { createStore } from '../../src/db/store.ts';
import { schemas } from '../../src/messaging/protocol.ts';
import { normalizeSettings } from '../../src/settings/settings.ts';

const OWN = 'own-id';
const BASE = 'chrome-extension://own-id/';
const senders = {
  content: { id: OWN, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } },
  page: { id: OWN, url: `${BASE}src/ui/popup/popup.html` },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
  webPage: { id: OWN, url: 'https://evil.example/', tab: { id: 2 } },
  noUrl: { id: OWN },
};

async function setup() {
  const store = await createStore({ factory: new IDBFactory() });
  let settings = normalizeSettings(undefined);
  const route = createRouter({
    ownId: OWN,
    ownBase: BASE,
    handlers: createHandlers({
      store,
      version: '1',
      loadSettings: async () => settings,
      saveSettings: async (patch) => (settings = normalizeSettings({ ...settings, ...patch })),
      showBadge: async () => {},
      composeStates: { get: async () => null, set: async () => {} },
    }),
  });
  return { store, route };
}

const TYPES = Object.keys(schemas);

/** Anything: random JSON, real request types with random payloads, and near-misses of valid ones. */
const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom(...TYPES), payload: fc.anything() }),
  fc.record({ type: fc.constantFrom(...TYPES), payload: fc.dictionary(fc.string(), fc.jsonValue()) }),
  fc.record({ type: fc.string(), payload: fc.object() }),
  fc.record({
    type: fc.constant('send.log'),
    payload: fc.record(
      {
        sendId: fc.string(),
        at: fc.oneof(fc.double(), fc.integer()),
        channel: fc.string(),
        subject: fc.string(),
        excerpt: fc.string(),
        level: fc.anything(),
        score: fc.anything(),
        overridden: fc.anything(),
        recipients: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  }),
);

describe('background message validation', () => {
  it('refuses 10,000 generated messages without crashing or writing', async () => {
    const { store, route } = await setup();
    let refused = 0;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom(...Object.values(senders)), async (msg, sender) => {
        const before = await store.counts();
        const reply = await route(msg, sender);
        expect(typeof reply).toBe('object');
        if (reply.ok) answered++;
        else {
          refused++;
          expect(reply.error).toMatch(/^Pullback: /);
          expect(await store.counts()).toEqual(before);
        }
      }),
      { numRuns: 10_000 },
    );
    // Almost everything random is refused; the few valid reads (ping, lists) are answered.
    expect(refused).toBeGreaterThan(9_000);
    expect(refused + answered).toBe(10_000);
    // About a minute on an idle 2-core machine; the limit only catches a hang.
  }, 600_000);

  it('refuses other extensions and web pages, whatever they send', async () => {
    const { route } = await setup();
    for (const sender of [senders.otherExtension, senders.webPage, senders.noUrl]) {
      expect(await route({ type: 'ping', payload: {} }, sender)).toEqual({ ok: false, error: 'Pullback: sender not allowed' });
      expect((await route({ type: 'data.deleteAll', payload: { confirm: 'delete everything' } }, sender)).ok).toBe(false);
    }
  });

  it('content scripts may only read context, record and log; deletion, export, import and settings are refused', async () => {
    const { route, store } = await setup();
    await store.logSend({
      sendId: 's',
      at: 1,
      channel: 'gmail',
      subject: '',
      excerpt: '',
      level: 'ok',
      score: 1,
      overridden: false,
      recipients: [{ identity: 'email:a@x.test' }],
    });
    const contactId = (await store.listContacts())[0]!.id;
    for (const [type, payload] of [
      ['contact.delete', { id: contactId }],
      ['data.deleteAll', { confirm: 'delete everything' }],
      ['data.export', {}],
      ['data.import', { apply: true, data: { format: 'pullback-history', version: 1, exportedAt: '', contacts: [], touches: [], inbound: [] } }],
      ['contact.status', { id: contactId, status: null }],
      ['contacts.list', { query: '', limit: 10 }],
    ] as const) {
      const reply = await route({ type, payload }, senders.content);
      expect(reply).toEqual({ ok: false, error: expect.stringContaining('is not accepted from a web page') });
    }
    expect(await store.counts()).toEqual({ contacts: 1, touches: 1, inbound: 0 });
  });

  it('refuses oversized payloads with a clear error', async () => {
    const { route, store } = await setup();
    const reply = await route(
      {
        type: 'send.log',
        payload: { sendId: 'x', at: 1, channel: 'gmail', subject: 'x'.repeat(200_000), excerpt: '', level: 'ok', score: 1, overridden: false, recipients: [] },
      },
      senders.content,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/larger than|longer than/) });
    expect(await store.counts()).toEqual({ contacts: 0, touches: 0, inbound: 0 });
  });
});

describe('muting a rule from the panel', () => {
  it('every rule the scorer can report can be muted, and stays muted', async () => {
    const { route } = await setup();
    const { ALL_RULES, BUILT_IN_EXTRA_RULES } = await import('../../src/scorer/index.ts');
    for (const rule of [...ALL_RULES, ...BUILT_IN_EXTRA_RULES]) {
      const reply = await route({ type: 'rule.mute', payload: { rule: rule.id } }, senders.content);
      expect([rule.id, reply.ok]).toEqual([rule.id, true]);
    }
    const reply = (await route({ type: 'rule.mute', payload: { rule: 'shouting.questions' } }, senders.content)) as {
      ok: boolean;
      value?: { disabledRules: string[] };
    };
    expect(reply.value?.disabledRules).toContain('shouting.questions');
  });
});
