/** Settings in storage.sync: small, synced across the user's browsers, read by every context. */
import { browser } from '../platform/browser.ts';
import { onSettingsChanged, SETTINGS_KEY } from './changes.ts';
import { normalizeSettings, type Settings } from './settings.ts';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change (in any context). Returns an unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return onSettingsChanged((raw) => callback(normalizeSettings(raw)));
}
