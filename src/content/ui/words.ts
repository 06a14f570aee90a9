/** The short line on the indicator, the panel's title, and other words the content UI builds from a score. */
import { t } from '../../platform/browser.ts';
import type { Level, PersonSummary, Reason, ReplyKind, ScoreResult } from '../../scorer/types.ts';
import { displayName, ordinal } from '../../scorer/names.ts';
import { plural } from '../../platform/plural.ts';
import { formatter } from '../../platform/intl.ts';
import { LEVEL_KEYS, REPLY_KIND_KEYS } from '../../scorer/catalogue/keys.ts';

const RANK: Record<Level, number> = { ok: 0, caution: 1, pushy: 2, stop: 3 };

function kindWord(kind: ReplyKind): string {
  return t(REPLY_KIND_KEYS[kind]);
}

/** "today", "yesterday", "3 days ago": in the page's language, plural-aware. */
function daysAgo(days: number | null, lang?: string): string {
  if (days === null) return t('panelNever');
  const whole = Math.floor(Math.max(0, days));
  try {
    return formatter(`days:${lang ?? ''}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(-whole, 'day');
  } catch {
    return whole < 1 ? t('today') : whole < 2 ? t('yesterday') : t('daysAgo', String(whole));
  }
}

/** A person's name as we show it: long or hostile names are cut short. */
export function personName(p: Pick<PersonSummary, 'name' | 'id'>): string {
  return displayName(p.name || p.id);
}

/** Reasons that push (not what helps), in the order a reader meets them: the draft's words in text order, then cadence and replies. */
export function pushingReasons(result: ScoreResult): Reason[] {
  const pushing = result.reasons.filter((r) => (r.weight ?? 0) > 0);
  const words = pushing.filter((r) => r.start !== null).sort((a, b) => a.start! - b.start! || (b.weight ?? 0) - (a.weight ?? 0));
  // One report per phrase: a span inside one already reported is the same words said twice.
  const kept: Reason[] = [];
  for (const r of words) {
    const inside = kept.some((k) => k.start! <= r.start! && r.end! <= k.end!);
    if (!inside) kept.push(r);
  }
  const context = pushing.filter((r) => r.start === null);
  // Said no / do not contact first, then the rest; one line per rule and person.
  const seen = new Set<string>();
  const grouped = [...context.filter((r) => r.category === 'reply'), ...context.filter((r) => r.category !== 'reply')].filter((r) => {
    const key = `${r.category === 'reply' && /declin|said-no|do-not/.test(r.rule) ? 'no' : r.rule}|${r.recipient ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...kept, ...grouped];
}

/** What drives the level: the words, the cadence (how often, how soon), or a reply (said no, not now). */
function drivenBy(result: ScoreResult): 'tone' | 'cadence' | 'reply' | 'none' {
  if (result.level === 'ok') return 'none';
  const reasons = pushingReasons(result);
  if (reasons.some((r) => r.category === 'reply' && result.level === 'stop')) return 'reply';
  const tone = result.toneLevel ?? (reasons.some((r) => r.start !== null) ? result.level : 'ok');
  if (RANK[tone] >= RANK[result.level]) return 'tone';
  if (reasons.some((r) => r.category === 'cadence')) return 'cadence';
  if (reasons.some((r) => r.category === 'reply')) return 'reply';
  return 'tone';
}

/** Why the Send guard asks, as history records it next to "sent anyway". */
export function guardReason(result: ScoreResult): 'tone' | 'cadence' | 'reply' {
  const by = drivenBy(result);
  return by === 'none' ? 'tone' : by;
}

/** The panel's title: the level in words, with cadence in its own words ("Too soon", "Over your limit"). */
export function titleOf(result: ScoreResult): string {
  if (result.level === 'stop') {
    const line = shortLine(result);
    if (line !== t('levelStop') && pushingReasons(result).some((r) => r.category === 'reply')) return line;
  }
  if (drivenBy(result) === 'cadence') {
    const over = pushingReasons(result).some((r) => r.rule === 'cadence.unanswered' || r.rule === 'cadence.volume');
    return over ? t('titleOverLimit') : t('titleTooSoon');
  }
  return t(LEVEL_KEYS[result.level]);
}

function streakOf(result: ScoreResult): { nth: string; line: string } | null {
  const streaky = [...(result.people ?? [])].sort((a, b) => b.unanswered - a.unanswered)[0];
  if (!streaky || streaky.unanswered < 1) return null;
  const nth = ordinal(streaky.unanswered + 1);
  return { nth, line: streaky.streakDays ? plural('lineStreakDays', streaky.streakDays, [nth]) : t('lineStreakToday', nth) };
}

/**
 * One short line: the most telling thing about this draft. It never contradicts the level: a green
 * dot does not say "reads as pressure", and a pushy draft's line names its wording, not only its count.
 */
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
  const phrases = reasons.filter((x) => x.start !== null).length;
  const streak = streakOf(result);
  if (result.level === 'ok') {
    // Fine overall: say so first, and name what is worth a look without calling it pressure.
    if (phrases) return plural('lineOkPhrases', phrases);
    return streak ? t('lineOkFollowUp', streak.nth) : t('lineOk');
  }
  const by = drivenBy(result);
  const phraseLine = phrases ? plural('linePhrasesPressure', phrases) : null;
  if (by === 'tone' && phraseLine) return streak ? t('lineBoth', [phraseLine, streak.line]) : phraseLine;
  if (by === 'cadence') return streak ? t('lineBoth', [titleOf(result), streak.line]) : titleOf(result);
  return streak?.line ?? phraseLine ?? t(LEVEL_KEYS[result.level]);
}

export function personLine(p: PersonSummary): string {
  return t('panelPersonLine', [
    personName(p),
    plural('countSent', p.sent),
    plural('countUnanswered', p.unanswered),
    daysAgo(p.daysSinceLast),
    p.lastReply ? kindWord(p.lastReply.kind) : t('panelNoReply'),
  ]);
}
