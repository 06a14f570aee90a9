/**
 * How people and counts are written in messages, small enough for the content script to share with
 * the scorer (the indicator's short line uses the same words as the reasons).
 */

/** Names as we show them: a hostile or absurd one is cut short, so messages stay readable. */
export function displayName(name: string): string {
  const flat = name.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

const SUFFIX: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** "1st", "2nd", "11th", "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (SUFFIX[n % 10] ?? 'th')}`;
}
