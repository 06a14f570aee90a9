import type { ToneRule } from '../types.ts';
import { alt, verb } from '../lexicon.ts';

const lang = 'en';

/*
 * Guilt for not answering, composed from small lexicons: the sender's messages × how they went
 * unanswered; a feeling × the silence; the sender's effort × what they expected back; what a reply
 * would cost the recipient; how often the sender has had to ask; blame for what the silence cost.
 * A bare "I haven't heard back" is an empty bump (bump.ts), not guilt: guilt needs an emphasis, a
 * feeling, a grievance or a debt.
 */

/** Up to `n` further words, each followed by a space (for use right before a word: "A B \${LATER(3)}C"). */
const LATER = (n: number): string => `([\\p{L}\\p{N}\\u2019\\x27$%]+ ){0,${n}}`;
/**
 * Up to `n` characters in the same sentence, like clause(n), but grouped so that a pattern's
 * first word is filed alone when the gap follows it (first-words.ts reads a bare [^...] as a space),
 * starting with a space or a comma (so that the first word ends there) and ending between words, so
 * that what follows starts a word ("sting" is not read in "exhausting").
 */
const GAP = (n: number): string => `(,? |[,;:—–] ?)([^.!?\\n]){0,${n}}(?<![\\p{L}\\p{N}\\u2019\\x27])`;
/** Negation, in the forms that contract ("haven't", "didn't"). */
const NOT = '(can not|could not|would not|will not|have not|has not|had not|did not|do not|does not|am not|was not|were not|is not|are not|not|never|have never|had never)';
/** The sender (first person). */
const I = '(i|we)';
/** How a feeling is hedged or stressed ("a little", "rather", "honestly"). */
const DEGREE1 = '(completely |totally |entirely |just |(a )?(little|bit|tad)( of a)? |quite |rather |really |very |so |somewhat |genuinely |honestly |pretty |kind of |kinda |slightly |frankly |truly |incredibly |extremely |super |a little bit )';
const DEGREE = `${DEGREE1}?${DEGREE1}?`;
/** What the sender sent. */
const MESSAGES = '(e-?mails?|messages?|notes?|voicemails?|calls?|texts?|letters?|correspondence|mails?|dms?|follow ?ups?|inmails?|questions?|proposals?|invitations?|invites?|chasers?|reminders?)';
/** The sender's messages ("my last few emails"). */
const MSG_ADJ = '((last|previous|earlier|recent|prior|few|several|many|numerous|repeated|multiple|two|three|four|five|\\d+) )';
const MY_MESSAGES = `(my|our) ${MSG_ADJ}?${MSG_ADJ}?${MESSAGES}`;
/** An answer of any size. */
const REPLY_NOUN = '(reply|replies|response|responses|answer|answers|word|acknowledge?ments?|peep|text back|call back|callback|thank ?you|thumbs up|yes or (a )?no|no thanks|note back|line back|sign of life|courtesy reply)';
/** An answer, as the first words of a pattern (one word, or two fixed ones, so the pattern is filed under them). */
const REPLY_HEAD = '(reply|replies|response|responses|answer|answers|acknowledge?ments?|peep|callback|thumbs up)';
/** Having answered, as the first words of a pattern. */
const REPLIED_HEAD = '(replied|replies|replying|responded|responds|responding|answered|answering|answers|acknowledged|confirmed)';
/** Answering, in any tense. */
const REPLYING = alt(
  verb('reply'), verb('respond'), verb('answer'), verb('acknowledge'), 'get(ting)? back', 'got(ten)? back', 'come back', 'came back', 'coming back',
  'write back', 'wrote back', 'written back', 'writing back', 'text(ed|ing)? back', 'call(ed|ing)? back', 'ring(ing)? back', 'rang back',
  'let (me|us) know', 'letting (me|us) know', 'say(ing)? (no|yes)', 'decline', 'declining', 'get(ting)? in touch', 'got in touch',
);
/** How a sender says being left unanswered feels. */
const FEELING = alt(
  'surprised', 'surprising', 'disappointed', 'disappointing', 'disheartened', 'disheartening', 'discouraged', 'discouraging', 'deflated', 'deflating',
  'frustrated', 'frustrating', 'hurt', 'hurtful', 'stings?', 'stung', 'letdown', 'shame', 'pity', 'saddened', 'sad', 'upset(ting)?',
  'puzzled', 'puzzling', 'baffled', 'baffling', 'confused', 'confusing', 'bemused', 'odd', 'strange', 'weird', 'bizarre', 'rude', 'unfair', 'unprofessional',
  'inconsiderate', 'disrespectful', 'dismissive', 'embarrassing', 'demoralising', 'demoralizing', 'demotivating', 'galling', 'annoying', 'annoyed',
  'offended', 'insulted', 'insulting', 'wounded', 'gutted', 'bummed', 'shocked', 'stunned', 'astonished', 'amazed', 'perplexed', 'mystified', 'dismayed', 'flabbergasted',
);
/** The feelings of someone who gave and got nothing back (for effort × feeling). */
const HURT = alt(
  'hurt', 'hurtful', 'stings?', 'stung', 'let down', 'letdown', '(a )?shame', '(a )?pity', 'disappointed', 'disappointing', 'disheartened', 'disheartening',
  'deflated', 'deflating', 'discouraging', 'frustrating', 'upsetting', 'unfair', 'galling', 'surprised', 'wasted', 'for nothing', 'in vain', 'unappreciated',
  'taken for granted', 'not (a )?(great|good|nice) look', 'a bit much', 'rude',
);
/** That no answer came (with a feeling, an effort or a grievance, it is guilt). */
const NO_REPLY = alt(
  `${NOT} (to )?(have )?(heard|hear|hearing) (back|anything|a thing|a word|a peep|from you)`,
  `${NOT} (to )?(have )?(get|getting|got|gotten|receive|receiving|received|have had|had|having) (back|anything back|a (single )?(reply|response|answer|word|thank ?you)|any (reply|response|answer|word|acknowledge?ment)|so much as|even a)`,
  'nothing (back|in return|from you|from your (side|end))', '(hear|heard|hearing|get|got|getting|receive|received) nothing',
  '(no|zero) (reply|replies|response|responses|answer|answers|word|acknowledge?ment|peep)(?! (rate|rates|time|times|code|codes|data|header|headers|bias|needed|required|necessary))',
  `(nobody|no one|no-one|none of you|none of (the|your) team) ${LATER(4)}(has|have|had) (even )?(replied|responded|answered|got back|gotten back|been in touch|acknowledged|bothered)`,
  `you (have )?(completely |just |simply )?(vanished|disappeared|dropped off|fallen off|gone (missing|awol|mia|off the radar))`, '(the|this|your|such|total|complete|radio|stony|deafening) silence', 'left on read',
  '(being|been|getting|get|got) (ghosted|blanked|brushed (off|aside))', '(i am|i was|i have been|being|been|feel|felt) ignored',
  '(gone|go|going|went) (un(answered|acknowledged|returned)|(completely |totally )?(quiet|dark|silent))', 'unanswered', 'unacknowledged',
  `you (still )?(have not|has not|did not|do not|are not|have never|never|have still not|are no longer|have yet to|are yet to) (even )?${REPLYING}`, 'ghosted', 'ghosting', 'crickets', 'nada', 'zilch',
  'without (a |so much as a |even a |a single |one single |one |any )?(word|reply|response|answer|acknowledge?ment)', '(to be|be) (completely |totally |simply |just )?(ignored|ghosted|blanked|left on read|brushed (off|aside))',
  '(keep|keeps|keeping|kept|having to|have to|had to) (chase|chasing|nudge|nudging|remind|reminding|email|emailing|pester|pestering) you',
);
/** What the sender did for the recipient. */
const EFFORT = alt(
  `${I} (have )?(really |truly )?(went|gone|go) out of (my|our) way`, `${I} (have )?(really |truly )?(went|gone|go|going) (the extra mile|above and beyond|to (a lot of|great|considerable|some|real) (trouble|lengths|effort))`,
  `${I} (have )?(given|gave|giving) up (my |our |two |three |four |\\d+ |several |many |a lot of |so much |a whole |an entire |whole )?(evenings?|nights?|weekends?|days?|time|hours|sundays?|saturdays?|lunch|lunch breaks?|free time|holiday)`,
  `${I} (have )?(waived|discounted|knocked|comped|threw in|thrown in|gave you|given you|offered you|extended|stretched|bent the rules)${GAP(40)}(as a (favou?r|courtesy|goodwill gesture)|for free|free of charge|at no (cost|charge)|for you|on your behalf)`, `${I} (have )?(really |truly )?(bent|bend|bending) over backwards`, `${I} (have )?(really |truly )?(went|gone|go|going) out on a limb`,
  `${I} (have )?(really |personally )?(vouched|vouch|vouching) for you`, `${I} (have )?(did|done|do) you a (favou?r|kindness|good turn)`, 'as a (favou?r|courtesy) to you',
  `${I} (have )?(really |truly |personally )?(went|gone|go|going) to bat for you`, `(stuck|stick|sticking|put|putting) (my|our) (neck|name|reputation|credibility) (out |on the line )?for you`,
  `${I} (have )?(drove|driven|flew|flown|travelled|traveled|came|come|trekked|commuted) ${LATER(4)}(hours?|miles|km|all the way|across (town|the country)) ${LATER(3)}to (meet|see|visit) you`,
  `${I} (have )?(stayed|worked|been working) (up )?(late|all night|through the night|over the weekend|weekends|evenings|nights)`,
  `${I} (have )?(spent|gave up|sacrificed|invested|poured) (my|our) (whole |entire |own )?(weekend|sunday|saturday|evening|evenings|night|nights|day|morning|afternoon|holiday|free time|lunch)`,
  `(put|putting|spent|spending|invested|investing|poured|pouring) (in )?(a lot of|so much|real|serious|hours of|many hours of|weeks of|days of|hours|days|weeks|a great deal of|considerable|a fair bit of|a ton of|loads of) (work|effort|time|hours|thought|care|energy)`,
  `${I} (have )?(turned|turning|turn|passed|passing) (down|on|away) (another|other|a|an|two|three|several|some|\\d+|paying)( other)? (client|clients|job|jobs|work|booking|bookings|offer|offers|project|projects|candidate|customers?|people|business|gigs?)`,
  `${I} (have )?(rearranged|reshuffled|moved|cleared|shuffled|juggled|blocked|kept|held|squeezed|fitted|fit) (my|our|the|that|your|a|an|you)${GAP(40)}(for you|to (fit|accommodate|make room|squeeze) (you|your)|free for you|open for you|into (the|my|our) (diary|calendar|schedule))`,
  `${I} (have )?(done|did) nothing but (help|support|assist|accommodate|be helpful)`, `(been|being) nothing but (helpful|supportive|accommodating|patient|kind|flexible|generous)`,
  `(how much|everything|all) ${I} (have )?(done|did|helped|given|sacrificed|put in)`, `(i have|i|we have|we) helped (you )?(this|so) much`,
  `after (all|everything) (the |that |this )?(time|effort|work|help|trouble|hours|we|i)`,
  `(goodwill|patience|flexibility|lengths) on (my|our) (part|side|end)`, '(the )?effort on (my|our) (part|side|end)',
  `(the )?(time|hours|effort|work) (i|we|our team|my team) (have )?(invested|spent|put|poured|sank|sunk)`, 'as a (favou?r|courtesy)(,)? (so|and)',
  `(put|pulled|pieced|putting) together${GAP(40)}(just|specially|especially|personally|specifically) for you`,
  `(prepared|built|made|created|designed|drafted|wrote|written|tailored|customi[sz]ed) (this|these|it|them|that|those|a|an|the|your|everything|something|some)${GAP(40)}(just|specially|especially|personally|specifically) for you`,
  `${I} (have )?(held|kept|reserved|saved|blocked|turned down|passed on|held off on|said no to)${GAP(40)}(for you|because of you|on your account|for your sake)`,
);
/** What the sender expected back, said as a grievance. */
const EXPECTED = alt(
  `${I} (would have|had|did) (really |honestly |genuinely |at least |rather |naturally )?(thought|expected|hoped|assumed|imagined|figured|counted on)`,
  `${I} (expected|was expecting|were expecting|had expected|did expect)`, `(i|we) (would have|should have) (appreciated|liked|valued)`,
  `(would|should|could) have been (nice|good|appreciated|polite|courteous|decent|great|kind|considerate|respectful|the least)`,
);
/** The end of a clause, for bare phrases that must stand alone ("..., and since then nothing."). */
const END = '(?=\\s*[.!?,;:)—–]|\\s+-|\\s*$)';
const MONTHS = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const DAYS = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Guilt and blame for not answering. */
export const GUILT_RULES: ToneRule[] = [
  {
    id: 'guilt.no-reply',
    category: 'guilt',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: [
      // --- the silence, said with emphasis: still / never / not a word / not so much as ----------
      `${I} (still )?(have not|have still not|did not|have never|never|had not|still have not) (heard|had|received|gotten|got|seen)( so much as)? (a (thing|peep|word|sausage|squeak|single (word|thing|reply|response|line))|one word|anything( at all)?( back| from you| in return)|a (reply|response|answer|word|single|note|line) (from you|back)|any (reply|response|answer|word|acknowledge?ment|feedback)( at all)?( back| from you)|back from you|from you (since|in|for|at all)|an? acknowledge?ment|hide nor hair)`,
      `${I} (have )?(still )?(not|never) (heard|had|received|gotten|got)( so much as)? (a (thing|peep|word|single (word|thing|reply|response))|anything( at all)? (back|from you|in return)|any (reply|response|answer|word|acknowledge?ment)( at all)?( back| from you)|back from you|an? acknowledge?ment)`,
      `${I} (have still not|still have not|still did not|have still never|still never|still not) (heard|had|received|gotten|got)( back| from you| a (reply|response|answer|word)| any)`,
      `${I} (have not|did not|have never|never|had not) (heard|had|received|gotten|got) (back|a (reply|response|answer|word)|anything)${GAP(30)}(despite|even though|although|after (i|we|my|our|several|multiple|many|repeated))`,
      '(have not|did not|never|not) (heard|hear) (back )?(a thing |anything |a word |a peep )?from you (since|in|for|at all|once|after)',
      `you (still )?(have not|has not|did not|have never|never|have still not|have yet to|are yet to) (even )?${REPLYING}(( (to|on))? (me|us|my|our|any|a single|one)| since| yet| at all| in (weeks|days|ages|a (week|month|while)))`,
      `you (have )?(still )?(not|never) (even )?${REPLYING}(( (to|on))? (me|us|my|our|any|a single|one)| since| yet| at all| in (weeks|days|ages|a (week|month|while)))`,
      `you (have|still have|had) (not|never|still not) (even )?(bothered|managed|found( the)? time) to`,
      `you (could|would|did) not (even )?(be bothered|bother)`,
      'you can not even be bothered',
      `you (could not|can not|would not|did not) (even )?(find|spare|take|manage) (the time|the (thirty|ten|five|two|\\d+) seconds|a (minute|moment|second)|(thirty|ten|five|two|\\d+|a few|sixty) (seconds|minutes)|time)( to)?`,
      `you (will not|would not|do not|did not|can not|could not) even (${REPLYING}|text|call|write|email|message|say|tell (me|us)|pick up|acknowledge)`,
      `(and )?since then(,)? (nothing|not a (thing|word|peep)|no (word|reply|response|answer)|radio silence|silence|crickets)${END}`,
      `(still|and still|and yet|yet|but) (nothing|no (word|reply|response|answer)|not a (word|peep|thing)) (back|from you|from your (side|end)|in return|whatsoever)`,
      `(and )?still no (word|reply|response|answer|acknowledge?ment)( from you)?${END}`,
      `(not|without) (so much as|even) an? ["“‘\\x27\\u2019]?(reply|response|answer|word|acknowledge?ment|text( back)?|peep|thank ?you|thumbs up|no thanks|no|yes|courtesy reply|read receipt|note back|call back)`,
      'not (even )?a (single )?(peep|squeak|sausage|word (back|from you|in return|since))',
      `(not|never|no|nothing) (even )?(a|one) (single )?(reply|response|answer|acknowledge?ment) (to (me|us|my|our|any)|from you|back|in return)`,
      `(getting|get|got|received?|receiving|had|having|hearing|heard) (absolutely )?(nothing|no (answer|reply|response|word|acknowledge?ment)|not a word) (back|at all|whatsoever|in return|from you|since)`,
      `${MY_MESSAGES} (have|has|had|are|is|were|was|keep|seem to|seems to)( all)? (being |been |go(ne)? |went |going |getting |gotten )?(unanswered|unacknowledged|unreturned|ignored|left unanswered|left unread|overlooked|passed over)`,
      `${MY_MESSAGES}${GAP(30)}(going|gone|go|went|disappearing|disappear|vanish(ing)?|vanished|falling|fall) (straight |right |directly )?(in|into|to) (your|the|a) (bin|trash|void|black hole|abyss)`,
      `(shouting|screaming|writing|talking|sending (emails|messages)) into (the|a) (void|black hole|abyss)`,
      `(passed|pass) over without (a )?(comment|reply|response|word|acknowledge?ment)`,
      `(go|gone|went|going|been left) (completely |totally |entirely )?(unanswered|unacknowledged|unreturned|without (a )?(reply|response|answer|acknowledge?ment|word))`,
      `(leave|leaving|left|leaves) (a|my|our|your|the|someone's|people's|these|those|all) ${LATER(2)}${MESSAGES} (unanswered|unacknowledged|unreturned|unread|hanging)`,
      // --- silence and ghosting, named as such ---------------------------------------------------
      '(been |being |getting |get |got |feel |feels |feeling |felt )?ghosted',
      '(ghosting|ghost) (me|us)',
      'keep (ghosting|ignoring|dodging|avoiding) (me|us|my|our)',
      `(dodging|avoiding|ignoring|blanking|stonewalling|snubbing) (me|us|${MY_MESSAGES})`,
      'dodging (this|the question)',
      `(i am|i was|i have been|we are|we were|we have been|i feel|i felt|we feel|feel|feeling|felt) (completely |totally |simply |just |so |a bit |a little |rather )?(being )?(ignored|blanked|stonewalled|snubbed|brushed (aside|off)|fobbed off|strung along|given the cold shoulder)`,
      `being (ignored|ghosted|blanked|brushed aside|brushed off|stonewalled|strung along|left on read) (like this|is|has|feels|was|really|hurts|stings)`,
      `(my|our) ${MESSAGES} (are|were|have been|seem to be|are being|keep being) (simply |just |completely )?(being )?ignored`,
      '(deserve|deserved|deserves|get|getting|got|give|giving|gave|given) (me |us )?the silent treatment',
      'radio silence',
      'crickets',
      '(take|taking|took) (your|the|this) silence',
      '(your|the) silence (on your end|from you|from your (side|end)|on your side|at your end|is|has been|speaks|says|tells|stings|hurts|was|since|after)',
      'by your silence',
      `(met|greeted|answered) (with|by) (total |complete |stony |deafening |utter |nothing but |radio )?silence`,
      `you (have )?(gone|went|going) (completely |totally |very |a bit |rather |oddly |strangely |suddenly |all )?(quiet|silent|dark|awol|mia|cold|missing)( on (me|us)| since)?`,
      `(gone|went|going) (completely |totally |very |a bit |rather |all )?(quiet|silent|dark|cold|awol|mia) on (me|us)`,
      `(left|leaving|leave|leaves) (me|us|someone|people|a person) (completely |totally |entirely |just |still )?(on read|hanging|guessing|in the dark|in limbo|high and dry|wondering|to wonder)`,
      'left on read',
      `(been|being|was|were|am|are|get|got|getting|feel|feeling) left (completely |totally |entirely |just |still )?(on read|hanging|guessing|in the dark|in limbo|high and dry|to wonder|waiting)`,
      `(leave|leaving|left|keep|keeping|kept) (me|us|someone|people|a person) (waiting|hanging)( (this|so|that) long| for (weeks|days|months|ages))?`,
      // --- feelings about the silence ------------------------------------------------------------
      `${FEELING}${GAP(50)}${NO_REPLY}`,
      `(let down|taken aback|not (a )?(great|good|nice) look)${GAP(50)}${NO_REPLY}`,
      `(being|been) (ignored|ghosted|blanked|left on read|kept waiting|left hanging)${GAP(40)}${FEELING}`,
      `(the|this|your|such) silence${GAP(40)}${FEELING}`,
      `(not|never) (hearing|getting|receiving) (anything |a (word|thing|reply|response) |any (reply|response|word) )?(back|back from you|from you)${GAP(40)}(has|is|was|makes|made|left|leaves|feels|been|means)`,
      `(hearing|getting|receiving) nothing (back|in return|from you)${GAP(40)}(has|is|was|makes|made|feels|been)`,
      `${I} (am|was|feel|felt|have been) ${DEGREE}(hurt|let down|wounded|offended|insulted|disheartened|deflated|gutted|forgotten|taken for granted|brushed aside|overlooked|invisible|unappreciated)(?! (by|in|at|about|with) (the|a|an|this|that|it|his|her|their|its) )`,
      `${I} (am|was|feel|felt) ${DEGREE}disappointed (not|that you|you|by your|in you|with your (silence|lack|response)|to (not|have not))`,
      `(makes|made|making) me (feel )?${DEGREE}(hurt|unappreciated|invisible|forgotten|ignored|taken for granted)`,
      `(that is|it is|this is|that was|it was|it has been|feels) ${DEGREE}(a )?(hurtful|inconsiderate|disrespectful)(?=\\s*[.!?,;]|\\s*$| of you| to (leave|ignore|keep))`,
      `(it is|that is|this is|it was|that was|feels) ${DEGREE}(rude|unfair|unprofessional|unkind) (of you|to (leave|ignore|keep) (me|us|someone|people|a person|my|our|messages|emails))`,
      `(inconsiderate|hurtful|disrespectful|rude|unkind|unprofessional)(,)? (no|right|do not you think|do you not think|would you not say|is it not)\\?`,
      `(strange|odd|funny|poor|bad|rude|unkind|harsh|sad|shabby|disappointing|weird|hard) way to treat (someone|a person|people|me|us|your)`,
      // --- the sender's effort, then the silence -------------------------------------------------
      `${EFFORT}${GAP(60)}${NO_REPLY}`,
      `${EFFORT}${GAP(60)}(so|and|but|yet|only)${GAP(30)}(${EXPECTED}|${HURT}|least you|courtesy|decency|${REPLY_NOUN}${GAP(20)}(would|should|is not|was not|too much))`,
      `${I} (have )?(really |truly )?(went|gone|go) out of (my|our) way (for you|to (help|get|find|secure|accommodate|fit|squeeze|arrange|make) (you|your|this|that|it))`,
      `${I} (have )?(really |truly )?(bent|bend) over backwards (for|to)`,
      `${I} (have )?(really |truly )?(went|gone) out on a limb (for you|recommending you|to (recommend|introduce|help|get) you|on your behalf)`,
      `${I} (have )?(personally )?(vouched|put my (name|neck|reputation) on the line) for you`,
      `${I} (have )?(did|done) you a (favou?r|kindness|good turn)`,
      `${I} (have )?(done|did) nothing but (help|support|assist|accommodate|be helpful)`,
      `(someone|somebody|a person|people) (who has|who have|who is|who are|that has|i have|we have)( been)? (nothing but (helpful|supportive|kind|patient)|helped (you )?(this|so) much|done so much for you)`,
      `(how much|everything|all that) ${I} (have )?(done|did|given) for you`,
      `after (all|everything) (the |that |this )?(time|effort|work|help|trouble|hours|we|i)${GAP(60)}(${NO_REPLY}|${HURT}|${EXPECTED}|least you|courtesy|decency)`,
      `(given|considering|after|despite) (all )?(the|my|our) (time|effort|work|hours)${GAP(30)}for you`,
      `(goodwill|patience|flexibility|lengths|effort) on (my|our) (part|side|end)`,
      `(more than enough|plenty of) (goodwill|patience|understanding|chances)`,
      `${I} (still )?(made|make|found|find|took|take) (the )?time (for you|to (write|reach|email|follow|chase|call))${GAP(40)}(so (can|could) you|you (can|could|did not|have not|cannot|will not))`,
      `busy${GAP(20)}so am i`,
      `${EFFORT}${GAP(40)}(was|were|has been|had been|is|feels|seems|went) (all )?(wasted|for nothing|in vain|pointless|unappreciated|a waste)`,
      // --- sacrifice, vouching, looking foolish; others let down; promises; one-sidedness (dev4) --
      `${I} (have )?(really |truly |personally )?(went|gone|go|going) to bat for you`,
      `(stuck|stick|sticking|put|putting) (my|our) (neck|name|reputation|credibility) (out |on the line )?for you`,
      `(shame|pity|disappointing|frustrating|galling|hurtful|disheartening|sad)${GAP(30)}${EFFORT}`,
      `(turned|turning|turn|passed|passing) (down|away|on) ${LATER(3)}(client|clients|booking|bookings|job|jobs|work|offers?|projects?|people|customers|business|others|candidates?|gigs?)${GAP(50)}(for you|for your sake|on your account|because of you)`,
      `(calendar|diary|schedule|slot|availability)('s| has| have| is| was| had)? (been )?(blocked|held|kept|reserved|cleared|set aside|on hold|ring ?fenced)( off| out| free| open)? for you ${LATER(1)}(all|for (days|weeks|ages|a (week|month|fortnight))|the (whole|entire)|since|this whole)`,
      `(were|was|had been) (all |really |so |genuinely )?(counting|relying|depending|banking) on (you|your)`,
      `(do not know|not sure|no idea|have no idea|unsure) (what|how) (to|i will|i am going to|i should|i can) (tell|say to|explain (it )?to|face) (them|him|her|the (team|kids|board|client|family|others|committee)|my (team|boss|manager|family|kids|client|wife|husband|partner|colleagues)|everyone)( now)?${END}`,
      `(i feel|we feel|i look|we look|feel|feeling|felt|feels|look|looking|looked|looks) ${DEGREE}(foolish|silly|stupid|naive|like (an idiot|a fool|a mug)) (for (vouching|recommending|trusting|believing|backing|championing|going to bat|sticking|putting|pushing|introducing|suggesting|referring|hiring)|in front of)`,
      `now (i|we) (look|looks|feel|seem|seems) ${DEGREE}(foolish|silly|stupid|naive|bad|like (an idiot|a fool|a mug))`,
      `(making|made|makes|make) (me|us) look ${DEGREE}(foolish|silly|stupid|bad|unprofessional|like (an idiot|a fool))`,
      `(you promised|you said|you told (me|us)|you assured (me|us)|you agreed|you committed|you guaranteed)${GAP(80)}(and )?here we are`,
      `here we are(,)? ${LATER(2)}(weeks|days|months|a (week|month|fortnight)) later`,
      `here we are(,)? (still|with nothing|and (still|nothing))`,
      `(waiting|waited|heard nothing|nothing) ever since`,
      `(i feel|we feel|it feels|it seems|feels|feel|felt|feeling|seems|seem|seemed|getting|becoming) ${DEGREE}(one sided|lopsided)`,
      `(a|this|such a|very|rather|pretty) (one sided|lopsided) (conversation|relationship|correspondence|exchange|effort|dialogue|affair)`,
      `(wasted|wasting) (my|our) (time|breath|effort|energy)`,
      'waste of (my|our) (time|effort|breath|energy)',
      `(hoping|hoped|expected|expecting|thought) you would ${LATER(2)}(more|a bit more|a little more|a lot more|greater|at least some) (interest|enthusiasm|engagement|urgency|commitment|courtesy|consideration|respect)`,
      `(which is|that is|it is|this is|which has been|it has been|which makes (it|things)|making (it|things)) ${DEGREE}(awkward|embarrassing|uncomfortable|humiliating) for (me|us)${END}`,
      `(keep|keeps|kept|keeping) asking (me |us )?(if|whether) you (have|had) (replied|responded|answered|got back|gotten back|signed|decided|confirmed|been in touch)`,
      `(keep|kept) having to (say no|tell (them|him|her|everyone|my|our)|explain|make excuses)`,
      `(making|make|made) excuses for you`,
      `(i|we) would at least (appreciate|like|expect|want|hope for)`,
      `(i am|we are) (just |simply |clearly |obviously |apparently |evidently )?not (a|your) (priority|concern) (for|to) you`,
      // --- expected better / thought you were someone who ... ------------------------------------
      `(${I} (would have|had|did)|i'd|we'd) (really |honestly |genuinely |rather |naturally |at least )?(thought|expected|hoped|assumed|imagined|figured)${GAP(50)}(${REPLYING}|reply|response|answer|hear (back|from you)|by now|acknowledge|acknowledgement|courtesy|decency|merited|deserved|too much to ask|more responsive)`,
      `${I} (expected|was expecting|were expecting|had expected|did expect) (a (bit|lot|little|good deal) )?(better (from|of) (you|someone|a)|more (from|of) (you|someone|a)|more (professionalism|courtesy|respect|consideration|common courtesy)|better${END})`,
      `${I} (expected|was expecting|were expecting|had expected|did expect) (at least )?((a|an|some)${GAP(20)}(reply|response|answer|acknowledge?ment|courtesy|word back)|to hear (back|from you|something|anything)|you to${GAP(30)}(${REPLYING}|reply|respond|answer))`,
      `(i|we) (would have|should have) (appreciated|liked|valued) (a|an|the|some|hearing|being|knowing|at least|even|just)`,
      `${REPLY_HEAD}${GAP(40)}(would|should|could) have been (nice|good|appreciated|polite|courteous|decent|great|kind|considerate|respectful|the least|welcome)`,
      `(would|should|could) have been (nice|good|polite|courteous|decent|great|kind|considerate|respectful) (of you to|to (hear|get) (back|from you|something|anything|a (reply|response|word|heads up)|some (reply|response|word)))`,
      `(would|will|should) be (nice|good) to (hear (literally |just |even |at least )?(something|anything|back|a (word|peep|single word))|get (literally |just |even |at least )?(something back|anything back|a (reply|response|word)|some (reply|response|sign of life)))`,
      `(it would be|it is|it is only|would be|be) (decent|polite|courteous|good manners|basic manners|common courtesy|respectful|considerate|the (decent|polite|right|professional|courteous) thing) (of you )?to (${REPLYING}|acknowledge|say|tell)`,
      `(it is|it was|that is|this is|that was) ${DEGREE}(not )?(so |very |particularly |terribly |exactly )?(polite|courteous|respectful|considerate|nice|kind|professional|good manners|rude|bad manners|poor form|bad form) to ((leave|keep|ignore) (me|us|someone|people|a person|clients|a client|customers|${MY_MESSAGES}|(a|an|the|your|their|someone's|people's) ${MESSAGES})|never (${REPLYING})|not (${REPLYING}|even))`,
      `(the )?courtesy (of|to) (a|an|reply|respond|get|let|answer|acknowledge|even|at least|tell|say|decline|write|replying|responding|hearing)`,
      `(the )?decency to (${REPLYING}|say|tell|answer|write|decline|acknowledge|reply|respond|let)`,
      `(common|basic|simple|professional|normal|ordinary) (courtesy|decency|manners|politeness)`,
      `(have|has|had|show|showed|shown) (at least )?(the|some|a little|a bit of|a shred of) (common |basic |simple )?(courtesy|decency|manners|politeness)`,
      `(you )?owe (me|us) (that much|at least|a (reply|response|answer|decision|yes or no|word|call|courtesy)|an (answer|explanation|update|honest))`,
      `${I} (feel |think |believe )?(i |we )?(deserve|merit|am owed|are owed|am entitled to|are entitled to)( at least| a little)? ((a|an|some) (short |quick |brief |simple |polite |straight )?(reply|response|answer|acknowledge?ment|word|explanation|courtesy|yes or no|decision)|the courtesy|to (hear|know|be told)|better than this|more than this|more (respect|courtesy))`,
      `(i am|i feel|we feel|feel) (i am |we are )?owed`,
      'entitled to (a|an|at least a|some) (reply|response|answer)',
      '(merit|merits|merited|deserve|deserves|deserved|warrant|warrants|warranted) (at least |even )?(a|an|some) (short |quick |brief |simple |single |polite |one ?line |courtesy )?(reply|response|answer|acknowledge?ment|word|note|line)',
      '(the )?least you (could|can|might) (do|have done)',
      `(${REPLY_HEAD}|${REPLIED_HEAD}|hear back|hearing back)${GAP(40)}too much to ask`,
      `too much to ask (for|that you|you to|to)${GAP(20)}(${REPLY_NOUN}|${REPLYING}|hear)`,
      `(had|have) you (down|pegged|figured|marked) (as|for) (someone|somebody|a person|the (kind|type|sort))`,
      `(thought|believed|assumed|hoped|figured) you (were|are) (someone|somebody|a person|the (kind|type|sort) of (person|people|client|professional))`,
      `(under|had) the impression (that )?you (respected|valued|cared|were (someone|serious|the kind|a person))`,
      '(silly|stupid|foolish|naive) (me|of me) for (thinking|believing|assuming|expecting|hoping|trusting)',
      '(guess|suppose|i guess|i suppose|seems) i was wrong (about you|\\?)',
      `${I} (was|were|had been|have been) (really |genuinely |honestly )?counting on you`,
      `(respect|value|respected|valued|respecting|valuing) (my|our|other people's|people's) time`,
      // --- patience ------------------------------------------------------------------------------
      `${I} (have )?(been|was|were) (very |so |really |extremely |incredibly |super |more than |beyond |nothing but |exceptionally |remarkably |endlessly |extraordinarily )?patient(?! (with|about|regarding|while) (the|this|that|these|those|it|its|a|an|my|our|his|her|their) )`,
      `${I} (have )?been (very |so |really |extremely |incredibly |super |more than |nothing but |endlessly )(understanding|accommodating|flexible|reasonable|fair)`,
      `(more than|very|incredibly|extremely|really|so) (patient|understanding) (with you|so far|waiting)`,
      `(my|our) patience (is|has|was) (wearing|running|getting|worn|run|starting to wear|beginning to wear|at an end|exhausted|not infinite|limited|thin)`,
      '(running|ran|run) out of patience',
      `${I} (have )?(been |am |are |was |were )?(waiting|waited) (so |very |ever so |most |quite )?patiently`,
      `${I} (have )?(given|gave) you (plenty of|every|more than enough|enough|ample|lots of|so many|multiple|several) (space|time|benefit of the doubt|chances?|opportunit(y|ies)|leeway|grace)`,
      'every benefit of the doubt',
      // --- what a reply would cost --------------------------------------------------------------
      `(would|will|should|could|does|did|it would|it will) (only |just |literally |honestly )?(take|cost) you (a |about |all of |barely |at most |less than |under )?(few |couple of |thirty |ten |five |two |fifteen |twenty |sixty |\\d+ )?(seconds?|secs?|minutes?|mins?|a (second|minute|moment|sec)|one (second|minute|moment)|moments?)( to (${REPLYING}|reply|say|hit reply|write (back|a line)|type|drop (me|us)|tell (me|us)|fire off)|${END})`,
      '(would not|will not|does not|did not|should not) (even )?(take|cost) you (more than )?(a few |a couple of |\\d+ |thirty |ten |five |two |sixty |fifteen )?(seconds|minutes|a second|a minute|a moment)',
      `(takes?|took|costs?|cost|costing) you (only |just |barely |less than |all of )?(a |one )?(few |couple of )?(seconds?|a second|a minute|a moment|moments?|minutes?|\\d+ seconds|thirty seconds|ten seconds|five seconds|two seconds)`,
      `(take|takes|took) (only |just )?(a |one )?(few )?(seconds|second|minute|moment) (of your (time|day)|to (hit reply|reply to (this|me|us)|let (me|us) know either way|say yes or no))`,
      `(would not|will not|does not|did not) (hurt|kill)( you)?${GAP(30)}(reply|answer|respond|second|minute|moment|let (me|us) know|line|note|word|text|acknowledge)`,
      `(would|will|does|did) it (really |honestly |actually )?(kill|hurt) you`,
      `(that is|is|was) all (a (reply|response|answer|yes or no|one-?line reply)|an? (reply|answer|response)|replying|answering)( would| will)? (take|takes|cost|costs|need|needs)`,
      `(hitting|hit|clicking|click|pressing|press|typing) (reply|respond|a (reply|one-?line|yes|no|quick))${GAP(30)}(costs?|takes?|would (take|cost))`,
      `(less time than|quicker than|faster than) (it )?(took|takes|it took|it takes) (me|us)`,
      `(a|one) (one-?line|one line|quick|short|simple|two-?line|brief|single-?line) (reply|response|answer|note)${GAP(30)}(would|is all|is not|was all|would not|was not|surely|cannot|can not|is hardly|takes|costs)`,
      `surely${GAP(50)}you (can|could|might) (spare|find|manage|reply|answer|respond|let me know|tell me|take)`,
      'at least you (could|can) (reply|answer|respond|let me know|tell me|spare)',
      // --- how often the sender had to ask -------------------------------------------------------
      `${I} (have )?(reached out|written|wrote|emailed|e-?mailed|messaged|called|rang|phoned|texted|chased|followed up|asked|contacted you|pinged you|tried (you|to (reach|call|contact|get hold of) you|calling|emailing|phoning|ringing|texting)) ${LATER(4)}(several|many|multiple|a (few|couple of|number of)|numerous|countless|\\d+|two|three|four|five|six|seven|eight|a dozen|half a dozen|so many|a million|umpteen) times`,
      `(my|our) (several|many|multiple|repeated|numerous|countless|endless|constant|persistent|\\d+|two|three|four|five|six) (attempts|tries|emails|e-?mails|messages|calls|follow ?ups|voicemails|reminders|requests|chasers|nudges|letters|texts)`,
      `(after|despite|following) (my |our )?(several|many|multiple|repeated|numerous|countless|endless|\\d+|two|three|four|five|six) (emails|e-?mails|messages|calls|follow ?ups|voicemails|reminders|chasers|nudges|letters|texts)`,
      `(after|despite|following) (my|our) (attempts|tries|requests|efforts) to (reach|contact|get hold of|get in touch with|hear from) you`,
      `(several|many|multiple|numerous|\\d+|two|three|four|five|six|seven|a dozen) (emails?|messages?|calls?|voicemails?|texts?|attempts?|follow ?ups?|reminders?|nudges?|letters?) (later|in|on)(,)? (and )?(still )?(nothing|no (reply|response|answer|word)|not a (word|peep))`,
      `(asked|written|wrote|emailed|reached out|followed up|contacted you|called|chased|tried to (reach|contact) you|raised this|mentioned this|messaged you) ${LATER(4)}on (several|many|multiple|numerous|a few|a number of|countless|repeated) occasions`,
      `(this is|it is|that is|this will be|here is) (now |already |officially )?(my|our|the) (third|fourth|fifth|sixth|seventh|umpteenth|nth|\\d+(rd|th)) (time|e-?mail|message|attempt|follow ?up|note|try|request|reminder|chaser|call|voicemail)`,
      `(the|for the|that is the|this is the) (second|third|fourth|fifth|sixth|umpteenth|nth|\\d+(st|nd|rd|th)) time (i have|i|we have|we) (asked|written|emailed|reached|chased|followed|contacted|tried to (reach|contact)|called|rang|messaged|raised)`,
      `(for the|yet) (umpteenth|nth|hundredth|millionth) time(,)? ${I} (have |am )?(asked|asking|written|writing|emailed|emailing|chased|chasing|followed up|following up|reminded|reminding|raised|raising)`,
      `${I} (have )?(been )?(trying|tried) (for (days|weeks|months|ages) )?to (reach|get hold of|contact|get in touch with|get through to|pin down) you`,
      `${I} (have )?(been )?(trying|tried) (for (days|weeks|months|ages) )?to get (an answer|a (reply|response)) (from|out of) you`,
      `${I} (have )?(been )?(chasing|chased|following up|followed up|emailing|emailed|messaging|messaged|calling|called|ringing|rang|pestering|hounding) (you|this|on this|about this|with you) ${LATER(4)}(since|for) (\\S+ )?(days|weeks|months|ages|a (week|month|fortnight|while)|the|last|early|${MONTHS}|${DAYS}|christmas|\\d+)`,
      `${I} (have )?(chased|asked|emailed|written to|followed up|reached out|called you|messaged|pinged|nudged|reminded) ${LATER(4)}(more times than|so many times|too many times|over and over|again and again|time and again)`,
      `(wrote|written|emailed|messaged|called|rang|texted|pinged)( to)? you${GAP(40)}(and|,) (again|once more|yet again) (yesterday|today|this (morning|week|afternoon)|on|last)`,
      `(do not|did not|never|rarely|seldom) (usually |normally |typically |often )(have to |need to )?(chase|hound|pester|nag|follow up with) (people|clients|anyone|folks|like this)`,
      `(hate|hating) to (keep|continually|constantly) (emailing|asking|chasing|writing|following up|nagging|pestering|bothering you)`,
      `(hate|hating) having to (keep )?(chase|chasing|email|emailing|ask|asking|nag|nagging|follow up|following up)`,
      `(have|having|had) to (keep|continually|constantly) (asking|emailing|chasing|writing|following up|reminding|nagging|pestering|calling)`,
      `${I} (keep|kept) (having to )?(chasing|emailing|asking|writing to|following up with|reminding|calling|messaging) you`,
      `(would not|should not|would never) (need|have) to (be (so )?(persistent|chasing)|chase|keep (asking|chasing|emailing)|follow up)( (so much|so often|like this))? (if|had)`,
      // --- added families: cost of a reply, "how hard is it", "why the silence", social comparison --
      `${REPLY_HEAD}${GAP(20)}(is|was) all (i am|we are|i was|i|we) (asking|after|want|need|ask|wanted|needed|hoping)`,
      `all (i am|we are|i was|i|we) (asking|ask|want|need|wanted|needed|am after|was after)( for)? (is|was) (a|an|some|one|just|your)${GAP(25)}${REPLY_NOUN}`,
      `(one|two|three|five|ten|thirty|sixty|\\d+) ?(second|minute|word|line) (reply|response|answer|email|e-?mail|note|message|text)`,
      `(is it|was it|would it be|is it really|would it really be|can it be) (really |that |so |really that |honestly |actually )?(hard|difficult|much to ask|complicated|tough) to${GAP(30)}(${REPLYING}|reply|answer|respond|say (no|yes)|hit reply|drop (me|us) a (line|note)|${REPLY_NOUN})`,
      `how (hard|difficult|long) (is it|can it be|would it be|does it take|could it be) to${GAP(30)}(${REPLYING}|reply|answer|respond|say (no|yes)|hit reply|drop (me|us) a (line|note)|${REPLY_NOUN})`,
      `why (still )?(the|all the|such|this|your) (silence|radio silence|cold shoulder|silent treatment)`,
      `why (still )?no (reply|response|answer|word)( (from you|yet|at all))?(?=\\s*\\?| from you)`,
      `(my|our) (time|work|effort|efforts|${MESSAGES}) (just |simply |clearly |obviously |apparently |evidently |really )?(is not|are not|was not|were not|does not seem|do not seem|clearly is not|clearly are not|obviously is not|obviously are not|apparently is not|apparently are not) (to be )?(worth (much|anything|a (reply|response)|your time|very much)|important (enough )?to you|valued|a priority (to|for) you|welcome)`,
      `(clearly|obviously|apparently|evidently|i take it) ${MY_MESSAGES} (are not|were not|have not been|is not|was not) (welcome|important|a priority|wanted|worth (a reply|answering|replying)|getting through)`,
      `(most|other|all my other|my other|any other) (people|clients|customers|folks|candidates|prospects|buyers|partners) ${LATER(2)}(would|should|will) (have )?(at least )?(replied|responded|answered|got back|gotten back|come back|written back|said something|let me know|been in touch)`,
      `(would|should|could) have (at least )?(replied|responded|answered|got back|gotten back|come back|written back|been in touch|heard (back|something|from you)) (by now|already|long ago|weeks ago|days ago)`,
      `${I} (should|would|ought to) (really )?have heard (back|something|anything|from you) (by now|already|long ago)`,
      `(a little|some|basic|a bit of|a modicum of|a shred of|more) (courtesy|respect|manners|communication|consideration|common courtesy|professionalism) (would|goes|could|might|will) (go|have gone) a long way`,
      `(your|the) (continued|ongoing|prolonged|continuing|persistent|complete|total|extended|lengthy|long) silence`,
      'your silence',
      `(do not|did not|never) (really |much |particularly )?(appreciate|like|enjoy|love) being (ignored|ghosted|blanked|left (on read|hanging|waiting|in the dark)|brushed (off|aside)|strung along|kept waiting)`,
      `(feel|feeling|felt|feels) (like|as if|as though) (i have|i am|i was|we have|we are|we were|i|we|my (emails|messages) (are|have))( been)? (completely |totally |just |simply |rather |a bit )?(forgotten|ignored|invisible|brushed aside|written off|dropped|an afterthought|shouting into the void|talking to myself|wasting my time|being ignored|being strung along|not (a priority|important|worth))`,
      `(unprofessional|rude|impolite|discourteous|disrespectful|inconsiderate|bad form|poor form|bad manners|not (very )?(nice|polite|professional|courteous)) ((not to|to not|to never) (${REPLYING}|reply|respond|answer|acknowledge|even)|to (ignore|leave) (me|us|people|someone|a person|clients|a client|${MY_MESSAGES}|(a|an|the|your|their|someone's|people's) ${MESSAGES})|to keep (me|us|people|someone|clients|a client) waiting)`,
      `${I} (have )?(sent|left|written|fired off|emailed)( you)? (\\d+|two|three|four|five|six|seven|several|multiple|many|numerous|a (few|couple of|number of)|a dozen) (emails|e-?mails|messages|follow ?ups|voicemails|texts|notes|reminders|chasers|letters|nudges)( to you)?(,)? (now|already|so far|to date|in total|this (week|month)|and (still|not|no|nothing|have not|never|yet)|without|but (no|not|nothing|still|have not|never|yet)|with no)`,
      `(thought|hoped|expected|assumed|figured|believed) you (would be|would have been|were going to be|were|might be) (a (bit|little|lot) )?more (responsive|professional|reliable|courteous|considerate|prompt|communicative|forthcoming|respectful)`,
      `more (responsive|communicative|forthcoming) than this`,
      `(found|find|finds|had|have|has|make|made|makes|making|finding) (the )?time (to|for)${GAP(40)}(but|yet|and) (not|never|still not|can not|could not|somehow not) (to |for )?(${REPLYING}|reply|answer|respond|me|my (email|message|call)|a (reply|response))`,
      `(you|you could|you can|you might|you should) (at least|at the very least|even just) (${REPLYING}|reply|respond|answer|tell (me|us)|have the (decency|courtesy)|acknowledge)`,
      `too busy to (${REPLYING}|reply|answer|respond|write back|send a (quick )?(line|reply|note|word)|drop (me|us) a (line|note))`,
      `(${REPLIED_HEAD}|signed)${GAP(40)}(except|apart from|other than|besides|bar|save for|but) (for )?you${END}`,
      `(you are|you have been) the (only|last) (one|person|client|candidate|member|team|parent|customer|supplier|vendor) ${LATER(2)}(who|that|yet to|still to|not to) (has not|have not|did not|is yet to|has yet to|still has not|never|(reply|respond|answer|get back|confirm))`,
      `(sitting|sat|sit) (here )?waiting (for|on) (you|your|a (reply|response|word|answer))`,
      `no (reply|response|answer|word|acknowledge?ment|call|text)(,| or| and| nor) (no|not even|not a|nothing)`,
      `(the )?ball (has been|is still|has sat|was|is) in your court${GAP(30)}(for|since|weeks|days|months|a while|ages)`,
      `(\\d+|two|three|four|five|six|seven|several|multiple|many) (emails|e-?mails|messages|calls|voicemails|texts|follow ?ups|attempts)(,| and| but)? (zero|no|not one|not a single|nil) (replies|reply|responses?|answers?|word|acknowledge?ments?)`,
      `(respect|regard|consideration) for (my|our|other people's|people's) (time|efforts?|work)`,
      `(${I} (had|did)|i'd|we'd) (really |honestly |genuinely )?hoped for (a bit |a little |a lot |far |much |something )?(more|better)`,
      `(do not|please do not|never) make (me|us) (chase|hunt|beg|keep asking|ask again|follow up again|come after)`,
      `make (me|us) (keep )?(chasing|chase|hunt|beg|begging) (you|for (a|an|your))`,
      `(i am|i have been|i|we are|we have been|we) (doing|done) all the (chasing|running|talking|work in this|legwork in this|heavy lifting in this)`,
      `(a|just a|even a|one) (simple |quick |polite |straight |plain |short |single )?(no|yes|no thanks|reply|answer|response|heads up|word|email|line)${GAP(30)}(would have|could have|might have) (saved|spared|helped|been)`,
      `(can not|could not|did not|do not|never|cannot) (even )?(get|got|receive|have|had) (so much as|even) (a|an|one)`,
      `(and )?(still )?not (one|a single) (word|reply|response|answer|peep|acknowledge?ment|call|text|email)${END}`,
      `(and )?(still )?not a (word|peep|squeak|sausage)${END}`,
      `you (do not|did not|clearly do not|obviously do not|no longer|apparently do not) (really )?(value|respect|care about|appreciate) (our|my|the) (partnership|relationship|time|work|business|efforts?|help|friendship|collaboration|conversations?)`,
      `(whether|if) you (even|actually|ever) care`,
      `(left|leave|leaving|leaves) (me|us) (with )?no (choice|option|alternative)`,
      `(do not|never) (normally |usually |typically )?chase (clients|people|anyone|customers|prospects)(,)? (but|yet|and yet)`,
      `not (important|worth|good|interesting|big|valuable|senior) enough (for|to (get|warrant|deserve|merit)) (a|an|your|the)${GAP(10)}(reply|response|answer|acknowledge?ment|time|attention)`,
      `time for (everything|everyone|everybody|anything|other (things|people)|linkedin|social media|posting)${GAP(20)}(except|but|apart from|other than|besides) (me|us|answering|replying|responding|getting back|my|a (reply|response))`,
      `you (have )?(ignored|avoided|dodged|blanked|snubbed|overlooked) (me|us|${MY_MESSAGES})`,
      `(ignore|ignores) (me|us) for (weeks|days|months|ages|so long)`,
      `${REPLIED_HEAD}${GAP(50)}(but|yet) (not|never) (to )?(me|us|mine|my)`,
      `(left|leave|leaving|keep|keeps|have to keep|having to keep) (me|us )?(chasing|running after|hunting|hunting down|tracking down) (you|this|an answer)`,
      `(like|as if i am|as if i were) a (debt collector|stalker|nag)`,
      `(i|we) (thought|assumed|figured|hoped|expected) (i|we) (would|might|could) (at least|surely|by now) (get|receive|hear|have)`,
      `(a|the) courtesy (reply|response|email|e-?mail|call|note)`,
      `you (never|did not|have not|could not|can not|have never) (even )?(found|find|made|make|take|took|spared|spare) (the |a )?(time|moment|minute|second) to (${REPLYING}|answer|reply|respond|write)`,
      `(could|would|can) you not (have (just |simply |at least )?(said|told|replied|let (me|us) know|answered|dropped)|(just|simply|at least|even) (say|tell|reply|let|answer|drop))`,
      `(could not|would not|can not) you (have (just |simply |at least )?(said|told|replied|let (me|us) know|answered|dropped)|(just|simply|at least|even) (say|tell|reply|let|answer|drop))`,
      `so much as (opened|read|looked at|acknowledged|replied|responded|answered|glanced at|opened)`,
      `(fallen|falling|fell|dropped|dropping) off the (face of the earth|map|planet)`,
      `what (more|else) (i|we) (can|could|need to|have to|should|must) (do|say|try) to (get|hear|receive)${GAP(20)}(reply|response|answer|back|from you|hold of you)`,
      `(everyone|everybody|all) else ${LATER(4)}(has |have |had )?(already )?(replied|responded|answered|got back|gotten back|confirmed|come back|been in touch|signed)`,
      `the (rest|others) ${LATER(4)}(have |had )?(all )?(already )?(replied|responded|answered|got back|gotten back|come back|been in touch)`,
      `(because of|thanks to|due to) (your|the) (silence|radio silence|non-?response|lack of (response|reply|communication|replies))`,
      `(stringing|strung|string) (me|us) along`,
      `are you (even|actually|ever) (reading|getting|seeing|opening|receiving) (these|my|our|this|them)`,
      `(anyone|anybody|is anyone|is anybody) (home|alive)( over there| on your end)?\\?`,
      `(being|been|was|were|am|are) kept (waiting|in the dark|guessing|hanging|in limbo)`,
      `(kept|keep|keeping) (me|us) (in the dark|guessing|in limbo)`,
      `(i|we) would (have )?expect(ed)? (at least|the courtesy|the decency|a (reply|response|answer) by now)`,
      `(a bit of|a little|some|basic) (respect|courtesy|consideration|communication) would (be|have been) (nice|appreciated|good|welcome)`,
      `(screening|rejecting|ignoring) (my|our) (calls|emails|messages|texts)`,
      `read receipts?${GAP(30)}(opened|read|seen|viewed)`,
      `(i|we) (should not|should never|would not) (have to|need to) (ask|chase|follow up|email|remind you|beg) ${LATER(2)}(twice|again|this many times|so many times|\\d+ times|three times|repeatedly|for a (reply|response|answer))`,
      // --- blame: what the silence costs the sender ---------------------------------------------
      `(you are|you have been|you) (really )?(making|made|make) (this|it|things|my (job|life|work)|everything) (so |much |a lot |far )?(harder|more difficult|difficult|awkward|complicated)${GAP(30)}(for (me|us)|on (me|us)|by (not|never|ignoring|staying))`,
      `(put|putting|left|leaving|leave|puts|leaves) (me|us) in (a|an|such a|quite a) (really |very |bit of a |rather )?(difficult|awkward|tough|tricky|impossible|embarrassing|uncomfortable) (position|spot|situation|place)`,
      `by (not|never|failing to|refusing to) (even )?(replying|responding|answering|getting back|getting in touch|coming back|acknowledging|calling back|writing back|returning (my|our))( (to )?(me|us|my|our|this|anything|any of)|${END})`,
      `your (lack|absence) of (a |any )?(response|reply|replies|answer|communication|acknowledge?ment|feedback|follow ?through|courtesy|contact|news)`,
      `the (lack|absence) of (a |any )?(response|reply|replies|answer|acknowledge?ment) (from you|on your (part|side|end))`,
      'your (non-?response|non-?reply|unresponsiveness)',
      'thanks for nothing',
      `(people|clients|customers|someone|folks|those) who (actually|at least|bother to|can be bothered to) (reply|respond|answer|get back|write back|call back)`,
      `(one-?way|one way) (street|conversation|relationship|traffic)`,
      `(talking|speaking|shouting|writing) (to|into) (a|the) (brick )?wall`,
      `(a )?real (person|human|human being|people) (on|at) (this|the other|my|our) end`,
      `(only |can only |must |have to |will |should )?assume (that )?${MY_MESSAGES} (were|are|was|is|have been) not (even )?(worth|important|welcome|a priority|wanted|of interest)`,
      `not (even )?worth (a (reply|response)|replying|answering|responding|your time to (answer|reply|respond))`,
      `(why|how come) ${LATER(3)}(so hard|so difficult|impossible|such a struggle|so much to ask) to (get a (reply|response|answer)|hear back|get hold of you|get through to you|get an answer|reply|answer|respond)`,
      `(why|how come) (you are|you have been|are you|have you|you have|you) (still )?(not|never|stopped|refused to) (even )?(${REPLYING}|replying|answering|responding|getting back|returning)`,
      `(why|how come) (have|did|are|do) you (not|never) (${REPLYING}|replied|answered|responded|been replying|returned)`,
      // "Why haven't you replied?": a reproach, not a request.
      `(why|how come) (have|has|did|are|do) not you (still |even |yet )?(${REPLYING}|replied|answered|responded|been replying|returned|got back|gotten back|written back)`,
      `(why|how come) (you have|you are|you) (gone|going|went) (quiet|silent|dark|cold|awol|mia)`,
      `(not sure|no idea|i do not know|i do not understand|i cannot understand|i cannot work out) why you (are|have been|keep|have|would) (avoiding|ignoring|dodging|not (replying|responding|answering|getting back)|so quiet|silent|quiet|gone (quiet|silent|dark))`,
      `(is there|was there) (a|any) (reason|particular reason) (why )?you (keep|have been|are|have stopped|stopped) (ignoring|avoiding|dodging|ghosting)`,
      `(is there|was there) (a|any) (reason|particular reason) (why )?you (have|did|do|are|have been) not (${REPLYING}|replied|responded|answered)`,
      `did i (say something|say anything) (wrong|to (offend|upset|annoy|put you off))`,
      `did i do something (wrong(?=\\s*[?!]|\\s*$| to (you|offend|upset|annoy))|to (offend|upset|annoy|put you off))`,
      `(what|have) (did|have)? ?i (do|done|said|say) (something )?(wrong )?to (deserve|offend|upset|annoy) (you|this|that|the|being|such)`,
      `(not sure|no idea|wondering) what i (did|have done|said) (wrong|to deserve)`,
      `whether you (even|ever|actually) (read|open|opened|see|saw|get|got|look at|looked at) (my|our|these|the) ${MESSAGES}`,
      `(i can see|i see|i noticed|i notice|i could see) (that )?you (have )?(opened|read|seen|viewed|clicked)( (my|our))`,
      `(you said|you did say|you had said|you promised|you did promise|you told me|you told us|you assured me|you assured us|you agreed|you mentioned) (that )?(you would|you will) (get back|reply|respond|call|let (me|us) know|come back|answer|decide|be in touch|send|follow up|get in touch|confirm)${GAP(60)}(still|not|never|nothing|no|yet|but|and then|waiting)`,
      `(follow|following|followed) through on (what you (said|promised)|your (word|promise))`,
      `(someone|somebody|people|a person) who (keeps|kept|keep) (their|his|her) word`,
      'take (it|the silence|this|your silence) personally',
      `(my other clients|most people|everyone else|other clients|my clients|most clients|most of my clients|all my other clients) (usually |normally |always |generally |at least |typically )?(manage|have the (decency|courtesy)|reply|respond|get back|answer|at least|let me know)`,
      `${I} (have been|am still|are still|have still been|was still|were still|have been still) waiting (on|for|to hear)( back)? (from )?(you|your (reply|response|answer|decision|feedback|thoughts|verdict|input|word))`,
      `still waiting to hear (back|from you|what|whether|if)`,
      `(i am|i have been|been|still) (still )?waiting (a long while|for weeks|for days|for months|on you|ages|forever|an age|so long|this long)`,
    ],
    source: 'essay',
  },
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const GUILT_NEGATIONS: string[] = [
  // "I haven't heard back, which is totally fine", "no worries if you've been busy".
  `(not|never) (heard|had|received|got|gotten) (back|a (reply|response))( from you)?( yet)?(,)? (which|and|but|that) (is|is totally|is completely|is absolutely|is perfectly|that is) (totally |completely |absolutely |perfectly )?(fine|ok|okay|alright|all right|understandable|no problem|no worries)`,
  `(do not|never) (feel|be) (bad|guilty) (about|for) (not )?(${verb('reply')}|${verb('respond')}|the (delay|silence)|taking)`,
  'i (will not|do not|would not) take (it|the silence|your silence|silence) personally',
  'not taking (it|the silence|this) personally',
  'thank(s| you) for (being|your) (so |very )?(patient|patience|understanding)',
  'you have been (so |very |really |incredibly |extremely )?(patient|understanding)',
];
