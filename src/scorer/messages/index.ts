import { EN_MESSAGES } from './en.ts';
import type { MessageTable } from './types.ts';

/** Message tables by language; a new language is one more file and one more entry. */
const MESSAGES: Record<string, MessageTable> = { en: EN_MESSAGES };

/** The table for a BCP 47 tag ("en-GB" -> en), English when there is none yet. */
export function messagesFor(lang: string | undefined): MessageTable {
  return (lang && MESSAGES[lang.toLowerCase().split('-')[0]!]) || EN_MESSAGES;
}
