/**
 * The judgement without the reply reader: the content script uses this on every keystroke, with a
 * history whose inbound messages the background already classified (see index.ts for the full
 * entry). Keeping the reply phrases and date parsing out keeps the content script small.
 */
import { judgePerson, type PersonJudgement } from './cadence.ts';
import { resolveLimits } from './limits.ts';
import { scoreTone, warmUp as warmUpTone } from './tone.ts';
import type { ReadReply } from './contact-summary.ts';
import { MAX_BODY_CHARS } from './limits.ts';
import { messagesFor } from './messages/index.ts';
import { catalogueTexts, type RuleTexts } from './rules/types.ts';
import type { Context, HistoryItem, Level, Reason, Recipient, ScoreResult } from './types.ts';
import { levelRank, maxLevel, SENSITIVITIES } from './types.ts';
import { customPhraseSchema, historySchema, recipientSchema, statusSchema } from './context.ts';
import { oneOf, optional, orDefault, refine, str, validItems } from '../validate/index.ts';

/** Tone points: one clear tactic is worth about 50 and makes a draft `pushy`; a mild cue about 25. */
const TONE_THRESHOLDS = { caution: 20, pushy: 45 } as const;
/** The lowest score each level shows, so that score and level always agree. */
const SCORE_FLOOR: Record<Level, number> = { ok: 0, caution: 30, pushy: 55, stop: 90 };
/** The highest score each level shows. */
const SCORE_CEILING: Record<Level, number> = { ok: 29.9, caution: 54.9, pushy: 89, stop: 100 };

/**
 * Points to a 0-100 score: a plain draft is 10, warmth takes it toward 0, pressure up; the level
 * thresholds land on 30 (caution) and 55 (pushy); the top is reserved for `stop`.
 */
export function pointsToScore(points: number): number {
  if (points <= 0) return 10 * Math.exp(points / 25);
  if (points < TONE_THRESHOLDS.pushy) return 10 + points;
  return 55 + 34 * (1 - Math.exp(-(points - TONE_THRESHOLDS.pushy) / 35));
}

const idKey = (id: string) => id.trim().toLowerCase();

// The context's own schemas (context.ts), read leniently: an item that does not pass is left out.
const recipientItem = refine(recipientSchema, (r) => r.id.trim() !== '', 'an empty id');
const customItem = customPhraseSchema(200);
const sensitivity = optional(oneOf(...SENSITIVITIES));
const ruleId = str();

/**
 * Compile the rule patterns ahead of the first keystroke.
 * @public scripts/bench.ts imports it through an esbuild entry string, which knip cannot follow.
 */
export function warmUp(): void {
  warmUpTone();
}

/** Without a catalogue, reasons carry their catalogue keys (the extension and the CLI pass real words). */
const KEY_TEXTS = catalogueTexts((key) => key);

/** How inbound messages are read when the history does not say; see replies/index.ts. */
export { plainReply, type ReadReply } from './contact-summary.ts';

/**
 * Score a draft, reading unclassified replies with `readReply`. Never throws: unreadable parts of the context are ignored (validate untrusted
 * input first with `parseContext` when you want to tell the user what was wrong).
 */
export function scoreDraftWith(readReply: ReadReply, text: string, context: Context = {}, texts: RuleTexts = KEY_TEXTS): ScoreResult {
  const body = typeof text === 'string' ? text.slice(0, MAX_BODY_CHARS) : '';
  const ctx = typeof context === 'object' && context !== null ? context : {};
  const parsedNow = typeof ctx.now === 'string' ? new Date(ctx.now) : new Date();
  const now = Number.isNaN(parsedNow.getTime()) ? new Date() : parsedNow;
  const limits = resolveLimits(ctx.limits);
  const words = messagesFor(typeof ctx.lang === 'string' ? ctx.lang : undefined);
  const subject = typeof ctx.subject === 'string' ? ctx.subject.slice(0, 2_000) : '';
  const rules = typeof ctx.rules === 'object' && ctx.rules !== null ? ctx.rules : {};

  const tone = scoreTone({
    body,
    subject,
    texts,
    rules: {
      // Passed through as it is when valid, so the tone scorer can reuse its set between keystrokes.
      disabled: Array.isArray(rules.disabled) && rules.disabled.every((x) => typeof x === 'string') ? rules.disabled : validItems(rules.disabled, ruleId),
      custom: validItems(rules.custom, customItem),
      sensitivity: orDefault(sensitivity, rules.sensitivity, undefined),
    },
  });

  // Recipients: as given, or everyone the history mentions when none are given.
  const history = validItems(ctx.history, historySchema);
  const statuses = validItems(ctx.status, statusSchema);
  let recipients = validItems(ctx.recipients, recipientItem);
  if (recipients.length === 0) recipients = [...new Set(history.map((h) => h.recipient))].filter(Boolean).map((id) => ({ id }));
  const unique = new Map<string, Recipient>();
  for (const r of recipients) if (!unique.has(idKey(r.id))) unique.set(idKey(r.id), r);

  const byRecipient = new Map<string, HistoryItem[]>();
  for (const h of history) {
    const key = idKey(h.recipient);
    if (!byRecipient.has(key)) byRecipient.set(key, []);
    byRecipient.get(key)!.push(h);
  }
  const people: PersonJudgement[] = [...unique.entries()].map(([key, r]) =>
    judgePerson(
      r,
      byRecipient.get(key) ?? [],
      statuses.filter((s) => idKey(s.recipient) === key),
      limits,
      now,
      readReply,
      words,
    ),
  );

  // An empty bump as the last message your limit allows is pushy (judgement.md): it spends the
  // last follow-up on nothing.
  if (tone.reasons.some((r) => r.category === 'empty-bump' && (r.weight ?? 0) > 0)) {
    for (const person of people) {
      if (person.reasons.some((r) => r.rule === 'cadence.unanswered-last')) {
        person.level = maxLevel(person.level, 'pushy');
        person.summary.level = person.level;
      }
    }
  }
  const wordsLevel = tone.level;
  let level = wordsLevel;
  let points = tone.points;
  const reasons: Reason[] = [...tone.reasons];
  for (const person of people) {
    level = maxLevel(level, person.level);
    reasons.push(...person.reasons);
  }
  // Several recipients: the draft takes the highest level, and the cadence points of the worst case.
  points += Math.max(0, ...people.map((p) => p.points));
  // One decimal: fine enough to rank drafts that differ a little (warmer, blunter), never noisy.
  // The score orders drafts within their level; the level decides the band it shows in.
  const capped = Math.min(SCORE_CEILING[level], Math.max(SCORE_FLOOR[level], Math.round(pointsToScore(points) * 10) / 10));

  const suggestions = [...new Set([...people.flatMap((p) => p.suggestions), ...tone.suggestions])].slice(0, 4);
  return {
    level,
    score: capped,
    reasons: reasons.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || (a.start ?? -1) - (b.start ?? -1)),
    suggestions,
    people: people.map((p) => p.summary),
    toneLevel: wordsLevel,
  };
}

/** True when `level` is at or above `threshold`. */
export function atLeast(level: Level, threshold: Level): boolean {
  return levelRank(level) >= levelRank(threshold);
}
