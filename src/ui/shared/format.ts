/** Dates and small words for the extension pages. */
import { t } from './i18n.ts';
import { formatter } from '../../platform/intl.ts';

const DAY = 86_400_000;

export function relativeDays(at: number | null, now = Date.now()): string {
  if (at === null) return t('panelNever');
  const days = Math.floor((now - at) / DAY);
  if (days < 1) return t('today');
  if (days < 2) return t('yesterday');
  return t('daysAgo', String(days));
}

export function shortDate(at: number): string {
  return formatter('short-date', () => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })).format(at);
}

/** "email:dana@x.test" -> "dana@x.test", "linkedin:dana-reyes" -> "linkedin.com/in/dana-reyes". */
export function identityLabel(identity: string): string {
  const [kind, ...rest] = identity.split(':');
  const value = rest.join(':');
  if (kind === 'linkedin') return `linkedin.com/in/${value}`;
  if (kind === 'linkedin-thread') return t('identityLinkedInThread');
  return value;
}

/** What the user typed into "link another identity": an address, a LinkedIn URL or slug. */
export function parseIdentityInput(input: string): string | null {
  const value = input.trim();
  const url = /linkedin\.com\/in\/([^/?#\s]+)/i.exec(value);
  if (url) return `linkedin:${decodeURIComponent(url[1]!).toLowerCase()}`;
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value)) return `email:${value.toLowerCase()}`;
  if (/^[a-z0-9][a-z0-9-]{2,99}$/i.test(value)) return `linkedin:${value.toLowerCase()}`;
  return null;
}
