import type { Limits } from './types.ts';

/** The longest draft body the scorer reads (about 150,000 words). */
export const MAX_BODY_CHARS = 1_000_000;

/** Default cadence limits, each with the evidence behind it (docs/evidence.md). */
export const DEFAULT_LIMITS: Limits = {
  maxUnanswered: 3,
  minDaysBetween: 2,
  maxPer30Days: 8,
  respectNo: true,
  notNowDays: 30,
};

export const LIMIT_REASONS: Record<keyof Limits, string> = {
  maxUnanswered:
    'Your first message and two follow-ups. The 1st follow-up lifts replies 49 % and the 2nd 9 %; the 3rd cuts them 20 %, and 4 or more emails triple unsubscribes and spam complaints (Belkins 2023, 2025).',
  minDaysBetween: 'Best results come with follow-ups 2-5 days apart (Belkins 2023); a next-day follow-up cuts replies by about 11 % (Instantly).',
  maxPer30Days: 'About 8 touches across all channels lead to a first meeting (RAIN Group survey); more in one month, answered or not, crowds the person.',
  respectNo: 'A no ends the sequence. The law agrees: CAN-SPAM requires opt-outs to be honoured within 10 business days, B2B included.',
  notNowDays: '"Not now" is a cooling-off period, not a no. With no date given, wait about a month; LinkedIn itself blocks re-inviting a person for 3 weeks.',
};

/** Bounds the options page and the scorer enforce: no negative or absurd values. */
export const LIMIT_BOUNDS: Record<Exclude<keyof Limits, 'respectNo'>, [number, number]> = {
  maxUnanswered: [1, 20],
  minDaysBetween: [0, 90],
  maxPer30Days: [1, 100],
  notNowDays: [1, 365],
};

/** The limits in force: defaults for anything missing, out of range or of the wrong type. */
export function resolveLimits(partial: Partial<Limits> | undefined): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  if (!partial || typeof partial !== 'object') return out;
  for (const key of Object.keys(LIMIT_BOUNDS) as (keyof typeof LIMIT_BOUNDS)[]) {
    const value = partial[key];
    const [min, max] = LIMIT_BOUNDS[key];
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = Math.min(max, Math.max(min, Math.round(value)));
  }
  if (typeof partial.respectNo === 'boolean') out.respectNo = partial.respectNo;
  return out;
}
