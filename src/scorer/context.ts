/** The strict shape of a Context, for input from outside (the CLI, messages, imports). */
import { CATEGORIES, CHANNELS } from './types.ts';
import type { Context } from './types.ts';
import { bool, isoDate, list, num, obj, oneOf, optional, str, type Check } from '../validate/index.ts';

const REPLY_KINDS = ['decline', 'defer', 'auto-reply', 'welcome', 'reply'] as const;
const STATUSES = ['said-no', 'not-now', 'do-not-contact', 'ok-again'] as const;

/** Limits on sizes, so one bad input cannot make the scorer slow. */
const MAX_HISTORY = 20_000;

const recipientSchema = obj({ id: str(320), name: optional(str(200)) });

const historySchema = obj({
  recipient: str(320),
  direction: oneOf('out', 'in'),
  at: isoDate,
  text: optional(str(20_000)),
  kind: optional(oneOf(...REPLY_KINDS)),
  until: optional(isoDate),
});

const statusSchema = obj({
  recipient: str(320),
  status: oneOf(...STATUSES),
  at: optional(isoDate),
  until: optional(isoDate),
});

const limitsSchema = obj({
  maxUnanswered: optional(num(1, 20)),
  minDaysBetween: optional(num(0, 90)),
  maxPer30Days: optional(num(1, 100)),
  respectNo: optional(bool),
  notNowDays: optional(num(1, 365)),
});

const ruleOptionsSchema = obj({
  disabled: optional(list(str(100), 500)),
  custom: optional(
    list(obj({ phrase: str(200), category: oneOf(...CATEGORIES.filter((c) => c !== 'cadence' && c !== 'reply')) }), 500),
  ),
  sensitivity: optional(oneOf('gentle', 'balanced', 'strict')),
});

const contextSchema: Check<Context> = obj({
  now: optional(isoDate),
  lang: optional(str(35)),
  channel: optional(oneOf(...CHANNELS)),
  subject: optional(str(2_000)),
  recipients: optional(list(recipientSchema, 500)),
  history: optional(list(historySchema, MAX_HISTORY)),
  status: optional(list(statusSchema, 1_000)),
  limits: optional(limitsSchema),
  rules: optional(ruleOptionsSchema),
}) as Check<Context>;

/** Validate an untrusted context; throws InvalidMessage with the path of the first problem. */
export function parseContext(value: unknown): Context {
  return contextSchema(value, 'context');
}
