import type { ToneRule } from '../types.ts';
import { verb } from '../lexicon.ts';

const lang = 'en';

/** Empty bumps and "per my last email" (mild). */
export const BUMP_RULES: ToneRule[] = [
  {
    id: 'bump.checking-in',
    category: 'empty-bump',
    kind: 'mild',
    weight: 25,
    lang,
    patterns: [
      '(just |quick(ly)? |quick )?(checking in|checking back|following up|circling back|touching base|looping back|reaching out again|checking round)',
      '(just )?(wanted|want|thought i would|thought i\'d|writing) to (check|follow|touch|circle|loop|reach) (in|up|base|back|out again)',
      `${verb('circle')} back`,
      'bump(ing|ed)? (this|it|my (email|message|note))( up| back)?( to the top( of your inbox)?)?',
      '(?<=^\\s*)bump(ing)?( this)?\\s*$',
      '(to|at|back to) the top of your inbox',
      '(resurfac|re-?surfac)(e|ing)',
      `${verb('float')} (this|it)( back)? (up|to the top)`,
      '(nudging|nudge) (this|it)',
      `any (updates?|news|word|movement|progress)( on| here| on your end| on your side| from your side|\\?)`,
      'any (thoughts|feedback) on (this|the below|my|the proposal|the (deck|quote|profile|mockups|draft))',
      '(gentle|quick|friendly|little|small) (nudge|reminder|ping|check-?in|follow ?up)',
      'just (a (quick|friendly|gentle) )?(reminder|nudge|ping)',
      '(pinging|ping) (you )?(again|on this)',
      `(following|follow|to follow) up (once more |again )?(on|about|regarding|re:?|with regard to|to) (my|the|our|this|your) (last|previous|earlier|below|prior|email|message|note|correspondence|proposal)`,
      'following up (once more|again|here|on this)',
      'a (quick )?follow ?up to my',
      '(did|have) you (get|had|have) a (chance|moment|minute) to',
      '(wondering|see) if you (have|had|\'ve|\'d) (had )?(a (chance|moment|minute)|any thoughts)',
      'see (where things|if there has been|where we are)',
      'where (are we|we are) (at )?with (this|it)',
      '(in case|incase) (it|this|my (email|message|note)) (got|get|was) (buried|lost)',
      '(in case|incase) you missed it',
      '(slip|slipped|slipping) through the cracks',
      're-?sending (this|my|in case)',
      'checking (back )?in (re|on|about|regarding)',
      'quick check-?in',
    ],
    source: 'bumps',
  },
  {
    id: 'bump.per-my-last-email',
    category: 'empty-bump',
    kind: 'mild',
    weight: 26,
    lang,
    patterns: [
      'per my (last|previous|earlier) (email|message|note)',
      'as (i|i have) (already )?(said|mentioned|stated|explained|noted|pointed out)( before| earlier| previously| in my (last|previous) (email|message))',
      'as (previously|already) (mentioned|stated|discussed)',
      'as (stated|mentioned|noted) (before|earlier|previously)',
      'see (my|the) (email|message) below',
    ],
    source: 'essay',
  },
  // --- presumptive close ---------------------------------------------------------------------
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const BUMP_NEGATIONS: string[] = [];
