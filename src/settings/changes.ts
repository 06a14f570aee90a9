/**
 * Where the settings live in storage.sync, and a listener for their changes that needs nothing
 * else: the content script only re-asks for judgements when they change (the background reads them),
 * so it does not carry the settings' defaults and validation.
 */
import { browser } from '../platform/browser.ts';

export const SETTINGS_KEY = 'settings';

/** Calls back with the raw new value whenever the settings change (in any context). Returns an unsubscribe. */
export function onSettingsChanged(callback: (raw: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback(changes[SETTINGS_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
