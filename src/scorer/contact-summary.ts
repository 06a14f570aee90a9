/**
 * The facts about one person's history, counted once: the scorer judges a draft from them
 * (cadence.ts) and the popup shows them (src/db summaries), so the two always agree. Pure.
 */
import type { ReplyReading } from './replies/index.ts';
import type { HistoryItem, ReplyKind, StatusItem } from './types.ts';

const DAY_MS = 86_400_000;
/**
 * A message within this many minutes of the one before to the same person (the forgotten
 * attachment, a correction) is part of it, not a new follow-up (judgement.md).
 */
const SAME_MESSAGE_MINUTES = 15;
export const SAME_MESSAGE_MS = SAME_MESSAGE_MINUTES * 60_000;
/** History dated further ahead than this (a wrong clock, a bad import) is not counted. */
const FUTURE_SLACK_MS = DAY_MS;

interface ContactEvent {
  at: Date;
  out: boolean;
  kind?: ReplyKind;
  until?: Date | undefined;
  text?: string | undefined;
}

export interface ContactFacts {
  /** Messages you sent. */
  sent: number;
  /** Your messages in a row since their last genuine reply (one sent minutes after another counts once). */
  unanswered: number;
  /** The first message of that unanswered run. */
  streakStart: Date | null;
  /** Your last message. */
  lastOut: Date | null;
  /** Messages in the 30 days before now (counted like `unanswered`). */
  last30: number;
  /** Their last genuine reply (an automatic answer is not one). */
  lastReply: ContactEvent | null;
  /** Their last reply was warm or a question: writing back is a conversation, not a follow-up. */
  conversation: boolean;
  /** Their last no, and their last "not now", unless lifted by a later welcome or an "ok again". */
  decline: ContactEvent | null;
  defer: ContactEvent | null;
  /** An automatic answer since their last genuine reply. */
  away: ContactEvent | null;
  /** The latest status set by hand, and when it ends. */
  status: StatusItem | null;
  statusUntil: Date | null;
}

export function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Read inbound messages that carry no kind: what the scorer's reply reader makes of them. */
export type ReadReply = (text: string, at: Date) => ReplyReading;

/** For history that always carries its kinds: an unclassified message is an ordinary reply. */
export const plainReply: ReadReply = () => ({ kind: 'reply' });

/** The history as dated events, oldest first, without anything dated more than a day ahead of now. */
function contactEvents(history: HistoryItem[], now: Date, readReply: ReadReply = plainReply): ContactEvent[] {
  const events: ContactEvent[] = [];
  for (const item of history) {
    const at = parseDate(item.at);
    if (!at || at.getTime() > now.getTime() + FUTURE_SLACK_MS) continue;
    if (item.direction === 'out') {
      events.push({ at, out: true, text: item.text });
    } else {
      const reading = item.kind ? { kind: item.kind, until: item.until } : readReply(item.text ?? '', at);
      events.push({ at, out: false, kind: reading.kind, until: parseDate(reading.until ?? item.until) ?? undefined, text: item.text });
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The facts of one person's history and statuses, as of `now`. */
export function summarizeContact(history: HistoryItem[], statuses: StatusItem[], now: Date, readReply: ReadReply = plainReply): ContactFacts {
  // Walk the history: a genuine reply ends an unanswered streak; an auto-reply does not.
  let streak = 0;
  let streakStart: Date | null = null;
  let sent = 0;
  let lastOut: Date | null = null;
  let lastReply: ContactEvent | null = null;
  let decline: ContactEvent | null = null;
  let defer: ContactEvent | null = null;
  let away: ContactEvent | null = null;
  let last30 = 0;
  let conversation = false;
  for (const e of contactEvents(history, now, readReply)) {
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

  // Statuses set by hand: the latest counts; an "ok again" after its date lifts earlier noes.
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

  return { sent, unanswered: streak, streakStart, lastOut, last30, lastReply, conversation, decline, defer, away, status, statusUntil };
}
