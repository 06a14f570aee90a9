import type { ToneRule } from '../types.ts';
import { clause, verb } from '../lexicon.ts';
import { WHEN, SOMEONE_ELSE } from './words.ts';

const lang = 'en';

/** Ultimatums and threats of loss; firmness in a negotiation (mild). */
export const ULTIMATUM_RULES: ToneRule[] = [
  {
    id: 'pressure.ultimatum',
    category: 'pressure',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      // if you do not answer by then, you lose it
      `(if|unless|should) (i|we) (do not|have not|did not|can not|cannot|not) (hear|get|have|receive|heard|got|had|received)${clause(40)} (by|before|within|this|today|tomorrow|on|in the next|${WHEN})`,
      `if (there is|there's) no (word|reply|response|answer|decision|yes|news)`,
      `(no|without an?|without any) (reply|response|answer|word|decision|yes)( back)?( from you)? (by|before|within)`,
      '(unless|if) you (confirm|sign|book|reply|respond|commit|decide|let me know|are not|have not|do not)[^.!?\\n]{0,50}(i|we) (will|am|are) (have to |be forced to |going to )?(release|give|offer|pass|cancel|withdraw|close|move|assume|reassign|drop|take)',
      `(i|we) (will|am going to|shall|have to|will have to|might have to|will be forced to|may have to|must) (give|offer|release|pass|hand|open|move|reassign|take)( it| them| this| that| your [\\p{L}]+| the [\\p{L}]+)?( [\\p{L}]+)?( on| up| over| out| away)? (to|with) ${SOMEONE_ELSE}`,
      `(it|they|the [\\p{L}]+|your [\\p{L}]+) (goes|go|will go|gets given|will be given|will be offered|will be released|gets released|is released) (on |over |out )?to ${SOMEONE_ELSE}`,
      `(your|the) (spot|slot|seat|place|room|date|booking|reservation|table|offer|price|rate|discount|quote|role|position|application) (is|will be|goes|go|will go)( [\\p{L}]+)? (gone|withdrawn|cancel+ed|released|reassigned|lost|to someone)`,
      '(close|closing) (your|the) (file|account|application)',
      '(i|we|then i) (will|am going to|shall) (have to )?move on',
      '(i|we) (will|am going to|shall) (have to )?(move on|step away|walk away)',
      '(i|we) (will|am going to|shall) (have to |be forced to )?(withdraw|cancel|release|close|drop|remove|give away) (your|the) (application|file|offer|spot|slot|seat|booking|reservation|quote|account|place|room|table|date|discount|price)',
      '(is|will be|goes|come|comes|be taken) off the table',
      '(i|we) (will|can) no longer (be able to )?(help|hold|offer|keep)',
      '(last|final) (chance|opportunity|time (i am|i\'m|i will be|i\'ll be) (reaching|writing|getting in touch|emailing|contacting))',
      '(this is|consider this) (the|my|your) (last|final) (time|chance|opportunity|email|message|attempt)',
      `(you|they) (will|would) (${verb('regret')}|be sorry|kick yourself|be left behind|fall behind|lose out|miss out|be (stuck|exposed|missing)|slide back)`,
      `${verb('regret')} (it|this|that|not|passing|missing|waiting|saying no)`,
      '(be|get|getting|being|will be) left behind',
      'fall(ing)? (further )?behind (your|the|competitors|rivals|everyone)',
      '(your|their) (competitors|competition|rivals|peers) (are|will|would|have|already|is|pull)',
      '(competitors|rivals) (will|would) (get|be|win|love|thank)',
      'do not say (i|we) did not warn you',
      'you do not want to (be|miss|lose|end up)',
      'have (only )?yourself to blame',
      'either (we|you)[^.!?\\n]{0,60} (by|before|this|today|now)[^.!?\\n]{0,20} or (i|we)',
      'take it or leave it',
      '(my |our )?(best and )?final offer',
      '(non-?|not )negotiable',
      'or (the deal|the offer|it) is off',
      'every (day|week|month) you (wait|delay|hold off)',
      '(you can|you could) keep waiting',
      'the next person (who|to) (books|signs|replies|says yes)',
      'the biggest[^.!?\\n]{0,40}(you|your)[^.!?\\n]{0,20} (will|would) (ever )?(see|get|have)',
    ],
    source: 'essay',
  },
  // --- negotiation firmness: mild, it leaves the other side little room ---------------------
  {
    id: 'pressure.firm',
    category: 'pressure',
    kind: 'mild',
    weight: 22,
    lang,
    patterns: [
      '(i|we) can only (offer|pay|afford|do|go|give|spend)',
      '(and|but) no (more|higher|lower)',
      '(a|my|our) (budget |price )?limit (of|is)',
      '(can not|will not|not able to|unable to) go (any )?(higher|lower|further|up|down|above|over)',
      'not a (penny|cent|dollar) more',
      '(this|that) is (my|our) (limit|max(imum)?|best (offer|price)|budget)',
      '(that is|that\'s) (as high|as low|as far) as (i|we) (can )?go',
      'firm on (the|my|our) (price|offer)',
      '(price|offer) is firm',
      'no (more )?negotiation',
      '(i will|i am|i\'m|i am willing to) only (going to )?(pay|offer|give|accept|spend|do)',
      '(i|we) will give you \\$?\\d+',
      '(can not|will not|not going to|won\'t) (go|pay|spend) (over|above|beyond|past|more than)',
      '(my )?best offer (is|would be|will be)',
      '(that is|and that is) all (i|we) (have|can afford|can pay|can spend|can offer|will pay|will offer)',
      '(way|far|much|simply) too (high|expensive|steep|pricey)',
      '(a|my) (hard|firm) (limit|cap|ceiling)',
      'all (that )?i can (afford|pay|spend|offer)',
    ],
    source: 'negotiation',
  },
  // --- guilt and blame for not answering -----------------------------------------------------
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const ULTIMATUM_NEGATIONS: string[] = [];
