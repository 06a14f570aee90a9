/**
 * Sync's words for the user (errors shown on the options page and in the popup), from the
 * extension's catalogue. The background hands in the browser's lookup at start; elsewhere (tests,
 * the benchmark script) the English catalogue answers.
 */
import { englishMessage } from '../scorer/index.ts';

let say: (key: string, subs?: string[]) => string = englishMessage;

export function setSyncWords(lookup: (key: string, subs?: string[]) => string): void {
  say = lookup;
}

export function syncWord(key: string, ...subs: string[]): string {
  return say(key, subs);
}
