/**
 * Background entry (service worker on Chrome/Edge, background script on Firefox). Every listener is
 * registered synchronously at the top level so a restarted worker receives the message that woke it.
 */
import { browser, type Runtime } from '../platform/browser.ts';
import type { ComposeState } from '../messaging/protocol.ts';
import { BADGE } from './badge.ts';
import { createRouter } from './router.ts';

const composeByTab = new Map<number, ComposeState>();

async function showBadge(tabId: number, state: ComposeState | null): Promise<void> {
  const style = state?.level ? BADGE[state.level] : { text: '', color: '#15803d' };
  await browser.action.setBadgeText({ tabId, text: style.text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: style.color });
}

const route = createRouter({
  ownId: browser.runtime.id,
  ownBase: browser.runtime.getURL('/'),
  log: (message) => console.warn(`Pullback: ${message}`),
  handlers: {
    ping: () => ({ version: browser.runtime.getManifest().version }),
    'compose.state': async (state, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: true };
      if (state.level === null) composeByTab.delete(tabId);
      else composeByTab.set(tabId, state);
      await showBadge(tabId, state.level === null ? null : state).catch(() => {});
      return { ok: true };
    },
    'compose.current': ({ tabId }) => composeByTab.get(tabId) ?? null,
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
browser.tabs.onRemoved.addListener((tabId) => composeByTab.delete(tabId));
