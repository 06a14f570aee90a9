/**
 * Background entry (service worker on Chrome/Edge, background script on Firefox). Every listener is
 * registered synchronously at the top level so a restarted worker receives the message that woke it.
 */
import { browser, t, type Runtime } from '../platform/browser.ts';
import { catalogueTexts } from '../scorer/rules/types.ts';
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
  await browser.action.setTitle({ tabId, title: look.titleKey ? t('badgeUnreadable') : t('actionTitle') });
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

const routePromise = storePromise.then((store) =>
  createRouter({
    ownId: browser.runtime.id,
    ownBase: browser.runtime.getURL('/'),
    log: (message) => console.warn(`Pullback: ${message}`),
    handlers: createHandlers({
      store,
      version: browser.runtime.getManifest().version,
      loadSettings,
      saveSettings,
      showBadge,
      composeStates,
      currentSettings,
      ruleTexts: catalogueTexts((key, subs) => t(key, subs)),
      showDueCount,
    }),
  }),
);

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => (await routePromise)(message, sender));
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
