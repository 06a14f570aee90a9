/** The strict shape of a Context, for input from outside (the CLI, messages, imports). */
import { DIRECTIONS, REPLY_KINDS, SENSITIVITIES, STATUSES, TONE_CATEGORIES } from './types.ts';
import type { Context, CustomPhrase, HistoryItem, Limits, Recipient, RuleOptions, StatusItem } from './types.ts';
import { LIMIT_BOUNDS } from './limits.ts';
import { bool, InvalidMessage, isoDate, list, num, obj, oneOf, optional, str, type Check } from '../validate/index.ts';

/** A channel's name: a short lowercase identifier ("gmail"). Which sites exist is not the scorer's business. */
export const CHANNEL_NAME = /^[a-z][a-z0-9-]{0,31}$/;

export const channelName: Check<string> = (v, p) => {
  if (typeof v !== 'string' || !CHANNEL_NAME.test(v)) throw new InvalidMessage(`${p || 'message'}: expected a channel name (lowercase letters, digits, -)`);
  return v;
};

/** Limits on sizes, so one bad input cannot make the scorer slow. */
const MAX_HISTORY = 20_000;

export const recipientSchema: Check<Recipient> = obj({ id: str(320), name: optional(str(200)) });

export const historySchema: Check<HistoryItem> = obj({
  recipient: str(320),
  direction: oneOf(...DIRECTIONS),
  at: isoDate,
  text: optional(str(20_000)),
  kind: optional(oneOf(...REPLY_KINDS)),
  until: optional(isoDate),
});

export const statusSchema: Check<StatusItem> = obj({
  recipient: str(320),
  status: oneOf(...STATUSES),
  at: optional(isoDate),
  until: optional(isoDate),
});

const bounded = (key: keyof typeof LIMIT_BOUNDS) => optional(num(...LIMIT_BOUNDS[key]));

const limitsSchema: Check<Partial<Limits>> = obj({
  maxUnanswered: bounded('maxUnanswered'),
  minDaysBetween: bounded('minDaysBetween'),
  maxPer30Days: bounded('maxPer30Days'),
  respectNo: optional(bool),
  notNowDays: bounded('notNowDays'),
});

export const customPhraseSchema = (maxChars: number): Check<CustomPhrase> => obj({ phrase: str(maxChars), category: oneOf(...TONE_CATEGORIES) });

const ruleOptionsSchema: Check<RuleOptions> = obj({
  disabled: optional(list(str(100), 500)),
  custom: optional(list(customPhraseSchema(200), 500)),
  sensitivity: optional(oneOf(...SENSITIVITIES)),
});

const contextSchema: Check<Context> = obj({
  now: optional(isoDate),
  lang: optional(str(35)),
  channel: optional(channelName),
  subject: optional(str(2_000)),
  recipients: optional(list(recipientSchema, 500)),
  history: optional(list(historySchema, MAX_HISTORY)),
  status: optional(list(statusSchema, 1_000)),
  limits: optional(limitsSchema),
  rules: optional(ruleOptionsSchema),
});

/** Validate an untrusted context; throws InvalidMessage with the path of the first problem. */
export function parseContext(value: unknown): Context {
  return contextSchema(value, 'context');
}
