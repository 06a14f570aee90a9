/** Counted words: the catalogue holds `key_one`, `key_other` (and any other CLDR form a language needs). */
import { t } from './browser.ts';
import { formatter } from './intl.ts';

/** The catalogue message for a count, chosen by the language's plural rules; $1 is the count. */
export function plural(key: string, n: number, substitutions: string[] = [], lang?: string): string {
  let form: string = n === 1 ? 'one' : 'other';
  try {
    form = formatter(`plural:${lang ?? ''}`, () => new Intl.PluralRules(lang)).select(n);
  } catch {
    // keep the English guess
  }
  const subs = [String(n), ...substitutions];
  const exact = `${key}_${form}`;
  const text = t(exact, subs);
  const other = `${key}_other`;
  return text === exact || text === '' ? t(other, subs) : text;
}
