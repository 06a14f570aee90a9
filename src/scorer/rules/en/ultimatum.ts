import type { ToneRule } from '../types.ts';
import { alt, clause, verb } from '../lexicon.ts';

const lang = 'en';

/**
 * An ultimatum is composed of parts: a CONDITION (no answer, no decision, "unless you sign", "miss
 * this and"), and a CONSEQUENCE aimed at the recipient: what is theirs goes to SOMEONE ELSE, is TAKEN
 * AWAY by the sender (withdrawn, cancelled, closed), is LOST (forfeited, off the table), or the
 * recipient ends up worse off (left behind, regretting it, overtaken by rivals). Strong consequences
 * stand alone; softer ones (cancel, close, stop, assume) count only next to a condition.
 */

/** Several regular verbs with their inflections. */
const V = (...bases: string[]): string => alt(...bases.map(verb));
/** A short verb that doubles its last consonant: drop → drop|drops|dropped|dropping. */
const D = (...bases: string[]): string => alt(...bases.map((b) => `${b}(s|${b.slice(-1)}ed|${b.slice(-1)}ing)?`));
/** The future (or a modal) of what will happen to them: "you'll", "you are going to", "they could". */
const FUT = alt(
  'will', 'would', 'are going to', 'is going to', 'could', 'might', 'may', 'can', 'stand to', 'are', 'shall', 'will likely', 'will probably',
  'will definitely', 'will really', 'are really going to', 'will end up', 'would end up', 'will just', 'will only', 'will soon', 'will still',
  'are likely to', 'risk',
);

/** What the recipient holds, or was offered, and can lose. */
const GOODS = alt(
  'spots?', 'slots?', 'places?', 'seats?', 'spaces?', 'dates?', 'bookings?', 'reservations?', 'tables?', 'rooms?', 'offers?', 'prices?', 'pricing',
  'rates?', 'discounts?', 'quotes?', 'quotations?', 'roles?', 'positions?', 'applications?', 'candidacy', 'interviews?', 'file', 'accounts?',
  'membership', 'allocations?', 'territory', 'holds?', 'units?', 'flat', 'apartment', 'property', 'house', 'car', 'stand', 'feature',
  'commission', 'proposals?', 'deal', 'contract', 'priority', 'access', 'trial', 'credits?', 'deposit', 'team', 'crew', 'enquiry', 'inquiry',
  'name', 'listing', 'appointments?', 'sessions?', 'opportunity', 'terms', 'trade ?in( value)?', 'package', 'plan', 'onboarding',
  'cohort', 'venue', 'vacancy', 'invitation', 'exclusivity', 'place in (line|the queue)', 'shortlist',
);
/** The same, only the things a seller or recruiter holds for someone. */
const HELD = alt(
  'spots?', 'slots?', 'places?', 'seats?', 'dates?', 'bookings?', 'reservations?', 'tables?', 'offers?', 'prices?', 'pricing', 'rates?', 'discounts?',
  'quotes?', 'roles?', 'positions?', 'applications?', 'candidacy', 'allocations?', 'territory', 'holds?', 'units?', 'flat', 'apartment', 'property',
  'stand', 'commission', 'proposals?', 'deal', 'membership', 'priority', 'vacancy', 'place in (line|the queue)', 'exclusivity', 'terms', 'trade ?in( value)?',
);

/** Who else gets it. */
const OTHER_NOUN = alt(
  'clients?', 'couples?', 'buyers?', 'candidates?', 'compan(y|ies)', 'person', 'people', 'customers?', 'teams?', 'famil(y|ies)', 'firms?', 'agenc(y|ies)',
  'part(y|ies)', 'bidders?', 'applicants?', 'projects?', 'jobs?', 'brands?', 'exhibitors?', 'partners?', 'translators?', 'bands?', 'vendors?',
  'suppliers?', 'providers?', 'contractors?', 'freelancers?', 'photographers?', 'tenants?', 'renters?', 'students?', 'members?', 'players?',
  'artists?', 'designers?', 'developers?', 'attendees?', 'guests?', 'groups?', 'business(es)?', 'organi[sz]ations?', 'prospects?',
  'sellers?', 'investors?', 'dealers?', 'writers?', 'sponsors?', 'speakers?', 'ones?', 'offers?', 'takers?', 'purchasers?', 'hires?', 'recruits?',
  'guys', 'folks', 'practices?', 'clinics?', 'hospitals?', 'stores?', 'shops?', 'retailers?', 'publishers?', 'parents?', 'patients?', 'owners?',
);
const OTHER = alt(
  '(someone|somebody|anyone) else',
  `(another|other|the other|one of (my|our|the) other|the next|a different|different)( [\\p{L}]+)? ${OTHER_NOUN}`,
  'the next (in line|on (the|my|our) (list|waitlist|shortlist))',
  'the runner ?up',
  '(your|a|their|the) (competitors?|competition|rivals?)',
  'whoever',
  'the first (person|one|[\\p{L}]+) (to|who|that)',
  '(the|my|our) (wait(ing)? ?list|reserve list|shortlist)',
  'collections?',
  '(a )?(debt )?collection(s)? agency',
  '(our|my|the) (lawyers?|solicitors?|attorneys?|legal (team|department))',
);
/** Someone else, including the sender's own colleagues: only once a condition has been set. */
const OTHER_C = alt(OTHER, '(my|our|a) (colleagues?|co ?workers?|associates?|teammates?|manager|boss|partner)', 'the (next|other) (rep|agent|account manager|person)');
/** Someone else, as the head of a phrase is enough once a condition has been set. */
const OTHER_HEAD = alt(
  'another', 'other', 'the other', 'the next', '(someone|somebody|anyone) else', 'a different', 'different', '(your|a) (competitors?|rival)', 'the runner',
  '(the|my|our) wait(ing)? ?list', 'collections', 'them',
);

/** I / we and the auxiliaries of a promise or a threat ("I'll have no choice but to", "we're going to"). */
const MODAL = alt(
  'will', 'shall', 'must', 'am', 'are', 'would', 'have to', 'need to', 'will have to', 'will need to', 'will be', 'am going to', 'are going to',
  'am going to have to', 'are going to have to', 'will be forced to', 'am forced to', 'are forced to', 'will then', 'will simply', 'will just',
  'will go ahead and', 'am going to go ahead and', 'may have to', 'might have to', 'would have to', 'will have no choice but to',
  'have no choice but to', 'will unfortunately( have to)?', 'will regretfully( have to)?', 'will sadly( have to)?', 'will therefore', 'will instead',
  'will probably', 'have got to', 'am about to', 'are about to', 'will now', 'will be obliged to', 'will quietly', 'will happily', 'will then have to',
  'will need to', 'will be happy to', 'will also', 'would then', 'will have to go ahead and', 'am afraid (i|we) (will|must)( have to)?',
  'am then going to', 'will be going ahead and',
);
const ME = `(i|we|then i) ${MODAL}`;

/** Handing what was theirs to someone else. */
const GIVE = alt(
  V('release', 'pass', 'hand', 'offer', 'reassign', 'reallocate', 'allocate', 'transfer', 'award', 'move', 'open'),
  'give', 'gives', 'giving', 'sell', 'sells', 'selling', 'take', 'takes', 'taking', 'let', 'lets', 'letting', 'put', 'puts', 'putting',
  'book', 'books', 'booking', 'fill', 'fills', 'filling', 'refer', 'referring',
);
const PARTICLE = '( (up|on|over|out|away|back|along|forward))?';
const OBJ = `( (it|them|this|that|these|those|him|her)| (your|the|this|that|my|our)( [\\p{L}\\x27\\u2019-]+){1,3}?)?`;
/** Taking it away from them (strong: a threat on its own). */
const TAKE_STRONG = alt(
  V('withdraw', 'rescind', 'revoke', 'release', 'forfeit', 'reassign', 'reallocate', 'void'), D('scrap'),
  'give away', 'gives away', 'giving away', 'give up', 'giving up', 'pull', 'pulls', 'pulling', 'let go of', 'letting go of',
);
/** Taking it away, or closing it (soft: only next to a condition or a deadline). */
const TAKE = alt(
  TAKE_STRONG,
  V('cancel', 'close', 'remove', 'delete', 'archive', 'downgrade', 'terminate', 'suspend', 'end', 'shelve', 'deactivate', 'disable', 'strike', 'cross', 'free', 'kill', 'wipe', 'purge'),
  D('drop', 'bin', 'strip'), 'cancel+(ed|ing)',
);
/** Whose it is: theirs (any of their goods), or what is held for them. */
const SOFT_OBJECT = alt(
  `your( [\\p{L}\\x27\\u2019-]+){0,2}? ${GOODS}`, `(the|this|that)( [\\p{L}\\x27\\u2019-]+){0,2}? ${HELD}`, 'you', 'things',
  '(our|the|this) (conversation|thread|correspondence|discussion|file|opportunity|lead)',
);
/** Giving up on them. */
const LEAVE = alt(
  '(move|moving|moves) on', '(walk|walking|step|stepping) away', '(part|parting) ways', '(look|looking|go|going) elsewhere', 'pull out',
  '(stop|stopping) (reaching|contacting|emailing|writing|following|chasing|holding|working|the (cooperation|collaboration|partnership|process))',
  'no longer (be able to )?(help|hold|offer|keep|work|reserve|consider|pursue|guarantee)',
  '(go|going|move|moving|proceed|proceeding|press|pressing)( ahead| forward| on)? with (someone|somebody|another|other|the other|the next|a different|different)',
  '(go|going) with (someone|somebody|another|other|the other|the next|a different|different)',
  `(assume|take it|conclude|presume) (that )?((you are|you have|it is|that is|this is|the (answer|timing) is)( [\\p{L}]+)? (not|no|a no|no longer|decided|moved|gone|chosen|passing|happy with|over|dead|lost|changed)|(the )?timing( is)? not|you( would|'d) rather|a no)`,
  '(take|taking|treat|treating|read|reading|count|counting|regard|regarding|consider|considering|mark|marking|log|logging|record|recording|put|putting) (it|that|this|your silence|silence|you|the [\\p{L}]+|your [\\p{L}]+) (down )?as (a )?(no|decline|declined|pass|passed|not interested|closed|lost|dead|withdrawn|cancel+ed|inactive|closed ?lost|cold)',
  '(take|taking) (you|your name) off', '(remove|removing|drop|dropping|cross|crossing|strike|striking) you (off|from)',
  '(put|putting) (forward )?(other|another|different|alternative|new|the next)( [\\p{L}]+){1,2} forward',
  `(re|de|de-)?prioriti[sz](e|es|ed|ing) (you|your( [\\p{L}]+){1,2}|it|this|the( [\\p{L}]+){1,2})( (below|behind|after|under|down|lower))?`,
  '(move|moving|push|pushing|put|putting|bump|bumping|drop|dropping|send|sending|shift|shifting)( you| it| this| your( [\\p{L}]+){1,2})( (right|straight))? (to|down) (the )?(back|bottom|end) of (the )?(queue|line|list|pile|schedule|calendar)',
  '(work|partner|deal|do business) with (someone|somebody|another|other|the other|a different|your (competitors?|rivals?))',
);
/** What the sender does, once a condition is set. */
const ACT = alt(
  `${GIVE}${OBJ}${PARTICLE} (to|with|for) ${OTHER_C}`,
  `${GIVE} (your|the|this|that)( [\\p{L}\\x27\\u2019-]+){0,2}? ${HELD}`,
  `${TAKE}( (out|off|down))? ${SOFT_OBJECT}`,
  LEAVE,
);
/** What the recipient loses, written as a passive or a result. */
const LOSS_STRONG = alt(
  'withdrawn', 'forfeit(ed)?', 'revoked', 'rescinded', 'reassigned', 'reallocated', 'given away', 'lost', 'gone', 'sold', 'off the table',
  '(given|offered|released|passed|handed|sold|allocated|reassigned|transferred)( on| over| out| back)? to', 'back on the (market|lot|shelf)',
);
const LOSS = alt(
  LOSS_STRONG, 'cancel+ed', 'removed', 'deleted', 'downgraded', 'released', 'given (up|out)', 'voided', 'void', 'closed( out| off)?', 'dropped',
  'terminated', 'suspended', 'archived', '(taken|struck|crossed|knocked) off', 'let go', 'deactivated', 'disabled', 'pulled', 'scrapped', 'binned',
  'expired', 'off (the|my|our) (list|shortlist|books|table|waitlist)', 'freed up', 'no longer (available|valid|on offer|held|reserved|guaranteed|open)',
  'put back (on|up)',
);
/** Being (will be, gets, is, has been...) */
const BE = alt(
  ' (will|would|shall|may|might|could|must|can) (then |simply |just |also |likely |probably |automatically )?(be|get)', ' is', ' are', ' gets?', ' got', ' will get',
  ' (is|are) going to (be|get)', ' becomes?', "'s", "'re", "'ll (be|get)", ' being', ' has been', ' have been', ' goes', ' go', ' comes?', ' will (go|come)',
);
const BE_ADV = '( (then|simply|just|also|automatically|permanently|immediately|quietly|regretfully|likely|probably))?';

/** How the recipient ends up worse off. */
const WORSE = alt(
  V('regret'), 'be sorry', 'kick yourself', 'be kicking yourself', 'wish you( had|\'d| would have| did)', 'lose out', 'miss out', 'miss the boat',
  'be left (behind|out|exposed|with nothing|high and dry|holding|in the dust|for dead|standing)', 'be stuck (on|with|in) (the |your |an? )?(old|same|outdated|legacy|current|existing|manual|higher|full)',
  'be missing (out|the (biggest|best|boat|chance|opportunity))', 'be explaining', 'be playing catch ?up', 'be scrambling',
  'be watching (your|from the sidelines|others|competitors|them|everyone)',
  'be the (only|last)( one| [\\p{L}]+){1,5} (still|left|without|not|paying|doing|missing|stuck|behind|who|that)',
  'be paying (double|twice|more|full|the full|through the nose|over the odds|a premium|extra|higher)',
  'pay (double|twice|more|full price|through the nose|over the odds|a premium|extra)',
  'be (right |straight )?back (to|at|where) (square one|the start|where you (started|began|were))', '(slide|slip|go) (right |straight )?back to where',
  'be in the (exact |very )?same (spot|place|position|situation|boat)', 'fall (further |way )?behind', 'get left (behind|out)',
  'end up (paying|losing|stuck|behind|regretting|with nothing|falling|being left|the (only|last)|worse)',
  'be on your own', 'be priced out', 'never (get|see|have) (another|this|a second)', 'not get (another|a second)',
);
/** Worse off, only once a condition has been set ("…and you'll be locked out", "…you'll start over"). */
const WORSE_C = alt(
  WORSE, 'be (priced|locked|shut|frozen|cut|squeezed|boxed) out', 'lose (access|out on|your (place|spot|slot|launch|window|deadline|[\\p{L}\\p{N}]+ launch))',
  '(have to )?(start|be starting|go back and start|begin) (over|again|all over|from scratch|from zero|at the bottom)', 'be (back )?at the (back|bottom|end) of the (queue|line|list)',
  'miss (your|the) (launch|window|deadline|season|target|quarter|date)',
);
const ADV = '( (probably|likely|really|definitely|just|only|soon|quickly|certainly|honestly|surely|truly|seriously|genuinely|all|both))?';

/** The answer they have not given. */
const ANSWERISH = alt(
  'reply', 'replies', 'response', 'answer', 'word', 'news', 'decision', 'confirmation', 'yes', 'go ?ahead', 'green light', 'signature', 'payment',
  'deposit', 'commitment', 'feedback', 'update', 'contact', 'acknowledg(e)?ment', 'sign ?off', 'paperwork', 'contract', 'booking',
);
const NOT_HEARD = `(i|we) (do not|did not|have not|had not|can not|will not|am not|are not|still (do not|have not)) (yet )?(hear|get|receive|have|see|heard|got|received|had|seen|gotten)`;
const DAY = alt('today', 'tonight', 'tomorrow', 'this (week|weekend|month)', '(mon|tues|wednes|thurs|fri|satur|sun)day', 'the weekend', 'the deadline', 'the \\d+(st|nd|rd|th)?', 'end of (the )?(day|week|month)', 'midnight', 'noon', '\\d+ ?(am|pm)', 'that (date|point|time|day)', 'then', 'this( point)?', 'that');
/**
 * Conditions of an ultimatum, each with two literal first words (each becomes its own pattern, so
 * that it is filed under its own first words).
 */
const CONDITIONS = [
  `if ${NOT_HEARD}`,
  'if (you|you are) (still )?(do not|did not|have not|are not|can not|will not|fail to|decide not to|choose not to|would rather not|are not going to|not)',
  'if (this|that|it) (is not|is no longer)',
  'if (we|i) (can not|do not|are not able to|fail to|will not be able to|still can not|still do not) (lock|get|close|confirm|sign|finali[sz]e|seal|nail|have|secure|agree|settle)',
  'once (they|someone|somebody|another|the other|a competitor|your (rival|competitor)s?)( [\\p{L}]+)? (sign|signs|signed|commit|commits|book|books|says yes|say yes|confirm|confirms|go ahead|goes ahead|is in|are in|close|closes)', 'if (so|not)', 'if (there is|there are|there has been) (still )?no', `if no( [\\p{L}]+)? ${ANSWERISH}`, 'if nothing',
  'if (the|your) [\\p{L}]+( [\\p{L}]+)? (is not|are not|do not|does not|has not|have not|can not)',
  'unless (i|we|you|the|your|there|a|an|something|someone)',
  'should (i|we|you) not', 'should (the|your|no|there|it)', 'should you (decide|choose|prefer|opt) not',
  `without (a |an |any |your |some |further )?(${ANSWERISH}|hearing|word)`,
  '(failing|absent|barring|lacking) (a|an|any|your|that|this|such|word|news|confirmation|payment|agreement|response|reply|which|to)',
  'if (you|you are) (decline|declining|pass|passing|say no|turn (it|this) down|walk away|back out|go elsewhere|choose (someone|another|to go|not)|hesitate|wait|delay|hold off|sit (this|it) out|ignore)',
  'in the absence of', 'failure to',
  `no ${ANSWERISH}`, 'nothing (back|from you|heard|received|yet)',
  'otherwise', 'or else',
  `after ${DAY}`,
  `(once|when) (the|this|that) (deadline|date|window|week|day|period|hold|option) (passes|has passed|is up|is over|expires|ends|closes|lapses)`,
  '(wait|leave it|hold off|delay)( much| any| too)? longer',
  `since ${NOT_HEARD}`, 'since (i|we) (have yet to|still have not)',
  '(who|that) (have not|has not|do not|did not) (yet )?(replied|responded|confirmed|signed|booked|paid|answered|committed|registered|enrol+ed|got back|gotten back)',
];
/** The sender as the subject, a few words before what they do ("I'll assume you've lost interest and close…"). */
const SUBJ = `(i|we|then i)((\\x27|\\u2019)(ll|m|re|d|ve))?( [\\p{L}\\x27\\u2019]+){0,6}? `;
/** A condition earlier in the same sentence, read backwards from the consequence (so that it holds even when another rule has read the condition's words). */
const COND_BEFORE = `(?<=(?<![\\p{L}])(unless|if (you|i|we|there|no|nothing|not|so)|should (i|we|you|the|your)|without|failing|absent|in the absence|no (reply|response|answer|word|news|decision)|nothing back|otherwise|or else|after (today|tonight|this|that|then))(?![\\p{L}])${clause(150)})`;
/** What follows the condition. */
const CONSEQ = alt(
  `${SUBJ}${ACT}`,
  `(you|they) ${FUT}${ADV} (${WORSE_C}|lose|forfeit|miss out)`,
  `(you|they) (${verb('lose')}|forfeit|miss out)`,
  `(your( [\\p{L}]+){0,5}|(the|this|that)( [\\p{L}]+){0,2}? ${HELD}( [\\p{L}]+){0,5})${BE}${BE_ADV} ${LOSS}`,
  `(it|they|this|that|the (rest|lot))( [\\p{L}]+)?${BE}${BE_ADV} ${LOSS_STRONG}`,
  `(goes|go|will go|moves|move|will move|passes|(gets?|is|are|will be) (given|offered|passed|released|reassigned|sold|handed|allocated)|comes? off)( back| on| over| out)? (to|on) ${OTHER}`,
  `(someone|somebody) else (${verb('get')}|will get|takes?|will take|grabs?|will grab|snaps?|will snap|ends? up with|will end up with|will have|will be (given|offered))`,
  `(it is|it will be|that is|they are|it would be|they will be) (gone|lost|off the table|taken|withdrawn)`,
  '(we|i)( will| shall| must| have to| will have to| need to)? (part ways|end (the|our|this) (cooperation|collaboration|partnership|relationship|engagement|conversation|process))',
  '(do not|never) expect (me|us|the same|this|that|another|a second|to (get|see|find))',
  `(you|they) (will|would|are going to) (not|never) (get|have|see|be offered|be given) (another|a second|this|that|the same)`,
  'you (are|will be|would be) on your own',
  '(the|your|a|my) ([\\p{L}]+ )?(deposit|fee|payment) (will not|would not|will no longer|becomes non)',
  '(i|we) (can not|will not|can no longer|will no longer|am unable to|are unable to) (be able to )?(hold|keep|help|reserve|guarantee|honou?r|save|protect|extend|offer)',
  '(i|we) (can not|will not|can no longer|will no longer|would not|could not|will not be able to|would not be able to|are not allowed to) (be able to )?(work|partner|deal|do business|talk|sell) (with|to) you',
);
const GAP = `(?![\\p{L}])${clause(60)} `;

/** A condition after the consequence: "…unless I hear from you by Friday". */
const COND_AFTER = alt(
  `unless (i|we) (hear|get|receive|have|see)`,
  'unless you (confirm|reply|respond|sign|book|pay|commit|decide|let (me|us) know|get back|come back|act|move|agree|accept|return|answer)',
  `if ${NOT_HEARD}`,
  `if (you|you are) (still )?(do not|did not|have not|are not|can not|will not|fail to|decide not to)`,
  `if (there is|there is still|i get) no`, `if no( [\\p{L}]+)? ${ANSWERISH}`, 'if nothing',
  `without (a|an|any|your|hearing)( [\\p{L}]+)?( ${ANSWERISH}| from you| back)`, 'should (i|we) not', 'should you not', 'in the absence of',
  `(after|past|beyond) ${DAY}`,
);

/** Imperative neglect: "miss this and…", "wait any longer and…" (each with two literal first words). */
const NEGLECT = alt(
  'ignore (this|it|that|me|my [\\p{L}]+|the [\\p{L}]+)', 'skip (this|it|that|out)', 'miss (this|it|that|out)', 'pass on (this|it|that|him|her|them)',
  'pass (this|it|that) (up|by)', 'sit (this|it|that)( one)? out', 'sit out', 'walk away', 'stay (on the couch|put|where you are|as you are|in your comfort zone|with what you have)',
  'leave it( much| any| too| a lot)? (longer|later|another)', 'leave it and', 'leave (this|things) (as|for|until)',
  'keep (putting|waiting|delaying|holding|stalling|sitting|dragging|kicking|pushing|ignoring|thinking)', 'wait( any| much| too)? longer',
  'put (this|it|that) off', 'delay (this|it|any longer)', 'hold off', 'let (this|it|that) (slide|slip|pass)', 'turn (this|it|that|me|us) down',
  'say no', 'drag your feet', 'sit on the fence', '(lose|miss|waste|blow) (this|the|that|your) (chance|opportunity|window|slot|spot|boat|deadline)', 'do nothing', 'sleep on (this|it)', 'kick (this|it|the can)', 'blink and', 'hesitate and',
);
/** What follows "…and" after neglect. */
const AND_CONSEQ = alt(
  `you ${FUT}${ADV} (${WORSE_C}|lose (the|your|their|this|that|any|all|out)|miss (out|it|the))`,
  `(you|they) (${verb('lose')}|forfeit|miss out)`,
  'you (will not|will never|may never|might never|are not going to) (see|get|find|have|be offered)',
  '(someone|somebody) else', `${OTHER_HEAD} [\\p{L}]+ (will|would|gets?|takes?|grabs?)`,
  '(your|the) (competitors?|competition|rivals?|neighbou?rs?|others|agencies|other [\\p{L}]+)',
  `(it is|it will be|it would be|they are|that is|the [\\p{L}]+ is|the [\\p{L}]+ will be|your [\\p{L}]+ (is|are|will be)) (gone|over|lost|off the table|taken|withdrawn)`,
  `${ME} ${ACT}`,
);
/** "your slot", "the Saturday wedding date": a goods word with its owner before it (filed under the goods word). */
const OWNED = (goods: string): string => `${goods}(?<=(your|the|this|that)( [\\p{L}\\x27\\u2019-]+){0,2} [\\p{L}]+)`;

/** Ultimatums and threats of loss; firmness in a negotiation (mild). */
export const ULTIMATUM_RULES: ToneRule[] = [
  {
    id: 'pressure.ultimatum',
    category: 'pressure',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      // --- condition × consequence: "if I don't hear back by Friday, I'll release your slot"
      ...CONDITIONS.map((c) => `${c}${GAP}${CONSEQ}`),
      `(or|or else|otherwise),? ${ME} ${ACT}`,
      `(or|or else|otherwise),? (i|we) ${ACT}`,
      `(or|or else|otherwise),? (i|we)( will|'ll)? (walk|leave|pull out|am out|am gone|are out|move on|go elsewhere|look elsewhere)(?![\\p{L}])`,
      `either (we|you|i)${clause(60)} or (${ME}|i|we) ${ACT}`,
      `${ME} ${ACT}${COND_BEFORE}`,
      `${OWNED(GOODS)}( [\\p{L}]+)?${BE}${BE_ADV} ${LOSS}${COND_BEFORE}`,
      // consequence × condition: "I'll close your application unless I hear from you"
      `${TAKE}( (out|off|down))? ${SOFT_OBJECT}${clause(50)} ${COND_AFTER}`,
      `${OWNED(GOODS)}( [\\p{L}]+)?${BE}${BE_ADV} ${LOSS}${clause(40)} ${COND_AFTER}`,
      // --- neglect × "and" × consequence: "miss this and you'll be stuck", "no reply by Friday and I'll…"
      `${NEGLECT}${clause(40)} and ${AND_CONSEQ}`,
      `(no|without a|without any|nothing) (${ANSWERISH}|back|from you)( back)?( from you)?${clause(40)} and ${AND_CONSEQ}`,
      // --- the silence condition alone: "if there's no word", "no reply by the 20th"
      `(no|without an?|without any) (${ANSWERISH})( back)?( from you)? (by|before|within|until)`,
      'failure to (respond|reply|answer|confirm|get back|revert|let (me|us) know|return|sign|decide|commit)',
      // --- redistribution stands alone: what was theirs goes to someone else
      `${ME} ${GIVE}${OBJ}${PARTICLE} (to|with|for) ${OTHER}`,
      `${ME} ${GIVE} ${OTHER} (your|the|this|that)`,
      `(and|then|and then) ${GIVE} (your|the|this|that)( [\\p{L}\\x27\\u2019-]+){0,2}? ${HELD}${PARTICLE} (to|with) ${OTHER}`,
      `(${verb('go')}|will go|${verb('move')}|passes|will pass|(gets?|got|will get|will be|is|are|would be) (given|offered|released|passed|reassigned|reallocated|sold|handed|allocated|transferred)|(is|are) being (given|offered|released|passed|sold))( on| over| out| back)? to ${OTHER}`,
      `(your|the|this|that) ${GOODS}( [\\p{L}]+)? (is|will be|goes|go|will go)( [\\p{L}]+)? (gone|withdrawn|cancel+ed|released|reassigned|lost|to someone)`,
      `(someone|somebody) else (${verb('get')}|grabs|will grab|snaps|will snap|ends up with|will end up with|walks away with|will walk away with|will have) (your|it|them|this|that|the)`,
      // --- taking away stands alone when the verb is strong: withdraw, rescind, revoke, forfeit
      `${ME} ${TAKE_STRONG}( (out|off|back))? (your|the offer|the proposal|the quote|the deal|the discount|the price|the pricing|our offer|my offer|this offer|the terms|you)`,
      `${OWNED(HELD)}( [\\p{L}]+)?${BE}${BE_ADV} (withdrawn|rescinded|revoked|forfeit(ed)?|given away|reassigned|reallocated|voided|off the table|(given|offered|released|passed|handed|sold) (on |over )?to)`,
      `${OWNED(GOODS)}( [\\p{L}]+)?${BE}${BE_ADV} (forfeit(ed)?|revoked|rescinded)`,
      `(close|closing|closes) (out )?(your|the) (file|application)`,
      `(regard|consider|treat|mark|log|record)(s|ed|ing)? (the|this|that|your|it|you)( [\\p{L}]+)? ((file|matter|application|opportunity|deal|account|lead|conversation|enquiry|inquiry) )?as (closed|lost|dead|withdrawn|cancel+ed|inactive|closed ?lost|not interested|a no|declined)`,
      `(take|taking|treat|treating|read|reading|count|counting) (it|that|this|your silence|silence|no (reply|answer|response)|the silence) (as|to mean) (a )?(no|decline|pass|not interested|you are not)`,
      `(pass|passing|hand|handing|send|sending|refer|referring|turn|turning|escalate|escalating|forward|forwarding)( it| this| the (account|matter|debt|invoice|balance|file)| your (account|debt|invoice|balance|file))?( over)? to (collections|a (debt )?collections? agency|debt collectors?|(our|my|a) (lawyers?|solicitors?|attorneys?|legal (team|department))|small claims)`,
      `(i|we) (will )?(have|be left with) no (choice|option|alternative) but to`,
      // --- the sender leaves the table
      '(i|we|then i) (will|am going to|shall) (have to )?(move on|step away|walk away)',
      `(is|will be|goes|go|come|comes|be taken|are|taken|gets|get) off the table`,
      `(i|we) (will|can) no longer (be able to )?(help|hold|offer|keep)`,
      `(i|we) (can not|will not be able to|am not able to|are not able to|can no longer|will no longer be able to|will not|am unable to) (keep )?(hold(ing)?|reserv(e|ing)|sav(e|ing)|keep(ing)?|protect(ing)?|honou?r(ing)?|guarantee(ing)?|turn(ing)? (clients|people|others|customers|buyers|candidates|other [\\p{L}]+) away|block(ing)?)( (it|them|this|that|these|those|(the|this|that|your|these|those)( [\\p{L}]+){0,2}))?( (open|free|available|on hold|reserved|for you|for long|much longer|any longer|forever|indefinitely|past|beyond|after|if|unless|without|once)\\b)`,
      `(can not|will not|cannot) keep (turning|holding|saving|reserving|keeping|putting|waiting)${clause(30)} (for you|forever|indefinitely)`,
      '(last|final) (chance|opportunity)',
      '(consider this|this is) (your|the|my) (last|final) (chance|opportunity|warning)',
      'or (the deal|the offer|it|this|that) is (off|dead|over|gone)',
      'take it or leave it',
      '(my |our )?(best and )?final offer',
      '(non-?|not )negotiable',
      // --- threats of loss to the recipient: regret, left behind, overtaken
      `(you|they) ${FUT}${ADV} (${WORSE})`,
      `you( are|'re) going to ${verb('regret')}`,
      `${verb('regret')} (it|this|that|not|passing|missing|waiting|saying no|letting|turning|ignoring|sitting|holding|delaying)`,
      `(will|would|are going to|is going to|could|might) be playing catch ?up`,
      '(be|get|getting|being|will be|are|is) left (behind|out in the cold|exposed|with nothing|high and dry|in the dust|for dead|standing)',
      `(will|would|going to|end up|ends up|ended up|are|start|risk|risks|risking|you are) (falling|fall|lagging|lag|being left|getting left) (further |way |even )?behind`,
      'fall(ing)? (further )?behind (your|the|competitors|rivals|everyone)',
      `(your|their) (competitors?|competition|rivals?|peers)( (at|in|across|over at|down the road)( [\\p{L}]+){1,3})? (are|will|would|have|already|is|pull|pulling|get|getting|will not|are not going to|do not|can not|won't)`,
      '(competitors|rivals) (will|would) (get|be|win|love|thank)',
      'eat(s|ing)? your (lunch|market|business)',
      `(steal|stealing|steals|take|taking|takes|grab|grabbing|grabs|win|winning|wins|poach|poaching|poaches|eat|eating) (your|all your) (customers|clients|market share|business|deals|buyers|share of|lunch|audience)`,
      '(your )?market share (walk|walking|walks|slip|slipping|slips|drain|draining|bleed|bleeding|erode|eroding|disappear|disappearing)',
      `(pull|pulling|pulls|pulled|race|racing|races|surge|surging|leap|leaping|edge|edging|inch|inching) (further|even further|miles|way|well|far) ahead`,
      `(miles|streets|leagues|years|light years|way) ahead of you`,
      `(outrank|outranking|outranks|outpace|outpacing|outpaces|outsell|outselling|outsells|overtake|overtaking|overtakes|overtook|leapfrog|leapfrogging|undercut|undercutting) you`,
      `(got|get|gets|will get|getting) there (first|before you)(?<=(others?|rivals?|competitors?|competition|they|else|guys|[\\p{L}]+s)( [\\p{L}\\x27\\u2019]+){0,3} [\\p{L}]+ there [\\p{L}]+( you)?)`,
      `(everyone|everybody|all) else in your (industry|sector|market|field|space|niche|area|street|neighbou?rhood|class|line of work)`,
      `(can not|cannot) afford (not )?to (wait|be (left|the last|the only|behind)|miss|ignore|sit|pass|fall|lose|delay|hold off|put (this|it) off|let (this|it) (slide|go)|say no)`,
      `(you will not|you will never|you may never|you might never|you may not|you might not|you are not going to) (get|have|see|be offered|be given) (another|a second|a better|this) (chance|opportunity|shot|offer|rate|price|deal|go)`,
      `(do not|never|rarely|seldom) come (around|along|round|up) (twice|again)`,
      `(opportunities|chances|deals|openings|offers|slots|spots|rates|prices) like (this|these|that) (do not|rarely|never|seldom|will not) (come|last|happen|stay|hang)`,
      '(i would|i\'d|i) (hate|do not want|would not want) to (see|watch) (you|your [\\p{L}]+)( [\\p{L}]+)? (lose|losing|fall|falling|end up|ending up|get left|left|slide|sliding|go back|lose out|miss out|missing out|stuck|struggle|struggling|pay|paying|behind)',
      '(do not|would not|never) want (that|this) to (be|happen to) you',
      '(do not|never) let (that|this) (be|happen to) you',
      '(do not|never) be the (only|last)( [\\p{L}]+){1,6} (still|left|without|not|paying|doing|missing|stuck|behind|who|that|using|running|stuck)',
      '(i would|i\'d) hate (for )?(you|your [\\p{L}]+) to (lose|be (left|the|stuck|behind)|fall|end up|get left|slide|go back|lose out|miss out)',
      `explaining to your (board|boss|bosses|manager|ceo|cfo|investors|shareholders|customers|clients|team|partners?|wife|husband|family|stakeholders|directors|trustees|members) why`,
      `(stay|be|remain|still be) (in|at) the (exact |very )?same (spot|place|position|situation) (next|this time next|in a|a year)`,
      `(you are|you will be|you would be|you'd be) back (to|at) square one`,
      `(${verb('lose')}|forfeit(s|ed|ing)?) (the|your|their|this|that|any|all)( [\\p{L}]+)? (pricing|price|rate|discount|priority|spot|slot|place|seat|deposit|credit|trade ?in|momentum|booking|reservation|allocation|position|grandfathered|special|reserved|access|place in (line|the queue))`,
      `(will not|do not|can not) wait${clause(30)}neither (will|can|shall|do) (i|we)`,
      'do not say (i|we) did not warn you',
      'you do not want to (be|miss|lose|end up)',
      'have (only )?yourself to blame',
      `do not come (back|crying|running|knocking)( to me| to us)?( in [\\p{L}]+ (months?|weeks?|years?)| later| next [\\p{L}]+)? (asking|wishing|complaining|begging|when|if)`,
      `(do not|never) expect (me|us) to (be able to )?(help|hold|save|keep|match|honou?r|extend|find|fit|squeeze|make room|offer|be there|rescue|bail)`,
      `(it is|it's) (this|now|yes) or (i|we|nothing|never)`,
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
      '(i|we) can only (offer|pay|afford|go|give|spend)',
      '\\d+[k]?,? (and|but) no (more|higher|lower)',
      '(a|my|our) (budget |price )?limit (of|is)',
      '(can not|will not|not able to|unable to) go (any )?(higher|lower|further|up|down|above|over)',
      'not a (penny|cent|dollar) more',
      '(this|that) is (my|our) (limit|max(imum)?|best (offer|price)|budget)',
      '(that is|that\'s) (as high|as low|as far) as (i|we) (can )?go',
      'firm on (the|my|our) (price|offer)',
      '(price|offer) is firm',
      'no (more )?negotiation',
      '(i will|i am|i\'m|i am willing to) only (going to )?(pay|offer|give|accept|spend)',
      '(i|we) will give you \\$?\\d+',
      '(can not|will not|not going to|won\'t) (go|pay|spend) (over|above|beyond|past|more than)',
      '(my )?best offer (is|would be|will be)',
      '(that is|and that is) all (i|we) (can afford|can pay|can spend|can offer|will pay|will offer)',
      '(price|quote|rate|fee|offer|that|this|it) is (way|far|much|simply) too (high|expensive|steep|pricey)',
      '(a|my) (hard|firm) (limit|cap|ceiling)',
      'all (that )?i can (afford|pay|spend|offer)',
    ],
    source: 'negotiation',
  },
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const ULTIMATUM_NEGATIONS: string[] = [];
