import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from '../db/store.ts';
import { normalizeSettings, type Settings } from '../settings/settings.ts';
import { dueBadgeText } from './badge.ts';
import { conversationUrl, createHandlers } from './handlers.ts';
import { createRouter } from './router.ts';

const OWN = 'own-id';
const T = Date.parse('2026-11-02T09:00:00Z');
const DAY = 86_400_000;
const gmail = { id: OWN, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const popup = { id: OWN, url: `chrome-extension://${OWN}/src/ui/popup/popup.html` };

async function background(settings: Partial<Settings> = {}) {
  const store = await createStore({ factory: new IDBFactory(), now: () => T + 5 * DAY });
  const shown: (number | null)[] = [];
  const route = createRouter({
    ownId: OWN,
    ownBase: `chrome-extension://${OWN}/`,
    handlers: createHandlers({
      store,
      version: '1',
      now: () => T + 5 * DAY,
      loadSettings: async () => normalizeSettings(settings),
      saveSettings: async () => normalizeSettings(settings),
      showBadge: async () => {},
      composeStates: { get: async () => null, set: async () => {} },
      showDueCount: async (n) => void shown.push(n),
    }),
  });
  const log = (sendId: string, url?: string, identity = 'email:dana@x.test') =>
    route(
      {
        type: 'send.log',
        payload: {
          sendId,
          at: T,
          channel: 'gmail',
          subject: 'Winter',
          excerpt: 'Hi',
          level: 'ok',
          score: 1,
          overridden: false,
          recipients: [{ identity, name: 'Dana' }],
          ...(url === undefined ? {} : { url }),
        },
      },
      gmail,
    );
  return { route, store, shown, log };
}

describe('the conversation address sent with send.log', () => {
  it.each([
    ['a Gmail thread', 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', 'gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgz'],
    ['a LinkedIn conversation', 'https://www.linkedin.com/messaging/thread/2-abc/', 'linkedin', 'https://www.linkedin.com/messaging/thread/2-abc/'],
    ['another site', 'https://evil.example/#inbox/x', 'gmail', undefined],
    ['the other site than the one it was sent on', 'https://www.linkedin.com/messaging/thread/2-abc/', 'gmail', undefined],
    ['plain http', 'http://mail.google.com/mail/u/0/', 'gmail', undefined],
    ['a script address', 'javascript:alert(1)', 'gmail', undefined],
    ['credentials in the address', 'https://a:b@mail.google.com/mail/', 'gmail', undefined],
    ['not an address', 'inbox', 'gmail', undefined],
  ])('%s', (_, url, channel, kept) => {
    expect(conversationUrl(url, channel)).toBe(kept);
  });

  it('is stored with the touch only when it is the site’s own page', async () => {
    const { store, log } = await background();
    expect(await log('s1', 'https://mail.google.com/mail/u/0/#inbox/FMfcgz')).toMatchObject({ ok: true });
    expect(await log('s2', 'https://evil.example/', 'email:sam@x.test')).toMatchObject({ ok: true });
    const { touches } = await store.exportAll();
    expect(touches.find((t) => t.sendId === 's1')?.url).toBe('https://mail.google.com/mail/u/0/#inbox/FMfcgz');
    expect(touches.find((t) => t.sendId === 's2')).not.toHaveProperty('url');
  });
});

describe('followup.list and the due count', () => {
  it('lists from the page only, and shows the count on the toolbar only when the setting is on', async () => {
    const off = await background();
    await off.log('s1');
    expect(await off.route({ type: 'followup.list', payload: {} }, gmail)).toMatchObject({ ok: false });
    const plan = await off.route({ type: 'followup.list', payload: {} }, popup);
    expect(plan).toMatchObject({ ok: true, value: { counts: { due: 1, wait: 0, leave: 0 } } });
    expect(off.shown.every((n) => n === null)).toBe(true);

    const on = await background({ badgeDue: true });
    await on.log('s1');
    await on.route({ type: 'followup.list', payload: {} }, popup);
    expect(on.shown.at(-1)).toBe(1);
    expect([dueBadgeText(null), dueBadgeText(0), dueBadgeText(3), dueBadgeText(140)]).toEqual(['', '', '3', '99+']);
  });

  it('"remind me" moves a due person to wait until the date', async () => {
    const { route, store, log } = await background();
    await log('s1');
    const id = (await store.contactByIdentity('email:dana@x.test'))!.id;
    expect(await route({ type: 'followup.remind', payload: { id, until: T + 9 * DAY } }, popup)).toEqual({ ok: true, value: { ok: true } });
    expect(await route({ type: 'followup.list', payload: {} }, popup)).toMatchObject({ value: { counts: { due: 0, wait: 1 } } });
  });
});
