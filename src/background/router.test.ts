import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router.ts';
import type { ScoreResult } from '../scorer/types.ts';

const ownId = 'abc';
const ownBase = 'chrome-extension://abc/';
const page = { id: ownId, url: `${ownBase}src/ui/popup/popup.html` };
const gmail = { id: ownId, url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } };

function setup() {
  const stub = () => vi.fn(() => ({ ok: true as const }));
  const handlers = {
    ping: vi.fn(() => ({ version: '1.0.0' })),
    'compose.state': stub(),
    'compose.current': vi.fn(() => null),
    'context.get': vi.fn(() => ({ history: [], status: [] })),
    'thread.record': vi.fn(() => ({ written: 0 })),
    'send.log': vi.fn(() => ({ written: 0 })),
    'rule.mute': vi.fn(() => ({ disabledRules: [] })),
    'rule.unmute': vi.fn(() => ({ disabledRules: [] })),
    'store.health': vi.fn(() => ({ ok: true, error: null })),
    'contacts.list': vi.fn(() => []),
    'contact.get': vi.fn(() => null),
    'contact.status': stub(),
    'contact.link': stub(),
    'contact.linkIdentity': stub(),
    'contact.unlink': vi.fn(() => ({ id: 'x' })),
    'contact.delete': stub(),
    'followup.list': vi.fn(() => ({ due: [], wait: [], leave: [], counts: { due: 0, wait: 0, leave: 0 } })),
    'followup.remind': stub(),
    'data.export': vi.fn(() => ({}) as never),
    'data.import': vi.fn(() => ({}) as never),
    'data.deleteAll': stub(),
    'contact.team': vi.fn(() => null),
    'sync.status': vi.fn(() => ({ config: null, state: { lastSyncAt: null, pending: 0, error: null, failures: 0, halted: false } })),
    'sync.save': stub(),
    'sync.test': stub(),
    'sync.now': vi.fn(() => ({ ok: true, error: null })),
    'sync.forget': stub(),
    'draft.score': vi.fn((): ScoreResult => ({ level: 'ok', score: 10, reasons: [], suggestions: [] })),
  } satisfies Handlers;
  return { handlers, route: createRouter({ ownId, ownBase, handlers }) };
}

describe('router', () => {
  it('answers a valid request from a content script', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping', payload: {} }, gmail)).toEqual({ ok: true, value: { version: '1.0.0' } });
  });

  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    // The id decides, not the URL: another extension's content script on a page we serve, its
    // https page, and a sender claiming our own page's URL.
    ['another extension on a supported host', { id: 'other', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } }],
    ['another extension on LinkedIn', { id: 'other', url: 'https://www.linkedin.com/messaging/', tab: { id: 1 } }],
    ['another extension with an https url', { id: 'other', url: 'https://other.example/popup.html' }],
    ['another id with our own page url', { id: 'other', url: `${ownBase}src/ui/popup/popup.html` }],
    ['no id on a supported host', { url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } }],
    ['a page on another host', { id: ownId, url: 'https://evil.example/', tab: { id: 1 } }],
    ['plain http', { id: ownId, url: 'http://mail.google.com/', tab: { id: 1 } }],
    ['no url', { id: ownId }],
  ])('refuses %s', async (_, sender) => {
    const { route, handlers } = setup();
    expect(await route({ type: 'ping', payload: {} }, sender)).toEqual({ ok: false, error: 'Pullback: sender not allowed' });
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it.each([
    ['contact.delete', { id: 'c1' }],
    ['data.deleteAll', { confirm: 'delete everything' }],
    ['data.export', {}],
    ['contact.status', { id: 'c1', status: null }],
    ['compose.current', { tabId: 1 }],
  ] as const)('accepts %s only from the extension pages', async (type, payload) => {
    const { route, handlers } = setup();
    const reply = await route({ type, payload }, gmail);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not accepted from a web page') });
    expect(handlers[type]).not.toHaveBeenCalled();
    expect((await route({ type, payload }, page)).ok).toBe(true);
  });

  it.each([
    ['not an object', 'ping'],
    ['unknown type', { type: 'drop.tables', payload: {} }],
    ['unknown field', { type: 'ping', payload: {}, extra: 1 }],
    ['wrong payload type', { type: 'compose.state', payload: { level: 'loud', people: [] } }],
    ['oversized', { type: 'ping', payload: {}, pad: 'x'.repeat(3_000_000) }],
  ])('rejects a malformed message: %s', async (_, message) => {
    const { route, handlers } = setup();
    const reply = await route(message, gmail);
    expect(reply.ok).toBe(false);
    expect(handlers.ping).not.toHaveBeenCalled();
    expect(handlers['compose.state']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into a clear error', async () => {
    const { route, handlers } = setup();
    handlers.ping.mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(await route({ type: 'ping', payload: {} }, gmail)).toEqual({ ok: false, error: 'Pullback: disk full' });
  });
});
