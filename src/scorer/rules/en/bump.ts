import type { ToneRule } from '../types.ts';
import { alt, clause } from '../lexicon.ts';

const lang = 'en';

// --- lexicons: an empty bump is "me, again, about my earlier message, with nothing new" --------

/** Which earlier message. */
const PRIOR = alt('last', 'previous', 'earlier', 'prior', 'original', 'initial', 'first', 'recent', 'other', 'below');
/** What the earlier message was. */
const MSG = alt(
  'e-?mails?', 'messages?', 'notes?', 'mails?', 'letters?', 'msgs?', 'texts?', 'voice ?mails?', 'correspondence', 'enquiry', 'inquiry',
  'requests?', 'proposal', 'quote', 'invitation', 'invite', 'application', 'offer', 'outreach', 'email below', 'note below', 'message below',
);
/** "my last email", "our previous note", "my email below". */
const MY_MSG = `(my|our) (${PRIOR} |own )?${MSG}`;
/** What is being bumped: "this", "this one", "my last note", "the below". */
const THIS = alt(
  'this( one| thread| email| e-?mail| message| note| request| proposal)?',
  'it',
  `my (${PRIOR} )?${MSG}`,
  'the below',
  `the (${PRIOR} )?(e-?mail|message|note|thread)( below)?`,
);
/** Where a bump puts it: back at the top, back on the radar, into the inbox again. */
const PLACE = alt(
  '(back )?to the (top|surface|front)( of (your|the) (inbox|pile|list|queue|stack|email pile)|(?! of))',
  '(back )?up (your|the) (inbox|pile|list|queue|stack)',
  'back (to|into|in|onto|on|up|at the top of|in front of|under) (your|the) (attention|inbox|radar|desk|pile|list|queue|surface|top|front|mind|notice|nose)',
  'back (up|to the surface|to the top|on top|in front of you|into view|into focus)',
  '(back )?(in|into) your inbox',
  'back (onto|on) your radar',
  'back on(to)? your radar',
);
/** Verbs that move a message back up. */
const RAISE = alt(
  'bump(s|ed|ing)?', 'nudg(e|es|ed|ing)', 'float(s|ed|ing)?', 'pop(s|ped|ping)?', 'bringing', 'brought', 'push(es|ed|ing)?',
  'mov(e|es|ed|ing)', 'slid(e|es|ing)', 're-?surfac(e|es|ed|ing)', 'surfac(e|es|ed|ing)', 'kick(s|ed|ing)?', 'bounc(e|es|ed|ing)',
  'slip(s|ped|ping)?', 'sneak(s|ing)?', 'bubbl(e|es|ed|ing)', 'snuck', 'drag(s|ged|ging)?', 'hoist(s|ed|ing)?', 'lift(s|ed|ing)?', 'scoot(s|ed|ing)?',
);
/** Verbs that move it up with a bare "up" ("bumping this up"): only those that mean nothing else. */
const RAISE_UP = alt('bubbl(e|es|ed|ing)', 'bump(s|ed|ing)?', 'nudg(e|es|ed|ing)', 'float(s|ed|ing)?', 'pop(s|ped|ping)?', 'push(es|ed|ing)?', 'bounc(e|es|ed|ing)', 'kick(s|ed|ing)?', 'hoist(s|ed|ing)?');
/** Again, once more. */
const AGAIN = alt('again', 'once more', 'once again', 'one more time', 'a second time', 'anew', 'afresh');
/** About (a subject). */
const ABOUT = alt('on', 'about', 're:?', 'regarding', 'concerning', 'with regard to', 'with regards to', 'in regard to', 'in relation to', 'as regards', 'as to', 'in respect of');
/** What a follow-up is about, when the draft names nothing new: "this", "the below", "my note", "the proposal". */
const TARGET = alt(
  'this', 'that', 'it', 'these', 'the below', 'below', 'my', 'our (proposal|quote|offer|invitation|invite|idea|chat about|conversation about)',
  // "the proposal", "the note I sent", but not "the question you asked" or "the notes from our call" (content)
  "the(?! (call|calls|meeting|meetings|session|sessions|conversation|chat|question|questions|request|requests|point|points|notes|answer|answers|results?|news|story|article|report|case study|issue|issues|problem|bug|fix|agenda|minutes|slides|recording|changes)(?!\\p{L}))",
  'the (email|message|note|thread|proposal|quote) (i|we) sent',
);
/** A follow-up with content ("following up with the case study", "on your question") is not a bump. */
const NOT_CONTENT = `(?! (with|by|tomorrow|later|next|when|if|once|soon|shortly|as (promised|discussed|requested|agreed|planned)|(on|to|re|about|regarding|from|after) (your|our (call|meeting|session|conversation|chat|discussion|talk))|from (yesterday|today|this morning|the (call|meeting|session)))(?!\\p{L}))`;
/** The end of a clause: nothing more is said. */
const END = '(?=\\s*([.!?,;:)…]|—|–|- |\\p{Extended_Pictographic}|\\n|$))';
/** Progressive bump verbs that mean nothing else. */
const BUMPING = alt(
  'checking in(?! (the|a|an|some|these|those|his|her|their|at|for|code|changes|files?|luggage|bags?|to (the|a|my|our|your) )(?!\\p{L}))',
  'checking back in',
  'checking back (on|re|about|regarding|with you|here|again)',
  'circling back( round| around)?',
  'touching base( again| once more)?',
  'looping back( round| around)?',
  'checking round',
  `(popping|dropping|swinging|stopping|looking) (back )?(in|by)( again)?( (to (check|see|ask|follow|say|nudge)|${ABOUT} (this|that|it|the|my|our)))`,
  '(popping|dropping|swinging|stopping) back (in|by|up)( again)?',
  '(popping|dropping|swinging|stopping) (in|by) (again|once more)',
  'checking in (again|once more)',
  'reaching back out',
  'circling (round|around) (on|to|re:?|about|regarding|back)',
);
/** "wanted to", "thought I'd", "just writing to", "let me": an intent before an infinitive. */
const INTENT = alt(
  'wanted to', 'wanting to', 'just want to', 'thought i would', 'thought i should', 'thought i might', 'figured i would', 'figured i should',
  'would like to', 'am writing to', 'writing to', 'just writing to', 'hoping to', 'trying to', 'let me', 'allow me to', 'just to',
  'a (quick |short |brief )?(note|line|email) to', 'just checking in to', 'checking in to', 'popping back to', 'dropping (you )?a (quick |short |brief )?(line|note) to', 'reaching out to', 'popping in to', 'here to',
);
/** The bump, as an infinitive. */
const TO_BUMP = alt(
  'check (back )?in', 'check back', 'circle back', 'touch base', 'loop back( round| around)?', 'reach out (again|once more|once again)',
  `follow up${NOT_CONTENT}`, 'follow on', 'check on (this|that|it|my|the status|how|where)', 'nudge (you|this|it)', 'ping (you|this|it)', 'bump (this|it|my)',
  're-?surface (this|it|my)', 'float (this|it|my)', 'try (again|once more|one more time|my luck again)', 'make sure (you (saw|got|received|had seen|have seen|caught|did not miss)|(this|it|my \\w+) (did not|has not|had not))',
  'keep (this|this one|the conversation|the thread|things) (warm|alive|ticking over|on your radar|on the boil)', 'remind you (about|of) (this|my)',
);
/** Something you had: a chance, a moment. */
const CHANCE = alt('a chance', 'the chance', 'a moment', 'a minute', 'a sec(ond)?', 'time', 'an opportunity', 'the opportunity', 'the time', 'a spare (minute|moment)', 'any time', 'a look', 'a second to');
/** Looking at it, thinking it over. */
const CONSIDER = alt(
  'look', 'have a look', 'take a look', 'read', 'review', 'check', 'go (over|through)', 'get through', 'consider', 'think', 'mull', 'digest', 'glance', 'skim', 'peruse',
  'reply', 'respond', 'discuss', 'chat', 'talk', 'share', 'decide', 'sign', 'go through', 'evaluate', 'assess', 'process',
);
/** Saw / got / received. */
const RECEIVED = alt('receive', 'received', 'get', 'got', 'gotten', 'see', 'saw', 'seen', 'spot', 'spotted', 'catch', 'caught', 'read', 'open', 'opened', 'get to', 'got to', 'get round to', 'got round to', 'get around to', 'got around to');
/** Arrived (of a message). */
const ARRIVED = alt('reach(ed)? you', 'get through', 'got through', 'get to you', 'got to you', 'arrive', 'arrived', 'land', 'landed', 'come through', 'came through', 'make it( to you| through)?', 'made it( to you| through)?', 'end up in (your )?spam', 'go to (your )?spam');
/** What went wrong with it in the inbox. */
const LOST = alt(
  'got (buried|lost|missed|overlooked|swamped|snowed under)', 'gets (buried|lost|missed)', 'get (buried|lost|missed)', 'was (buried|lost|missed|overlooked)', 'went (astray|missing|to spam|to junk)',
  'slipped( through)?', 'slips through', 'fell (through|off)', 'sank', 'sunk', 'ended up (in|under)', 'disappeared', 'has (been )?(buried|lost|missed|slipped|sunk|fallen)', 'had (been )?(buried|lost|missed|slipped|sunk|fallen)',
  '(might|may|could) have (been )?(buried|lost|missed|slipped|sunk|fallen|gone)', 'did not (arrive|come through|reach you|get through)', 'is buried', 'was buried',
);
/** Subjects of LOST: this / my note. */
const IT = alt('it', 'this', 'this one', 'that', 'my (last |previous |earlier |original |first )?(e-?mail|message|note|mail|letter|proposal|invite|invitation|reply|email below|note below)', 'the (e-?mail|message|note) below', 'the below', 'the (last |previous |earlier )?(e-?mail|message|note)');
/** Updates one asks for. */
const STATUS = alt('updates?', 'news', 'word', 'movement', 'progress', 'developments?', 'joy', 'luck', 'decision', 'verdict', 'word back', 'news back', 'headway', 'traction');
/** Thoughts one asks for, only about "this". */
const OPINION = alt('thoughts', 'feedback', 'response', 'reply', 'answer', 'comments', 'reactions?', 'input', 'views', 'questions');
/** Deictic objects: this, the below, my note. */
const DEICTIC = alt('this( one)?', 'that', 'it', 'the below', 'below', `my (${PRIOR} )?${MSG}`, 'the (e-?mail|message|note|proposal|quote|draft|thread)( below| i sent| we sent)?', 'your (end|side)');

/** What the sender sent and now asks about ("how did you get on with the proposal"). */
const SENT_THING = alt(
  'proposal', 'quote', 'quotation', 'offer', 'decision', 'contract', 'deck', 'draft', 'mock-?ups?', 'brochure', 'estimate', 'application', 'candidates?',
  'profiles?', 'cv', 'shortlist', 'paperwork', 'review', 'documents?', 'samples?', 'package', 'pitch', 'idea', 'designs?', 'portfolio', 'pricing', 'terms',
  'agreement', 'plan', 'sessions?', 'invitation', 'invite', 'brief', 'questionnaire', 'survey', 'links?', 'demo', 'trial', 'listing', 'property', 'flat', 'role',
);

/** Empty bumps and "per my last email" (mild). */
export const BUMP_RULES: ToneRule[] = [
  {
    id: 'bump.checking-in',
    category: 'empty-bump',
    kind: 'mild',
    weight: 25,
    lang,
    patterns: [
      // checking in, circling back, touching base (progressive: a bump in progress)
      `(just |quick(ly)? |briefly |simply |gently |only )?${BUMPING}`,
      // following up, when nothing new follows
      `(just |quick(ly)? |briefly |simply |gently |only )?following up( ${AGAIN}| here| there)?( ${ABOUT} ${TARGET})`,
      `(just |quick(ly)? |briefly |simply |gently |only )?following up ${AGAIN}`,
      `(just |quick(ly)? |briefly |simply |gently |only )?following up( here| there)?${END}`,
      `following (on|up) from ${MY_MSG}`,
      `(following|follow) up (to )?${MY_MSG}`,
      // reaching out / writing again
      `(reaching out|writing|emailing|contacting you|getting in touch|messaging|write|writing to you|emailing you|dropping you a line|dropping a line) ${AGAIN}`,
      `again (sending|forwarding|writing|reaching out|emailing|contacting you|getting in touch)`,
      `further to ${MY_MSG}`,
      // wanted to check in, thought I'd follow up, let me follow up
      `(just )?${INTENT} ${TO_BUMP}`,
      // bumping this up, floating this back to the top, bringing this back to your attention
      `${RAISE} ${THIS} ${PLACE}`,
      `${RAISE_UP} ${THIS}( back)? up`,
      `(bring|brings) ${THIS} (back (to|into|in|onto|on|at the top of|in front of) (your|the) (attention|inbox|radar|pile|list|queue|top|front|mind|notice)|to the top of (your|the) (inbox|pile|list|queue))( ${AGAIN})?`,
      `(put|puts|putting|send|sends|sending|sent) ${THIS} (back (to|into|in|onto|on|up|at the top of|in front of) (your|the) (attention|inbox|radar|pile|list|queue|top|front|mind|notice)|back (up|to the top|on top|in front of you)|to the top of (your|the) (inbox|pile|list|queue))`,
      `(pinging|nudging|poking|prodding|bumping) (you|this|it|that|my|the below)(?! into)`,
      `(ping|nudge|poke|prod|bump) (you|this) (again|once more|on this|about this)`,
      're-?surfacing (this|it|my|the below)',
      `(revisiting|reviving|resurrecting|re-?opening|re-?raising|re-?upping) (this( thread| one| email| message| note)|the below|the thread|${MY_MSG})`,
      `(picking|pick) up (the|this|our) (thread|conversation) (from|of|on|about) (my|our|the)`,
      `(coming|circling|looping|bouncing) back to you (${ABOUT}) (the below|this|that|my|the (e-?mail|message|note|thread|proposal))`,
      `(coming|circling|looping) back to (this|the below|my (${PRIOR} )?${MSG})`,
      // a gentle nudge, a little wave, a quick follow-up to my note
      '(a|another|one more|one last|quick|gentle|friendly|little|small|tiny|soft|polite|light|slight|final|kind) (quick |gentle |friendly |little |small |tiny |soft |polite |light |slight )?(nudge|nudges)',
      '(quick|gentle|friendly|little|small|tiny|soft|polite|light|slight|kind) (quick |gentle |friendly |little |small |tiny |soft |polite |light |slight )?(poke|prod)',
      `(just |just a |a )?(quick|gentle|friendly|little|small|tiny|soft|polite|light|another|one more|one last|final) (quick |gentle |friendly |little |small |tiny |soft |polite |light )?(ping|bump|wave|tap|knock|check ?in)( from (me|us))?( (on|about|re:?|regarding|for|here|in case)|${END})`,
      `(a|one|quick|brief|short|gentle|friendly|little|small|polite|another) (quick |brief |short |gentle |friendly |little |small |polite )?(follow ?up|check ?in|reminder|nudge) (${ABOUT}|to|of) (${MY_MSG}|this|the below|this thread|the thread|the (e-?mail|message|note|proposal|quote) (i|we) sent)`,
      `(second|third|fourth|another|one more) (quick |gentle |friendly |little |small |polite )?(follow ?up|nudge|check ?in|ping|bump)( (${ABOUT}|to) (this|that|it|the below|${MY_MSG}|the (e-?mail|message|note|proposal|quote|thread))|(?=\\s*([.!?]|—|–|$)))`,
      `following up to (see|check|ask|find out|confirm|hear) (if|whether|where|how|what)`,
      `(love|appreciate|grateful for|be glad of|like) (an|any|a quick|a brief|a short|a quick status) update(?! (to|of|for|in|at|from (the|our|my)))`,
      `(pinging|nudging|bumping|poking|prodding) (${AGAIN}|here|on (this|the below|my))`,
      `(raising|re-?raising) ${MY_MSG} ${AGAIN}`,
      `(raising|re-?raising) (this|it) (${AGAIN} )?(with you|in case)`,
      'just (picking|pick) (this|it|things|the conversation|the thread) back up',
      `(did|have|had) you (have|had|get|got) any (more |further )?(thoughts|feedback|reaction) (on|about|re:?|regarding) ${DEICTIC}`,
      `(if|whether) you('ve| have| had) (reviewed|read|looked at|seen|considered|checked|gone through|gone over|had a look at|had a read of|taken a look at|managed to look at|got round to|got around to) (it|this (\\p{L}+ )?${SENT_THING}|my|our|the (\\p{L}+ )?${SENT_THING}|the ${MSG})`,
      `you('ve|'d| have| had)? (${RECEIVED}) the (\\p{L}+ )?(${SENT_THING}|${MSG}) (i|we) (sent|emailed|forwarded|shared|attached)`,
      `(just )?re-?send(ing)?( you)? (the below|${MY_MSG}|(the|my) ${MSG} below)`,
      `(just )?re-?sending( (this|it))?${END}`,
      'how is the (decision|decision process|decision-making|deliberation) (going|coming along|looking|progressing|shaping up)',
      `(re:?|regarding|about|further to|following) ${MY_MSG}${clause(30)}any (thoughts|feedback|news|update|updates|word)`,
      `(did|has|have|had) ${IT} (get|gotten|got|been|go|gone|slip|slipped|fall|fallen|end up|ended up) (lost|buried|missed|overlooked|through the (cracks|net)|under|to (spam|junk)|in (spam|junk)|in your (spam|junk))`,
      `(trying|try|tried) (you|to reach you|to get hold of you) ${AGAIN}`,
      `just a (quick |friendly |gentle |little |short |small )?(nudge|ping|bump|poke|prod|follow ?up|check ?in)`,
      // "Bump." or "ping 🙂" on its own, at the start of a line or after the greeting
      `(bump|ping|nudge|bumping|pinging|nudging|poke)( (bump|ping|nudge))?(?<=(^|[\\n.!?,:;—–])\\s*\\p{L}+( \\p{L}+)?)( (this|it)( up)?)?( again)?(?=\\s*[.!]*\\s*(\\p{Extended_Pictographic}|[:;]-?[)DpP]|$)|[.!]*[^\\S\\n]*\\n[^\\S\\n]*\\n|[.!]+\\s)`,
      // "Jenna — thoughts?": the whole ask, right after the greeting
      `(any )?thoughts(?<=(^|\\n)\\s*((hi|hey|hello|dear|yo|morning|afternoon) )?[\\p{L}.]+( [\\p{L}.]+)?\\s*[,—–:-]\\s*(any )?thoughts)(?=\\s*\\?)`,
      // "+1 on the below"
      '1(?<=\\+1) (on|to|re:?|for) (the below|this|my)',
      // any update? any news re the mockups, any joy with the quote?
      `any (further |more |new |fresh |recent )?${STATUS}( yet| so far| at all| to report| to share)?( (on|with|re:?|regarding|about|from|at|for|here|there|in)${clause(50)})?(?=\\s*(\\?|\\n|$|\\p{Extended_Pictographic}))`,
      `any (further |more |new )?${STATUS}( yet)?( (on|with|re:?|regarding|about|from) ${DEICTIC})?( yet)?(?=\\s*[.!])`,
      `any (further |more )?${OPINION} (on|about|re:?|regarding|to) ${DEICTIC}`,
      `(is there|has there been|have there been|been) any (further |more |new )?${STATUS}( yet)? (on|with|re:?|regarding|about|from) ${DEICTIC}`,
      // how are we looking, where did we land, where you'd got to
      'how (are|is) (we|things|it|this|everything) (looking|shaping up|coming along|progressing)( (on|with|re:?|for|at) (this|that|it|the|your|my|our))?(?=\\s*[?])',
      'how (are|is) (we|things) (looking|placed|shaping up) (on|with|re:?|for|at)',
      'where (did|do|have|are) (we|things) (leave|left|stand|land|landed|get to|got to|end up|ended up|at)( (things|it))?( (with|on|re:?|regarding|about))',
      `where (are we|we are|things are|things stand|it stands|this stands|do things stand|does this stand|does it stand)( at)?( (with|on|re:?|regarding) ${DEICTIC}|(?=\\s*[?]))`,
      "where (you|you'd|you have|you had|you've) (got|gotten|get|landed|land|ended up|are at)( to)? (with|on)",
      'see (where things|if there has been|where we are|where you are at|where you landed|where this landed|where things stand)',
      // still thinking about it? still on your radar? still of interest?
      '(are )?you still (thinking|mulling|considering|pondering|deliberating|weighing|chewing)( (about|over|on|it))?( (this|that|it|the \\p{L}+|my \\p{L}+))?(?=\\s*[?])',
      '(wondering|seeing|checking|curious|asking) (if|whether) you are still (thinking|mulling|considering|pondering|deliberating|weighing|interested|keen)',
      '(still|back) on your radar',
      '(is|are) (this|it|that|you) still (of interest|interested|keen|a priority|something you|on the table|on your (list|mind))',
      `(keep|keeping) (this|this one|the conversation|the thread|things|${MY_MSG}) (warm|alive|on your radar|top of mind|on the boil|ticking over)`,
      // did you get a chance, did you manage to look, have you given it any thought
      `(did|have|had) you (ever |yet |already )?(get|got|gotten|had|have|find|found|manage to find) ${CHANCE}( yet)?( to| for)`,
      `(did|have|had) you (managed|manage|been able|had time) to ${CONSIDER}`,
      `(were|are) you able to (${CONSIDER})(?! (the|my) (attached|enclosed))`,
      `(if|whether) you('d|'ve| have| had| would| might have)? (had|got|gotten|found|managed to find) ${CHANCE}`,
      `(if|whether) you('d|'ve| have| had)? (managed|been able) to ${CONSIDER}`,
      "(if|whether|have) you('d|'ve| have| had)? (given|had) (it|this|that|the \\p{L}+( \\p{L}+)?|my \\p{L}+|any|some) ?(any |some )?(more |further |additional )?(thought|thoughts|consideration|more thought)",
      "(if|whether) you('d|'ve| have| had)? (thought|mulled|slept) (it over|on it|about it|any more|further|more about)",
      "(if|whether) you('d|'ve| have| had) (decided|reached a decision|come to a decision|made a decision|made up your mind)",
      "(if|whether) you('d|'ve| have| had)? had any (more |further )?(thoughts|feedback|luck|joy|news|update|updates)",
      // did my last message reach you? I trust you received my email; did you see my note below?
      `(did|has|have|had) ${MY_MSG} ${ARRIVED}`,
      `(did|has|have|had) (this|it|the (e-?mail|message|note)( below)?) ${ARRIVED}`,
      `you('ve|'d| have| had)? (${RECEIVED}) ${MY_MSG}`,
      `(in case|incase|just in case|if|should) ${IT} ${LOST}`,
      `(making|make|ensuring|ensure|checking|check|double-?checking) (sure )?(that )?${IT} (did not|has not|had not|does not|was not|has|had|hasn't) (get|gotten|got|slip|slipped|fall|fallen|go|gone|end|ended|been) (lost|buried|missed|through|past|under|down|to spam|to junk|into spam|up in spam|overlooked)`,
      `(making|make|ensuring|ensure) sure (that )?you (saw|got|received|had seen|have seen|caught|did not miss|have|had) ${MY_MSG}`,
      `${MY_MSG} (may|might|could|must|probably) have (got|gotten|been|gone|slipped|fallen|ended up|sunk)( lost| buried| missed| overlooked| through| under| into| to| past)?`,
      `${MY_MSG} (has |had |have |did )?(ever |actually |safely )?${ARRIVED}( (okay|ok|safely|alright|all right|fine))?(?=\\s*([?.!,;—–]|$|\\n| (or|and|at all)))`,
      // chasing this up; sorry to chase
      `(just |gently |politely |quickly |kindly )?(chasing|chase|chased) (this|this one|that|it|${MY_MSG}) up`,
      `(just |gently |politely |quickly |kindly )?(chasing|chase|chased)( up)? (the below|${MY_MSG}|on (this|the below|my))`,
      `(just |gently |politely |quickly |kindly )?(chasing|chase|chased) up (this|this one|that|it)`,
      `(just |gently |politely |quickly )?chasing( up)?( (this|this one|that|it))?${END}`,
      '(sorry|apologies|apologise|apologize|forgive me) (again )?(to|for) (chase|chasing|nag|nagging|pester|pestering|hound|hounding) you',
      '(sorry|apologies|apologise|apologize|forgive me) (to|for) (bother|bothering|trouble|troubling|disturb|disturbing|email|emailing|write|writing to|contact|contacting) you (again|once more|once again)',
      `(sorry|apologies) for (the|this|my) (repeat(ed)?|follow ?up|chasing) (email|message|note|mail)`,
      `(it is |just )?me(?<=(^|[\\n,!—–])\\s*(it is |it's |just )?me) again${END}`,
      "(i am|i'm|i) back in your inbox",
      // did you get round to it; any chance you've had a look
      '(did|have|had) you (ever )?(get|got|gotten) (round|around) to (reading|looking|reviewing|checking|replying|considering|thinking|it|this|that|my|the)',
      `any chance you('ve| have| had)? (had|got|gotten|taken|found) (${CHANCE}|a (look|read|peek|glance))`,
      // what's the latest; how did you get on with the proposal
      `what is the (latest|latest news|latest word|word|news) (on|with|re:?|regarding|about|from)`,
      `what is the (status|update|progress) (on|of|with|re:?|regarding) ${DEICTIC}`,
      `(checking|check) (in )?on (the (status|progress) (of|on) )?(this|that|my|the below|where|how)`,
      `how (did|are|have|were) you (get|getting|got|been getting|been going|going|progressing|coming along) (on )?(with|on) (the|my|our|your|this|that) (\\p{L}+ )?${SENT_THING}`,
      `how you are (getting on|going|progressing|coming along|getting along) (with|on) (the|my|our|your|this|that) (\\p{L}+ )?${SENT_THING}`,
      `((i|we) would (love|like|be keen|be glad|be grateful|appreciate) to |keen to |love to |like to |glad to )?(hear|get|have|know) your (thoughts|feedback|views|reaction|take|verdict) on (this|that|the below|my (${PRIOR}) ${MSG}|(the|my) ${MSG} below)`,
      `any (further |more )?(feedback|thoughts|comments|reactions?|views) (on|about|re:?|regarding) (the|my|our) (\\p{L}+ )?${SENT_THING}(?=\\s*\\?)`,
      `follow(ing)? up (${clause(25)} )?(on|to|re:?|about|regarding) (my|our) ${PRIOR} ${MSG}`,
      `(if|whether|have|did) you('d|'ve| have| had)? (had|got|gotten|found time for) a (think|ponder|mull|look|read|glance|peek|chance to think|quick look|proper look)`,
      `any (further |more )?${OPINION} (yet|so far|at all)(?=\\s*[?.!]|$)`,
      `what is (happening|the story|the plan|the situation|going on|new) (with|on) (this|that|it|the below|(the|my|our) (\\p{L}+ )?(${SENT_THING}|${MSG}))(?=\\s*\\?)`,
      `(have|did) you (decided|decide|made a decision|come to a decision|reached a decision|made up your mind)( yet| on (this|that|it|the below|(the|my|our) (\\p{L}+ )?${SENT_THING}))?(?=\\s*\\?)`,
      `(have|did) you (decided|decide|made a decision|come to a decision|reached a decision|made up your mind)( (on|about) (this|that|it|the below|(the|my|our) (\\p{L}+ )?${SENT_THING}))? yet`,
      `(just |gently |politely )?(nudging|pinging|chasing|bumping|poking|prodding) (you )?(on|about|re:?|regarding) (this|that|it|the|my|our)`,
      `(still )?(waiting|hoping|keen) to hear back (on|about|re:?|regarding|from you (on|about|re:?|regarding)) ${DEICTIC}`,
      `(hoping|hope|keen|wanted|want|would like|love|like) (to (get|have|hear|receive)|for) (an|a quick|any|a brief|some) (update|news)(?! (to|of|for|in|at|from (the|our|my)))`,
      `(checking|confirming|making sure|ensuring|check|confirm|make sure) (that |if |whether )?you (saw|got|received|have seen|had seen|caught|spotted|have had|had) (this|it|that|my|the below|the (e-?mail|message|note))`,
      `(are you |you )?still (keen|interested|up for|open to|on board|game|thinking of|planning|considering)(?=${clause(40)}\\?)`,
      `(in case|incase|just in case|if) you (missed|did not (see|get|receive|catch)|have not (seen|had)|never (saw|got|received)) ${MY_MSG}`,
      `(slip|slips|slipped|slipping|fall|falls|fell|falling|fallen) (through the (cracks|net)|past you|under (the|your) radar|(down|to the bottom of|off) your (inbox|radar|list|pile))`,
      // re-sending in case it got buried; sending this over again; forwarding you my previous mail
      `re-?send(ing)?( you)?( ${THIS})?( over| across| through| along| on)?( again)?( (in case|as|for|so|just in case|below))`,
      `(sending|forwarding|re-?forwarding|re-?sharing|sharing|attaching|resubmitting|resending|re-?sending|passing|bringing) (you )?(${THIS}|a copy of ${MY_MSG})( over| across| through| along| on| again)?( ${AGAIN}| in case)`,
      `(sending|forwarding|re-?forwarding|re-?sharing|resending|re-?sending) (you )?${MY_MSG}`,
      // on your radar, in your inbox: a bump by other verbs
      `(keep|keeping) (this|it|the \\p{L}+( \\p{L}+)?|my \\p{L}+) (back )?on your radar`,
      `(put|putting|get|getting|bring|bringing|pop|popping|slip|slipping) (this|it|the \\p{L}+( \\p{L}+)?|my \\p{L}+) back on(to)? your radar`,
      `(swinging|popping|dropping|landing|sliding|stopping|floating|bouncing|wandering|sneaking|appearing) (by|into|back into|back in|in|up in|back to|to|back on top of|at the top of) your inbox( ${AGAIN})?`,
      `${RAISE} (in|into) your inbox( ${AGAIN})`,
      'checking (back )?in (re:?|on|about|regarding|with you|to see|to ask|to check)',
      'quick check ?in',
      `(checking|seeing|wondering|asking|curious) (whether|if) you (${RECEIVED}|had a chance|have had a chance|got a chance)`,
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
      `(as )?per ${MY_MSG}`,
      `as (i|we) (have )?(already |previously |just )?(said|mentioned|stated|explained|noted|pointed out|outlined|indicated|set out|wrote|written|asked|flagged|highlighted|raised|shared|advised) (in|via) ${MY_MSG}(?! to (?!you))`,
      'as (i|we) (have )?already (said|mentioned|stated|explained|noted|pointed out|outlined|indicated|wrote|written|asked|flagged|highlighted|advised)',
      'as (i|we) (have )?(said|mentioned|stated|explained|noted|pointed out|asked) (several|many|a few|multiple|numerous|a number of|two|three|countless) times',
      `(please )?(see|refer to|re-?read|reread|scroll down to) ((my|our) ${PRIOR} ${MSG}|(my|our|the) (e-?mail|message|note)( below| i sent| we sent))`,
      `(i|we) (would )?(refer|point|direct) you (back )?to ${MY_MSG}`,
      `(to|just to) reiterate (${MY_MSG}|what (i|we) (said|wrote|mentioned))`,
      `(reiterating|repeating|restating) (${MY_MSG}|what (i|we) (said|wrote|mentioned))`,
      `as (mentioned|stated|noted|explained|outlined|said|discussed|indicated|set out|requested|asked) (in|via) ${MY_MSG}(?! to (?!you))`,
      'as (previously|already) (mentioned|stated|discussed|advised|explained|communicated|noted) (in|via) (my|our)',
    ],
    source: 'essay',
  },
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const BUMP_NEGATIONS: string[] = [
  // I won't keep following up; this will be my only follow-up
  '(stop|not|never|no longer|no more|without|avoid|rather not|hate) (be )?(following up|chasing|checking in|nudging|bumping|pinging|follow up|check in|nudge|ping|chase)',
  '(will|would|shall) not (follow up|check in|chase|nudge|ping|bump|keep)',
  '(my|the) (only|one) (follow ?up|nudge|reminder|check ?in)',
  // thanks for checking in (someone else bumped)
  '(thanks|thank you|thx|cheers|grateful|appreciate (you|it)) (so much |very much )?(for )?(following up|checking in|circling back|the (follow ?up|nudge|reminder|ping|bump|check ?in))',
  // a promise to come back later is not a bump
  '(i|we) will (check|circle|loop|touch|follow|come|get) (back|base|up|in)',
  '(let us|we can|we could|happy to|glad to) (check|circle|loop|touch|follow) (back|base|up|in)',
];
