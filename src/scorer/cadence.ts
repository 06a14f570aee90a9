/**
 * Cadence and replies for one person: how many messages in a row went unanswered, how recently you
 * wrote, how many in 30 days, and what their replies (and any status set by hand) said.
 */
import { parseDate, SAME_MESSAGE_MS, summarizeContact, type ReadReply } from './contact-summary.ts';
import { EN_MESSAGES } from './messages/en.ts';
import { fill, type MessageTable, type TemplateKey } from './messages/types.ts';
import type { HistoryItem, Level, Limits, PersonSummary, Reason, Recipient, StatusItem } from './types.ts';
import { maxLevel } from './types.ts';
import { displayName } from './names.ts';

const DAY_MS = 86_400_000;

/** "4 Nov", or "4 Nov 2025" when not in the current year. */
function shortDate(date: Date, now: Date, words: MessageTable = EN_MESSAGES): string {
  const base = `${date.getUTCDate()} ${words.months[date.getUTCMonth()]}`;
  return date.getUTCFullYear() === now.getUTCFullYear() ? base : `${base} ${date.getUTCFullYear()}`;
}

function quote(text: string | undefined): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}

export interface PersonJudgement {
  level: Level;
  points: number;
  reasons: Reason[];
  suggestions: string[];
  summary: PersonSummary;
}

export function judgePerson(
  recipient: Recipient,
  history: HistoryItem[],
  statuses: StatusItem[],
  limits: Limits,
  now: Date,
  readReply: ReadReply,
  words: MessageTable = EN_MESSAGES,
): PersonJudgement {
  const who = displayName(recipient.name?.trim() || recipient.id);
  // The same facts the popup shows (contact-summary.ts); the judgement below is made from them.
  const facts = summarizeContact(history, statuses, now, readReply);
  const { sent, streakStart, lastOut, last30, lastReply, conversation, decline, defer, away, status, statusUntil } = facts;
  const streak = facts.unanswered;

  const reasons: Reason[] = [];
  const suggestions: string[] = [];
  let level: Level = 'ok';
  let points = 0;
  const say = (key: TemplateKey, values: Record<string, string | number> = {}) => fill(words.templates[key], { who, ...values });
  const date = (d: Date) => shortDate(d, now, words);
  const said = (text: string | undefined, key: 'said' | 'said.aside' = 'said') => (quote(text) ? say(key, { quote: quote(text) }) : '');
  const on = (at: string | undefined) => (parseDate(at) ? say('on', { date: date(parseDate(at)!) }) : '');
  const flag = (rule: string, category: 'cadence' | 'reply', at: Level, weight: number, message: string, suggestion: string) => {
    // A quote that ends a sentence ends ours too: no `…this year.".`
    message = message.replace(/([.!?…])(["”])\.$/u, '$1$2');
    reasons.push({ rule, category, message, start: null, end: null, recipient: recipient.id, weight, suggestion });
    suggestions.push(suggestion);
    level = maxLevel(level, at);
    points += weight;
  };

  const sinceLast = lastOut ? (now.getTime() - lastOut.getTime()) / DAY_MS : null;
  // A draft minutes after your last message is part of it (a correction, the forgotten file).
  const sameMessage = streak > 0 && sinceLast !== null && sinceLast * DAY_MS < SAME_MESSAGE_MS;
  const draftNumber = sameMessage ? streak : streak + 1;

  // --- replies and statuses ---
  const stopOrCaution: [Level, number] = limits.respectNo ? ['stop', 60] : ['caution', 20];
  if (status?.status === 'do-not-contact') {
    flag('status.do-not-contact', 'reply', 'stop', 60, say('status.do-not-contact', { on: on(status.at) }), say('suggest.no'));
  } else if (status?.status === 'said-no' && !(statusUntil && statusUntil <= now)) {
    flag('status.said-no', 'reply', ...stopOrCaution, say('status.said-no', { on: on(status.at) }), say('suggest.no'));
  } else if (status?.status === 'not-now' && statusUntil && statusUntil > now) {
    flag('status.not-now', 'reply', ...stopOrCaution, say('status.not-now', { until: date(statusUntil) }), say('suggest.wait'));
  }
  if (decline) {
    flag('reply.declined', 'reply', ...stopOrCaution, say('reply.declined', { date: date(decline.at), said: said(decline.text) }), say('suggest.no'));
  }
  if (defer) {
    const until = defer.until ?? new Date(defer.at.getTime() + limits.notNowDays * DAY_MS);
    if (until > now) {
      const message = defer.until
        ? say('reply.deferred.dated', { until: date(until), said: said(defer.text) })
        : say('reply.deferred.undated', { date: date(defer.at), aside: said(defer.text, 'said.aside'), days: limits.notNowDays, until: date(until) });
      // Inside a "not now" window, writing again is a stop, as after a no (judgement.md).
      flag('reply.deferred', 'reply', ...stopOrCaution, message, say('suggest.wait'));
    }
  }
  if (away?.until && away.until > now) {
    flag('reply.away', 'reply', 'caution', 10, say('reply.away', { until: date(away.until) }), say('suggest.away'));
  }

  // --- cadence ---
  if (draftNumber > limits.maxUnanswered) {
    flag(
      'cadence.unanswered',
      'cadence',
      'pushy',
      35,
      say('cadence.unanswered', { nth: words.ordinal(draftNumber), limit: limits.maxUnanswered }),
      say('suggest.rest'),
    );
  } else if (draftNumber === limits.maxUnanswered && draftNumber > 1) {
    flag(
      'cadence.unanswered-last',
      'cadence',
      'caution',
      15,
      say('cadence.unanswered-last', { nth: words.ordinal(draftNumber), limit: limits.maxUnanswered }),
      say('suggest.last'),
    );
  }
  // Sooner than the spacing rule is a caution; the first answer in a conversation is not a follow-up.
  const inConversation = conversation && streak <= 1;
  if (streak > 0 && !sameMessage && !inConversation && sinceLast !== null && sinceLast < limits.minDaysBetween && !(away?.until && away.until > now)) {
    const days = Math.floor(sinceLast);
    const ago = sinceLast < 1 ? say('ago.today') : days === 1 ? say('ago.day') : say('ago.days', { n: days });
    flag('cadence.too-soon', 'cadence', 'caution', 20, say('cadence.too-soon', { ago, days: limits.minDaysBetween }), say('suggest.spacing'));
  }
  if (!sameMessage && last30 + 1 > limits.maxPer30Days) {
    flag('cadence.volume', 'cadence', 'pushy', 30, say('cadence.volume', { nth: words.ordinal(last30 + 1), limit: limits.maxPer30Days }), say('suggest.rest'));
  }

  const summary: PersonSummary = {
    id: recipient.id,
    ...(recipient.name ? { name: recipient.name } : {}),
    level,
    sent,
    unanswered: streak,
    streakDays: streakStart ? Math.floor((now.getTime() - streakStart.getTime()) / DAY_MS) : null,
    last30Days: last30,
    daysSinceLast: sinceLast === null ? null : Math.floor(sinceLast),
    lastReply: lastReply
      ? { at: lastReply.at.toISOString(), kind: lastReply.kind ?? 'reply', ...(lastReply.text ? { text: quote(lastReply.text) } : {}) }
      : null,
    status,
  };
  return { level, points, reasons, suggestions: [...new Set(suggestions)], summary };
}
