/**
 * Background entry (service worker on Chrome/Edge, background script on Firefox). Every listener is
 * registered synchronously at the top level so a restarted worker receives the message that woke it.
 */
import { browser, t, type Runtime } from '../platform/browser.ts';
import { catalogueTexts } from '../scorer/rules/types.ts';
import { englishMessage } from '../scorer/index.ts';
import { useFiledRules, warmUpSlice } from '../scorer/tone.ts';
import filedRules from 'virtual:pullback-filed-rules';
import type { Settings } from '../settings/settings.ts';
import type { ComposeState } from '../messaging/protocol.ts';
import { createStore } from '../db/store.ts';
import { loadSettings, saveSettings } from '../settings/storage.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { badgeFor, DUE_BADGE_COLOR, dueBadgeText } from './badge.ts';
import { createHandlers } from './handlers.ts';
import { createRouter } from './router.ts';
import { createSendPorts } from './send-port.ts';
import { createSyncHook } from './sync-hook.ts';
import { EMPTY_STATE, SYNC_CONFIG_KEY, SYNC_STATE_KEY, type SyncConfig, type SyncState } from '../sync/config.ts';
import { createEngine, testConnection } from '../sync/engine.ts';
import { setSyncWords, syncWord } from '../sync/words.ts';
import indexeddbAdapter from 'pouchdb-adapter-indexeddb';

/**
 * A message in the user's language; the English one when the browser has none to give (a service
 * worker can be asked before its catalogue is ready, and a key must never reach the user).
 */
const say = (key: string, subs?: string[]): string => {
  const text = t(key, subs);
  return text === key ? englishMessage(key, subs) : text;
};

// Sync's errors in the user's language (the options page and the popup show them).
setSyncWords(say);

// The rules as the build filed them: a restarted worker judges the next keystroke at once.
if (!useFiledRules(filedRules)) console.warn('Pullback: the filed rules do not match this build; filing them on first use');
// Then compile them in short slices between messages, so the first judgement does not wait for it.
const warm = () => {
  if (!warmUpSlice(10)) setTimeout(warm, 0);
};
setTimeout(warm, 0);

/** Compose state per tab, in storage.session (memory that outlives a stopped service worker). */
const composeStates = {
  async get(tabId: number): Promise<ComposeState | null> {
    const key = `compose:${tabId}`;
    return ((await browser.storage.session.get(key))[key] as ComposeState | undefined) ?? null;
  },
  async set(tabId: number, state: ComposeState | null): Promise<void> {
    const key = `compose:${tabId}`;
    if (state) await browser.storage.session.set({ [key]: state });
    else await browser.storage.session.remove(key);
  },
};
let retentionMonths = DEFAULT_SETTINGS.retentionMonths;
/** Settings as the scorer reads them on every keystroke: read once, dropped when they change. */
let settingsCache: Promise<Settings> | null = null;
const currentSettings = () => (settingsCache ??= loadSettings());

const storePromise = createStore({ factory: indexedDB, retentionMonths: () => retentionMonths });

async function showBadge(tabId: number, state: ComposeState | null): Promise<void> {
  const look = badgeFor(state);
  await browser.action.setBadgeText({ tabId, text: look.text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
  await browser.action.setTitle({ tabId, title: look.titleKey ? say('badgeUnreadable') : say('actionTitle') });
}

/** The number due, as the toolbar's default (every tab without its own compose verdict). */
async function showDueCount(count: number | null): Promise<void> {
  await browser.action.setBadgeText({ text: dueBadgeText(count) });
  await browser.action.setBadgeBackgroundColor({ color: DUE_BADGE_COLOR });
}

async function refreshDueCount(): Promise<void> {
  const settings = await loadSettings();
  await showDueCount(settings.badgeDue ? (await (await storePromise).followupPlan(settings.limits)).counts.due : null);
}

// Sync (issue 14): off until the options page saves a server. PouchDB is bundled (an MV3 service
// worker may not `import()`), but no engine is made and no request sent while there is no config.
const SYNC_ALARM = 'pullback-sync';
const readSyncConfig = async (): Promise<SyncConfig | null> =>
  ((await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY] as SyncConfig | undefined) ?? null;
const readSyncState = async (): Promise<SyncState> =>
  ((await browser.storage.local.get(SYNC_STATE_KEY))[SYNC_STATE_KEY] as SyncState | undefined) ?? EMPTY_STATE;
const syncPromise = storePromise.then((store) =>
  createSyncHook({
    readConfig: readSyncConfig,
    readState: readSyncState,
    writeState: (state) => browser.storage.local.set({ [SYNC_STATE_KEY]: state }),
    makeEngine: (config) =>
      createEngine({ config, store, adapter: 'indexeddb', adapterPlugin: indexeddbAdapter, keepAlive: () => browser.runtime.getPlatformInfo() }),
  }),
);
const syncControl = {
  async view() {
    const config = await readSyncConfig();
    const state = await readSyncState();
    if (!config) return { config: null, state };
    const { server, personalDb, teamDb, user, device } = config;
    return { config: { server, personalDb, ...(teamDb ? { teamDb } : {}), user, device }, state };
  },
  async save(config: SyncConfig) {
    await browser.storage.local.set({ [SYNC_CONFIG_KEY]: config, [SYNC_STATE_KEY]: EMPTY_STATE });
    // Chrome fires a repeating alarm at most every 30 s; one a minute is plenty.
    await browser.alarms?.create(SYNC_ALARM, { periodInMinutes: 1 });
  },
  test: (config: SyncConfig) => testConnection(config),
  async clear() {
    await browser.storage.local.remove([SYNC_CONFIG_KEY, SYNC_STATE_KEY]);
    await browser.alarms?.clear(SYNC_ALARM);
  },
};
const runSync = (reason: 'alarm' | 'startup') =>
  void syncPromise
    .then((sync) => sync.run(reason))
    .catch((error: unknown) => console.debug(`Pullback: sync (${reason}) failed; it backs off and tries again`, error));
// `alarms` is optional: present only once the user turned sync on (and granted it).
browser.alarms?.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM) runSync('alarm');
});
browser.runtime.onStartup.addListener(() => runSync('startup'));
// The user took the server's permission back: sync stops and says why, until it is granted again.
browser.permissions.onRemoved.addListener(({ origins = [] }) => {
  void readSyncConfig().then(async (config) => {
    if (!config || !origins.some((o) => o.startsWith(new URL(config.server).origin))) return;
    await browser.storage.local.set({
      [SYNC_STATE_KEY]: { ...(await readSyncState()), halted: true, error: syncWord('syncErrorPermissionRemoved') },
    });
  });
});

const handlersPromise = Promise.all([storePromise, syncPromise]).then(([store, sync]) =>
  createHandlers({
    store,
    version: browser.runtime.getManifest().version,
    loadSettings,
    saveSettings,
    showBadge,
    composeStates,
    currentSettings,
    ruleTexts: catalogueTexts(say),
    showDueCount,
    sync,
    syncControl,
  }),
);
const routePromise = handlersPromise.then((handlers) =>
  createRouter({ ownId: browser.runtime.id, ownBase: browser.runtime.getURL('/'), log: (message) => console.warn(`Pullback: ${message}`), handlers }),
);

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  // The user is at work: sync if the last run is a minute old (Firefox's periodic sync, see nudge).
  void syncPromise.then((sync) => sync.nudge()).catch((error: unknown) => console.debug('Pullback: no sync nudge', error));
  return (await routePromise)(message, sender);
});
// A popped-out compose's sends, logged when its window closes as it sends (issue 13).
browser.runtime.onConnect.addListener(
  createSendPorts({
    ownId: browser.runtime.id,
    ownBase: browser.runtime.getURL('/'),
    log: async (entry, sender) => (await handlersPromise)['send.log'](entry, sender),
  }),
);
browser.tabs.onRemoved.addListener(
  (tabId) => void composeStates.set(tabId, null).catch((error: unknown) => console.debug('Pullback: could not forget a closed tab', error)),
);
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !changes.settings) return;
  settingsCache = null;
  refreshDueCount().catch((error: unknown) => console.debug('Pullback: could not count who is due', error));
  currentSettings()
    .then((s) => (retentionMonths = s.retentionMonths))
    .catch((error: unknown) => console.debug('Pullback: could not read the changed settings; keeping the old retention', error));
});
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install')
    browser.tabs
      .create({ url: browser.runtime.getURL('src/ui/welcome/welcome.html') })
      .catch((error: unknown) => console.debug('Pullback: could not open the welcome page', error));
});

// At start: read the retention setting and drop history older than it.
loadSettings()
  .then(async (s) => {
    retentionMonths = s.retentionMonths;
    await (await storePromise).prune();
    await refreshDueCount();
  })
  .catch((error: unknown) => console.debug('Pullback: could not drop old history at start; the next send tries again', error));
