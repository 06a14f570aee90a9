/** One line of facts about a contact: sent, unanswered, last contact, last reply, status. */
import type { ContactSummary } from '../../db/types.ts';
import { t } from './i18n.ts';
import { relativeDays, shortDate } from './format.ts';

const KIND_WORD = { decline: 'kindDecline', defer: 'kindDefer', 'auto-reply': 'kindAutoReply', welcome: 'kindWelcome', reply: 'kindReply' } as const;
const STATUS_WORD = { 'said-no': 'statusSaidNo', 'not-now': 'statusNotNow', 'do-not-contact': 'statusDoNotContact', 'ok-again': 'statusOkAgain' } as const;

export function kindLabel(kind: keyof typeof KIND_WORD): string {
  return t(KIND_WORD[kind]);
}

export function facts(c: ContactSummary): string {
  const parts = [
    t('factsSent', String(c.sent)),
    t('factsUnanswered', String(c.unanswered)),
    t('factsLast', relativeDays(c.lastTouchAt)),
    c.lastReply ? t('factsReply', [kindLabel(c.lastReply.kind), shortDate(c.lastReply.at)]) : t('factsNoReply'),
  ];
  if (c.status) parts.push(c.status.until ? t('factsStatusUntil', [t(STATUS_WORD[c.status.status]), shortDate(c.status.until)]) : t(STATUS_WORD[c.status.status]));
  return parts.join(' · ');
}
