/**
 * The scorer's public types. Plain data only: these cross messages, storage and the CLI. Each
 * closed list is declared here once; its type is derived from it, and the schemas (context.ts,
 * src/messaging, src/db) build their checks from the same list.
 */

export const LEVELS = ['ok', 'caution', 'pushy', 'stop'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Where a message was written ("gmail", "linkedin"): a short lowercase name (context.ts checks it).
 * The scorer never reads it, so it does not list the sites; src/sites/registry.ts does.
 */
export type Channel = string;

/** What a phrase can be about: the categories of tone rules and of the user's own phrases. */
export const TONE_CATEGORIES = ['pressure', 'guilt', 'empty-bump', 'presumptive', 'self-serving', 'shouting', 'value'] as const;
type ToneCategory = (typeof TONE_CATEGORIES)[number];

export const CATEGORIES = [...TONE_CATEGORIES, 'cadence', 'reply'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Which way a message went: to them or from them. */
export const DIRECTIONS = ['out', 'in'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What an inbound message meant; the scorer works it out from the text when not given. */
export const REPLY_KINDS = ['decline', 'defer', 'auto-reply', 'welcome', 'reply'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** A status the user sets by hand on a contact. */
export const STATUSES = ['said-no', 'not-now', 'do-not-contact', 'ok-again'] as const;
export type StatusKind = (typeof STATUSES)[number];

export const SENSITIVITIES = ['gentle', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Cadence limits; see DEFAULT_LIMITS for the defaults and the evidence behind them. */
export interface Limits {
  /** Your messages in a row without a reply, the draft included. */
  maxUnanswered: number;
  /** Days to leave after your last message while it is unanswered. */
  minDaysBetween: number;
  /** Messages in the last 30 days, the draft included. */
  maxPer30Days: number;
  /** A decline makes every later draft `stop`. */
  respectNo: boolean;
  /** Days to wait after a "not now" that gave no date. */
  notNowDays: number;
}

export interface Recipient {
  /** An email address or a LinkedIn /in/ slug. */
  id: string;
  name?: string;
}

export interface HistoryItem {
  recipient: string;
  direction: Direction;
  at: string;
  text?: string;
  /** For inbound items: a classification already made (by the user or earlier); skips reading the text. */
  kind?: ReplyKind;
  /** For `defer` and `auto-reply`: the date they said to come back, when known. */
  until?: string;
}

/** A status the user set by hand on a contact. */
export interface StatusItem {
  recipient: string;
  status: StatusKind;
  at?: string;
  until?: string;
}

export interface CustomPhrase {
  phrase: string;
  category: ToneCategory;
}

export interface RuleOptions {
  /** Rule ids the user switched off. */
  disabled?: string[];
  /** The user's own phrases to flag. */
  custom?: CustomPhrase[];
  /** Undefined means balanced. */
  sensitivity?: Sensitivity | undefined;
}

export interface Context {
  now?: string;
  /** Language for the messages about cadence and replies (BCP 47; English when not yet translated). */
  lang?: string;
  channel?: Channel;
  subject?: string;
  recipients?: Recipient[];
  history?: HistoryItem[];
  status?: StatusItem[];
  limits?: Partial<Limits>;
  rules?: RuleOptions;
}

export interface Reason {
  rule: string;
  category: Category;
  message: string;
  /** UTF-16 offsets into the body; null for reasons about cadence or replies. */
  start: number | null;
  end: number | null;
  /** The recipient a context reason is about. */
  recipient?: string;
  /** Points this reason adds (negative for what lowers the score). */
  weight?: number;
  /** The better move for this reason. */
  suggestion?: string;
}

export interface ScoreResult {
  level: Level;
  score: number;
  reasons: Reason[];
  suggestions: string[];
  /** Per recipient: the level their own history gives, and the facts behind it. */
  people?: PersonSummary[];
  /** The level the words alone give (what every recipient gets, whatever their history). */
  toneLevel?: Level;
}

export interface PersonSummary {
  id: string;
  name?: string;
  level: Level;
  sent: number;
  unanswered: number;
  /** Days since the first message of the current unanswered run (null when none). */
  streakDays: number | null;
  last30Days: number;
  daysSinceLast: number | null;
  lastReply: { at: string; kind: ReplyKind; text?: string } | null;
  status: StatusItem | null;
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}
