/** The short line on the indicator, and other words the content UI builds from a score. */
import { t } from '../../platform/browser.ts';
import type { Level, PersonSummary, Reason, ReplyKind, ScoreResult } from '../../scorer/types.ts';
import { displayName, ordinal } from '../../scorer/cadence.ts';

export const LEVEL_TITLE: Record<Level, string> = { ok: 'levelOk', caution: 'levelCaution', pushy: 'levelPushy', stop: 'levelStop' };

const KIND_WORD: Record<ReplyKind, string> = {
  decline: 'kindDecline',
  defer: 'kindDefer',
  'auto-reply': 'kindAutoReply',
  welcome: 'kindWelcome',
  reply: 'kindReply',
};

function kindWord(kind: ReplyKind): string {
  return t(KIND_WORD[kind]);
}

function daysAgo(days: number | null): string {
  if (days === null) return t('panelNever');
  if (days < 1) return t('today');
  if (days < 2) return t('yesterday');
  return t('daysAgo', String(Math.floor(days)));
}

/** A person's name as we show it: long or hostile names are cut short. */
export function personName(p: Pick<PersonSummary, 'name' | 'id'>): string {
  return displayName(p.name || p.id);
}

/** Reasons that push (not what helps), strongest first. */
export function pushingReasons(result: ScoreResult): Reason[] {
  return result.reasons.filter((r) => (r.weight ?? 0) > 0);
}

/** One short line: the most telling thing about this draft. */
export function shortLine(result: ScoreResult): string {
  const reasons = pushingReasons(result);
  const people = result.people ?? [];
  const personOf = (r: Reason | undefined) => people.find((p) => p.id === r?.recipient);
  if (result.level === 'stop') {
    const r = reasons.find((x) => x.rule === 'status.do-not-contact');
    const p = personOf(r ?? reasons.find((x) => x.category === 'reply'));
    if (r && p) return t('lineDoNotContact', personName(p));
    if (p) return t('lineSaidNo', personName(p));
  }
  const wait = reasons.find((x) => x.rule === 'reply.deferred' || x.rule === 'status.not-now');
  if (wait && personOf(wait)) return t('lineWait', personName(personOf(wait)!));
  const streaky = [...people].sort((a, b) => b.unanswered - a.unanswered)[0];
  if (streaky && streaky.unanswered >= 1) {
    const n = ordinal(streaky.unanswered + 1);
    return streaky.streakDays ? t('lineStreak', [n, String(streaky.streakDays)]) : t('lineStreakToday', n);
  }
  const phrases = reasons.filter((x) => x.start !== null).length;
  if (phrases) return phrases === 1 ? t('linePhrase') : t('linePhrases', String(phrases));
  return result.level === 'ok' ? t('lineOk') : t(LEVEL_TITLE[result.level]);
}

export function personLine(p: PersonSummary): string {
  return t('panelPerson', [
    personName(p),
    String(p.sent),
    String(p.unanswered),
    daysAgo(p.daysSinceLast),
    p.lastReply ? kindWord(p.lastReply.kind) : t('panelNoReply'),
  ]);
}
