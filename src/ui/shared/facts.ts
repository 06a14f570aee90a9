/** One line of facts about a contact: sent, unanswered, last contact, last reply, status. */
import type { ContactSummary } from '../../db/types.ts';
import { t } from './i18n.ts';
import { relativeDays, shortDate } from './format.ts';
import { REPLY_KIND_KEYS, STATUS_KEYS } from '../../scorer/catalogue/keys.ts';
import type { ReplyKind } from '../../scorer/types.ts';

export function kindLabel(kind: ReplyKind): string {
  return t(REPLY_KIND_KEYS[kind]);
}

/** Their last reply as a sentence: "they said no on 6 Nov", not a kind's label. */
const REPLY_SENTENCE_KEYS = {
  decline: 'factsReplyDecline',
  defer: 'factsReplyDefer',
  'auto-reply': 'factsReplyAuto',
  welcome: 'factsReplyWelcome',
  reply: 'factsReplyOther',
} as const satisfies Record<ReplyKind, string>;

export function facts(c: ContactSummary): string {
  const parts = [
    t('factsSent', String(c.sent)),
    t('factsUnanswered', String(c.unanswered)),
    t('factsLast', relativeDays(c.lastTouchAt)),
    c.lastReply ? t(REPLY_SENTENCE_KEYS[c.lastReply.kind], shortDate(c.lastReply.at)) : t('factsNoReply'),
  ];
  if (c.status)
    parts.push(c.status.until ? t('factsStatusUntil', [t(STATUS_KEYS[c.status.status]), shortDate(c.status.until)]) : t(STATUS_KEYS[c.status.status]));
  return parts.join(' · ');
}
