import type { ToneRule } from '../types.ts';
import { WHEN, ANSWER, RESPOND, ANSWERING, AT_ONCE } from './words.ts';

const lang = 'en';

/** Demands aimed at the recipient. */
export const DEMAND_RULES: ToneRule[] = [
  {
    id: 'shouting.demand',
    category: 'shouting',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      `you (really )?(need|have|must|ought|have got|are required|got) to ${ANSWERING}`,
      `you (must|should|will need to) ${ANSWERING}`,
      `i (need|want|require|expect) you to`,
      `(i|we) (must )?(expect|demand|insist on|require|need|want|will need|will be needing|am going to need)( to have| to get| to hear)? (an?|your|a straight|the)? ?${ANSWER}`,
      `(i|we) (need|must|have) to (hear|have (an|your) ${ANSWER}|get (an|your) ${ANSWER})`,
      '(i|we) (expect|demand|insist)( on)? (that )?(you|an? (answer|reply|response|decision)|your (answer|reply|response|decision)|to (hear|have (an|your) (answer|reply|response)|get (an|your) (answer|reply|response)))',
      `(i|we) want (an?|your) ${ANSWER}`,
      `${RESPOND}( to (me|us|this|my (email|message|question)))?( [\\p{L}]+)? ${AT_ONCE}`,
      `${RESPOND}( to (me|us|this|my (email|message|question)))?( [\\p{L}]+)? (by|before|no later than|within) (${WHEN}|\\d)`,
      `(please|kindly) (${RESPOND}|let (me|us) know|sign and return|revert)[^.!?\\n]{0,40} (by|before|within|no later than|${AT_ONCE}|today|tonight)`,
      '(accept|approve) (my|the|our) (connection|invitation|invite|request|connection request)',
      '(please )?accept (the )?(connection|invite|invitation)',
      'at the latest',
      '(get|come) back to me (as soon as|the moment|when you)',
      'book a time (on|in) my (calendar|diary)',
      'make sure you (reply|respond|answer|get back|call|sign)',
      '(it is|it\'s) (essential|imperative|mandatory|critical|vital) that you',
      '(i am|i\'m) asking you to',
      '(answer|reply to|respond to) my (question|email|message)',
      '(a )?straight (yes or no|answer)',
      'pick up when i call',
      `(${RESPOND}|sign|send|fill|book|answer|call)[^.!?\\n]{0,30}\\. (today|now|tonight)\\.`,
      'explain (yourself|why you)',
    ],
    source: 'politeness',
  },
  // --- weak cues: they only order drafts within a level, by density --------------------------
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const DEMAND_NEGATIONS: string[] = [];
