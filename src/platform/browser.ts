/**
 * The only module that imports webextension-polyfill. Everything else asks this module for the
 * browser APIs, so unit tests replace one file (see test/unit/setup.ts) and the rest of the code
 * stays free of `chrome`/`browser` globals.
 */
import browser from 'webextension-polyfill';

export type { Runtime } from 'webextension-polyfill';
export { browser };

/** A user-facing string from _locales; falls back to the key so a missing entry is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** True while this script's extension context is still alive (false after an update or removal). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
