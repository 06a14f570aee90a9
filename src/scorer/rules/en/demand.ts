import type { ToneRule } from '../types.ts';
import { alt } from '../lexicon.ts';

const lang = 'en';

/*
 * A demand is an order aimed at the recipient, composed as
 *   who orders ("you need to", "I expect", "I'm asking you to", or a bare imperative)
 *   × what they must do for the sender (answer or contact me; tell me or decide; send, sign, return, book something for me)
 *   × how hard (now, today, by a deadline, "no excuses").
 * An imperative is only an order where it stands as one: not after a modal, "to", a subject or an
 * article ("I'll reply today", "to reply", "he'd call me back", "the reply came today"); not as a
 * polite question ("could you send it by Thursday?"); not with "if you can" after the deadline.
 */

/** A word inside an order's object: not one that turns it into a condition ("if", "so", "from the board"). */
const W = "(?!(if|when|whenever|once|unless|so|because|after|in case|should|could|would|whether|and i|i will|i am)(?![\\p{L}])|from (?!you|me))[\\p{L}\\p{N}\\u2019\\x27$%]+";
/** Up to n words of an object ("the signed form", "to this email with a yes or no"). */
const OBJ = (n: number) => `( ${W}){0,${n}}`;
/** Not a past moment ("the notes from this morning", "sent today"). */
const NOT_PAST = "(?<!(?<![\\p{L}])(from|since|of|about|during|on|in|at|sent|earlier|until|yesterday|last) )";

/** "now" as an order ends it: "send it now.", "now, please", "now 🙏". */
const NOW = "now(?=\\s*([.!,;:?\\u2014\\u2013-]|please|pls|$|\\p{Extended_Pictographic})| so (that )?(i|we) )";
/** At once. */
const IMMEDIATE = alt(
  NOW, 'right (now|away)', 'immediately', 'at once', 'straight ?away', 'this (minute|second|instant)', 'pronto', 'on the double',
  'without (any )?(further )?(delay|fail)', 'forthwith', 'promptly', 'urgently', 'post ?haste', 'the (moment|minute|second|instant) you',
  'as soon as you (get|see|read|receive|open|have)', 'first thing( tomorrow| in the morning)?', 'by return( of post| e?mail| mail)?',
  '(within|in) the (next )?(hour|half hour|\\d+ ?(minutes?|mins?|hours?|hrs?))', 'within \\d+ ?(minutes?|mins?|hours?|hrs?)',
);
/** As soon as possible: a demand from a stranger, a weak cue between colleagues. */
const ASAP = alt('asap', 'a\\.s\\.a\\.p\\.?', 'as soon as (possible|you can)', 'at your earliest( convenience)?');
/** A day or an hour as a deadline. */
const DAY = alt('today', 'tonight', 'this (morning|afternoon|evening|week)', 'before (lunch|lunchtime|you (leave|go|log off|head)|the (weekend|end of)|end of|close of|our|my|we|the (call|meeting))');
const BY = "(by|before|within|no later than|not later than|until|till|latest by) (today|tonight|tomorrow|midnight|noon|midday|lunch(time)?|eod|cob|eow|(this |next |on )?[a-z]+day|this (week|weekend|evening|afternoon|morning)|(the )?(end|close) of|the weekend|(the )?\\d+(:\\d\\d)?( ?(am|pm)|st|nd|rd|th)?)";
/** Said to shut out an excuse. */
const INSIST = alt('no excuses', 'without fail', 'no exceptions', 'no later', 'no ifs', '(it|this) can not wait', 'i mean it', 'end of (story|discussion)');
/** Not a condition or a reward after the deadline ("by Friday if you can", "by Friday to be entered in the draw"). */
const NOT_AFTER = '(?!,? (if|to (be|get|enter|qualify|win|receive|claim|save|go|register|join|apply|attend|take part|book|secure)|and (get|receive|be|enjoy|save|win)) )';
/** When an order wants it done. */
const DUE = `(${IMMEDIATE}|${ASAP}|${NOT_PAST}(${DAY}|${BY})(?![\\x27\\u2019])|${INSIST})${NOT_AFTER}`;
/** Only the hard forms (orders that are ordinary with "asap" between colleagues). */
const DUE_HARD = `(${IMMEDIATE}|${NOT_PAST}(${DAY}|${BY})(?![\\x27\\u2019])|${INSIST})${NOT_AFTER}`;
/** Between the order and its deadline: words, then perhaps a comma or a dash. */
const TO_DUE = (n: number) => `${OBJ(n)}( ?[,—–:-])? `;

/**
 * After an imperative's first word: it is not one after a modal, "to", a subject, an article or a
 * condition ("I'll send it today", "to reply", "he'd call me back", "the reply came", "if you reply").
 */
const NOT_ORDER = "(?<!([\\x27\\u2019](ll|d)|(?<![\\p{L}])(will|would|shall|should|could|can|might|may|must|did|does|to|i|we|he|she|they|who|which|people|someone|it|a|an|the|my|your|his|her|their|our|any|no|quick|short|prompt|fast|this|that|if you|when you|once you|unless you|whenever you|you can|you could|you may|you might)( not)?( (also|then|just|still|kindly|simply|happily|gladly))?)\\s+[\\p{L}-]+)";
/** The first word (or first group) of an alternative. */
function firstWord(o: string): string {
  let end = 0;
  if (o.startsWith('(')) {
    let depth = 0;
    for (; end < o.length; end++) {
      if (o[end] === '(') depth++;
      else if (o[end] === ')' && --depth === 0) break;
    }
    end++;
  } else while (end < o.length && /[a-z-]/.test(o[end]!)) end++;
  return o.slice(0, end);
}
/**
 * An imperative: one of `options` followed by `tail`, standing as an order (NOT_ORDER after its first
 * word). The whole phrase is checked ahead and only the verb is consumed, so that the long lexicons
 * are not repeated once per verb (the matcher's expressions stay small and fast).
 */
function imperative(options: string[], tail = ''): string {
  return `(?=${alt(...options)}${tail})${alt(...new Set(options.map(firstWord)))}${NOT_ORDER}`;
}

/** Answering or contacting the sender (base form). */
const REPLY_ME_WORDS = [
  'reply', 'respond', 'answer', 'write (me )?back', 'contact me', 'get in touch with me', 'get back to (me|us)', 'come back to (me|us)', 'revert', 'report back',
  '(call|ring|phone|text|message|email|e-?mail|dm|ping|buzz|whatsapp) me( back)?', '(call|ring|phone) (me|us) back',
  'give me a (call|ring|bell|buzz|shout|tinkle|text)', 'drop me (a|an) (line|note|text|message|email)',
  'give (me|us) (a|an|your)( straight| clear| firm| final| definite)? (answer|reply|response|decision|yes or no)',
];
/** Telling the sender what they want to know. */
const TELL_ME_WORDS = ['let (me|us) (know|have)', 'tell (me|us)', 'decide', 'make (a|your|the) (decision|call|choice)'];
/** Confirming: an ordinary request with a date ("please confirm your attendance by Friday"), a demand when it is now. */
const CONFIRM_WORDS = [
  'confirm(?! (your|my|the) (subscription|e-?mail|address|account|registration))', 'advise',
  '(share|provide|submit|forward|furnish) (me |us |with me |with us )?(your|the|those|these|them|it|all)(?! (\\p{L}+ )?with (friends|family|others|everyone|colleagues|your))',
];
/** Doing something for the sender (base form and its object). */
const DO_FOR_ME_WORDS = [
  'send (me|us)', `send (it|them|this|that|the|your)${OBJ(3)} (back|over|across|through|to me)`, 'send (back|over|across) (the|your|it|them)',
  'get (me|us) (the|your|a|an|that|this|it|them)', `get (it|this|that|them|the|your)${OBJ(3)} (back |over |across )?to me`,
  'return (it|them)', `return (this|that|the|your)${OBJ(3)} (to me|signed|contract|form|agreement|paperwork|proposal|documents?|nda|sow|order|copy|application)`,
  'sign (it|this|that|them|the|and|off|your|here)(?! (up|in|petition|guestbook))', 'fill (in|out|it|this|the|that|these)',
  '(book|schedule|arrange|set up) (a|the|your|our|in)( \\p{L}+)? (call|time|meeting|slot|session|chat|demo|appointment|follow ?up)( \\p{L}+)? (with me|with us|on my|in my)',
  '(accept|approve) (it|this|my|our|the)( \\p{L}+)? (connection|invitation|invite|request|proposal|offer|quote)', 'lock (it|this|that|them|in)',
  `have (it|them|the|your|this|that)${OBJ(4)} (back|on my desk|in my inbox|with me|over to me|to me)`,
];
const REPLY_ME = alt(...REPLY_ME_WORDS);
const ANSWER_ME = alt(...REPLY_ME_WORDS, ...TELL_ME_WORDS, ...CONFIRM_WORDS);
const DO_FOR_ME = alt(...DO_FOR_ME_WORDS);
/** The first words of these, for the polite question ("could you send ..."). */
const ORDER_VERB = '(share|provide|submit|forward|furnish|reply|respond|answer|write|contact|get|come|revert|report|call|ring|phone|text|message|email|e-?mail|give|drop|let|tell|decide|make|confirm|advise|send|return|sign|fill|book|schedule|arrange|accept|approve|lock|have)';

/** What an answer is called, when it is demanded outright. */
const VERDICT = alt('answer', 'reply', 'response', 'decision', 'yes or no', 'straight answer', 'yes', 'call back');
/** What else the sender wants back from the recipient (a demand only with a deadline). */
const WANTED = alt(
  'answer', 'reply', 'response', 'decision', 'yes or no', 'confirmation', 'signature', 'sign ?off', 'approval', 'go ?ahead', 'green light',
  'commitment', 'call', 'feedback', 'input', 'availability', 'signed (copy|contract|agreement|form|order|proposal)', 'agreement',
);
/** The sender saying they want it, contractions spelled out (one short alternation: this prefix is tried often). */
const I_SAY = "(i|we)(( (really|absolutely|definitely|simply|just|still|truly|now))? (need|want|require|expect|demand|insist on|must have|must receive|must get|must insist on)|( will|'ll)( really| definitely| still)? (need|want|expect|require|be needing|be expecting|be wanting)|( would|'d) (really )?(like|want|need|appreciate)|( am|'m| are|'re) (going to need|expecting|demanding|still waiting for))";
/** The recipient being told they must, contractions spelled out. */
const YOU_MUST = "you( (really|absolutely|definitely|simply|just|still))? (need to|have to|must|ought to|have got to|got to|gotta|will need to|will have to)|you('ll|'ve got to|'d better| had better| better)( really)?( need to| have to)?";

/** Demands aimed at the recipient. */
export const DEMAND_RULES: ToneRule[] = [
  {
    id: 'shouting.demand',
    category: 'shouting',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      // you must answer / you need to send it to me now / you're required to confirm / you should reply before the weekend
      `(${YOU_MUST}) (${REPLY_ME}|let me know|decide|make (a|your|the) decision|confirm|give me|send me (an?|your) ${WANTED}|(${ANSWER_ME}|${DO_FOR_ME})${TO_DUE(7)}${DUE})`,
      `you are (really |simply |absolutely )?(required|expected|obliged|obligated|requested|asked|instructed|bound|directed|to)( to)? (${ANSWER_ME}|${DO_FOR_ME}|join|attend|pay|transfer|call)`,
      `you( really| absolutely| definitely)? (should|will) (${ANSWER_ME}|${DO_FOR_ME})${TO_DUE(7)}${DUE}`,
      // I need you to ... / I expect an answer / I'll need your signature by 3pm / I want the form back (one prefix, many continuations)
      `${I_SAY}( you to (${ANSWER_ME}|${DO_FOR_ME}|join|be|attend|come|meet|pay|transfer|make|do|get|take|give|put|move|finish|deliver|sort)| you to${TO_DUE(8)}${DUE}|( to (have|get|receive|see|hear))? (an?|your|some)( straight| clear| firm| final| definite| definitive| immediate| prompt| proper| real| written)? ${VERDICT}(?! (from|to|on) (?!you|me|us|this|that|it|my|our)\\p{L}+)|( to (have|get|receive|see|hear))? ((an?|your|the|some|that|this)( \\p{L}+)? )?${WANTED}${TO_DUE(7)}${DUE}|( to (have|get|receive|see))? (an?|your|the|that|this|those|these|it|them)${OBJ(6)}( back)? from you${TO_DUE(5)}${DUE_HARD}| (the|your|it|this|that|them|those|these)${OBJ(5)} (back|returned|signed|completed|filled (in|out)|on my desk|in my inbox)| to (hear|have (an?|your) ${VERDICT}|get (an?|your) ${VERDICT})( back)?( from you)?${TO_DUE(3)}${DUE})`,
      "i( really| just)? (need|have|want|must|will need|am going to need) to hear (back )?from you(?! (when|if|whenever|once|about whether))",
      `need you to (${ANSWER_ME}|${DO_FOR_ME}|pay|transfer|make|get|give|put|move|finish|deliver|sort)${TO_DUE(7)}${DUE}`,
      `(need|needing|want|require|demand) (to (have|get|receive|see) )?((your|an?|the|some)( \\p{L}+)? )?${WANTED}${TO_DUE(7)}${DUE_HARD}`,
      `(i|we)( really| must)? (expect|demand|insist|require|am demanding|am insisting)( that)? (you|to hear( back)? from you|to (have|get|receive|see) (an?|your) ${WANTED})`,
      '(i|we)( really| must| will)? (insist|am insisting) on (speaking|talking|hearing|meeting|having|getting|seeing|a (call|meeting|reply|response|answer|decision)|an (answer|reply)|your)',
      // I ask that you respond / I am asking you to / I would ask you to return
      `(i|we) (am |are )?(must |would |will |have to |now |again )?(ask|asking|request|requesting|instruct|instructing|telling|tell|order|ordering|urge|urging)( that)? you( to)? (${ANSWER_ME}|${DO_FOR_ME})`,
      '(i am|i\'m) asking you to',
      // imperatives: reply today, call me back now, send me the form straight away, sign it and return it today
      imperative(REPLY_ME_WORDS, `( to (me|us|this|that|it|my|the))?${TO_DUE(7)}${DUE}`),
      imperative(TELL_ME_WORDS, `${TO_DUE(7)}${DUE_HARD}`),
      imperative(CONFIRM_WORDS, `${TO_DUE(7)}(${IMMEDIATE}|${NOT_PAST}${DAY}(?![\\x27\\u2019])|${INSIST})${NOT_AFTER}`),
      imperative(DO_FOR_ME_WORDS, `${TO_DUE(7)}${DUE_HARD}`),
      `rsvp${TO_DUE(4)}(${IMMEDIATE}|${INSIST})`,
      imperative([...REPLY_ME_WORDS, ...TELL_ME_WORDS, ...CONFIRM_WORDS, ...DO_FOR_ME_WORDS, 'sign', 'send', 'fill', 'book', 'call'], '[^.!?\\n]{0,30}\\. (today|now|tonight|right now|immediately)[.!]'),
      // passive: a response is required by Friday / urgent reply needed
      `(your |an? |the )?(immediate |urgent |prompt |swift )?(answer|reply|response|decision|signature|confirmation|sign ?off|approval)s?( from you)? (is |are )?(required|expected|needed|demanded|mandatory|compulsory)( from you)? ${DUE_HARD}`,
      '(immediate|urgent|prompt) (answer|reply|response|decision|confirmation) (is )?(required|expected|needed|demanded|necessary)',
      // I expect your immediate reply / I'll be waiting for your call this evening
      `(i|we) (will |shall |am going to |are going to )?(expect|await|be expecting|be waiting for|am awaiting|am expecting|am waiting for|look forward to|need|want|require|demand|would like|would appreciate|will need)( receiving| hearing| getting)? (your|an?) (immediate|urgent|prompt|swift)( \\p{L}+)? (answer|reply|response|decision|call|confirmation)`,
      '(i|we) (would|will|should) appreciate (your|an?) (immediate|urgent)( \\p{L}+)? (answer|reply|response|decision|call|confirmation)',
      `(i|we) (will |shall |am going to |are going to )?(expect|be expecting|be waiting for|await|am expecting|am waiting for|am awaiting) (your|an?|the) (answer|reply|response|decision|call|phone call|confirmation|signature|signed \\p{L}+|email)( from you)?${TO_DUE(4)}${DUE}`,
      '(i|we) (will |shall )?(expect|be expecting|am expecting) (your|a|an) (call|answer|reply|response|decision)(?! (from|to|on) (?!you)\\p{L}+)',
      // connection requests
      '(accept|approve) (my|the|our) (connection|invitation|invite|request|connection request)',
      '(please )?accept (the )?(connection|invite|invitation|meeting invite|calendar invite)',
      // answer me, pick up when I call, answer my calls
      imperative(['answer', 'reply to', 'respond to', 'return'], ' my (?!own )(last |previous |earlier |latest |\\p{L}+ )?(questions?|emails?|messages?|calls?|texts?|voicemails?|letters?)'),
      '(answer|pick up|take) (my calls|the phone when|your phone when|when i (call|ring|phone|try))',
      'pick up (the |your )?(phone )?when i (call|ring|phone|try)',
      'answer me(?=\\s*[.!,]|\\s*$)',
      // a straight answer, no excuses, by that I mean today, drop everything
      '(a )?straight (yes or no|answer)',
      'at the latest',
      '(and )?(by that )?i mean (today|tonight|now|right now|immediately|this (minute|second|morning|afternoon|evening))',
      'drop (what you are doing|everything( else)?) and',
      'do not (sit on|ignore|put off|drag your feet on) (this|it|my (email|message|request))',
      'do not (make me|keep me) (wait|waiting|ask again|chase|come after)',
      `(it is|it's) (essential|imperative|mandatory|critical|vital|compulsory|non ?negotiable) (that you|you)`,
      `you (have|have got|got) (until|till|\\d+ ?(hours?|days?|minutes?)|(the )?(end|close) of)${OBJ(3)} to (${ANSWER_ME}|${DO_FOR_ME}|sign|send|get back)`,
      `(hurry up|stop (ignoring|avoiding) (me|my \\p{L}+|this)) and (${ANSWER_ME}|${DO_FOR_ME})`,
      '(make sure|ensure|see to it) (that )?you (reply|respond|answer|get back|call|sign|return|send|confirm|book|let me know|text|ring)',
      `(make sure|ensure|see to it that) (that )?(the|your|it|this|that|they|those|these|my|our|all)${OBJ(4)} (reach|reaches|get to|gets to|get back to|gets back to|(is|are) (back )?(with|on|in)|land|lands|arrive|arrives|come back to|comes back to|(is|are) (sent|returned|delivered|emailed) to) (me|us|my|our)${TO_DUE(5)}${DUE_HARD}`,
      'then (send|email|e-?mail|text|forward) (me|us) (a |the |your |written )?(confirmation|proof|receipt)',
      '(be sure|make sure|remember) to (reply|respond|answer|get back|call me|ring me|sign|return|send|confirm|let me know)',
      `(${ANSWER_ME}|acknowledge)${OBJ(6)} so (that )?i (know|can see|can be sure|am sure) (that )?you (have )?(seen|read|received|got|gotten|opened)`,
      'explain (yourself|why you)',
    ],
    source: 'politeness',
  },
  // --- weak cues: they only order drafts within a level, by density --------------------------
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const DEMAND_NEGATIONS: string[] = [
  // not wanting it: "I don't need an answer today", "we do not require your signature this week"
  '(do|does|did) not (really |actually |even |necessarily )?(need|require|expect) (an?|your|the|any)',
  // a polite question, not an order: "could you send me your section by Thursday?" (unless "right now")
  `(could|can|would|will|might) you (please |kindly |possibly |perhaps |maybe |also |just |still |try to |be able to )*${ORDER_VERB}(?![^.!?\\n]{0,60}(right (now|away)|immediately|at once|straight ?away|this (minute|second|instant)|now\\s*[.!?]))`,
];
