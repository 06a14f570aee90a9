/**
 * Numbers for the extension pages, in the browser's language (Intl.NumberFormat), never hand-built.
 */
import { formatter } from '../../platform/intl.ts';

/** "5,000" */
export function formatCount(n: number, lang?: string): string {
  return formatter(`count:${lang ?? ''}`, () => new Intl.NumberFormat(lang)).format(n);
}
