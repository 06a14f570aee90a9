import type { Category } from '../types.ts';
import type { SourceKey } from './sources.ts';

/**
 * A tone rule is data: the phrases it looks for, how much they weigh, what we tell the user, the
 * better move we suggest, and where the idea comes from. Patterns follow src/scorer/phrases.ts.
 */
export interface ToneRule {
  id: string;
  category: Exclude<Category, 'cadence' | 'reply'>;
  /** Points per match; negative for what lowers the score (value, easy outs, courtesy). */
  weight: number;
  /** BCP 47 language of the patterns. */
  lang: string;
  patterns: string[];
  /** Shown to the user: why this reads as pressure. */
  explanation: string;
  /** The better move, in the spirit of "find the value, aim to serve, play the long game". */
  suggestion: string;
  /** Where the idea comes from: a key of SOURCES (sources.ts), kept out of the content script. */
  source: SourceKey;
  /**
   * Sales pressure only: a deadline between colleagues or a reminder of an unpaid invoice is not
   * pressure, so these rules do not count when the draft reads as work or billing.
   */
  salesOnly?: boolean;
}
