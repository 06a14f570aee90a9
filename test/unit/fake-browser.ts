/** A small in-memory stand-in for the WebExtension APIs that unit tests reach through src/platform. */
import messages from '../../_locales/en/messages.json' with { type: 'json' };
import { substitute } from '../../src/scorer/catalogue/substitute.ts';

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (fn: Listener) => void listeners.add(fn),
    removeListener: (fn: Listener) => void listeners.delete(fn),
    hasListener: (fn: Listener) => listeners.has(fn),
    emit: (...args: unknown[]) => [...listeners].map((fn) => fn(...args)),
  };
}

function area() {
  let data: Record<string, unknown> = {};
  return {
    get: async (keys?: string | string[] | null) => {
      if (keys == null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    remove: async (keys: string | string[]) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
    clear: async () => void (data = {}),
  };
}

export function fakeBrowser() {
  const table = messages as Record<string, { message: string }>;
  return {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => substitute(table[key]?.message ?? '', subs),
      getUILanguage: () => 'en',
    },
    runtime: {
      id: 'test-extension-id',
      getURL: (path: string) => `chrome-extension://test-extension-id/${path.replace(/^\//, '')}`,
      getManifest: () => ({ version: '0.0.0-test' }),
      sendMessage: async () => undefined,
      onMessage: event(),
      onInstalled: event(),
      openOptionsPage: async () => {},
    },
    storage: { sync: area(), local: area(), session: area(), onChanged: event() },
    tabs: { query: async () => [], create: async () => ({}), onRemoved: event() },
    action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
  };
}
