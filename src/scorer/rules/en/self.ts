import type { ToneRule } from '../types.ts';
import { alt, clause, NUM } from '../lexicon.ts';

const lang = 'en';

/*
 * The sender's own pocket as the reason, composed as "whose × what they are measured on × how it
 * stands" rather than as sentences:
 *   - a seller's own scorecard (quota, commission, bonus, targets, numbers) and what happens to it
 *     (hit, short of, riding on, counts towards, pushes me over);
 *   - someone above the sender (boss, director, broker, leadership) pressing for this deal;
 *   - the sender's own money or standing (paid only when, rent, a lean month, promotion, contests).
 */

/** What a seller is measured on, said only of one's own work. */
const METRIC = alt(
  'quotas?', 'targets?(?! (audience|market|group|date|price|customers?|demographic|list|host|file|directory|machine|system|platform|version|language|url|os))',
  'numbers', 'number(?=\\s*[.!,;?]| (this|for|by|before|and|so|if|in|yet|again))', 'figures', 'commission', 'bonus', 'spiff', 'goals?(?! (of|is to|was to|here))',
  'objectives', 'kpis?', 'stats', 'quota attainment', 'attainment', 'pipeline', 'forecast', 'ote', 'tally', 'totals?(?! (of|cost|price))', 'accelerators?',
);
/** Modifiers in front of a scorecard word. */
const MOD = `(${alt(
  'sales', 'quarterly', 'monthly', 'weekly', 'annual', 'yearly', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year ?end', 'end of (the )?(year|quarter|month)', 'quarter ?end',
  'month ?end', 'placement', 'booking', 'bookings', 'personal', 'individual', 'team', 'fundraising', 'revenue', 'new business', 'sign ?up', 'signups',
  'renewal', 'referral', 'recruitment', 'recruiting', 'hiring', 'stretch', 'ambitious', 'big', 'own', 'commission', 'bonus',
  '(this|next|the) (month|quarter|year|week|half)\'s', 'this (month|quarter|year)', 'conversion', 'probation', 'incentive',
)} ){0,2}`;
/** Scoring words that mean a seller's scorecard even without "my". */
const STRONG = alt('quotas?', 'commission', 'spiff', 'ote', 'sales (targets?|numbers|figures|goals?)', 'bonus');
/** Reaching a number. */
const HIT = alt('hit', 'hits', 'hitting', 'make', 'makes', 'making', 'reach', 'reaches', 'reaching', 'meet', 'meets', 'meeting', 'beat', 'beats', 'beating',
  'smash', 'smashing', 'chase', 'chasing', 'achieve', 'achieving', 'get to', 'getting to', 'exceed', 'exceeding', 'close out', 'fill', 'filling', 'nail', 'nailing', 'miss', 'missing', 'top', 'clear', 'clearing');
/** Reaching a number, in its base form (after "to", "will", "help us"). */
const HIT_BASE = alt('hit', 'make', 'reach', 'meet', 'beat', 'smash', 'achieve', 'exceed', 'miss', 'top', 'clear', 'nail', 'fill', 'get to', 'close out');
/** Getting to a count of deals. */
const HIT_NUM = alt('hit', 'hitting', 'make', 'making', 'reach', 'reaching', 'get to', 'getting to', 'close', 'closing', 'sign', 'signing', 'land', 'landing', 'book', 'booking', 'need', 'needs', 'bring in', 'bringing in', 'sell', 'selling', 'win', 'winning', 'get', 'getting');
/** Someone above the sender. */
const BOSS = alt(
  '(sales |regional |area |branch |district |line |general |office |studio |team |agency |new |senior |store |shop |practice |managing )?(manager|director|vp)s?', '(franchise|store|studio|gym|agency|shop|club|salon|business|company) (owner|boss|head)',
  'boss(es)?', 'vp( of sales)?', 'svp', 'evp', 'cro', 'ceo', 'coo', 'md', 'gm', 'team (lead|leader)', 'supervisor', 'head of (sales|growth|revenue|department)',
  'sales (lead|leader|head)', 'broker', 'principal', 'managing partner', 'founder', 'owner', 'promoter', 'leadership', 'management', 'higher ?ups', 'superiors?',
  'powers that be', 'bosses', 'agency', 'manager', 'regional', 'sales director', 'head office', 'hq', 'big boss', 'boss lady', 'board',
);
/** Up to `n` words, after a literal space (so the first word of a pattern stays enumerable). */
const GAP = (n: number): string => `([\\p{L}\\p{N}\\u2019\\x27$%]+ ){0,${n}}`;
const BOSS_NP = `(my|our|the) ${BOSS}`;
/** A pattern about someone above the sender, once per way of naming them (keeps first words enumerable). */
const bossSays = (tail: string): string[] => [`(my|our) ${BOSS}${tail}`, `the ${BOSS}${tail}`, `(management|leadership|upstairs|upper management|senior management|the higher ?ups|higher ?ups|head office)${tail}`];
/** "the studio owner's on my back", "my manager has been asking": the auxiliaries after a boss. */
const AUX = "('s|s'| is| has| has been|'s been| was| keeps| kept| will| would| will be| is being| are| have been| have| had| had been| keep)? ";
/** Units a seller counts towards a target. */
const UNITS = alt(
  'deals?', 'contracts?', 'sales?', 'sign ?ups?', 'signings?', 'placements?', 'accounts?', 'bookings?', 'orders?', 'clients?', 'customers?', 'logos?',
  'installs?', 'policies', 'policy', 'listings?', 'members?', 'memberships?', 'referrals?', 'renewals?', 'meetings?', 'demos?', 'units?', 'hires?', 'closes',
  'subscribers?', 'sponsors?', 'donors?', 'seats?', 'sessions?', 'classes', 'students?', 'lessons?', 'appointments?', 'tickets?', 'new (clients?|accounts?|customers?|logos?|members?)',
);
/** My money, job or standing. */
const STAKE = alt('commission', 'bonus', 'spiff', 'paycheck', 'paycheque', 'pay ?cheque', 'commission (cheque|check|payment|payout)', 'quota', 'job', 'jobs', 'livelihood',
  'promotion', 'raise', 'pay rise', 'income', 'rent', 'mortgage', 'salary', 'wages', 'fee', 'pay', 'review', 'appraisal', 'target', 'targets', 'numbers', 'figures',
  'spot', 'place', 'position', 'ranking', 'standing', 'neck', 'head', 'career', 'reputation', 'month', 'quarter', 'year');
/** How something hangs on this deal. */
const RIDES = alt('rides', 'riding', 'ride', 'hinges', 'hinging', 'hinge', 'depends', 'depending', 'depend', 'relies', 'relying', 'rests', 'resting',
  'hangs', 'hanging', 'is (all )?(tied|linked|pegged|riding|resting|hanging)', 'was (tied|linked|pegged)', 'are (tied|linked|riding)', 'tied', 'linked', 'pegged');

/** The sender's own pocket as the reason. */
export const SELF_RULES: ToneRule[] = [
  {
    id: 'self.quota',
    category: 'self-serving',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      // --- my scorecard --------------------------------------------------------------------------
      `my ${MOD}(quotas?|targets?|numbers|commission(?! (for|of) (a|an|the|your))|bonus|figures|spiff|kpis|quota attainment|attainment|ote|accelerators?|leaderboard|sales (goals?|results))(?! (limit|of disk|exceeded|on the server|audience|market|group|date|show that|suggest|indicate|from the (log|test|benchmark)))`,
      `(my|our) (sales |weekly |monthly |quarterly |pipeline |forecast |deal |year ?end |annual |performance )?(pipeline|forecast|deal) (review|call|meeting)`,
      `(our|the team's|my team's|our team's|the office's|the branch's) (sales |quarterly |quarter ?end |month ?end |year ?end |monthly )?(quota|targets?) (this|before|by|for the (month|quarter|year)|are (looking|down|behind|thin|short|low|light|tight)|is (looking|down|behind|short|due|tight))`,
      `(our|the team's|my team's|our team's|the office's|the branch's) (sales |quarterly |quarter ?end |month ?end |year ?end |monthly )?(numbers|figures) (this (month|quarter|year|week)|for the (month|quarter|year)|are (looking|down|behind|thin|short|low|light|tight|not where))`,
      `(our|the team's|my team's|our team's|the office's|the branch's) (sales |quarterly |quarter ?end |month ?end |year ?end |monthly )(numbers|figures) (before|by)`,
      `(our|my|the) (office|branch|team|agency|store|shop|department|region|territory|studio|desk|practice|franchise)('s|s') (sales |monthly |quarterly |annual )?(figures|numbers|quota|targets?|totals|results)`,
      `${HIT} my ${MOD}${METRIC}`,
      `(to|will|would|could|can|might|must|gonna|gotta|not|finally|still) ${HIT_BASE} (our|its|the team's|this (month|quarter|year|week)'s|the|their) (sales |quarterly |monthly |annual |team |year ?end |quarter ?end |month ?end |fundraising )?(quotas?|numbers|figures|targets?(?! (date|audience|market|price|of))|goal(?! (of|date)))(?! of)`,
      `(help|helps|helping) (us|me) (to )?${HIT_BASE} (our|its|the team's|this (month|quarter|year|week)'s|the|their) (sales |quarterly |monthly |annual |team |year ?end |quarter ?end |month ?end |fundraising )?(quotas?|numbers|figures|targets?(?! (date|audience|market|price|of))|goal(?! (of|date)))(?! of)`,
      `(hitting|making|reaching|meeting|smashing|beating) (our|its|the team's|this (month|quarter|year|week)'s) (sales |quarterly |monthly |annual |team |year ?end |quarter ?end |month ?end )?(quotas?|numbers|figures|targets?|goals?)(?! of)`,
      `(hit|hits|hitting|make|making|makes|reach|reaching|meet|meeting|beat|beating|smash|smashing|miss|missing|exceed|exceeding|over|above|below|under|at|towards?|off|shy of|short of|behind) quota`,
      `(hit|hitting|reach|reaching|meet|meeting|smash|smashing|beat|beating|miss|missing) (sales )?target(?=\\s*[.!,;?]| (this|for|by|before|and|so|if|again|early|yet|in time|on time|with))`,
      `${HIT_NUM} ${NUM} (more |new |paying )?${UNITS} (this|by|before|or|to|for|in|next) (week|month|quarter|year|friday|monday|the|my|get|keep|qualify)`,
      `(a|my|our|the|an) (${alt('sales', 'quarterly', 'monthly', 'annual', 'fundraising', 'booking', 'placement', 'ambitious', 'stretch', 'big', 'tough', 'personal', 'new business', 'revenue', 'sign ?up')} )?(quota|target|number|numbers) to (meet|hit|make|reach|beat|fill)`,
      `(an? |my |our )(${alt('sales', 'quarterly', 'monthly', 'annual', 'fundraising', 'booking', 'placement', 'ambitious', 'stretch', 'personal', 'new business', 'revenue', 'sign ?up')}) goal to (meet|hit|make|reach|beat)`,
      `(i|we) (have |have got |have been |got |am |are |was |were )?(targets|quotas|numbers) to (hit|meet|make|reach|beat)`,
      // how I stand against it
      `(i am|i'm|we are|we're|i have been|we have been|i've been|i was|i feel) (still |currently |now |just |only |so |a (bit|little|touch|fair way|long way|few (deals?|sales?)) |slightly |way |well |badly |really |seriously |quite |agonisingly |agonizingly |tantali[sz]ingly |painfully |frustratingly )?(close to|short of|shy of|behind|behind on|away from|below|under|off|adrift of|short on|lagging|trailing|at) (hitting |making |reaching |my |our |the |this (month|quarter|year)'s )?${MOD}(quota|target|targets|number|numbers|bonus|goal|commission|figures|plan)(?! (date|audience|market|price|of (the|this) (project|release)))`,
      `\\d+ ?(%|percent|per cent) (of|to) (my |our |the )?${MOD}(quota|target|goal|number|plan)`,
      `(get|gets|getting|take|takes|taking|push|pushes|pushing|bring|brings|bringing|put|puts|putting|move|moves|edge|edges) (me|us) (to|towards?|closer to|nearer to|within reach of|within touching distance of) (my|our) ${MOD}${METRIC}`,
      `(chasing|going for|gunning for|in line for|up for|qualify for|qualifying for|earn|earning|unlock|unlocking|secure|securing|lose|losing|miss out on|missing out on|forfeit|forfeiting) (a|my|the|this (month|quarter|year)'s|our) ${MOD}(bonus|commission|spiff|accelerator|president's club|incentive trip|sales (award|prize))`,
      `(end|close|last (week|day|days|few days)|final (week|day|days|stretch)) of my (sales |fiscal |financial )?(quarter|month|year|period|cycle)`,
      `my (quarterly|monthly|year ?end|month ?end|quarter ?end|sales|quota) (deadline|cut ?off|push)`,
      `(short|shy|behind|away|adrift|off) (of|on|from) (my|our|hitting|making|reaching) ${MOD}(${METRIC}|${UNITS}|president's club)`,
      `(i am|i'm|we are|i have been|we have been|i was) (still |currently |now |just |only |so |a (bit|little|touch|fair way|long way|few (deals?|sales?)) |slightly |way |well |badly |really |seriously |quite |agonisingly |agonizingly )?(close|short|shy|behind|away|below|under|off) (to|of|from|on) (hitting |making |reaching )?(my|our|the) ${MOD}(quota|targets?|numbers?|bonus|goal|commission|figures|${UNITS})`,
      `(a|one|two|three|a couple of|a few|just|only|\\d+) (more )?${UNITS} (short|away|shy|off)(?! (of (the|a) (full|complete)))`,
      `(grand|thousand|quid|bucks|dollars|pounds|euros|percent|points|deals|sales|bookings|signups|placements) (short|shy|off|away|behind) (of|from) (my |our |hitting |the )?(${MOD})?(quota|target|goal|number|bonus)`,
      `\\d+k? (short|shy|off|away|behind) (of|from) (my |our |hitting |the )?(${MOD})?(quota|target|goal|number|bonus)`,
      `between me and (my|our|the) ${MOD}${METRIC}`,
      `(trailing|lagging (behind )?|falling behind|fallen behind|fell behind) (the others|the rest of (the|my) team|my (colleagues|peers|team ?mates)|everyone else on (the|my) team)`,
      `(i am|i have been|i was) (still |now |currently |a bit |a little |way |well |so )?(behind|last|bottom) (the others|the rest of (the|my) team|my (colleagues|peers|team ?mates)|on the (leaderboard|board|league table))`,
      // what this deal does to it
      `(make|makes|would make|it would make|made) my (month|quarter|year|numbers)`,
      `(count|counts|counted|counting|go|goes|going|contribute|contributes|add|adds) (straight |directly |right )?(towards?|to) (my|our team's|the team's|our team) ${MOD}(${METRIC}|numbers|figures|total|president's club|promotion)`,
      `(count|counts|counted|counting) towards? (my|our) \\p{L}+`,
      `(push|pushes|pushed|pushing|take|takes|taking|tip|tips|tipping|get|gets|getting|put|puts|putting|bump|bumps|carry|carries|nudge|nudges) (me|us) (over|past|across|beyond) (the (line|top|edge|target|quota|goal|mark|threshold|finish line|bar)|it|my|our|quota|target)`,
      `(push|pushes|pushed|pushing|take|takes|taking|tip|tips|tipping|get|gets|getting|put|puts|putting|bump|bumps|nudge|nudges) (me|us) over(?=\\s*[.!,;?]|\\s*$| (this|for|and|so))`,
      `(would|will|could|should|might) (really |finally |actually )?(get|take|bring) (me|us) there(?=\\s*[.!,;?]|\\s*$)`,
      `(put|puts|putting|get|gets|getting|land|lands|keep|keeps|bump|bumps|bumping|move|moves|push|pushes|take|takes|shoot|shoots|lift|lifts|tip|tips) (me|us) (at|to|on|in|into) (the )?(top|lead|first place|number one)(?=\\s*[.!,;?]|\\s*$| (of|spot|this|for|and|so|on|again))`,
      `leaderboard (resets|closes|ends|locks|is tight|standings|position|race|cut ?off)`,
      `(be|being|count as|as) one of mine(?=\\s*[.!,;?]|\\s*$)`,
      `whoever (signs|closes|sells|books|brings in|lands|gets|hits|makes|wins|logs|has) the (most|biggest|highest|largest|best)`,
      `(first|top) (pick|choice|dibs) (of|on) (the )?(territories|territory|accounts|leads|patches|regions)`,
      `(put|puts|putting|get|gets|getting|land|lands|keep|keeps) (me|us) (in|into) the running`,
      `(would|will|could|to) (really |massively |so |seriously |hugely |truly )?help (me|my|our) (out|numbers|figures|quota|targets?|stats|totals)(?! with)`,
      `help my (numbers|figures|quota|targets?|stats)`,
      `(get|gets|getting|push|pushing|bring|bringing|keep|keeping) my ${MOD}(${METRIC}|conversions|conversion rate) up`,
      `(boost|bump|pad|lift|juice|top up|round out|round off|improve|help|fill) (up )?my ${MOD}(${METRIC}|numbers)`,
      `(a|huge|big|great|massive|real) help on my (side|end)`,
      `(mean|means|meant|difference|do|does|did|done) (a great deal|a lot|wonders|so much|a big difference|a huge difference|a massive difference) (for|to|on) (my|our) ${MOD}(${METRIC}|numbers|figures|month|quarter|year|total)`,
      `(look|looks) (great|good|amazing|nice|fantastic|brilliant|strong|impressive) (on|for|in) my (report|record|stats|numbers|review|scorecard|figures|targets?|appraisal|territory|month|quarter|dashboard|forecast|pipeline)`,
      `(closed|won|committed) column`,
      `(show|mark|put|have|log|count|book|forecast|list|report|call) (your|this|the) (deal|account|order|contract|renewal|business|signature) ${GAP(2)}(as|in) (committed|closed|won|a (win|commit)|the (closed|won|commit))`,
      `(you|your (deal|account|order|renewal|contract)) (down )?as an? (likely|probable|sure|definite|strong|firm) (yes|win|close|signing|commit)`,
      `(have|having|get|getting|with) (your|the|this) (signed )?(contract|signature|order|deal|paperwork|agreement|renewal|business) in (hand|the bag)`,
      `(have|having|get|getting|got) (this|it|you|yours) in the bag`,
      `(is|are|was|were) (a big|a huge|a large|the biggest|a major|the main) (part|chunk|piece) of (it|my (review|numbers|target|quota|bonus))`,
      `my (year ?end|annual|quarterly|mid ?year|performance|end of year|half ?year|six ?month|sales|probation|probationary|probation period|trial period|end of probation) (review|appraisal|evaluation|sign ?off|check ?in) ${GAP(6)}(this|your|a big part|closing|signing|landing|getting|winning)`,
      `(my|our) (probation|probationary period|probation period) (review|ends|is up|is over|finishes|sign ?off|wraps up)`,
      `(promotion|president's club|my review) (if|depends|trip)`,
      `depends on this one`,
      // --- what I am paid on ---------------------------------------------------------------------
      `(my|our) (${alt('sales', 'quarterly', 'monthly', 'annual', 'yearly', 'whole', 'entire', 'own', 'year ?end', 'end of year', 'leaderboard')} )?${STAKE} ${GAP(3)}(${RIDES}) (on|to|upon) (this|that|it|you|your|getting|closing|landing|signing|winning|whether|how|the|one|a|these|three|two)`,
      `${STRONG} ${GAP(3)}(${RIDES}) (on|to|upon) (this|that|it|you|your|getting|closing|landing|signing|winning|whether|the|one)`,
      `(spot|place|position|ranking|rank) on the (leaderboard|board|league table)`,
      `(top|bottom|head) of the (leaderboard|league table|sales board)`,
      `i (only |just |do not |will not |never )?(get|am|will be|would be|will get|get) paid (only )?(when|once|if|after|unless|until|on (placement|completion|success|results|signature|start|closing|close|commission|the deal))`,
      `i (will )?(only )?(get paid|be paid) (when|once|if|after|unless|until)`,
      `we (only |do not |will not |never )?(get paid|are paid|will be paid|get anything|earn anything|see a penny) (only )?(when|once|if|after|unless|until) (you|your)`,
      `(only )?(pays|pay) (me|us) (out )?(when|once|if|after|on (placement|completion|success|results|signature|start|closing))`,
      `(agency|company|firm|client|studio|gym|brokerage|house|salon|employer|office) (only )?(pays|pays out|pay|pay out) (me |us )?(out )?(when|once|if|after|on (placement|completion|success|results|signature|start|closing))`,
      `(paid|work|working|am|are|be|earn|earning|i'm|we're) (purely |only |entirely |strictly |mostly |partly |100% )?(on|by|in|via|through) (a )?(commission|commissions)(?! (of|on (the|sales of)))`,
      `commission ?only`,
      `(gets?|getting|earns?|earning|receives?|receiving|paid) (a |an |an extra |extra |our |my )?(bonus|commission|spiff|kickback|incentive|finder's fee|referral fee|cut) ${GAP(3)}(for every|on every|for each|on each|per) (\\p{L}+ )?(${UNITS}|unit|one|sale|deal)`,
      `(my|our|the) (incentive |commission |bonus |quarterly |monthly |annual |sales )?(payout|incentive|commission|bonus|comp|compensation|spiff|accelerator)('s| is| are| gets| get| will be) (calculated|based|paid|worked out|figured|determined|computed|counted|measured|pegged|tied) (on|by|from|against|to)`,
      `(commission|bonus|comp|compensation|incentive|payout|spiff|quota) (structure|plan|scheme|rates?|model|rules|tiers?|year) (changes|is changing|will change|resets|ends|expires|drops|switches|gets cut|is being cut|rolls over)`,
      `spiffs? (running|on|ends|expires|until|this|that|for|paying|live)`,
      `(on|in) (a )?(commission|results|success)(-| )?(only |based )?(basis|structure)`,
      `commission (on|from) (this|that|your) (one|deal|sale|order|booking|placement|contract|account|renewal|policy|property|listing)`,
      `(the|my|a|any|your) commission on (this|that|it)`,
      `i (will |would |do |only |then |also )?(earn|get|receive|make|take home|pocket|collect|unlock) (a |my |some |the |any |an |that |this )?(small |little |tidy |nice |decent |extra |full |quarterly |monthly |annual |year ?end )?(commission|bonus|spiff|kicker|accelerator|finder's fee|referral fee|cut)(?! (on|for) (you|your))`,
      `(i am|i'm|we are|we're|i have been|i've been) (being |now |also |mainly |primarily |mostly |directly |personally )?(measured|judged|assessed|evaluated|rated|ranked|compensated|incentivi[sz]ed|bonused|targeted|scored|tracked|graded|appraised) (on|by|against)`,
      `(measured|judged|assessed|evaluated|compensated|incentivi[sz]ed|paid) (purely |only |mostly |entirely )?on (my |our )?(conversions|bookings|sign ?ups|closes|closed deals|deals closed|results|numbers|placements|revenue|new business|booked meetings|meetings booked)`,
      // --- someone above me presses --------------------------------------------------------------
      ...bossSays(`${AUX}(really |personally |already |specifically |now |also |keeps? |kept |still |desperately )?(want|wants|wanted|needs|needed|expects?|expected|expecting|is expecting|waiting (on|for)|insists|insisting|demanding|demands) (this|it|that|the deal|your|every|all|me to|us to|to see|to have|to know (where|when|whether|if|how|why)|an answer|a (signed|decision|yes|commitment|result|win|forecast)|news|an update|a forecast|the (contract|deal|order|signature|renewal|paperwork|booking|numbers|figures|diary|calendar|books|classes|slots|rota)|results|numbers|figures)`),
      ...bossSays(`${AUX}(asked|asks|asking|keeps asking|kept asking|been asking|been chasing|chasing|chased|pinged|pinging|quizzed|quizzing|grilling|grilled|nagging|hassling|on at|pestering|badgering|bugging|hounding|harassing|prodding|been pestering|been nagging|been hounding) (me |us )?(personally |again |directly |about it |already )?(about (this|it|your|the deal|where|when|how)|where|when (this|it|you|we)|for (an update|news|this|your|the (deal|contract|signature))|why (this|it|you|the deal)|to (get|close|fill|sell|bring|have|land|book|sign|push|chase|secure|win|lock|wrap|finalise|finalize|convert))`),
      ...bossSays(`${AUX}(is |are |has been |keeps |kept |been )?(pushing|pressing|pressuring|pushes|pressures|presses|leaning on|breathing down|on (at )?me|on my (back|case|tail)|chasing me|riding me|all over me|hounding|hassling|nagging|onto me|after me|breathing)`),
      ...bossSays(`${AUX}(going to |gonna )?(be (very |really |so |quite |not )?(upset|unhappy|angry|mad|disappointed|furious|livid|cross|happy|pleased|thrilled|delighted) (with me|if|about|when)|kill me|have my head|not be happy|only approve|only sign off|be on my case|want to know why)`),
      ...bossSays(`${AUX}(reviewing|reviews|review|visiting|checking|checks|looking at|looks at|watching|watches|auditing|audits|scrutini[sz]ing|scrutini[sz]es|going over|goes over|tracking|tracks|examining|examines|assessing|assesses|pulls|pulling|runs|running) (my|our|the|everyone's|each rep's|the team's) (\\p{L}+ )?(numbers|pipeline|figures|forecast|leaderboard|quotas?|targets?|deals?|territory|accounts?|performance|results|stats)`),
      ...bossSays(`${AUX}(set|given|handed|assigned) (me|us) ${GAP(2)}(an? |my |our |new |)?(\\p{L}+ )?(target|quota|goal|number)`),
      `(been|was|were|am|are|get|got|getting) (set|given|assigned|handed) (an? |my |our |new |)(\\p{L}+ )?(target|quota|goal|stretch target|number)(?! date)`,
      ...bossSays(`${AUX}(made it (very |crystal |abundantly |quite |really )?clear|been (very |quite |really )?clear (that|about))`),
      ...bossSays(`${AUX}told (me|us) (to (get|close|land|book|sign|bring|chase|push|fill|wrap|lock|secure|win)|(that )?(this|it|the deal|your (deal|order|contract|renewal)|i|we) (needs?|has|have|must|should|had) (to )?(close|be (closed|signed|done|booked|in)|get|land|bring in|bring|sell|sign|book|hit|make|fill|find|win))`),
      `(pushed|pressured|pressed|hounded|chased|nagged|leaned on|squeezed|pestered|hassled|badgered) (hard |a lot |again |daily |constantly )?by (my|our|the) ${BOSS}`,
      `(breathing|on) (down )?my neck`,
      `(under|feeling|getting|taking) (a lot of |so much |real |huge |some |heavy |serious |a bit of |a fair bit of |the )?(pressure|heat|flak|stick) (from (my |our |the )?(${BOSS}|head office|upstairs|above|investors|backers|shareholders|vcs|the board|our board|my board)|to (close|sell|fill|land|book|sign|bring in|show (revenue|traction|growth|numbers|results|progress)|hit (my|our|its|the) (numbers|target|quota)|make (my|our|its) (numbers|target|quota)|hit (my|our|its)))`,
      `(show|prove to|reassure|update|give|bring|tell|convince|impress) ${BOSS_NP} ${GAP(2)}(some |good |real )?(progress|news|a win|results|movement|traction|something|numbers|that (you|we|this|it)|signed|loi|signature|commitment|contract|yes)`,
      `(report|explain|justify|update|account for) (back |exactly |precisely |honestly )?(where|how|why|what) ${GAP(4)}(to|with) ${BOSS_NP}`,
      `(on the hook|accountable|answerable|on thin ice|in the doghouse|in trouble|in hot water|in the bad books|on the naughty step|on borrowed time|skating on thin ice) (to|with|for) ${BOSS_NP}`,
      ...bossSays(`${AUX}(really |very |so |quite |super |rather )?(keen|eager|anxious|desperate|itching|impatient) (to (see|have|get|close|know|hear)|for (this|it|the deal|your|a|an|news|results|numbers))`),
      `(told|promised|assured|committed to|promising|telling|tell) ${BOSS_NP} (that )?(this|you|your|it (is|will|would)|we (would|will|have|had)|the deal|the contract|i (would|will) (have|get|close|land|sign|bring) (this|it|you|your|the deal))`,
      `(go a long way|count|look good|look great|score points|earn me points|win me points|brownie points|stand me in good stead|make me look good|earn me some credit|help me) (with|for|to|in front of|in the eyes of) ${BOSS_NP}`,
      `my (standing|credibility|stock) (with|in front of) (my|our) ${BOSS}`,
      `(make|makes|would make) me look (good|great|like a hero|like a star) (to|with|for|in front of)`,
      `prove myself`,
      `(save|saves|saving|saved) my (skin|bacon|neck|hide|butt|behind|month|quarter|bonus|commission|job)`,
      `(would|will|could|might|it'd|that'd) (really |totally |honestly |genuinely )?save me(?=\\s*[.!,;?]|\\s*$| (here|this (month|quarter)|with))`,
      `(take|takes|taking) (some of |a bit of |some )?(the )?(heat|pressure) off (me|us|my)`,
      `(get|gets|getting|keep|keeps) (him|her|them|my boss|my manager|management|leadership|my director) off my back`,
      `on my (back|case) (to|about) (sell|close|fill|hit|get|book|land|sign|bring|make|push|chase)`,
      `(my|our) (job|jobs|neck|head|bonus|commission|position|livelihood|career|promotion) (is|are|could be|might be|will be) (really )?(on the line|at stake|at risk|on the chopping block|in danger|riding on)`,
      // contests and promotion
      `president's club`,
      // --- getting this deal done for my sake ------------------------------------------------------
      `(get|gets|getting|got|push|pushes|pushing|pushed|bring|brings|bringing|take|takes|taking|put|puts|putting|see|seeing|carry|carrying|nudge|nudges|help|helping) (this|it|that|us|me|the deal|this deal|things|your (\\p{L}+)) over the (line|finish line|finishing line)`,
      `(get|getting|gets|got) over the (line|finish line)`,
      'do me a (favou?r|solid|real kindness)',
      'you would be doing me a (favou?r|real kindness|solid)',
      '(get|have|getting|having) this (deal |renewal |contract |order )?(closed|signed|done|booked|over the line|in) (by|before|this|today|on my watch)',
      '(close|closing) (this|the) deal',
      `(help|helping) a (girl|guy|brother|sister|gal|lady|fellow|mate|pal|rep|freelancer|friend|poor) ${GAP(1)}out`,
      '(help|helping) me (hit|reach|make|close|get to|meet)',
      '(quarter|month|year|fiscal year|q1|q2|q3|q4|half) ?end (numbers|figures|target|push|deadline|review|forecast)',
      'end of (the )?(quarter|fiscal year|month|(q1|q2|q3|q4)) (is|push|target|numbers)',
      'before (the )?(end of )?(the |my |our )?(quarter|fiscal year|financial year|(q1|q2|q3|q4)|sales year) (ends|closes|is over|rolls over|wraps up|is out)',
      'my (sales |fiscal |financial )?(quarter|sales year|books|month) (closes|ends|is closing|is ending|wraps up|finishes|is over|rolls over|resets)',
      'make ?or ?break for (me|my|us|our)',
      'cover (my )?rent',
      `(sales|rep|reps|team) (contest|competition|challenge|blitz|race|leaderboard|incentive trip)`,
      `(i am|i'm|we are|we're|i have been|i've been|i was) (now |currently |also |really |secretly |kind of |sort of )?(up|in line|going|gunning|competing|in the running|shortlisted|vying|pushing|shooting|aiming|angling|hoping|eligible|in contention|on track) for (a |the |my |this year's |this month's |)(\\p{L}+'s )?(promotion|president's club|bonus|spiff|\\p{L}+ of the (month|quarter|year)|top (seller|salesperson|rep|producer|performer)|sales (award|prize|trip|contest)|incentive trip)`,
      `(employee|salesperson|salesman|saleswoman|seller|agent|trainer|rep|consultant|recruiter|broker|realtor|coach|stylist|associate|advisor|adviser|producer|closer) of the (month|quarter|year) ${GAP(3)}(count|counts|if|depends|and|so)`,
      `(promised|offered|dangling|get|got|earn|win|land) (me )?(a|the|my) promotion (if|when|once|for)`,
      `(up for|in line for|going for|gunning for|chasing) (a |my |the )?promotion`,
      `(would|will|could|to) (seal|clinch|secure|lock in|guarantee|cement) (it|my (promotion|bonus|spot|place|target|quota|number)|the (promotion|bonus|spot|deal for me))(?=\\s*[.!,;?]|\\s*$| for me)`,
      `(first|opening|biggest|last) (deal|sale|signing|client|account|win|placement|booking) (of|for|on|in) (my|the) (month|quarter|year|desk|role|new role|career|tenure)`,
      `open my (account|tally|scoreboard|books?) with (you|your)`,
      // --- my own money --------------------------------------------------------------------------
      `(cover|covering|pay|paying|make|making|meet|meeting) (my|our|this month's|next month's) (rent|mortgage|bills|overheads|wages|payroll|costs)`,
      `(cover|make|making|covering) (rent|payroll)`,
      `(bills|invoices|debts) (are )?(piling|stacking|mounting|racking) up`,
      `mortgage (of (my|our) own |payment |payments |bill )?to (cover|pay|keep up|meet)`,
      `(family|mouths|kids) to feed`,
      `(lean|slow|quiet|dry|thin|tough|rough|hard|difficult|bad) (month|quarter|season|spell|patch|year|few months) (for (me|us|the business|my business)|on my end|on our end)`,
      `(had|having|been having|been|in|through|is|it is|it's) an? (really |very |bit of a |particularly |)(lean|slow|quiet|dry|thin) (month|quarter|season|spell|patch)`,
      `(stay|staying|keep|keeping|keeps) (us |me |the (business|studio|shop|lights) |my business |our business )?(afloat|solvent|in business|above water|going this (month|year|season))`,
      `(keep|keeping) (the lights on|the doors open|my head above water|our heads above water|food on the table|the business going)`,
      `make ends meet`,
      `(has|have) been (really |very |pretty |quite |super |a bit |so |incredibly |awfully )?(quiet|slow|lean|dry|tough|thin|rough)${clause(30)} so (this|your|any|the) (job|project|booking|order|work|sale|deal|commission|business|gig|contract|sign ?up)`,
      `my (rent|mortgage|bills?|loan|credit card bill|tax bill|car payment|card bill|invoice)('s| is| are| was) (due|overdue|coming up|coming due|late|going out)`,
      `(tide|tides|tided|tiding) (me|us) over`,
      `(takes?|get|gets) (a|my|our|the) (cut|fee|commission) (only )?(when|once|if|after|unless)`,
      `(a )?(big|huge|massive|real|great|much needed|much-needed) (win|boost|help|lifeline|lifesaver|result) for me (personally|this (month|quarter|year)|right now|at the moment)`,
      `(would|will|could|should) (really )?keep (me|us) (going|afloat|busy|ticking over|in business|on track for)`,
      `(renew|keep|extend) my (contract|position|job|spot|chair|desk|hours|lease) (unless|if|only if)`,
      `(unless|if|until|till) (i|we) (do not |can |cannot )?(fill|hit|make|sell|close|book|sign|land|reach|meet) (my|our) (classes|quota|targets?|numbers|slots|diary|calendar|books|seats|spots|sessions|chair|rota)`,
      `(unless|if|until|till) (i|we) (do not |can |cannot )?(sell|close|book|sign|land) enough (sales|deals|clients|bookings|sign ?ups|members|students|tickets|policies|placements)`,
      `(round|cap|top|finish) (off|out) (my (\\p{L}+ )?(quarter|month|year)|a (great |good |strong |record |bumper )?(quarter|month|year) for me)`,
      `(on|put on|placed on) (a |my )?performance (improvement )?plan`,
      `(this|that|your|the|a|even a|one) (small |partial |quick |trial |first |early )?(deal|order|sale|signature|contract|booking|renewal|purchase|business|account|sign ?up|commitment|loi) (now |today |this week |soon |early )?(would|will|could) (really |massively |hugely |genuinely |seriously |honestly |so )?help (me|us)(?=\\s*[.!,;]|\\s*$| (out|a lot|personally|this (month|quarter)|hit|make|reach|get (there|to)|close|massively|hugely|enormously))`,
      `(competing|racing|vying|battling|fighting|neck and neck) (with|against) (my )?(colleagues|teammates|team ?mates|peers|the other (reps|agents|consultants|recruiters|brokers)|other (reps|agents))`,
      `(for|take|taking|grab|win|winning|claim) the top (spot|place) (this|on|in)`,
      `(help|helps|helping|let|lets) (me|us) (to )?(pay|cover|meet|make) (the|my|our) (bills|rent|mortgage|wages|payroll|overheads)`,
      `(i|we) (really |badly |desperately |genuinely |honestly |just |truly )?(need|could use|could do with) the (money|income|work|cash|commission|business)(?=\\s*[.!,;]|\\s*$| (from|right now|at the moment|this (month|quarter)|to be honest|honestly))`,
      `(i|we) (only |do not |will not |never )?(earn|make money|make anything|earn anything|get anything|see a penny|see a cent|get a penny|get a cent|get a commission) (when|once|if|after|unless|until)`,
      `(keep|keeping|lose|losing|save|saving) my (job|position|role|seat|hours|shifts|contract|desk|studio|studio space|chair|pitch|stall|franchise|licence|license|room|unit)`,
      `(cut|cuts|cutting|reduce|reduces|slash|slashes|dock|docks) my (hours|pay|shifts|commission|bonus|wages|salary)`,
      `(keep|keeps|keeping|lose|loses|losing|protect|protects|save|saves|saving|cut|cuts|justify|justifies) (its|our|my|the team's|my team's) (headcount|head count|jobs)`,
      `(keep|keeping) (the|my|our) (lads|guys|crew|boys|girls|workers|fitters|builders|staff|van|team) (busy|working|employed|in work|on the tools)`,
      `(for|let|help|helps|helping|lets) (me|us) (to )?break even`,
      `(i|we) (would|will|could|can|need to|have to|might|just|finally) break even`,
      `(most|half|bulk|all|majority|a (big|large|huge|good) (part|chunk|share|slice)) of my (year's |annual |yearly |whole |entire )?(income|earnings|revenue|living|pay)`,
      `how (i|we) (keep|earn|make|pay) (my|our) (job|living|rent|way|keep)`,
      `(i|we) (really |badly |desperately |genuinely |honestly |just |truly )?(need|needed) (this|that|the|one more|another|just one more|your|a few more|two more|${NUM} more) (${UNITS}|win|signature|booking|project|job|gig|work|business|commission|payment)(?! (to be|is|was|fixed|reviewed|by|done|back))`,
      `(i|we) (really |badly |desperately |genuinely |honestly |just |truly )?need this one(?=\\s*[.!,;?]|\\s*$| (to (close|land|happen|come through|go through)|signed|closed|over))`,
      `(i|we) (could|can) (really |definitely |honestly |seriously )?(use|do with) (the|a|this|another|your|some) (win|sale|deal|booking|signature|commission|business|work|income|money|cash|boost|order)(?=\\s*[.!,;?]|\\s*$| (right now|this (month|quarter|week)|at the moment|to))`,
      `(our|my) (next )?(fundrais(e|ing)|funding round|seed round|series (a|b|c)|raise|investor (pitch|update|meeting)|demo day|accelerator (spot|place)) ${GAP(4)}(depends|easier|hinges|relies|rides|so much|stronger|better)`,
      `(help|make|makes|strengthen|boost) (our|my) (next )?(fundraise|raise|round|funding round|pitch|investor deck|investor update)`,
      `(paying )?(customers|logos|traction|revenue|case studies) (by|before|for) (demo day|our (raise|round|fundraise|board meeting|investors|next round))`,
      `(every|each) (single )?(order|sale|booking|client|customer|signup|sign ?up|install|deal|referral|purchase|job|placement|contract|wedding|project|commission|subscriber|policy) (really |truly |genuinely |honestly )?(counts|matters|helps|makes a (big |real |huge )?difference) (for|to) (me|us|my|our)`,
      `(needs?|need) every (${UNITS}|wedding|project|booking|job|client) (this|we|to|it|i)`,
      `(your|this|that|the) (booking|order|signature|project|sale|deal|renewal|purchase|yes|commitment) would (really )?(take|keep|save|get|pull) (some |the )?(heat|pressure|wolf|wolves) (off|from) (me|my|the door)`,
    ],
    source: 'essay',
  },
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const SELF_NEGATIONS: string[] = [
  '(this is|it is|it\'s) not (about|for) (my|our) (quota|numbers|commission|targets?|bonus)',
  'no quota (pressure|involved|here)',
  '(i am|i\'m|we are) not (on|paid on) commission',
  '(i am|we are) not (chasing|trying to hit) (a|my|our|any) (quota|target|number)',
];
