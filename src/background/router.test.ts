import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router.ts';

const ownId = 'abc';
const ownBase = 'chrome-extension://abc/';
const page = { id: ownId, url: `${ownBase}src/ui/popup/popup.html` };
const gmail = { id: ownId, url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } };

function setup() {
  const handlers = {
    ping: vi.fn(() => ({ version: '1.0.0' })),
    'compose.state': vi.fn(() => ({ ok: true as const })),
    'compose.current': vi.fn(() => null),
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
    ['a page on another host', { id: ownId, url: 'https://evil.example/', tab: { id: 1 } }],
    ['plain http', { id: ownId, url: 'http://mail.google.com/', tab: { id: 1 } }],
    ['no url', { id: ownId }],
  ])('refuses %s', async (_, sender) => {
    const { route, handlers } = setup();
    expect(await route({ type: 'ping', payload: {} }, sender)).toEqual({ ok: false, error: 'Pullback: sender not allowed' });
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it('refuses page-only requests from content scripts', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'compose.current', payload: { tabId: 1 } }, gmail);
    expect(reply).toMatchObject({ ok: false });
    expect(handlers['compose.current']).not.toHaveBeenCalled();
    expect(await route({ type: 'compose.current', payload: { tabId: 1 } }, page)).toEqual({ ok: true, value: null });
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
