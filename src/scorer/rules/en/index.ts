/**
 * English tone rules, one file per tactic (judgement.md). One `tactic` makes a draft `pushy`; one
 * `mild` cue makes it `caution`; `weak` cues count by density; `warm` ones lower the score.
 * Patterns are written in full forms and lower case; see ../../phrases.ts for the pattern language.
 */
import type { ToneRule } from '../types.ts';
import { URGENCY_NEGATIONS, URGENCY_RULES } from './urgency.ts';
import { ULTIMATUM_NEGATIONS, ULTIMATUM_RULES } from './ultimatum.ts';
import { GUILT_NEGATIONS, GUILT_RULES } from './guilt.ts';
import { BUMP_NEGATIONS, BUMP_RULES } from './bump.ts';
import { PRESUMPTIVE_NEGATIONS, PRESUMPTIVE_RULES } from './presumptive.ts';
import { SELF_NEGATIONS, SELF_RULES } from './self.ts';
import { DEMAND_NEGATIONS, DEMAND_RULES } from './demand.ts';
import { WEAK_NEGATIONS, WEAK_RULES } from './weak.ts';
import { WARM_NEGATIONS, WARM_RULES } from './warm.ts';
import { verb } from '../lexicon.ts';

export const EN_RULES: ToneRule[] = [
  ...URGENCY_RULES,
  ...ULTIMATUM_RULES,
  ...GUILT_RULES,
  ...BUMP_RULES,
  ...PRESUMPTIVE_RULES,
  ...SELF_RULES,
  ...DEMAND_RULES,
  ...WEAK_RULES,
  ...WARM_RULES,
];

/**
 * Phrases that look like a tactic but say the opposite: "no rush", "there is no deadline", "I will
 * not assume anything", "the offer does not expire". Matched before the tactics, they take the
 * words out of the tactics' reach and count as nothing themselves.
 */
const SHARED_NEGATIONS: string[] = [
  'no (rush|hurry|pressure|deadline|obligation|urgency|expectations?)',
  '(not|never) (urgent|in a (hurry|rush)|time-? ?sensitive|going to (chase|push|pressure))',
  `(does not|do not|will not|never|no need to) (${verb('expire')}|end|close|run out|go away|last)`,
  '(i|we) will not (assume|take|book|send|charge|go ahead|push|pressure)',
  '(do not|no need to) (hurry|rush|feel (rushed|pressured|obliged))',
  'not (a |the )?(final|last) (offer|reminder|chance)',
  'without (any )?(pressure|obligation|deadline)',
  'there is no (deadline|rush|hurry|time limit|expiry)',
  'you do not (need|have) to (reply|respond|answer|decide|do anything)',
  '(no|not) need(ed)? to (reply|respond|answer)',
  `as you (asked|requested)`,
  'you asked (me )?(to|for)',
  `(your|my|our|the) (passport|visa|licen[cs]e|certificates?|lease|warranty|card|ssl certificates?|domain|insurance|membership card) (${verb('expire')}|ends)`,
  '(the )?(last|final) (time (we|i|you)|version|draft|round|invoice|few tickets|cut|edit|copy|report|slide|payment)',
  'the deadline for',
  '(i|we) (deeply |truly |sincerely )?regret (that|to|not being|missing)',
  '(i|we) expect (it|this|that|them|things|delivery|results|prices|demand|traffic|the (site|service|system|team|delivery|order|package))',
  'the (last|final) (item|point|thing|question|topic) on (my|the|our) (list|agenda)',
  '(is|are) (limited|capped|restricted) to \\d+ (people|participants|attendees|guests|seats|places|spaces) (because|due to|given|by)',
];

export const EN_NEGATIONS: string[] = [
  ...SHARED_NEGATIONS,
  ...URGENCY_NEGATIONS,
  ...ULTIMATUM_NEGATIONS,
  ...GUILT_NEGATIONS,
  ...BUMP_NEGATIONS,
  ...PRESUMPTIVE_NEGATIONS,
  ...SELF_NEGATIONS,
  ...DEMAND_NEGATIONS,
  ...WEAK_NEGATIONS,
  ...WARM_NEGATIONS,
];
