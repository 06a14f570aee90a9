/**
 * Cadence and replies for one person: how many messages in a row went unanswered, how recently you
 * wrote, how many in 30 days, and what their replies (and any status set by hand) said.
 */
import type { ReplyReading } from './replies/index.ts';
import type { HistoryItem, Level, Limits, PersonSummary, Reason, Recipient, ReplyKind, StatusItem } from './types.ts';
import { maxLevel } from './types.ts';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "4 Nov", or "4 Nov 2025" when not in the current year. */
export function shortDate(date: Date, now: Date): string {
  const base = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return date.getUTCFullYear() === now.getUTCFullYear() ? base : `${base} ${date.getUTCFullYear()}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

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
  until?: Date;
  text?: string;
}

function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const SUGGEST = {
  rest: 'Let this thread rest. Write again when you have something genuinely new for them, or move on: play the long game.',
  no: 'They said no. Respect it: if you want to stay in touch, offer something useful with no ask, months from now.',
  wait: 'Wait until the time they gave. Put a reminder in your calendar and write then, with something new.',
  spacing: 'Give them a few days. Follow-ups 2-5 days apart do best.',
};

export function judgePerson(
  recipient: Recipient,
  history: HistoryItem[],
  statuses: StatusItem[],
  limits: Limits,
  now: Date,
  readReply: (text: string, at: Date) => ReplyReading,
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
  for (const e of events) {
    if (e.out) {
      sent++;
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

  const draftNumber = streak + 1;
  const sinceLast = lastOut ? (now.getTime() - lastOut.getTime()) / DAY_MS : null;

  // --- replies and statuses ---
  if (status?.status === 'do-not-contact') {
    flag('status.do-not-contact', 'reply', 'stop', 60, `You marked ${who} as "do not contact"${status.at ? ` on ${shortDate(parseDate(status.at) ?? now, now)}` : ''}.`, SUGGEST.no);
  } else if (status?.status === 'said-no' && !(statusUntil && statusUntil <= now)) {
    flag('status.said-no', 'reply', limits.respectNo ? 'stop' : 'caution', limits.respectNo ? 60 : 20, `You marked that ${who} said no${status.at ? ` on ${shortDate(parseDate(status.at) ?? now, now)}` : ''}.`, SUGGEST.no);
  } else if (status?.status === 'not-now' && statusUntil && statusUntil > now) {
    flag('status.not-now', 'reply', 'pushy', 40, `You noted that ${who} asked for time: not before ${shortDate(statusUntil, now)}.`, SUGGEST.wait);
  }
  if (decline) {
    const said = quote(decline.text);
    flag(
      'reply.declined',
      'reply',
      limits.respectNo ? 'stop' : 'caution',
      limits.respectNo ? 60 : 20,
      `${who} said no on ${shortDate(decline.at, now)}${said ? `: "${said}"` : ''}.`,
      SUGGEST.no,
    );
  }
  if (defer) {
    const said = quote(defer.text);
    const until = defer.until ?? new Date(defer.at.getTime() + limits.notNowDays * DAY_MS);
    if (until > now) {
      flag(
        'reply.deferred',
        'reply',
        'pushy',
        40,
        defer.until
          ? `${who} asked you to wait until ${shortDate(until, now)}${said ? `: "${said}"` : ''}.`
          : `${who} said "not now" on ${shortDate(defer.at, now)}${said ? ` ("${said}")` : ''}; your rule is to wait ${limits.notNowDays} days, until ${shortDate(until, now)}.`,
        SUGGEST.wait,
      );
    }
  }
  if (away?.until && away.until > now) {
    flag('reply.away', 'reply', 'caution', 10, `${who} is away until ${shortDate(away.until, now)} (automatic reply): your message will wait in their inbox.`, 'Send it after they are back, so it does not sink under the backlog.');
  }

  // --- cadence ---
  if (draftNumber > limits.maxUnanswered) {
    flag('cadence.unanswered', 'cadence', 'pushy', 35, `This would be your ${ordinal(draftNumber)} message in a row to ${who} with no reply (your limit is ${limits.maxUnanswered}).`, SUGGEST.rest);
  } else if (draftNumber === limits.maxUnanswered && draftNumber > 1) {
    flag('cadence.unanswered-last', 'cadence', 'caution', 15, `${ordinal(draftNumber)} message in a row to ${who} with no reply: the last your limit of ${limits.maxUnanswered} allows.`, 'Make this one count: bring something new, and give them an easy way to say no.');
  }
  if (streak > 0 && sinceLast !== null && sinceLast < limits.minDaysBetween && !(away?.until && away.until > now)) {
    const ago = sinceLast < 1 ? 'earlier today' : `${Math.floor(sinceLast)} day${Math.floor(sinceLast) === 1 ? '' : 's'} ago`;
    flag('cadence.too-soon', 'cadence', 'pushy', 30, `You wrote to ${who} ${ago} and they have not answered yet (your rule: wait ${limits.minDaysBetween} days).`, SUGGEST.spacing);
  }
  if (last30 + 1 > limits.maxPer30Days) {
    flag('cadence.volume', 'cadence', 'pushy', 30, `This would be your ${ordinal(last30 + 1)} message to ${who} in 30 days (your limit is ${limits.maxPer30Days}).`, SUGGEST.rest);
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

