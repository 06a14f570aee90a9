/**
 * Intl formatters cost a fraction of a millisecond to make and next to nothing to reuse, and the
 * popup draws dozens of dates at once: one per kind, language and options, made on first use.
 */
const made = new Map<string, object>();

export function formatter<T extends object>(key: string, make: () => T): T {
  let found = made.get(key) as T | undefined;
  if (!found) made.set(key, (found = make()));
  return found;
}
