/**
 * Numbers for the extension pages, in the browser's language (Intl.NumberFormat), never hand-built.
 */
/** "5,000" */
export function formatCount(n: number, lang?: string): string {
  return new Intl.NumberFormat(lang).format(n);
}
