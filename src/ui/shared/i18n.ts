/**
 * Strings for the extension's own pages. Chromium sometimes hands a freshly created extension page
 * an empty message catalogue (getMessage answers ""), seen in automated runs right after install;
 * the pages then fall back to the bundled English catalogue instead of showing message keys.
 */
import { t as browserT } from '../../platform/browser.ts';
import english from '../../../_locales/en/messages.json' with { type: 'json' };
import { substitute } from '../../scorer/catalogue/substitute.ts';

const FALLBACK = english as Record<string, { message: string }>;

export function t(key: string, substitutions?: string | string[]): string {
  const text = browserT(key, substitutions);
  if (text !== key || !FALLBACK[key]) return text;
  return substitute(FALLBACK[key]!.message, substitutions);
}
