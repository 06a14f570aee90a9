/**
 * Cadence and replies for one person: how many messages in a row went unanswered, how recently you
 * wrote, how many in 30 days, and what their replies (and any status set by hand) said.
 */
import type { ReplyReading } from './replies/index.ts';
import { EN_MESSAGES } from './messages/en.ts';
import { fill, type MessageTable, type TemplateKey } from './messages/types.ts';
import type { HistoryItem, Level, Limits, PersonSummary, Reason, Recipient, ReplyKind, StatusItem } from './types.ts';
import { maxLevel } from './types.ts';

const DAY_MS = 86_400_000;
/**
 * A message within this many minutes of the one before to the same person (the forgotten
 * attachment, a correction) is part of it, not a new follow-up (judgement.md).
 */
const SAME_MESSAGE_MINUTES = 15;
const SAME_MESSAGE_MS = SAME_MESSAGE_MINUTES * 60_000;

/** "4 Nov", or "4 Nov 2025" when not in the current year. */
function shortDate(date: Date, now: Date, words: MessageTable = EN_MESSAGES): string {
  const base = `${date.getUTCDate()} ${words.months[date.getUTCMonth()]}`;
  return date.getUTCFullYear() === now.getUTCFullYear() ? base : `${base} ${date.getUTCFullYear()}`;
}

export const ordinal = (n: number): string => EN_MESSAGES.ordinal(n);

/** Names as we show them: a hostile or absurd one is cut short, so messages stay readable. */
export function displayName(name: string): string {
  const flat = name.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
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

interface Event {
  at: Date;
  out: boolean;
  kind?: ReplyKind;
  until?: Date | undefined;
  text?: string | undefined;
}

function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}


export function judgePerson(
  recipient: Recipient,
  history: HistoryItem[],
  statuses: StatusItem[],
  limits: Limits,
  now: Date,
  readReply: (text: string, at: Date) => ReplyReading,
  words: MessageTable = EN_MESSAGES,
): PersonJudgement {
  const who = displayName(recipient.name?.trim() || recipient.id);
  const events: Event[] = [];
  for (const item of history) {
    const at = parseDate(item.at);
    if (!at || at.getTime() > now.getTime() + DAY_MS) continue;
    if (item.direction === 'out') {
      events.push({ at, out: true, text: item.text });
    } else {
      const reading = item.kind ? { kind: item.kind, until: item.until } : readReply(item.text ?? '', at);
      events.push({ at, out: false, kind: reading.kind, until: parseDate(reading.until ?? item.until) ?? undefined, text: item.text });
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());

  const reasons: Reason[] = [];
  const suggestions: string[] = [];
  let level: Level = 'ok';
  let points = 0;
  const say = (key: TemplateKey, values: Record<string, string | number> = {}) => fill(words.templates[key], { who, ...values });
  const date = (d: Date) => shortDate(d, now, words);
  const said = (text: string | undefined, key: 'said' | 'said.aside' = 'said') => (quote(text) ? say(key, { quote: quote(text) }) : '');
  const on = (at: string | undefined) => (parseDate(at) ? say('on', { date: date(parseDate(at)!) }) : '');
  const flag = (rule: string, category: 'cadence' | 'reply', at: Level, weight: number, message: string, suggestion: string) => {
    reasons.push({ rule, category, message, start: null, end: null, recipient: recipient.id, weight, suggestion });
    suggestions.push(suggestion);
    level = maxLevel(level, at);
    points += weight;
  };

  // Walk the history: a genuine reply ends an unanswered streak; an auto-reply does not.
  let streak = 0;
  let streakStart: Date | null = null;
  let sent = 0;
  let lastOut: Date | null = null;
  let lastReply: Event | null = null;
  let decline: Event | null = null;
  let defer: Event | null = null;
  let away: Event | null = null;
  let last30 = 0;
  let conversation = false;
  for (const e of events) {
    if (e.out) {
      sent++;
      // A second message minutes after the first is the same follow-up.
      if (lastOut && streak > 0 && e.at.getTime() - lastOut.getTime() < SAME_MESSAGE_MS) {
        lastOut = e.at;
        continue;
      }
      if (streak === 0) streakStart = e.at;
      streak++;
      lastOut = e.at;
      if (now.getTime() - e.at.getTime() < 30 * DAY_MS) last30++;
      continue;
    }
    if (e.kind === 'auto-reply') {
      away = e;
      continue;
    }
    lastReply = e;
    // After a warm answer or a request from them, writing back is a conversation, not a follow-up.
    conversation = e.kind === 'welcome' || e.kind === 'reply';
    streak = 0;
    streakStart = null;
    away = null;
    if (e.kind === 'decline') decline = e;
    else if (e.kind === 'defer') defer = e;
    else if (e.kind === 'welcome') {
      decline = null;
      defer = null;
    } else defer = null;
  }

  // Statuses set by hand; an "ok again" after its date lifts earlier noes.
  let status: StatusItem | null = null;
  for (const s of statuses) {
    const at = parseDate(s.at);
    if (!status || !parseDate(status.at) || (at && at >= parseDate(status.at)!)) status = s;
  }
  const statusUntil = parseDate(status?.until);
  if (status?.status === 'ok-again' && (!statusUntil || statusUntil <= now)) {
    const since = parseDate(status.at) ?? now;
    if (decline && decline.at <= since) decline = null;
    if (defer && defer.at <= since) defer = null;
  }

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
    flag('cadence.unanswered', 'cadence', 'pushy', 35, say('cadence.unanswered', { nth: words.ordinal(draftNumber), limit: limits.maxUnanswered }), say('suggest.rest'));
  } else if (draftNumber === limits.maxUnanswered && draftNumber > 1) {
    flag('cadence.unanswered-last', 'cadence', 'caution', 15, say('cadence.unanswered-last', { nth: words.ordinal(draftNumber), limit: limits.maxUnanswered }), say('suggest.last'));
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
    lastReply: lastReply ? { at: lastReply.at.toISOString(), kind: lastReply.kind ?? 'reply', ...(lastReply.text ? { text: quote(lastReply.text) } : {}) } : null,
    status,
  };
  return { level, points, reasons, suggestions: [...new Set(suggestions)], summary };
}

