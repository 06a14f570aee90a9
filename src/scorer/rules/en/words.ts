/** Small English lexicons the tactics are composed from (see ../lexicon.ts for the helpers). */
import { alt, verb } from '../lexicon.ts';

/** Days and moments a deadline names. */
export const WHEN = alt(
  'today', 'tonight', 'tomorrow( morning| night| evening)?', 'midnight', 'noon', 'this (week|weekend|month|evening|afternoon|morning|friday|monday)',
  '(this |next |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'the weekend', 'end of (the )?(day|week|month|quarter|year|business|play)',
  '(close|end) of (business|play)', 'eod', 'cob', 'the (end|close) of (the )?(day|week|month)', 'the \\d+(st|nd|rd|th)?', '\\d+(:\\d\\d)? ?(am|pm)',
  '\\d+ ?(hours?|hrs?|days?|minutes?)', 'the next \\d+ ?(hours?|days?)', 'close of (play|business)', 'soon', 'shortly',
);
/** What a seller says is running out. */
export const THING = alt(
  'offer', 'deal', 'price', 'prices', 'pricing', 'rate', 'rates', 'discount', 'promo( code)?', 'promotion', 'sale', 'coupon', 'bonus', 'quote',
  'upgrade', 'package', 'bundle', '(early bird|earlybird)( rate| price| pricing)?', 'special', 'invitation', 'enrol+ment', 'registration',
  'spots?', 'seats?', 'slots?', 'tickets?', 'availability', 'intake', 'cohort', 'membership', 'trial',
);
/** What only a seller would say runs out. */
export const SALES_THING = alt('offer', 'deal', 'discount', 'promo( code)?', 'promotion', 'sale', 'coupon', '(early bird|earlybird)( rate| price| pricing)?', 'pricing', 'price', 'rate', 'bonus', 'upgrade', 'bundle', 'quote', 'launch (price|pricing)', 'special offer');
/** How an offer runs out. */
export const RUNS_OUT = alt(
  verb('expire'), verb('end'), verb('close'), verb('lapse'), 'run(s|ning)? out', 'ran out', verb('disappear'), verb('vanish'), 'wrap(s|ping)? up',
  '(go|goes|going) (away|up)', 'shuts?', 'shutting', 'is gone', 'will be gone', 'will not (last|be around|stick around|be (available|offered|repeated) again)',
  '(does|do) not last', 'rarely last', '(is|are) (only )?(being )?held (until|till|for)', 'stands? only', '(is|are) (valid|available|good|open) (until|till|through)', '(is|are) only (valid|available|good|open) (until|till|through|for)',
);
/** Units a seller counts down. */
export const UNIT = alt('spots?', 'seats?', 'places?', 'slots?', 'openings?', 'items?', 'pieces?', 'units?', 'tickets?', 'rooms?', 'tables?', 'passes', 'licen[cs]es', 'deals?', 'pairs?', 'positions?', 'vacanc(y|ies)', '(design |coaching )?retainer slots?', 'sign ?ups');
/** What an answer is called. */
export const ANSWER = alt('answer', 'reply', 'response', 'decision', 'word', 'update', 'yes or no', 'confirmation', 'signature', 'feedback');
/** Ways of answering, for demands. */
export const RESPOND = alt(
  verb('reply'), verb('respond'), verb('answer'), 'get back to (me|us)', 'come back to (me|us)', 'call (me|us) back', 'call me', 'ring me', 'revert',
  verb('confirm'), verb('decide'), 'make (a|your) decision', verb('sign'), verb('accept'), 'commit', 'book', 'pay', 'send (it|me|us|the)', 'return (it|the)',
  'pick up', 'give me (an?|your|a straight)', 'fill (in|out)',
);
/** Answering, as a demand on the recipient names it. */
export const ANSWERING = alt(verb('reply'), verb('respond'), verb('answer'), 'get back to (me|us)', 'come back to (me|us)', 'call (me|us) back', 'revert', verb('confirm'), verb('decide'), 'make (a|your) decision', 'let (me|us) know', 'commit', 'accept (my|the|our)', 'give me (an?|your)', 'return the signed');
/** Right now, as a demand says it. */
export const AT_ONCE = alt('now(?=\\s*[.!]|\\s*$)', 'right now', 'immediately', 'right away', 'at once', 'asap', 'a\\.s\\.a\\.p\\.?', 'straight away', 'without delay', 'promptly', 'urgently', 'within the hour', 'this (minute|second)');
/** Someone who is not the recipient, who gets what the recipient does not take. */
export const SOMEONE_ELSE = alt('someone else', 'somebody else', 'another (client|couple|buyer|candidate|company|person|customer|team|family|firm|agency|one|party|project|bidder|applicant)', 'the next (person|candidate|buyer|couple|client|one|customer|in line|on (the|my) list)', '(the|my|our) wait(ing)? ?list', 'other (clients|buyers|candidates|companies|people|firms|prospects)', 'the others');
