/** A small in-memory stand-in for the WebExtension APIs that unit tests reach through src/platform. */
import { isDeepStrictEqual } from 'node:util';
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

type Change = { oldValue?: unknown; newValue?: unknown };

/**
 * One storage area. Values are copied in and out (browsers serialise them), and every write that changes something
 * fires `onChanged` as Chrome and Firefox do: after the write, only for keys whose value changed, with `oldValue`
 * left out for a new key and `newValue` left out for a removed one.
 */
function area(name: string, onAnyChange: ReturnType<typeof event>) {
  let data: Record<string, unknown> = {};
  const onChanged = event();
  const write = (next: Record<string, unknown>) => {
    const changes: Record<string, Change> = {};
    for (const key of new Set([...Object.keys(data), ...Object.keys(next)])) {
      if (isDeepStrictEqual(data[key], next[key]) && key in data === key in next) continue;
      changes[key] = { ...(key in data ? { oldValue: data[key] } : {}), ...(key in next ? { newValue: structuredClone(next[key]) } : {}) };
    }
    data = next;
    if (!Object.keys(changes).length) return;
    // Listeners run as a separate task, not inside the caller's await.
    setTimeout(() => {
      onChanged.emit(structuredClone(changes));
      onAnyChange.emit(structuredClone(changes), name);
    }, 0);
  };
  return {
    get: async (keys?: string | string[] | null) => {
      if (keys == null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    set: async (items: Record<string, unknown>) => write({ ...data, ...structuredClone(items) }),
    remove: async (keys: string | string[]) => {
      const next = { ...data };
      for (const k of typeof keys === 'string' ? [keys] : keys) delete next[k];
      write(next);
    },
    clear: async () => write({}),
    onChanged,
  };
}

export function fakeBrowser() {
  const table = messages as Record<string, { message: string }>;
  const onStorageChanged = event();
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
    storage: {
      sync: area('sync', onStorageChanged),
      local: area('local', onStorageChanged),
      session: area('session', onStorageChanged),
      onChanged: onStorageChanged,
    },
    tabs: { query: async () => [], create: async () => ({}), onRemoved: event() },
    action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
  };
}
