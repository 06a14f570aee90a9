/**
 * The background refuses what it should: messages from other extensions and from pages, page-only
 * requests from content scripts, and malformed or oversized payloads. No crash, no write, a clear
 * error. (The fuzz run of 10,000 generated messages is in trust-fuzz.test.ts, a file of its own: the
 * work it leaves behind must not slow these.)
 */
import { describe, expect, it } from 'vitest';
import { senders, setup } from './trust-background.ts';

describe('background message validation', () => {
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
