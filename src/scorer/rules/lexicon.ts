/**
 * Helpers for composing phrase patterns from small word lists (see phrases.ts for the pattern
 * language): a tactic is written as "what is limited × how it runs out × when", not as a list of
 * sentences.
 */

/** One of several alternatives. */
export const alt = (...options: string[]): string => `(${options.join('|')})`;

/** A number in words or digits, as counts are written. */
export const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple( of)?|few|a handful of|handful of)';

/** Up to `n` further words (letters, digits, $, %, apostrophes), as a gap inside a phrase. */
export const WORDS = (n: number): string => `( [\\p{L}\\p{N}\\u2019\\x27$%]+){0,${n}}`;

/** Up to `n` characters within the same sentence. */
export const clause = (n: number): string => `[^.!?\\n]{0,${n}}`;

/**
 * A regular verb with its simple inflections: expire → expire|expires|expired|expiring; end →
 * end|ends|ended|ending; apply → apply|applies|applied|applying.
 */
export function verb(base: string): string {
  if (base.endsWith('e')) return `${base.slice(0, -1)}(e|es|ed|ing)`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}(y|ies|ied|ying)`;
  if (base === 'go') return '(go|goes|going|went|gone)';
  if (base === 'sell') return '(sell|sells|selling|sold)';
  return `${base}(s|ed|ing)?`;
}
