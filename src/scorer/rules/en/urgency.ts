import type { ToneRule } from '../types.ts';
import { alt, NUM, verb } from '../lexicon.ts';
import { WHEN, UNIT } from './words.ts';

const lang = 'en';

// --- lexicons -------------------------------------------------------------------------------------
// Urgency is composed as: what a seller dangles × how it runs out × when; what is scarce × how few
// are left × how fast they go; who else wants it × what they are doing.

/** Up to `n` words as a gap between two parts of a phrase, each followed by its space (so the first word stays enumerable). */
const GAP = (n: number): string => `([\\p{L}\\p{N}\\u2019\\x27$%]+ ){0,${n}}`;

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';

/** When something runs out: the shared WHEN plus month ends, dates, seasons and holidays. */
const BY_WHEN = alt(
  WHEN,
  '(the )?(end|close) of (this|the|next) (day|week|weekend|month|quarter|year|business day)',
  'this (afternoon|quarter|year|evening|month|weekend|saturday|sunday)',
  'next (week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(the )?new year', 'the holidays', 'christmas', 'month end', 'year end', 'first thing',
  `${MONTH}( \\d{1,2}(st|nd|rd|th)?)?`, `\\d{1,2}(st|nd|rd|th)?( of)? ${MONTH}`, 'the \\d{1,2}(st|nd|rd|th)?', '\\d{1,2}:\\d\\d',
  'the (weekend|week|day) is out', '(a|one|two|three|four|five|six|seven|ten|a few|a couple of|\\d+) (hours?|days?|weeks?|hrs)', 'within (the (next )?)?(\\d+|a few|a couple of|two|three) (hours?|days?)', 'in (less than )?(a day|an hour|a week)',
);

/** A count, in digits or words; and "a few", which starts with "a" (so patterns file it under "a few", not "a"). */
const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|few|handful of)';
const FEW = '(a few|a couple( of)?|a handful of)';
/** A named day or moment, for patterns that start with one (kept small: it is what they are filed under). */
const DAY = alt('today', 'tonight', 'tomorrow( morning| night| evening)?', 'midnight', 'noon', 'this (week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)',
  '(next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( night| evening| morning)?', 'next (week|month)', 'the weekend', 'the (end|close) of (the |this )?(day|week|month|quarter)');
/** What a seller dangles: an offer, a price, a perk. */
const DEAL = alt(
  'offers?', 'deals?', 'discounts?', 'promo( codes?)?', 'promotions?', 'coupons?( codes?)?', 'vouchers?', 'bonus(es)?', 'incentives?', 'rebates?',
  'quotes?', 'quotations?', 'prices?', 'pricing', 'rates?', 'rate cards?', 'waivers?', 'upgrades?', 'packages?', 'bundles?', 'specials?',
  'savings', 'freebies?', 'perks?', 'giveaways?', 'buy one get one( free)?', 'bogof?', 'markdowns?', 'reductions?',
  'sales?', 'clearance', 'early ?bird', '(introductory|intro|launch|founding|founder|charter|legacy|loyalty|beta|pre ?sale|presale) \\p{L}+',
  'money off', 'matching (gifts?|funds?|donations?|offer|campaign|grant)', 'gift matching', 'donation match(ing)?', '(sign on|signing|joining|welcome|referral) bonus(es)?', 'flash \\p{L}+',
  'free (shipping|delivery|setup|set up|onboarding|consultation|session|trial month|month|months|upgrade|installation|install|gift|extras?)',
);
/** What opens and closes: a window, enrolment, the doors. */
const OPENING = alt(
  'windows?', 'enrol(l)?ments?', 'registrations?', 'applications', 'sign ?ups', 'bookings', 'entries', 'wait(ing)? ?list', 'intake', 'cohort',
  'cart', 'checkout', 'pre ?orders', 'reservations', 'places', 'spots', 'slots', 'seats', 'offer', 'promotion', 'early ?bird', 'books',
);
/** What is sold by the place or the seat (not "items" or "pieces", which lists have too). */
const SELLABLE = alt('spots?', 'seats?', 'places?', 'slots?', 'openings?', 'tickets?', 'rooms?', 'tables?', 'passes', 'licen[cs]es', 'vacanc(y|ies)', '(design |coaching )?retainer slots?', 'sign ?ups', 'spaces');
/** What a seller says is scarce. */
const SPOTS = alt(
  SELLABLE, 'units?', 'pairs?', 'positions?', 'deals?', 'spaces?', 'dates?', 'sessions?', 'stands?', 'stalls?', 'memberships?', 'plots?', 'installs?', 'installations?', 'bookings?', 'appointments?',
  'consultations?', 'copies', 'boxes', 'kits', 'bottles', 'cars?', 'vehicles?', 'properties', 'flats?', 'apartments?', 'houses?', 'homes?', 'viewings?',
  'packages?', 'bundles?', 'invitations?', 'invites?', 'places?', 'beds?', 'cabins?', 'plans?', 'models?', 'sizes?', 'places?', 'vouchers?', 'codes?',
  'saturdays', 'sundays', 'weddings?', 'projects?', 'clients?', 'customers?', 'students?', 'participants?',
  'attendees?', 'members?', 'allocations?', 'exhibitor \\p{L}+', 'early ?bird \\p{L}+',
);
/** What seats are in: a course, a cohort, a price. */
const PRODUCT = alt(
  'cohort', 'course', 'programme', 'program', 'price', 'rate', 'class', 'classes', 'workshop', 'retreat', 'trip', 'tour', 'event', 'intake', 'group', 'round', 'launch',
  'batch', 'release', 'development', 'building', 'block', 'phase', 'mastermind', 'bootcamp', 'masterclass', 'summit', 'conference', 'expo', 'festival', 'show', 'flight',
  'sale', 'offer', 'deal', 'discount', 'tier', 'plan', 'package', 'season', 'series', 'term', 'semester', 'academy', 'session', 'sessions', 'challenge', 'membership',
);
/** Not a shop's last one: the last one in the fridge or on the agenda. */
const NOT_HOUSEHOLD = '(?! (in|on|at|from|for) (the|my|our|your|this|that) (fridge|kitchen|office|drawer|cupboard|jar|box|tin|packet|pack|bag|car|tank|bottle|cup|plate|tray|printer|queue|list|backlog|agenda|sprint|board|tab|to ?do|pot|biscuit|cookie|cake|pizza|bus|van|minibus|train|coach|sofa|couch|bench|boat|lift|shuttle|taxi))';
/** Seat-like things a seller counts down to the last few of. */
const SEATS = alt(UNIT, 'spaces?', 'stands?', 'stalls?', 'memberships?', 'plots?', 'appointments?', 'consultations?', 'viewings?', 'invitations?', 'exhibitor \\p{L}+', 'early ?bird \\p{L}+');
/** Words for the whole supply. */
const SUPPLY = alt(
  'stocks?', 'supply', 'supplies', 'inventory', 'availability', 'remaining (stock|places|spaces|spots|seats|slots|tickets)', 'places', 'spaces', 'spots', 'seats', 'slots', 'tickets', 'openings',
  'allocation', 'capacity', 'units', 'rooms', 'dates', 'tables', 'vacancies',
);
/** How an offer runs out, said of it. */
const WITHDRAWN = '(withdrawn|pulled|retired|discontinued|scrapped|removed|cancel(l)?ed|phased out|axed|ended|killed|switched off|taken down|taken away|taken off|closed|shut|lifted|raised|going up)';
const ENDS_LATER = alt(
  '(expire|expires|expiring|end|ends|ending|lapse|lapses|lapsing|finish|finishes|finishing|run out|runs out|running out|disappear|disappears|disappearing|vanish|vanishes|vanishing|evaporates?|evaporating)',
  '(self ?destructs?|self ?destructing|wraps? up|wrapping up|goes away|go away|going away|times? out|dies|dies off|stops|stopping|comes? off|coming off|drops? off|reverts?|reverting|expiry|expiration)',
  '(is|are|will be|it is) (gone|over|history|finished|done)', '(is|are) (coming|drawing) to (an end|a close)', 'draws? to a close', '(runs?|running|is on|is running|are running) (until|till|through|thru|up to)', '(stands?|standing) only (until|till|through|for)', 'only stands? (until|till|through|for)',
  `(is|are|will be|gets?|is being|are being|will have been) ${WITHDRAWN}`,
  '(is|are|will be|goes|go|going) off the (table|market|menu)', 'will not (last|hold|stay|be (around|available|offered|repeated|honou?red))',
  '(is|are) (only )?(valid|available|good|open|guaranteed|honou?red|held|live|on (the table|offer)|running) (until|till|through|thru|up to)',
  '(is|are) (valid|available|good|open|guaranteed|honou?red|held|live|on (the table|offer)|running) only (until|till|through|thru|up to|for)',
);
/** The same, with the past: "your discount expired yesterday". */
const ENDS = alt(ENDS_LATER, '(expired|ended|lapsed|finished|ran out|disappeared|vanished|evaporated|self ?destructed|wrapped up|went away|died|stopped|came off|reverted)', `(has|have) been ${WITHDRAWN}`);
/** How an offer runs out, said now of "it" or "this" (no past tense: "the quarter that ended"). */
const ENDS_NOW = alt(
  '(expires|ends|lapses|finishes|vanishes|disappears|self ?destructs|runs out|goes away|stops|reverts|dies)', 'is (going|being) (away|withdrawn|pulled|retired|discontinued|scrapped)',
  '(will|is going to|is set to|is due to|is about to) (expire|end|lapse|finish|vanish|disappear|self ?destruct|run out|go away|stop|revert|die|be (gone|withdrawn|pulled|retired|discontinued|scrapped|over))',
  '(is|will be) (gone|over|off the table|history)', 'will have been (withdrawn|pulled|retired|discontinued|scrapped)',
);
/** How a window closes. */
const CLOSES = alt(verb('close'), 'shuts?', 'shutting', 'slams? shut', 'slamming shut', '(is|are) (closing|shutting)', 'closes? (its|their) doors', 'fills? up', 'filling up', 'filled up');
/** How a price goes up. */
const RISES = alt(
  '(go|goes|going|went|gone) up', verb('increase'), verb('rise'), 'rose', 'risen', verb('jump'), verb('double'), verb('triple'), verb('climb'),
  'spike(s|d)?', 'hike(s|d)?', 'shoots? up', 'bumps? up', 'reset(s|ting)? (upward|upwards|up|higher)', '(go|goes|going|went|gone) back (up|to (full|normal|standard|regular|the (full|normal|standard|regular)))',
  'revert(s|ed|ing)? to (full|normal|standard|the (full|normal|standard|regular|old))', 'kick(s)? in', 'change(s|d)?', 'be (raised|hiked|increased|put up|bumped up|revised)',
  '(is|are|will be|being|get|gets) (raised|hiked|increased|put up|bumped up|going up|revised)',
);
/** How a price will go up (no past tense: "prices have increased by 38%" is news). */
const RISES_NOW = alt(
  '(go|goes|going) up', 'increases?', 'increasing', 'rises?', 'rising', 'jumps?', 'jumping', 'doubles?', 'doubling', 'triples?', 'tripling', 'climbs?', 'climbing',
  'spikes?', 'hikes?', 'shoots? up', 'bumps? up', 'resets? (upward|upwards|up|higher)', '(go|goes|going) back (up|to (full|normal|standard|regular|the (full|normal|standard|regular)))',
  'reverts? to (full|normal|standard|the (full|normal|standard|regular|old))', 'kicks? in', 'be (raised|hiked|increased|put up|bumped up|revised upwards?)',
  '(is|are|will be|being|get|gets) (raised|hiked|increased|put up|bumped up|going up|revised upwards?)',
);
/** A way of saying "soon" after a price rise. */
const RISE_WHEN = alt('on', 'in', 'from', 'after', 'next', 'this', 'soon', 'at', 'by', 'come', 'once', 'when', 'as of', 'starting', 'shortly', 'again', 'tomorrow', 'tonight', 'on the', '\\d+ ?%');
/** How fast the scarce thing goes. */
const FAST = alt(
  'fast', 'quickly', 'rapidly', 'quick', 'like hot ?cakes', 'as we speak', 'by the (hour|day|minute|week)', 'every (day|hour)', 'daily', 'at (a|an) (\\p{L}+ ){0,2}(pace|rate|speed|clip)',
  'faster than', 'within (hours|days|minutes)', 'in (hours|days|minutes)',
);
/** People who want what the recipient is sitting on. */
const RIVAL_ONE = '(buyer|family|couple|client|candidate|bidder|applicant|party|agency|company|investor|tenant|customer|person|firm|brand|team|student|household|offer|finalist|contender)';
const RIVAL_WHO = '(buyers|families|couples|clients|candidates|bidders|applicants|parties|investors|tenants|customers|people|firms|brands|companies|offers|agencies|students|households|finalists|contenders|prospects)';
const RIVAL_ADJ = '(strong |serious |qualified |interested |keen |good )';
const RIVALS = alt(
  'someone else', 'somebody else', 'other people', `(another|one other|a second) ${RIVAL_ONE}`,
  `(${COUNT} |several |many |plenty of |lots of |a lot of |a number of |multiple |some |a few |a couple of )?(other )?${RIVAL_ADJ}?${RIVAL_WHO}`,
);
/** What rivals are doing about it. */
const CIRCLING = alt(
  'viewing', 'interested', 'looking at (it|this|the|that)', 'being considered', 'considering (it|this|the)', 'in the running', 'keen', 'bidding', 'circling', 'lined up',
  'queu(e|ing)', 'lining up', 'waiting (in line|to|for)', 'on the (wait(ing)? ?list|waitlist)', 'ready to (sign|buy|book|go|commit|move|pay|pounce)', 'about to (sign|buy|book|commit|make)',
  '(has|have) (expressed interest|asked about|enquired|inquired|viewed|booked a viewing|made an offer|put in an offer|put an offer)', 'making (an )?offers?', 'putting in (an )?offers?',
  'will (put in|make) (an )?offers?', 'expected to (put in|make) (an )?offers?', 'after (it|this|the same|them)', 'asking about (it|this|the)', 'eyeing (it|this|the)', 'chasing (it|this|the)',
  'swoop(s|ing)? in', 'pounc(e|es|ing) on (it|this|the)', 'snap (it|this|them|that) up', 'snatch (it|this|them|that)', 'beat you to (it|this|that)', '(step|jump)(s|ping)? in (first|ahead)',
);

// --- rules ----------------------------------------------------------------------------------------

/** False urgency, scarcity and countdowns. */
export const URGENCY_RULES: ToneRule[] = [
  {
    id: 'pressure.act-now',
    category: 'pressure',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      'act (now|fast|today)',
      '(i would|you would|you should|you will (need|want|have) to|you need to|you have to|you must|you had better|better|you might want to|worth it to|so|i would suggest you|i would advise you to) (move|act|be) (quickly|fast|swiftly|quick|now|promptly)',
      '(move|act) (quickly|fast|swiftly) (if|on|to (secure|lock|grab|claim|get|book|reserve))',
      'you will (need|have|want) to be (quick|fast|speedy)',
      'be quick( about it)?(?=\\s*[!,.:;—–-]|\\s+(if|and|before|though|as|or)\\b)',
      '(?<!in a )hurry( up)?(?! and wait)(?=\\s*([!,:;—–-]|\\.(?!\\.))|\\s+(and|before|while|now|only|to|if|though|as)\\b)',
      'do not (miss out|delay|hesitate too long|sleep on (it|this)|sit on (it|this)|leave it (too long|too late|until it is too late|till it is too late))',
      '(sit|sleep) on (it|this|that)( one)? (too long|for too long|much longer|for long)',
      'do not (wait( (too long|any longer|much longer|around))?(?=\\s*([!.—–-]|$)|,? (and |or |to |just )?(book|buy|order|sign|register|grab|claim|secure|lock|reserve|get|call|enrol|join|act|snap|spots|places|seats|prices?|the (offer|deal|price|discount|spots?|places?))\\b)|miss (out|it|this|your chance|the (chance|opportunity|deadline|offer|deal|boat)|this (offer|deal|chance|opportunity|one)))(?! (for|until|on|to|if|any))',
      'miss the boat',
      'tick ?tock[\\s,!.:;—–-]*(\\d+|only|just|not long|time|the (clock|offer|deal|price|deadline|timer)|doors|offers?|deals?|prices?|this (offer|deal|price))',
      'every (single )?(second|minute|hour|day) (counts|matters|is precious|you (wait|delay|hesitate|hold off|leave it|sit on (it|this)|spend deciding))',
      '(need|have|got) to (act|move|decide|jump) (immediately|right away|straight away|now|at once|today|fast|quickly)',
      '(i would|you should|you will want to|you might want to|you had better|better|i would suggest you|i suggest you|i recommend you|i would recommend you|so) (jump|pounce) on (it|this|that)',
      'things are (really |definitely )?(heating up|hotting up|moving fast|moving quickly|moving quick)',
      '(clock|timer|countdown) (runs out|hits zero|reaches zero|hits 0|reaches 0|expires|is up|ticks down|runs down)',
      'countdown is on',
      '(sign up|book|buy|order|register|enrol(l)?|join|grab|claim|secure|lock in|reserve|get in|snap) (\\p{L}+ ){0,4}before (it is|they are) (too late|gone|all gone|sold out)',
      'before (it is|they are|the \\p{L}+ (is|are)) (all )?(gone|snapped up|sold out|taken)',
      'before (someone|somebody) else (does|grabs|takes|snaps|books|gets)',
      'now or never',
      '(this|it|that) is (really |very |extremely |super |quite |genuinely )?(urgent|time ?sensitive|time critical)(?=\\s*[.!]|\\s*$)',
      '(order|buy|book|sign up|reserve|claim|grab|register|enrol(l)?|lock (it|this) in|secure) (yours |it |your (spot|seat|place|slot) |them |in )?(now|today)(,| and| to)? (to (avoid|secure|lock|guarantee|beat|claim|grab|keep)|before (it|they|the|prices?|rates?|we|someone)|at (this|the (old|current|early|launch|introductory|discounted|reduced)) (price|rate))',
      'to avoid disappointment',
      'time is (running|ticking) (out|away|short|low)',
      'running out of time',
      'the clock is (ticking|running|on)',
      '(a |the )?ticking clock',
      '(there is|there\'s) a (countdown|clock|timer) (on|running)',
      '(a|the) countdown (is on|has started|has begun|until|till|on (the|this|your|our))',
      '(before|until|till) (the )?(clock|timer|countdown|time) (runs out|hits zero|expires|is up|ticks down)',
      'now is (really )?the (time|moment)',
      '(this|today|now) is (really )?the (time|moment|day) to (lock|book|buy|sign|commit|act|grab|secure|jump|move|get in)',
      '(small|narrow|closing|short|limited|tight|brief) window( of (time|opportunity))? (to|before|for you|left|only|here)',
      '(for|within) (a|an) (very |really |extremely )?(short|narrow|small|limited|brief|tight) (window|time|period)( of time)? only',
      '(holding|hold|held|offering|available|valid|running|honou?ring) (\\p{L}+ ){0,3}for (a|an) (very |really |extremely )?(short|limited|brief) (window|time|period|while)',
      '(short|limited) (window|time|period) only',
      'would be a shame (for you )?to (miss|lose|let)',
      'would hate (for you )?to (see you )?(miss|lose)',
      'strike while the iron is hot',
      'if you (wait|delay|hold off|leave it|sit on (it|this)|hesitate|take too long|drag your feet|dither)( (\\p{L}+ ){0,2}\\p{L}+)?,? (you|we) (might|may|could|will|would|risk|are likely to|will probably) (lose|miss|not get|end up without|be too late|have to pay more|pay more)',
      '(let|letting) (it|this|that|the \\p{L}+|this \\p{L}+)( \\p{L}+)? (slip (through your fingers|away|by)|pass you by|get away)',
      '(recommend|suggest|advise|advising|would) (booking|signing up|registering|reserving|ordering|buying|securing|locking in|grabbing|committing|deciding) (\\p{L}+ ){0,3}(soon|quickly|asap|sooner rather than later|promptly|without delay|before (it|they|the price|prices|we|spots|places))',
      '(no (more|further) extensions|will not be extended (again|further|beyond))',
      '(extended|extending)( (\\p{L}+ ){0,3}\\p{L}+)?,? (but )?(only|just) (until|till|through|for)',
      'while (it|they|this|the offer|the deal|stocks?|supplies|availability|spaces|places) (lasts?|still lasts?)',
      'while you (still )?can(?=\\s*[.!,;—–-]|\\s*$)',
      'while (it is|they are|it\'s) still (available|on offer|going|there)',
      '(get|jump) in (quick|quickly|early|fast|now|first|before (the|it|they|prices?|rates?))',
      '(snap|grab) (it|this|them|one|yours) up',
      '(book|sign|decide|commit|lock|grab|secure|move|act|get in|reserve|snap|claim) (\\p{L}+ ){0,4}sooner rather than later',
      'the sooner (you|we) (book|sign|commit|lock|decide|act|grab|secure|move)',
      '(i|we) (can not|could not|will not be able to) (promise|guarantee|say)( that)? (\\p{L}+ ){0,5}(will|would) (still )?(be (available|there|open|free|around|on (offer|the table|the market))|last|stay)',
      `(wait|waiting|leave it|leaving it|hold off|holding off|delay|delaying)( much| any| too| a| a bit| a few)?( longer| more| long| days| weeks| week| day| until \\p{L}+( \\p{L}+)?)?(,| and) (the )?(price|prices|rates?|costs?|fees?|spot|slot|place|seat|it|they|this|that|the \\p{L}+) (\\p{L}+ ){0,3}(will|might|may|could|is likely to|are likely to)`,
    ],
    source: 'darkPatterns',
    salesOnly: true,
  },
  {
    id: 'pressure.deadline',
    category: 'pressure',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      // the offer runs out (then)
      `${DEAL} ${GAP(2)}${ENDS}`,
      `(\\d+ ?% off|2 for 1|two for one) ${GAP(4)}${ENDS_LATER}`,
      `${DEAL} ${GAP(5)}${ENDS_LATER} (${BY_WHEN}|at|on|by|in|for good|forever|permanently|after|before|once|when|come|as of|from|soon|shortly|any (day|time) now)`,
      `${OPENING} ${GAP(4)}${CLOSES} (((at|on|by|in|before|after|from|as of|come|until|till) )?${BY_WHEN}|for good|forever|permanently|soon|shortly|any (day|time|minute) now)`,
      `${OPENING} ${GAP(3)}(is|are) (about|set|going|due) to (close|shut|end|expire|fill)`,
      '(doors|enrol(l)?ment|registration|applications|sign ?ups|waiting list|wait ?list) (close|closes|closing|shut|shuts|shutting|slams? shut)( on (the|this|our|my|\\p{L}+day)|( in)? (less than )?(\\d+|a|an|one|two|three) (hours?|days?)|for good|forever|permanently|this|tomorrow|tonight|today|soon|shortly|at midnight)',
      `(this|it|they|these) (${ENDS_NOW}) (((at|on|by|in|before|after|from|as of|come|until|till) )?${BY_WHEN}|for good|forever|permanently|soon|shortly)`,
      `(it is|it will be|they are|they will be|this is|that is|this will be) (gone|over|off the table|finished|withdrawn|history|no longer available|back to (full|normal|standard|regular) (price|rate|pricing)) (after|by|from|on|at|come|${BY_WHEN})`,
      `(after|by|from|come|as of) ${DAY},? (it is|it will be|it will have been|they are|they will be|this is|this will be|that is|the \\p{L}+ (is|will be|will have been)) (gone|over|off the table|finished|withdrawn|history|no longer available|pulled|back to (full|normal|standard|regular))`,
      `(after|from|come|as of|starting) ${DAY},? (the |our |my |this |that |your )?(price|prices|pricing|rates?|discount|offer|deal|promo|fee|cost)( \\p{L}+)? (${RISES_NOW}|${ENDS_NOW}|returns to|goes back|jumps|is (gone|over|off the table|withdrawn))`,
      '(and|then|after that|after which|at which point),? (then )?(it is|it will be|they are|they will be|that is|the \\p{L}+ (is|will be)) (gone|over|off the table|withdrawn|pulled)(?=\\s*[.!,;:—–)-]|\\s*$|\\s+(for good|forever|then|and|too|as well))',
      `(tomorrow|tonight|after (today|tonight|that|this)),? (it is|it will be|it will have been|they are|this is|that is|the \\p{L}+ (is|will be|will have been)) (gone|over|off the table|finished|withdrawn|history|no longer available|pulled|back to (full|normal|standard|regular))`,
      // valid / held / on the table only until
      `(only|just) (valid|good|guaranteed|honou?red|held|being held|on (the table|offer)|running|live|locked|frozen) (until|till|through|thru|up to|to)`,
      `(only )?(included|available|valid|applies|apply|on offer|guaranteed|honou?red|yours|free|discounted|thrown in) (only )?(if|when|provided|as long as) you (join|sign|book|buy|order|register|enrol(l)?|commit|decide|confirm|pay|act|reply|respond|lock|secure|purchase|subscribe|upgrade) (\\p{L}+ ){0,3}(this (week|month|weekend)|today|tonight|tomorrow|by|before|now|within|in the next)`,
      `(valid|available|good|guaranteed|honou?red|open|held|live|on (the table|offer)|running|locked|frozen) only (until|till|through|thru|up to|for (today|tonight|this|the next|\\d+ hours|(a|one|two|three) days?|24|48|72))`,
      `(only|just) (on offer|hold(ing)? (it|this|the \\p{L}+)) (until|till|through|for) ${BY_WHEN}`,
      '(only|just) (valid|available|good|open|on offer|running|live|bookable|redeemable) (for|within|during) (the next |the coming )?(\\d+|24|48|72|a few|a couple of|one|two|three) (hours|days|hrs)',
      `${DEAL} ${GAP(3)}(is|are|will be|stays?|remains?) (valid|available|good|guaranteed|honou?red|open|live|on (the table|offer)) (until|till|through|thru|up to|for (the next )?(today|tonight|this week|this weekend|\\d+ hours?|(24|48|72) hours|one day))`,
      `(hold|keep|honou?r|freeze|lock) (this|the|your|that|last year's|our|my) (quote|price|rate|offer|room|spot|seat|place|slot|discount|terms|rate card|pricing|deal|unit|car|flat|property)( \\p{L}+)? (only )?(until|till|for|through|past|beyond)`,
      `(will not|would not|can not|could not|does not|is not going to) (hold|stay|last|remain|be around|be available|be honou?red|be valid) (past|beyond|after|through|longer than) ${BY_WHEN}`,
      `(only|valid|available) ${BY_WHEN} only`,
      '(today|tonight|this (week|weekend|month)|one day|two days?|three days?|24 hours?|48 hours?|72 hours?|\\d+ hours?|\\d+ days?|weekend) only',
      '(today\'s|tonight\'s|this week\'s|this weekend\'s) (buyers|customers|orders|bookings|sign ?ups|subscribers|clients|shoppers|purchases)',
      'limited time',
      'short time (only|offer|deal)',
      'time ?limited',
      'time sensitive (offer|deal|discount|price|pricing|rate|opportunity)',
      'last (chance|call|opportunity|orders)(?! for (papers|proposals|submissions|speakers|abstracts|orders at the bar))',
      '(the|this is the|it is the|is the|are the) (last|final) (week|day|days|weekend|hours|hour|night|month) (to|you|for|before|of (the|our|this) (sale|offer|deal|discount|promo|promotion|early ?bird))',
      `(the )?(last|final) (${NUM} )?(hours|days|minutes|hrs) (to|before|left|remaining|of (the|our|this) (sale|offer|deal|discount|promo|promotion|early ?bird))`,
      'final (hours|days|notice|reminder|call|chance|week|opportunity|countdown)',
      '(ends|ending|closing|expiring|going) soon',
      'while (supplies|stocks?) last',
      `(only|just) (a few|a couple of|${NUM}) (hours?|days?|minutes?|hrs) (left|remaining|remain|to go)`,
      `(hours?|days?|minutes?) left (to|before|until|till|on (this|the|your|our|that) (\\p{L}+ )?(${DEAL}|${OPENING}))`,
      `(hours?|days?|minutes?|hrs) (left )?(until|till|before) (the |our |this |your )?(${OPENING}|${DEAL}|doors) ${GAP(1)}(${CLOSES}|${ENDS_NOW}|expire|end|go up|goes up)`,
      '(not|no) (long|much time|much longer|many (hours|days)) (left|to go|remaining) (to|before|until|till|on|for)',
      '(time is|time\'s) (short|tight|limited|almost up|nearly up|running short)(?= (to|on|for|before|if)|\\s*[.!,;:—–-])',
      // the price goes up
      `before (the )?(price|prices|rate|rates|cost|fee|fees|premiums?) ${GAP(1)}(${RISES})`,
      `(price|prices|pricing|rates?|rate cards?|costs?|fees?|premiums?|quotes?) ${GAP(5)}(will |are going to |is going to |are set to |is set to |are about to |is about to |are |is |will (almost |most |very )?(certainly |probably |likely |definitely |surely )?)?(${RISES_NOW}) (${RISE_WHEN})`,
      `(price|prices|pricing|rates?|costs?|fees?|premiums?) ${GAP(3)}(will|is going to|are going to|is set to|are set to|is about to|are about to|is due to|are due to) (almost certainly |most likely |probably |likely |definitely |surely )?(have )?((go|gone) up|rise|risen|increase|increased|jump|jumped|double|doubled|climb|climbed|be (raised|increased|hiked))(?! (if|when|once|as|for|with|per|by) (we|i|they|the|more|extra|additional|each|every|an?|you (add|need|upgrade|choose|grow|expand)))`,
      `(hiking|raising|increasing|putting up|bumping up|upping|doubling|tripling|hike|raise|increase|put up)( (the|their|our|its|his|her|my))? (\\p{L}+ ){0,2}(prices|rates|fees|pricing|price|rate|premiums?)( \\p{L}+)? (on|from|in|next|this|after|at|soon|tomorrow|come|by|again)`,
      '(putting|put|puts|bumping|bump|pushing|push) (our |the |my |their |its |his |her )?(prices|rates|fees|pricing|price|rate|premiums?) up (on|from|in|next|this|after|at|soon|tomorrow|come|by|again|as of|starting)',
      `(new|higher) (rates|prices|pricing|fees) (kick in|apply|start|come in|take effect)`,
      `(price|rate|fee) (rise|increase|hike|change|jump)s? (on|from|in|next|this|after|at|soon|kicks in|is coming|coming)`,
      // countdowns
      '(?<!(\\d{4}|mon|tue|wed|thu|fri|sat|sun|\\d|,) )\\d{1,2}\\s?:\\s?\\d{2}\\s?:\\s?\\d{2}(?![\\s:]*\\d)(?! ?([+-]\\d{4}|am\\b|pm\\b|a\\.m|p\\.m|\\(?(gmt|utc|est|edt|pst|pdt|cst|cdt|cet|cest|bst|ict|ist|jst|mst|mdt)\\b))',
      '\\d+ ?(hours?|hrs?|h) ?:? ?\\d+ ?(minutes?|mins?|m)( ?:? ?\\d+ ?(seconds?|secs?|s))?',
      '\\d+ ?days? ?:? ?\\d{1,2} ?(:|hours?|hrs?|h)',
      '(reserved|held) for (\\d+|\\d+:\\d+) (minutes?|mins?|hours?)',
      'cart (will )?expires?',
      '(flash|one day|24 hour|48 hour|weekend) sale',
      `(for good|forever|permanently) (at|on|after|${WHEN})`,
      `${DAY} (is|will be) (really )?the (last|final) (day|chance|opportunity)`,
      `(last|final) (day|days|chance|opportunity) (to|for) (book|buy|order|sign|register|enrol(l)?|grab|claim|lock|secure|get|save|join|use|redeem|take advantage)`,
      '(one time|one off|once in a lifetime|never to be repeated|not to be repeated) (only |special )?(offer|deal|opportunity|price|discount|chance|sale)',
      '(pulling|withdrawing|scrapping|retiring|discontinuing|axing|yanking|killing|ending) (it|this|that|them|the (offer|deal|discount|promo|rate|price|pricing|bundle|bonus|promotion)|this (offer|deal|rate|price|discount|promotion)) (on|at|by|after|from|in|for good|tomorrow|tonight|today|this|next|soon|end of)',
      `(closing|shutting|ending|wrapping up|closing off|shutting down) (the |our |this |my )?(enrol(l)?ment|registration|applications|sign ?ups|bookings|doors|wait(ing)? ?list|offer|promotion|discount|early ?bird|pre ?orders|intake|cohort) (\\p{L}+ ){0,3}(((at|on|by|in|before|after|from|as of|come|until|till) )?${BY_WHEN}|for good|soon|shortly|tomorrow|tonight|today)`,
      `(ending|pulling|withdrawing|scrapping|retiring|discontinuing|dropping|axing) (the |our |this |my )?${DEAL}( \\p{L}+)? (((at|on|by|in|before|after|from|as of|come|until|till) )?${BY_WHEN}|for good|soon|shortly)`,
      '(releases?|releasing|give away|giving away|gives away) (its|the|your|our|my) (held|reserved|provisional)( \\p{L}+)? (dates?|spots?|seats?|slots?|places?|rooms?|tables?|bookings?|units?)',
    ],
    source: 'darkPatterns',
    salesOnly: true,
  },
  {
    id: 'pressure.scarcity',
    category: 'pressure',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      `(only|just|i have (got )?(only|just)?|we have (got )?(only|just)?|i('ve| have) got (only|just)?|there (is|are) (only|just)) ${NUM} ${SELLABLE} ((are |is )?(still )?(left|available|open|free|up for grabs|unclaimed|unsold)|remain|remaining|to go|(in|at|for|on) (the|this|our|my|each|that|these|those) (\\p{L}+ ){0,2}${PRODUCT})`,
      `(only|just|i have (got )?(only|just)?|we have (got )?(only|just)?|i('ve| have) got (only|just)?|there (is|are) (only|just)) ${NUM} ${UNIT} (left|remain|remaining|available|still open)(?! (on|in) (the|my|our|your|this) (agenda|list|backlog|sprint|queue|to ?do|plan|review|doc))`,
      `${COUNT} (\\p{L}+ )?${SPOTS} (left|remain|remaining|to go)\\b(?! (over|behind|unpaid|untouched|unanswered|unresolved|open|in the (sprint|backlog|queue)))${NOT_HOUSEHOLD}`,
      `${FEW} (\\p{L}+ )?${SPOTS} (left|remain|remaining|to go)\\b(?! (over|behind|unpaid|untouched|unanswered|unresolved|open|in the (sprint|backlog|queue)))${NOT_HOUSEHOLD}`,
      `(only|just|fewer than|less than|under) ${NUM} (\\p{L}+ )?${SPOTS} ((are |is )?(still )?(left|available|open|free|up for grabs|unclaimed|unsold)|remain|remaining|to go|still (open|available|free)|up for grabs|unclaimed|unsold|to go)`,
      `(only|just) ${NUM} (left|remain|remaining)${NOT_HOUSEHOLD}`,
      `\\d+ left( in stock| in this size| at this price)?(?! (to (do|review|go through|fix|check|write|read|answer|process|sign|mark|grade|pack|clear|test)|over|in the (sprint|backlog|queue|list|pile)|on the (list|agenda|board)))${NOT_HOUSEHOLD}`,
      `(only |just |last |the last |final )?(${NUM}|\\d+) (items?|pieces?|products?|units?|pairs?|bottles|boxes|kits|copies|watch(es)?) (left|remaining|in stock|available)`,
      `(only|just|last|the last|currently|only have|just have|only got) (${NUM}|\\d+) (left )?in stock`,
      `(fewer|less) than ${NUM} (left|remaining|remain|available|in stock)`,
      `(only|just) (a few|${NUM}) more (left|remaining|available|in stock)`,
      `(only|just) (have|got|have got) ${NUM} (left|remaining)${NOT_HOUSEHOLD}`,
      '(the )?last (one|1) (left|available|in stock|remaining)',
      'only \\d+ (left|available|in stock)',
      `(only|just) one (left|remaining)${NOT_HOUSEHOLD}`,
      `(only|just) ${NUM} of (the|our|my|these|those) (\\p{L}+ ){0,4}(is|are) (still )?(left|available|up for grabs|open|remaining|unclaimed|unsold|free)`,
      `(still|only|just) up for grabs`,
      `now (there is|there are|i have|we have|i have got|we are down to) (only |just )?(one|${NUM})( left)?(?=\\s*[.!]|\\s*$)`,
      '(low|limited) (in )?(stock|quantit(y|ies)|availability|supply|places|seats|spots|spaces|slots|openings|tickets)',
      'limited number of (places|seats|spots|spaces|slots|tickets|openings|units|rooms|dates|items|copies)',
      `${SUPPLY}(?! (on|in|at) (the|a|our|my) (bus|coach|car|van|train|minibus|boat|plane|sofa|table|shuttle)) (\\p{L}+ ){0,3}(is|are|has been|have been) (extremely |very |really |severely |super |incredibly |quite |now |already |getting |rather )?(limited|scarce|low|very low|really low|running (low|out|short|thin|dry)|dwindling|shrinking|drying up|disappearing|vanishing|going fast|almost gone|nearly gone|thin on the ground|hard to come by|at a premium)`,
      `${SUPPLY} (dwindl(e|es|ing)|(is|are) (dwindling|shrinking))`,
      '(is|are|getting|becoming|now|currently) (very |extremely |really )?in short supply',
      '(wait(ing)? ?list|queue) (is|keeps) (growing|getting longer)',
      '(are|is|they are|it is) (literally )?flying off the (shelves|shelf)',
      '(almost|nearly|practically|virtually|close to|all but|pretty much|largely) (sold out|gone|all gone|fully booked|booked up|booked solid|booked out|full up|spoken for|all spoken for|all taken|taken|allocated|claimed|snapped up|sold|subscribed|fully subscribed)',
      '(will|about to|going to|likely to|expected to|set to|expect to|expecting to|bound to|sure to|could|may|might|tend to|always|usually) (sell|book) out',
      '(it|they|we|this|these|that|which) (will|is going to|are going to|could|might|may|would|will probably|will likely|will almost certainly|usually|always|normally|tend to|tends to) (sell|book) out',
      `(expect|expecting|expected|likely|set|going|about|bound|sure|will|could|should|might|may) (to )?be (fully |completely |totally )?(booked|sold out|booked up|booked solid|booked out|oversubscribed|snapped up)( up)? (by|before|within|soon|this|next|in|shortly|any|${BY_WHEN})`,
      '(selling|sells|booking|books) out (fast|quickly|soon|every|each|within|in|early)',
      'before (it|they|we|the \\p{L}+) (sell|sells|book|books) out',
      `once (it|they|the \\p{L}+) (sells?|books?) out`,
      '(selling|booking|filling|snapped|being snapped|getting snapped|disappearing|vanishing) (up )?(fast|quickly|rapidly|like hot ?cakes|at (a|an) (\\p{L}+ ){0,2}(pace|rate|speed|clip)|faster than)',
      'will not (last|survive|make it (through|to|past)) (the|this|another|past|beyond|until|till|through|the rest of the) (weekend|week|day|night|month|hour|morning|afternoon)',
      `(already|have|has|had|got) (got |had |seen )?(${NUM}|several|multiple|a few|a couple of|a dozen) (more )?(showings|viewings|offers|bids|second viewings) (booked|lined up|scheduled|in|on (it|this|the \\p{L}+)|already|since|today|this (morning|week))`,
      `(enquiries|inquiries|viewings|showings|calls|offers|bids) (on|about|for) (this|the|that) (flat|house|property|listing|home|unit|car|place|room|apartment|plot) (since|already|today|this (morning|week)|in (the last|just))`,
      `(slot|spot|place|seat|opening|unit|room|table|date|appointment|property|flat|house|listing|apartment|role|position|vacancy) (\\p{L}+ ){0,6}(and|but|so|which|that) (will|is going to|is likely to|is sure to|could|might|may) (probably |likely |almost certainly )?be (gone|taken|snapped up|filled|booked|let|sold) (within|in|by|before|soon|quickly|fast|tomorrow|tonight|today|this|any)`,
      '(going|booked|fill|fills|books) (up )?(fast|quickly)',
      '(my|our) (diary|calendar|schedule|books|availability|dance card) (is|are) (\\p{L}+ ){0,2}(filling|booking) up (fast|quickly|rapidly)',
      `(being|getting|get|are|were|have been|has been) (taken|claimed|booked|snapped|grabbed|reserved|bought|sold|picked|allocated|scooped|gobbled)( up)? ${FAST}`,
      '(being|getting|get) snapped up',
      '(going|gone|go|goes|went) (so )?quickly',
      '(tend|tends) to go (within|in|fast|quickly)',
      `down to (our |the |my )?(last|final) (few|${NUM}|handful)`,
      `(last|final) (few |remaining )?(items?|${UNIT})( (in stock|left|available|open|remaining))`,
      `(our|the|my) (last|final) (few |remaining |handful of )?${SEATS}`,
      `(a|the last|the final) handful of ${SPOTS} (\\p{L}+ ){0,2}(are |is )?(left|remain|remaining|available|to go)`,
      '\\d+ ?% (claimed|sold|booked|gone|full|taken|subscribed|allocated|reserved)',
      '(high|huge|heavy|strong|massive|enormous|unprecedented|record|overwhelming|crazy|insane) demand',
      '((we|i) (have had|are having|am having|are seeing|am seeing|have seen|have been seeing|have got|got|had|have)|there (has been|is|was)) (a|an|such a|quite a|real|huge|big|massive|another) (\\p{L}+ )?(rush|surge|flood|wave|spike|influx|stampede|frenzy|run) (of|in|on) (demand|interest|bookings|enquiries|inquiries|orders|sign ?ups|applications|buyers|offers|requests)',
      'demand (has been|is|is being|has gone) (really |absolutely |just |pretty |so |very )?(crazy|huge|insane|through the roof|off the (charts|scale)|unprecedented|very high|sky high|enormous|massive|incredible|wild|intense|overwhelming|high)',
      'in (high|huge|great) demand',
      'exclusive (offer|deal)',
      'exclusive to (you|this (month|week)|our (clients|customers|subscribers|members))',
      'will not be (offered|available|repeated|around|running|back) (again|for long|much longer|after|this year)',
      '(will not|do not|may not|might not|is not going to|are not going to|unlikely to) (be )?(repeat|repeating|run|running|offer|offering|reopen|reopening|open again|come back|return)( (it|them|(this|that|the|these|our)( \\p{L}+)?))? (again|until next|this year|any time soon|for (another|a) (year|while))',
      'never be (offered|available|repeated) again',
      '(there will not be|there is not going to be|there will never be|you will not (get|see|have)|you are not going to (get|see|have)|you will never (get|see|have)|you may not (get|see|have)|you might not (get|see|have)) (another|a second|one more|a similar) (chance|opportunity|round|intake|cohort|sale|offer|deal|window|shot)',
      '(rarely|never|seldom) last (long|more than|beyond|past)',
      '(first come|first-come),? first (served|serve)',
      `(\\d+|one|two|three|four|five|six|seven|a few|a couple of) (hours?|days?|minutes?|hrs) (and|then|until|till|before|after which) (it is|it will be|they are|they will be|this is|that is|the \\p{L}+ (is|are)) (gone|over|off the table|finished|withdrawn|history)`,
      'once (it is|they are|this is|these are) gone,? (it is|they are|that is|they are) (gone|it)',
      `(to|for) (only |just )?the (first|next) ${NUM} (sign ?ups|customers|buyers|people|clients|subscribers|registrants|bookings|orders|applicants|callers|responders|families|couples|businesses|companies)(?! (who|that) (enter|entered|attend|attended|come|came|arrive|arrived|walk|walked|show up|showed up|visit|visited|stop by|drop by))`,
      `(deals?|offers?|rates?|prices?|pricing|discounts?|spots?|slots?|places?|properties|homes?|houses?|flats?|units?|listings?|openings?|opportunit(y|ies)|bargains?|roles?|positions?) (\\p{L}+ ){0,4}(will not|would not|may not|might not|does not|do not|is not going to|are not going to|never|rarely|seldom|unlikely to|probably will not) (last|stay|hang around|be around|stick around|be (available|here|open|around|on (the )?(market|table|offer)) (long|much longer|for long|forever)|stay (available|open|on the market)|remain (available|open|on the market))`,
      '(these|they|ones like (this|these|that)|homes like (this|these)) (will not|would not|do not|never|rarely|seldom|are not going to|tend not to) (last|hang around|stick around|stay (available|around|open)) (long|for long|much longer|for much longer|forever|more than|beyond|past)',
      '(will not|would not|may not|might not|is not going to|never|rarely|does not|do not) (stay|be|remain|last|sit) on the market (long|for long|much longer|past|beyond|more than|for more than)',
      '(capped|limited) (at|to) (only |just )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|a few|a handful of)( \\p{L}+)? (homes|clients|customers|people|places|seats|spots|participants|attendees|students|businesses|companies|families|couples|members|units|orders|bookings|places|installs|installations)',
      `(most|half|the majority|nearly all|almost all|all but (one|two|three|a few|a handful))( of (them|the \\p{L}+|those|these))? (are|have|were|has) (already |now )?(gone|been (snapped up|claimed|booked|reserved|allocated|spoken for)|claimed|booked|spoken for|snapped up)`,
      `(it|they|this|these|those|this one|all of them|the rest|the (remaining|last|final|other) \\p{L}+)( will| would| could| might| may| is going to| are going to| to| will probably| will likely| will almost certainly)? be (all )?(gone|snapped up|spoken for|sold out|booked up)( by| before| within| in| soon| quickly| fast| on| come| tomorrow| tonight| today| this)`,
      `(expect|expecting|expected|imagine|bet|guess|anticipate|anticipating) (it|them|this|that|they|these|those|the rest|the (remaining|last|final|other|rest of the)( \\p{L}+){0,2})( all)? to (be gone|go|sell|be snapped up|be taken|sell out|book up|be booked|fly|disappear)( (by|before|within|in|quickly|fast|soon|this|today|tomorrow|tonight))`,
      `(someone else|somebody else|other people|(another|one other|a second) ${RIVAL_ONE}) ${GAP(2)}(is |are |has been |have been )?(also |already |currently |now |actively |seriously )?${CIRCLING}`,
      `(${COUNT}|several|many|multiple|some) (other )?${RIVAL_ADJ}?${RIVAL_WHO} ${GAP(2)}(is |are |has been |have been )?(also |already |currently |now |actively |seriously )?${CIRCLING}`,
      `(a few|a couple of|a number of|a lot of|lots of|plenty of) (other )?${RIVAL_ADJ}?${RIVAL_WHO} ${GAP(2)}(is |are |has been |have been )?(also |already |currently |now |actively |seriously )?${CIRCLING}`,
      `other ${RIVAL_ADJ}?${RIVAL_WHO} ${GAP(2)}(is |are |has been |have been )?(also |already |currently |now |actively |seriously )?${CIRCLING}`,
      `(role|position|job|vacancy|opening|post|spot|place|slot|unit|property|flat|house|home|apartment|listing|plot|date|room) (\\p{L}+ ){0,2}(is|are|will be|could be|may be|might be|is likely to be|is expected to be|is going to be|will probably be|will likely be|should be|will almost certainly be) (filled|taken|gone|snapped up|let|sold|under offer|off the market|spoken for)( quickly| soon| fast| before| within| this| next| any (day|time) now| shortly| by (${BY_WHEN}|the end))`,
      `(property|house|flat|home|unit|role|position|car|listing|apartment|vacancy|plot|site|venue|date|slot|spot|offer|course|programme|program|cohort|retreat|place|opportunity) (\\p{L}+ ){0,3}(has had|has been getting|is getting|is attracting|has attracted|has drawn|is drawing|is generating|has generated|has got|has been attracting) (a lot of|lots of|plenty of|so much|huge|strong|heavy|considerable|a great deal of|a ton of|tons of|loads of|significant|massive|serious|real|enormous|incredible|unprecedented|a flood of|a rush of|a wave of) (interest|enquiries|inquiries|viewings|offers|bids|demand|attention)`,
      `(expecting|accepting|taking|wants|want|expects|inviting|asking for|calling for) (best and final |sealed |final |all )?(offers|bids) (by|before|until|on|at|no later than) (${BY_WHEN}|noon|midday)`,
      `(has|have|has got|have got|there are|we have|i have|they have|they are (also )?(seeing|talking to|interviewing|considering)|(also |currently |already )(seeing|talking to|interviewing|considering|speaking (to|with))) (${NUM}|several|a few|multiple|other)( other)? (strong |serious |qualified |interested |great |keen |good )?(finalists|candidates|buyers|bidders|offers|applicants|contenders|people interested)(?! (for you|to (interview|meet|review|consider|assess)|lined up for you|on (your|the) (shortlist|list)|in (your|the) (pipeline|pool)))`,
      `(an? |one |another )?(enquiry|enquiries|inquiry|inquiries|offers?|bids?|viewings|calls|requests|interest)( (about|on|for) (it|this|them|the \\p{L}+))?( (already|on the table|in hand|in))? from ${RIVALS}`,
      '(already|just) (have|has|got|received|had) (an|another|a second|one|two|a couple of|several|multiple) (offers?|bids?)( on (it|this|the \\p{L}+))?',
      `(${NUM}|most|half|all but (one|two|a few)) (of (them|those|these|the \\p{L}+) )?(are|have been|were|is|has been) already (gone|taken|booked|claimed|spoken for|snapped up|sold|reserved|allocated|filled)`,
      `${NUM} (of (them|those|these|the \\p{L}+) )?(are|have been|were) (spoken for|snapped up)`,
      `(only|just) (take|taking|work with|working with|accept|accepting|book|booking|have room for|open) (on )?(${NUM}|a (small )?handful of) (new )?(clients|projects|students|couples|weddings|people|customers|bookings|spots|places) (a|per|each|every) (quarter|month|year|season|week|term|intake|cohort)`,
      '(people|buyers|clients|families|others|folks|customers) (are )?(queu(e|ing)|lining up|waiting in line|clamou?ring)( up)? (for|to)',
    ],
    source: 'darkPatterns',
  },
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const URGENCY_NEGATIONS: string[] = [
  '(not|never|nobody is|no one is|i am not|we are not) in (any|much of a|the slightest|a great|a big|too much of a|any great|any particular|a particular) (hurry|rush)',
  'in no (hurry|rush)',
  'no (great |big |real |particular |huge )?(rush|hurry)',
  'no (limited time|time limit|countdown|expiry date|expiration date|cut ?off|catch)( offer| deal| here| on)?',
  'there is no (countdown|catch|cut ?off|time limit|expiry)',
  '(do not|no need to) (feel|be) (rushed|hurried|pressured|pressed)',
  'no need to (act|move|decide) (fast|now|quickly|today)',
  '(the|our|your|a) (maintenance|service|delivery|support|submission|change|review|freeze|outage|comment|comments|feedback|consultation|transfer|trading|booking|launch|release|deployment) window',
  'window (for|to (submit|send|give|make|provide|raise)) (comments|feedback|submissions|nominations|proposals|changes|input|review|objections|questions|corrections|edits|appeals)',
  '(the |this |that )?deal (is |was )?(expected|set|due|scheduled|likely|slated|anticipated|poised) to close',
  'if you (want|need|would like) (an |a |more |the )?(extension|longer|more time)',
  'set (the )?(registration|registrations|enrol(l)?ment|applications|sign ?ups|bookings|entries|submissions|nominations|deadline)( \\p{L}+)? to (close|end|shut)',
];
