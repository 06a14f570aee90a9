/** The background as the trust tests drive it: a router over real handlers and a fake IndexedDB store. */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { createHandlers } from '../../src/background/handlers.ts';
import { createRouter } from '../../src/background/router.ts';
import { createStore } from '../../src/db/store.ts';
import { normalizeSettings } from '../../src/settings/settings.ts';

const OWN = 'own-id';
const BASE = 'chrome-extension://own-id/';
export const senders = {
  content: { id: OWN, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } },
  page: { id: OWN, url: `${BASE}src/ui/popup/popup.html` },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
  webPage: { id: OWN, url: 'https://evil.example/', tab: { id: 2 } },
  noUrl: { id: OWN },
};

export async function setup() {
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
