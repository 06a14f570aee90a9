import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ComposeState } from '../messaging/protocol.ts';
import { parseRequest } from '../messaging/protocol.ts';
import { createStore } from '../db/store.ts';
import { normalizeSettings } from '../settings/settings.ts';
import { BADGE, badgeFor, UNREADABLE_BADGE } from './badge.ts';
import { createHandlers } from './handlers.ts';

const state = (patch: Partial<ComposeState>): ComposeState => ({ level: null, channel: 'gmail', people: [], ...patch });

describe('badgeFor', () => {
  it.each([
    ['no state', null, '', null],
    ['a fine draft', state({ level: 'ok' }), '', null],
    ['a pushy draft', state({ level: 'pushy' }), BADGE.pushy.text, null],
    ['a compose Pullback cannot read', state({ unreadable: true }), '?', 'badgeUnreadable'],
    ['a fine draft beside one it cannot read', state({ level: 'ok', unreadable: true }), '?', 'badgeUnreadable'],
    // A verdict on a draft that was read wins the mark; the title still says one is unread.
    ['a pushy draft beside one it cannot read', state({ level: 'pushy', unreadable: true }), BADGE.pushy.text, 'badgeUnreadable'],
  ])('%s', (_, input, text, titleKey) => {
    const look = badgeFor(input);
    expect(look.text).toBe(text);
    expect(look.titleKey).toBe(titleKey);
  });

  it('the unreadable mark is not any level’s mark or colour', () => {
    for (const look of Object.values(BADGE)) {
      expect(look.text).not.toBe(UNREADABLE_BADGE.text);
      expect(look.color).not.toBe(UNREADABLE_BADGE.color);
    }
  });
});

describe('compose.state carries "unreadable"', () => {
  const payload = { level: null, channel: 'gmail', people: [], unreadable: true };

  it('validates the field: a boolean or nothing', () => {
    expect(parseRequest({ type: 'compose.state', payload }, 'content', 200).payload).toEqual(payload);
    expect(() => parseRequest({ type: 'compose.state', payload: { ...payload, unreadable: 'yes' } }, 'content', 200)).toThrow(/unreadable/);
    expect(() => parseRequest({ type: 'compose.state', payload }, 'page', 200)).toThrow();
  });

  it('the background keeps an unreadable state for the tab and badges it, and clears it when it goes', async () => {
    const stored = new Map<number, ComposeState | null>();
    const badges: [number, ComposeState | null][] = [];
    const store = await createStore({ factory: new IDBFactory() });
    const handlers = createHandlers({
      store,
      version: '0.0.0',
      loadSettings: async () => normalizeSettings(undefined),
      saveSettings: async () => normalizeSettings(undefined),
      showBadge: async (tabId, s) => void badges.push([tabId, s]),
      composeStates: { get: async (id) => stored.get(id) ?? null, set: async (id, s) => void stored.set(id, s) },
    });
    const sender = { id: 'x', url: 'https://mail.google.com/', tab: { id: 4 } };
    await handlers['compose.state']({ level: null, channel: 'gmail', people: [], unreadable: true }, sender);
    expect(await handlers['compose.current']({ tabId: 4 }, sender)).toMatchObject({ unreadable: true });
    expect(badgeFor(badges.at(-1)![1]).text).toBe('?');
    await handlers['compose.state']({ level: null, channel: 'gmail', people: [] }, sender);
    expect(await handlers['compose.current']({ tabId: 4 }, sender)).toBeNull();
    expect(badgeFor(badges.at(-1)![1]).text).toBe('');
  });
});
