import type { Category } from '../types.ts';
import type { SourceKey } from './sources.ts';

export const RULE_KINDS = ['tactic', 'mild', 'weak', 'warm'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * A tone rule is data: the phrases it looks for, how much they weigh, and where the idea comes
 * from. What we tell the user (why it reads as pressure, and the better move) is in the message
 * catalogue, _locales/<lang>/messages.json, under rule_<id>_why and rule_<id>_move, so it is
 * translated like every other user-facing string. Patterns follow src/scorer/phrases.ts.
 */
export interface ToneRule {
  id: string;
  category: Exclude<Category, 'cadence' | 'reply'>;
  /**
   * How much one match decides (judgement.md): a `tactic` is clear pressure, enough alone for
   * `pushy`; a `mild` cue is enough alone for `caution`; `weak` cues only order drafts within a
   * level and count by density, never by length; `warm` lowers the score but never hides a tactic.
   */
  kind: RuleKind;
  /** Points per match; negative for what lowers the score (value, easy outs, courtesy). */
  weight: number;
  /** BCP 47 language of the patterns. */
  lang: string;
  patterns: string[];
  /** Where the idea comes from: a key of SOURCES (sources.ts), kept out of the content script. */
  source: SourceKey;
  /**
   * Sales pressure only: a deadline between colleagues or a reminder of an unpaid invoice is not
   * pressure, so these rules do not count when the draft reads as work or billing.
   */
  salesOnly?: boolean;
  /** For the user's own phrases: the phrase as they typed it, for the words shown about it. */
  phrase?: string;
}

/** The words for a rule, in the user's language: why it reads as pressure, and the better move. */
export interface RuleTexts {
  rule(id: string, phrase?: string): { why: string; move: string };
  /** A reason found in the subject rather than the body. */
  inSubject(why: string): string;
}

/** The catalogue key of a rule's words. */
export function ruleTextKey(id: string, part: 'why' | 'move'): string {
  return `rule_${id.replace(/[^A-Za-z0-9]/g, '_')}_${part}`;
}

/** Rule words from a message lookup (browser.i18n in the extension, the English catalogue elsewhere). */
export function catalogueTexts(lookup: (key: string, substitutions?: string[]) => string): RuleTexts {
  // Looked up once per rule: a long draft has hundreds of reasons but a few dozen rules.
  const cache = new Map<string, { why: string; move: string }>();
  return {
    rule: (id, phrase) => {
      if (phrase === undefined && cache.has(id)) return cache.get(id)!;
      const base = id.startsWith('custom.') ? 'custom' : id;
      const subs = phrase === undefined ? undefined : [phrase];
      const words = { why: lookup(ruleTextKey(base, 'why'), subs), move: lookup(ruleTextKey(base, 'move'), subs) };
      if (phrase === undefined) cache.set(id, words);
      return words;
    },
    inSubject: (why) => lookup('reasonInSubject', [why]),
  };
}
