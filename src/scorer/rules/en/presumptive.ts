import type { ToneRule } from '../types.ts';
import { alt, clause, WORDS } from '../lexicon.ts';

const lang = 'en';

/*
 * A presumptive close acts as if the recipient had already said yes. It is composed here as
 *   who (I / we) × what was done for them (booked, reserved, set up, ordered, told someone) × whose
 *   (you / your account / the venue for you / on your behalf),
 * the same acts in the passive ("your seat has been reserved", "the surveyor is booked for your
 * roof"), the next step taken for granted (the contract will follow, the welcome pack is on its
 * way, which day suits for the install), and silence read as consent ("since nobody objected").
 */

/** Who acts: the sender. */
const WE = '(i|we)';
/** "have", "'ve", "had", or nothing ("booked you in"). */
const HAVE = '(have |had )?';
/** How the act is softened or hurried. */
const ADV = '(already |just |now |also |provisionally |tentatively |gone ahead and |went ahead and |(taken|made|took) the (liberty|first step|initiative) (of|and) |quickly |kindly |been able to |managed to )?';

/** Acts that hold, book or enrol the recipient themself ("booked you in", "signed you up"). */
const BOOKED_YOU = alt(
  'booked', 'pre ?booked', 'scheduled', 'reserved', 'pencil+ed', 'penciled', 'slotted', 'signed', 'registered', 'enrol+ed', 'enlisted', 'counted',
  'locked', 'earmarked', 'committed', 'subscribed', 'pre ?registered', 'lined',
);
/** Acts that write the recipient onto a list ("put you down", "got you down"). */
const LISTED_YOU = alt('put', 'got', 'written', 'marked', 'listed', 'entered', 'noted', 'jotted');
/** Acts that move the recipient or their account into a product ("moved you onto the annual plan"). */
const MOVED_YOU = alt('added', 'moved', 'switched', 'upgraded', 'transferred', 'put', 'migrated', 'converted', 'set');
/** What a sale enrols someone in. */
const PROGRAMME = alt(
  'cohort', 'course', 'programme', 'program', 'class(es)?', 'retreat', 'workshop', 'bootcamp', 'roster', 'guest ?list', 'attendee list', 'booking',
  'plan', 'package', 'subscription', 'contract', 'tier', 'membership', 'rota', 'schedule', 'wait ?list', 'waiting list', 'intake', 'trip', 'tour',
  'event', 'dinner', '(donor|donors|supporters?|sponsors?|patrons?|founding members?|members?)( \\w+)? (wall|list|roll|page|circle|board|directory|register)', 'hono(u)?r roll', 'wall of \\w+', '(client|customer|members?|partner)( \\w+)? (slack|portal|channel|workspace|group|area|community|hub|chat)', 'launch', 'conference', 'session', 'sessions', 'team plan', 'licen[cs]e', 'account', 'policy', 'scheme', 'deal', 'order',
);
/** The recipient's things a seller acts on without being asked. */
const YOUR_THING = alt(
  'account', 'workspace', 'membership', 'subscription', 'plan', 'package', 'policy', 'order', 'booking', 'reservation', 'seats?', 'places?', 'spots?',
  'slots?', 'rooms?', 'tables?', 'tickets?', 'sessions?', 'consultation', 'interview', 'training', 'onboarding', 'installation', 'install', 'delivery',
  'kick ?off', 'start date', 'first \\w+', 'renewal', 'contract', 'agreement', 'paperwork', 'deposit', 'payment', 'card', '(card |bank |payment |personal |contact )?details',
  'name', 'profile', 'cv', 'r[eé]sum[eé]', 'application', 'pledge', 'donation', 'licen[cs]es?', 'logins?', 'login details', 'trial', 'upgrade', 'house', 'home',
  'property', 'flat', 'apartment', 'listing', 'kitchen', 'bathroom', 'roof', 'project', 'campaign', 'cohort', 'course', 'stand', 'booth', 'company', 'event',
  'offsite', 'wedding', 'business', 'firm', 'organi[sz]ation', 'shop', 'store', 'practice', 'premium', 'direct debit', 'standing order', 'order form', 'purchase order', 'po', 'team', 'team\'s \\w+', 'company\'s \\w+', 'car',
  'upgrade', 'place', 'spot', 'calendar', 'diary', 'implementation', 'integration', 'designs?', 'website', 'site', 'photos?', 'shoot', 'tasting', 'viewing', 'fitting', 'survey', 'assessment', 'valuation', 'visit', 'lesson', 'lessons', 'class', 'classes', 'demo', 'test drive', 'room', 'parking space', 'logo', 'brand(ing)?', 'data', 'mailbox(es)?', 'inbox(es)?', 'contacts', 'records', 'files', 'content', 'catalog(ue)?', 'inventory', 'homepage', 'flights?', 'hotel', 'travel', 'accommodation', 'availability',
);
/** Acts done on the recipient's things (not "confirmed": a confirmation they booked is ordinary). */
const DID_YOUR = alt(
  'booked', 'pre ?booked', 'scheduled', 'reserved', 'pencil+ed', 'penciled', 'blocked( out| off)?', 'held', 'slotted', 'locked( in)?', 'secured',
  'earmarked', 'put', 'set', 'set up', 'signed', 'registered', 'enrol+ed', 'entered', 'listed', 'added', 'submitted', 'raised', 'ordered', 'created',
  'opened', 'activated', 'started', 'drafted', 'prepared', 'renewed', 'moved', 'upgraded', 'switched', 'transferred', 'charged', 'billed', 'recorded',
  'logged', 'processed', 'passed', 'filled( in| out)?', 'pre ?filled', 'pre ?populated', 'drawn up', 'lodged', 'placed', 'allocated', 'assigned',
  'arranged', 'organi[sz]ed', 'initiated', 'kicked off', 'begun', 'configured', 'provisioned', 'generated', 'issued', 'extended', 'counted',
  'loaded', 'imported', 'uploaded', 'migrated', 'ported', 'synced', 'copied', 'shared',
);
/** Acts that commit something to the recipient's name ("ordered the panels for you"). */
const COMMITTED = alt(
  'booked', 'pre ?booked', 'reserved', 'ordered', 'pencil+ed', 'penciled', 'blocked( out| off)?', 'held', 'slotted', 'scheduled', 'registered',
  'earmarked', 'secured', 'locked in', 'drafted', 'prepared', 'filled (in|out)', 'pre ?filled', 'created', 'set up', 'opened', 'listed', 'raised',
  'submitted', 'placed', 'charged', 'put aside', 'set aside', 'put in', 'put through', 'saved', 'allocated', 'drawn up', 'arranged', 'organi[sz]ed', 'bought', 'purchased',
  'started', 'begun', 'signed', 'enrol+ed', 'provisioned', 'activated', 'configured', 'kept', '(put|placed) a( provisional| tentative)? hold on',
);
/** "for you", "on your behalf", "under your name": whose the booking is. Not "for your review". */
const FOR_YOU =
  '(for you(?! to)|on your behalf|under your( company)? name|in your name|for your (?!review|approval|consideration|reference|records|information|comments|feedback|perusal|convenience|interest|input|thoughts|eyes|files|use|sign ?off|question|questions|benefit|help|patience|time|reply|response|answer)\\p{L}+)';
/** Work begun for the recipient before they said yes. */
const STARTED_ON = alt(
  'drafting', 'building', 'designing', 'sketching', 'preparing', 'setting up', 'planning', 'putting together', 'writing up', 'producing', 'working on your (order|kitchen|house|home|listing|logo|brand|designs?|plan|package|installation)',
  'configuring', 'ordering', 'sourcing', 'migrating', 'importing', 'loading', 'transferring', 'moving', 'mocking up', 'fabricating', 'manufacturing', 'building out', 'booking', 'printing', 'developing', 'creating', 'mapping out', 'scoping', 'onboarding',
);
/** Documents that follow a yes. */
const DOCS = alt(
  'contracts?', 'agreements?', 'paperwork', 'docu ?sign( envelope| link| request)?', 'e ?sign(ature)?( request| link| envelope)', 'signing (link|pack)',
  'welcome (pack|kit|email|box|bundle|letter|guide|packet)', 'onboarding (pack|kit|forms?|documents|docs|email|questionnaire|packet|invite|checklist)',
  'order form', 'purchase order', 'po', 'sow', 'statement of work', 'lease', 'tenancy agreement', 'engagement letter', 'offer letter', 'first invoice',
  'deposit (invoice|link|request)', 'payment link', 'joining instructions', 'membership card', 'logins?', 'login (details|credentials)', 'contract pack',
  'terms of engagement', 'service agreement', 'sign ?up form', 'direct debit (form|mandate)', 'booking form', 'reservation (agreement|form)', 'retainer',
  'kick ?off (deck|pack|doc|docs|agenda|slides|plan)', 'e ?ticket(s)?', 'boarding pass(es)?', 'itinerary', 'booking confirmation', 'transfer (forms?|paperwork)',
);
/** Sending or drawing up a document. */
const DOC_VERB = alt(
  'send', 'sending', 'sent', 'prepare', 'preparing', 'prepared', 'draw up', 'drawing up', 'drawn up', 'drew up', 'draft',
  'drafting', 'drafted', 'put together', 'putting together', 'set up', 'setting up', 'raise', 'raising', 'raised', 'issue', 'issuing', 'issued',
  'generate', 'generating', 'generated', 'email', 'emailing', 'emailed', 'forward', 'forwarding', 'fire', 'firing', 'pop', 'popping', 'popped', 'shoot',
  'courier', 'create', 'creating', 'created', 'write up', 'writing up',
);
/** Ways of saying yes, as silence is read. */
const YES = alt(
  'a yes', 'yes', 'a green light', 'the green light', 'green light', 'a go ?ahead', 'the go ?ahead', 'go ?ahead', 'agreement', 'consent', 'approval',
  'a sign ?off', 'sign ?off', 'acceptance', 'an acceptance', 'confirmation', 'a confirmation', 'an? (ok|okay)', 'a thumbs up', 'assent', 'a deal', 'good news',
);
/** Silence, as it is named. */
const SILENCE = alt(
  'silence', 'your silence', 'the silence', 'no (answer|reply|response|news|objections?|word|pushback)', 'not hearing (back|otherwise|from you)',
  'lack of (a )?(reply|response|answer|objection|objections|pushback)', 'the lack of (a )?(reply|response|answer|objection|objections|pushback)',
  'radio silence', 'the quiet', 'your quiet', 'no news',
);
/** What a seller takes for granted about the recipient. */
const ON_BOARD = alt(
  'on board', 'onboard', 'in(?=[,.;:!?)—–]|\\s*$| and | so )', 'a yes', 'happy( with (it|this|that|the \\w+))?', 'keen', 'good to go', 'going ahead', 'all set',
  'up for it', 'interested', 'signing', 'accepting', 'agreed', 'ok with (it|this|that|the \\w+)', 'okay with (it|this|that|the \\w+)',
  'fine with (it|this|that|the \\w+)', 'still keen', 'ready to (go|start|sign|proceed)', 'coming on board', 'joining( us)?', 'taking (it|the \\w+)',
  'good with (it|this|that|the \\w+)', 'sold',
);
/** The steps after a sale that a choice close asks about. */
const NEXT_STEP = alt(
  'install(ation)?', 'delivery', 'first delivery', 'onboarding( call| session)?', 'handover( of (the )?keys)?', 'key handover', 'fitting', 'first (session|class|lesson|month|payment|delivery|shipment|consultation|fitting|visit)',
  'start date', 'move ?in', 'set ?up( call)?', 'go ?live', 'signing', 'contract signing', 'kick ?off( call)?', 'survey', 'new (car|phone|kitchen|bathroom|windows|boiler|system|plan|account|membership|sofa|home)',
  'induction', 'orientation', 'welcome (call|session|meeting)', 'training', 'implementation', 'rollout', 'launch',
);
/** Tradespeople and suppliers a seller books before the recipient said yes. */
const TRADES = alt(
  'surveyor', 'photographer', 'videographer', 'installers?', 'fitters?', 'engineers?', 'technicians?', 'electrician', 'builders?', 'lads', 'crew',
  'movers', 'removal (men|team|van)', 'courier', 'driver', 'van', 'truck', 'skip', 'scaffold(ing|ers)?', 'materials', 'panels', 'designers?',
  'architect', 'inspector', 'valuer', 'caterers?', 'florist', 'dj', 'band', 'stylist', 'implementation team', 'onboarding team', 'installation team',
  'delivery team', 'account team', 'team', 'whole team', 'project team', 'production team', 'design team', 'stone', 'timber', 'tiles', 'units', 'parts', 'signage', 'printers?',
);
/** Days, as a booking names them. */
const DAY = alt(
  '(this |next |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'tomorrow', 'today', 'the \\d+(st|nd|rd|th)?', '\\d+(:\\d\\d)? ?(am|pm)',
  'next week', 'this week', 'the week of', 'first thing',
);

/**
 * "kick ?off" → "(kickoff|kick off)": the same words, spelled so that each alternative starts with a
 * whole word as written (the matcher files and gates patterns by their words).
 */
const glue = (pattern: string): string => pattern.replace(/(?<![\\\p{L}])([a-z]+) \?([a-z]+)/gu, '($1$2|$1 $2)');

/**
 * The many "I have (already) <done> ..." patterns share one opening: it is matched once and its
 * endings tried after it, instead of each pattern reading "I have already" again at every "I".
 */
const DID = `${WE} ${HAVE}${ADV}`;
const shareOpening = (patterns: string[]): string[] => {
  const endings = patterns.filter((p) => p.startsWith(DID)).map((p) => p.slice(DID.length));
  return [`${DID}(${endings.join('|')})`, ...patterns.filter((p) => !p.startsWith(DID))];
};

/** Presumptive closes: acting as if they had agreed. */
export const PRESUMPTIVE_RULES: ToneRule[] = [
  {
    id: 'presumptive.booked',
    category: 'presumptive',
    kind: 'tactic',
    weight: 50,
    lang,
    patterns: shareOpening([
      // --- I / we × booked × you ----------------------------------------------------------------
      `${WE} ${HAVE}${ADV}${BOOKED_YOU} (you|us|your team|the (two|both) of us)( (in|down|up|on|onto|into|for|as|to attend)\\b|[,.;!]|\\s*$)`,
      `${WE} ${HAVE}${ADV}${LISTED_YOU} (you|us|your team|your name|your company|your names)( (down|in) (for|on|as)| down\\b| on (the|our|my) (list|register|roster|sheet|books|schedule|calendar|guest list)| in for)`,
      `${WE} ${HAVE}${ADV}${MOVED_YOU} (you|your team|your account|your company|your (subscription|membership|plan|policy))( over)? (to|onto|into|on) (the|a|an|our|your)${WORDS(2)} ${PROGRAMME}`,
      `${WE} ${HAVE}${ADV}(set|signed) (you|your team|your company) up( (with|for|on) (an?|the|your|our) (account|plan|subscription|membership|trial|package|workspace|profile|seat|policy|order))?`,
      `got (you|your team|your name|you all|us) ((down|in) (for|on|as)|booked|pencil+ed|penciled|signed up|registered|locked in|on the list)`,
      `(you are|you have been|you are now|you are all) (down|booked|pencil+ed|penciled|signed up|enrol+ed|registered|listed|locked|put down|entered|counted|slotted|scheduled) (in |down )?(for|on|as|in|at|to)\\b`,
      `(you have|your (team|company|business|name) has|your (team|company|business|names) have) been (added|listed|booked|registered|signed up|enrol+ed|entered|put down|pencil+ed|penciled|slotted|scheduled|counted|moved|switched|upgraded|transferred) (in |down )?(as|for|on|in|to|onto|into)\\b(?! (the|our|this) (mailing )?list)`,
      // --- I / we × did × your thing ----------------------------------------------------------------
      `${WE} ${HAVE}${ADV}${DID_YOUR} (all (of )?)?your${WORDS(1)} ${YOUR_THING}`,
      `${WE} ${HAVE}${ADV}(${DID_YOUR}|confirmed|accepted|agreed|signed up for|applied for) (you|your ${YOUR_THING}|the \\w+)${clause(40)} on your behalf`,
      `${WE} ${HAVE}${ADV}${COMMITTED}${WORDS(6)} ${FOR_YOU}`,
      `${WE} ${HAVE}${ADV}(started|begun|been busy|got|gotten) (on |to )?${STARTED_ON}( on| up)? (your|the ${WORDS(2)} for you)`,
      `${WE} ${HAVE}${ADV}(started|begun|got started|made a start|kicked off|cracked on) (on |with )?(your|the (work|designs?|build|plans?|paperwork|order|install|installation|integration|implementation|translation|renovation|project|migration|transfer|import|setup|set ?up|configuration|rollout|onboarding|production|mock ?up(s)?|wireframes?|artwork|layouts?|proofs?|drafts?|sketches|visuals|concepts?)( \\w+)? (for|of|on) (you|your))`,
      `${WE} ${HAVE}${ADV}(booked|scheduled|arranged|ordered|lined up|organi[sz]ed|called in|sent for|confirmed|reserved|briefed|instructed|dispatched|sent out|scheduled in|primed) (the|a|an|our|my)( \\w+)? ${TRADES}(?! for (our|my|me|us)\\b)`,
      `${WE} ${HAVE}${ADV}(pencil+ed|penciled) (in|it in|that in|this in|us in|you in|down|the|a|an|your|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d)`,
      `${WE} ${HAVE}${ADV}(locked|booked|slotted) in (the|a|an|your|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d)`,
      `on the (understanding|assumption|basis) (that )?(we are|you are|you will be|we will be|you have|we have|this is|it is|everything is|you are happy|we have a deal) (proceeding|going ahead|moving (forward|ahead)|on board|agreed|happy|signing|a yes|a go|good to go|in agreement|all set|in(?=[,.;!?]))`,
      `(that is|this is) what ${WE} (have )?(set up|booked|ordered|gone with|gone for|put (you|us) (down|in) for|signed you up for|reserved|scheduled|pencil+ed in|arranged|chosen|picked|selected)`,
      // --- I / we × told someone × you are in ------------------------------------------------------------
      `${WE} (have |will |had |am going to |are going to )?${ADV}(told|tell|let|informed|inform|notified|notify|briefed|brief|asked|ask|instructed|instruct|warned|updated|update|promised|assured|confirmed to|confirmed with|spoken (to|with)|agreed with|arranged with|mentioned (it )?to|said to|explained to|announced to)( (the|my|our|your))?${WORDS(3)}( know)? (that )?(you (are|have|will be|will) (taking|accepting|accepted|signing|signed|agreed|on board|joining|going ahead|moving (forward|ahead)|proceeding|coming aboard|committed|happy|coming on board|starting|start|a yes|good to go|confirmed|take|sign|accept|go ahead|join|be taking|be signing|be joining|want (it|the \\w+)|in(?=[,.;!?]|\\s*$| and | so ))|to (start|begin|expect|prepare|get started|go ahead|proceed|book|set up|reserve|hold|draw up|draft|ship|order|schedule|kick off|onboard|line up|raise|issue|invoice|bill|charge|send (you|your|the (contract|paperwork|invoice))|process|deliver|install|file|submit|list|finali[sz]e))`,
      `${WE} (have |had )?(already )?(passed|forwarded|sent|given|handed|shared) (on )?your${WORDS(1)} (details|name|cv|r[eé]sum[eé]|profile|info|information|number|application|availability|calendar|diary|contact details|email( address)?|phone number) (on )?(to|onto|over to|with) (the|our|my|payroll|hr|finance|accounts|the client|the hiring|them|him|her|everyone|all)`,
      // --- more ways of the same acts -------------------------------------------------------------
      `${WE} ${HAVE}${ADV}(switched|moved|upgraded|transferred|migrated|converted|put) (you|your account|your team|your (subscription|membership|plan|policy)) (over|across|up)\\b`,
      `your (new |upgraded )?(plan|membership|subscription|policy|contract|cover|package|tier|rate|pricing|service|retainer) (kicks in|will kick in|takes effect|will take effect|comes into effect)`,
      `your new (plan|membership|subscription|policy|contract|cover|package|tier|service|retainer|account) (starts|begins|will (start|begin)|goes live|is live|is active)`,
      `your (starter|welcome|onboarding|joining|new member|membership|new customer) (kit|pack|box|bundle|packet|gift|hamper|card)`,
      `(ship|send|deliver|post|courier|mail)( out| over)? your (starter|welcome|new|first|onboarding|membership) (kit|pack|box|bundle|order|card|device|phone|equipment|laptop|sofa|car|machine)`,
      `(just|simply|only) confirm (the|your) (start date|start|delivery (date|address|slot)|installation (date|slot)|install date|shipping address|billing (address|details)|size|colou?r)`,
      `(excited|ready|looking forward|all set|prepared|set)( to see you| to seeing you)? (for|to|at) your first (lesson|session|class|day|delivery|month|week|payment|appointment|consultation|visit|coaching( session)?|fitting|box|order|shipment)`,
      `consider (yourself|yourselves|your team|your company) (booked|signed up|registered|enrol+ed|in|on board|part of|a member|confirmed|locked in|pencil+ed in|penciled in|on the list|down for)`,
      `(our|my|the)( \\w+)? ${TRADES}( has| have| is| are| had)?( already| now)? (started|begun|got started|made a start|cracked on|kicked off)( on| with)?( ${STARTED_ON})? (your|the${WORDS(2)} (for|of|on) (you|your))`,
      `${WE} ${HAVE}${ADV}(arranged|organi[sz]ed|booked|scheduled|set it up) for (the|a|an|our|my|someone|somebody)( \\w+)? (${TRADES}|someone|somebody) to (come|collect|pick up|deliver|install|fit|measure|survey|visit|start|drop|photograph|value)`,
      `(reply|respond|come back|get back to me|send( me| us)? (over )?|text( me)?)( back)? with your (card|bank|payment|billing|credit card|debit card) (number|details|info)`,
      `(get|set|start) the ball rolling (on|with) (your|the \\w+ for you)`,
      `(can not wait|looking forward|excited|eager|thrilled) to (start|begin|get started|kick off) (working )?(with you|together|on your)`,
      `${WE} (have |had |will |am going to |are going to )?${ADV}(debit|debited|collect|collected|take|taken|took|charge|charged|process|processed|draw|drawn|deduct|deducted)( you for)? (the|your) (first|initial|opening|deposit|set ?up|onboarding|joining|registration|enrol+ment)( \\w+)? (payment|instal+ment|premium|fee|charge|month|invoice|deposit|amount)`,
      `(what|which|how many)${WORDS(3)} (should|shall|can) (i|we) (order|put you down for|put you in for|sign you up for|register you for|set you up with|pencil you in for|book you in for|reserve for you|order for you|get you|lock in for you)`,
      `(when|what time|which day)( is|'s| would be)( best| better| good| easiest| ideal)${clause(20)}for (the|our)( \\w+)? ${TRADES} to (come|start|call|visit|install|fit|deliver|drop|arrive)`,
      `(i|we) (assumed|figured|guessed|presumed)( that)? you (would|will) (want|like|prefer|go for|need|take) (the|a|an)${WORDS(1)} (tier|plan|package|option|model|version|upgrade|bundle|subscription|membership|policy|deal)`,
      `(hearing|having heard|heard) (nothing|no objections?|no reply|no response|nothing back|nothing further|no word)( back)?( from you)?,? (i|we|so)`,
      `${WE} (have|have got|got) (you|your team|your name|you all) (down|in|pencil+ed in|penciled in|booked in|on the list) (for|as|on)\\b`,
      `(i|we) will (put|write|mark|jot) (you|your name|your team|you all)( down)? (for|on|as)\\b`,
      `(i|we) will (pencil|book|sign|slot|lock|enrol+|register|count|schedule) (you|your team|you all|us)( in| up| down)?( for| on| as| in)?\\b`,
      `${WE} ${HAVE}${ADV}(started|begun|drawn up|prepared|drafted|sorted|filled in|completed|done)( on)? (the|your) (paperwork|contract|agreement|forms|application|documents|sow|statement of work|order form|lease|purchase order|po|welcome pack|onboarding)`,
      `your (subscription|membership|account|plan|policy|licen[cs]es?|package|listing|profile|cover|service|workspace|trial|order)( is| are|'s| has gone| went)( now| already| officially)? (live|active|activated|up and running|ready to use|good to go|all set)`,
      `your ${YOUR_THING}( is| are|'s| has been| have been|'s been)( now| already)? (in|on|added to|put in|put on|pencil+ed into|slotted into) (our|the) (production (schedule|run|line|calendar|plan)|build schedule|installation (schedule|calendar)|install schedule|delivery schedule|diary|books|calendar|schedule|rota)`,
      `${WE} ${HAVE}${ADV}(allocated|assigned|appointed|dedicated|paired)( you with)? (a|an|your)( dedicated| named| personal)? (project manager|account manager|success manager|onboarding (specialist|manager|lead)|installer|coach|trainer|consultant|designer|engineer|team|rep|stylist|planner)`,
      `(since|as|because|given that|seeing as|with) (there (were|have been|was|has been|are) no|(i|we) (got|received|had|have had) no) (objections?|pushback|push back|concerns|complaints|changes requested)`,
      `(nobody|no one|no-one|none of you) (has |have |had )?(said no|objected|pushed back|disagreed|raised (any )?(objections?|concerns)|come back with (any )?(objections?|concerns)|told me otherwise)`,
      `(everything|it is all|that is all|all of it|it)( is|'s| has been|'s been)( all| now| already)? (booked|sorted|arranged|set up|reserved|organi[sz]ed|confirmed|in place|taken care of|locked in) (for you|on your behalf|in your name)`,
      `(the|your) ${DOCS}( for your \\w+)?( has been| have been| was| is| are)( now| already)? (submitted|filed|lodged|drawn up|drafted|prepared|raised|signed off|generated)`,
      `(you are|you have been)( now| officially| all)? (on|in) (the|our) (list|register|roster|books|guest list|schedule|system|line ?up) (for|as)\\b`,
      // --- the same acts in the passive -------------------------------------------------------------
      `(your|the|our)${WORDS(2)} (spot|account|membership|subscription|plan|package|policy|booking|reservation|seats?|places?|spots?|slots?|rooms?|tables?|tickets?|session|sessions|call|consultation|onboarding( call| session)?|installation|install|kick ?off( call)?|start date|renewal|contract|agreement|paperwork|deposit|payment|premium|direct debit|standing order|licen[cs]es|logins?|login details|workspace|trial|upgrade|listing|feature|stand|booth|place|table|course|training|cohort|purchase order|po|order form|invoice|welcome (pack|kit|email|box|bundle)|first \\w+|(install(ation)?|delivery|start|move in|completion|go live|fitting|kick ?off) date)( is| are|'s| has been| have been|'s been| was| were)( now| already| all| just| officially)? (booked|pre ?booked|reserved|set up|scheduled|pencil+ed( in)?|penciled( in)?|locked( in)?|activated|processed|charged|registered|raised|placed|drafted|drawn up|renewed|upgraded|slotted( in| into)?|lined up|allocated|assigned|earmarked|held|submitted|prepared|filled( in| out)?|put through|secured|saved|sorted|set (for|to)|fixed (for|as)|converted|switched|moved|transferred|migrated|in (your|the) (calendar|diary|post|inbox)|on (its|their) way|in the works)`,
      `(the|our|my|a)( \\w+)? ${TRADES}( is| are|'s| has been| have been|'s been)( now| already| all)? (booked|scheduled|pencil+ed in|penciled in|lined up|arranged|ordered|reserved|briefed|confirmed|on order|coming|due)${clause(40)} (you|your)\\b`,
      `${TRADES}( is| are|'s| has been| have been|'s been) (booked|ordered|reserved|arranged|on order)${clause(30)} (will be|are|is) (round|over|there|on site|with you|out)${clause(20)}(to (start|begin|get started|install|fit|measure|knock|set up)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)`,
      `(has been|have been|'s been|was|were|is being) (charged|debited|billed|taken)( \\w+)? (to|on|from) (the|your) (card|account)( on file| we have| you (used|gave))`,
      `(charge|charging|bill|billing|debit|debiting|put (it|this|that|the \\w+))( it| this| that| the \\w+| you)? (to|on|from) (the|your) card (on file|we have( on file)?|you (used|gave))`,
      // --- the next step taken for granted ----------------------------------------------------------
      `${WE} (will |am |are |have |had |will be |am going to |are going to |will just |will now )?(just |now |also |already )?${DOC_VERB}( over| out| across| through| up| round| off| you)? (the|your|a|an|our)( first| signed| final| formal| official| new)?${WORDS(1)} ${DOCS}`,
      `(i|we) will (have|get) (the|your|a|an|our)${WORDS(1)} ${DOCS}( over| out| across| to you| drawn up| ready| sent| signed| in the post)`,
      `(the|your|a|our)( signed| final| formal| first| official)?${WORDS(1)} ${DOCS}${WORDS(3)}( will (follow|be with you|arrive|land|be in your inbox|come through|be sent|go out|be over)| is (on (its|the) way|in the post|in your inbox|coming (over|through|your way)|being (drawn up|drafted|prepared|sent))| has been (sent|issued|drafted|drawn up|prepared|raised|generated|posted)| (went|has gone|have gone|was sent|were sent|goes|is going) (out|over|across|off))`,
      `(the|your) first${WORDS(2)} (invoice|payment|premium|instal+ment|charge|debit|bill|fee|direct debit)( is attached| will (go out|be (collected|taken|debited|charged|sent|raised|issued)|come out|leave|follow)| goes out| comes out| has been (taken|charged|collected|raised|sent|issued))`,
      `${WE} will (have|get) (the|my|our)${WORDS(1)} (team|crew|lads|designers?|engineers?|installers?|fitters?|builders?|implementation team|onboarding team|account team|driver|truck|van|courier) (to )?(start|begin|kick off|get started|ready|round|over|on site|working|set up|reach out|out to you)`,
      `(loop|looping|looped|bring|bringing|brought|pull|pulling|pulled|hand|handing|handed) (in )?(our|the|my)( \\w+)? (implementation|onboarding|installation|delivery|account management|customer success|success|setup|provisioning|fulfilment|fulfillment) (team|manager|lead|specialist)`,
      `(i|we) will (renew|upgrade|charge|bill|invoice|enrol+|register|book|reserve|pencil|lock in|sign) (you|your)( \\w+)?( up| in| down| onto| on| for)?\\b`,
      `(i|we) will (hold|reserve|book|block( out| off)?|keep|pencil in|lock in) (a|the|your|an)${WORDS(2)} (rooms?|seats?|places?|spots?|slots?|tables?|dates?|tickets?|space|stand|booth|unit|plot) for (you|your)`,
      `get (the|your|you|us)${WORDS(2)} (booked|scheduled|set up|drawn up|locked in|pencil+ed in|penciled in|signed( up)?|started|on the (calendar|books)|in the (diary|calendar)|finali[sz]ed|registered|enrol+ed|ordered|underway|under way|processed|activated)`,
      `(you will|you are going to) (see|get|receive|find) (the|an?|your) (invite|invitation|calendar invite|contract|agreement|paperwork|docu ?sign|welcome (pack|email|kit)|login details|onboarding (pack|email|invite)|e ?ticket(s)?|boarding pass(es)?|itinerary|booking confirmation|joining instructions)( shortly| soon| tomorrow| today| in your inbox| later| this)?`,
      `(sent|send|sending|put|popped|dropped)${WORDS(2)} (invite|invitation|calendar (invite|invitation|hold)|hold)${clause(10)} (for|to) (our|the|your) (kick ?off|onboarding|first|signing|contract|launch|installation|install|start|induction|welcome)`,
      `(invite|invitation|session|call|booking|appointment|kick ?off|onboarding( call)?|slot|it|this|consultation|meeting)( is| are|'s| has been| have been|'s been)( already| now| all)? (in|on|sitting in) your (calendar|diary|inbox|schedule)`,
      '(drop|dropping|dropped|deliver|delivering|fit|fitting|install|installing) (off )?your new',
      'your new \\w+ (goes|will go|is going|will be going) live',
      // --- choice closes ------------------------------------------------------------------------------
      `(which|what) (day|date|time|slot|week|option|one|morning|afternoon)${clause(40)}(for|of) (your|the) ${NEXT_STEP}`,
      `(which|what) (day|date|time|slot|week)${clause(30)}(works|suits|would (work|suit)|is)( best| better)? (for|with) (you )?(to )?(sign|start|get started|kick off|install|deliver|onboard|begin|go live)`,
      `(would|do|will) you (like|prefer|want|rather)${WORDS(7)} (on|for|with|in) your (new|first)`,
      `(would|do|will) you (like|prefer|want|rather) (the|your) (first )?${NEXT_STEP} (on|at|in|for)`,
      `(when|what day|what time|which day) (should|shall|can|do you want) (i|we|me to|us to) (schedule|book|arrange|set up|pencil in|lock in|put in|start|begin) (your|the|you in for) ${NEXT_STEP}`,
      `shall (we|i) (say|pencil|book|put|make it|lock|schedule|go with|set)${clause(30)}(for|of) (the|your) ${NEXT_STEP}`,
      `(let us|let me) (get|lock|book) (you|your|the)${WORDS(2)} (booked|scheduled|in|locked in|started|set up|signed up|on the calendar|in the diary)( for| in)?\\b`,
      `(what|which) (name|email( address)?|address|details) (should|shall|do you want (me|us) to|would you like (me|us) to) (go on|appear on|put on|use for|we (put|use|send)|i (put|use|send))${clause(30)} (membership card|signed (agreement|contract)|contract|agreement|account|membership|licen[cs]e|certificate|booking|lease|policy)`,
      // --- silence as consent ----------------------------------------------------------------------------
      `(silence|no (answer|reply|response|news|objections?|word|pushback)|not hearing back|no news)( from you)?( so far| yet)?( is| means| =| will mean| equals| counts as| I will take as| I take as| I will treat as| I read as)( a)? (yes|good news|green light|go ?ahead|agreement|consent|approval|acceptance|an? (ok|okay))`,
      `(take|taking|took|treat|treating|treated|read|reading|count|counting|counted|interpret|interpreting|understand|consider|considering|see|seeing|chalk|put)( (it|that|this|your|the|his|her|their))?( continued)?( ${SILENCE})? (as|down as|up as|to mean) ${YES}`,
      `(unless|if) (you tell me otherwise|i hear otherwise|i do not hear otherwise|i hear nothing|i hear no objections|not,? i will)`,
      `(unless|if) (you|nobody|no one|anyone) (objects?|do not object|does not object)(,|[.;!]|\\s*$| (i|we) will| (i|we) am| (i|we) are)`,
      `(unless|until|if) (i|we) (hear|get|receive) (otherwise|an objection|objections|a no|word otherwise)${clause(40)}(i|we) will`,
      `(since|as|because|given that|seeing as|seeing that|with) (i|we) (have not|did not|have never) (heard|received|had|got(ten)?) (any |an? )?(objections?|otherwise|pushback|push back|concerns|a no|anything (different|to the contrary|back to the contrary))`,
      `(since|as|because|given that|seeing as|seeing that) (nobody|no one|no-one|none of you|you|your team|nobody else) (has |have |did |had )?(not |never )?(objected|object|pushed back|push back|disagreed|disagree|said (otherwise|no)|say (otherwise|no)|raised (any )?(objections?|concerns)|raise (any )?(objections?|concerns)|come back with (any )?(objections?|concerns|changes)|told me otherwise|tell me otherwise|said anything to the contrary)`,
      `(in the absence of|absent|barring|with no|without) (any )?(objections?|a (reply|response|no)|word (back |otherwise )?from you|hearing (back |otherwise )?from you|pushback|a reply from you|a response from you)${clause(40)}(i|we) (will|are going to|am going to|have)`,
      `(i will|i am going to|going to|gonna|i will just|we will|we are going to|i shall|we shall) (assume|take it|presume|go with the assumption|go on the assumption|proceed on the basis|work on the basis|take it as read)( that)? (you|it is|this is|we are|silence|a yes|yes|your|the (offer|deal|quote|proposal|plan|price|terms|package|date|time|slot|contract|role|position|job|start date|timeline|plan|package|booking)|that (is|works|suits|you|means))`,
      `(i|we) (will|am going to|are going to) (assume|presume) (that )?(we are|you are) (good|fine|ok|okay|all set|on board|in agreement|agreed|going ahead|happy)`,
      `assuming (that )?(you are|you have|you will be|you would be|that is|it is|this is|we are|everyone is|all is|the (offer|deal|price|terms|plan|package|quote|date|time|slot|proposal) (is|works|suits|looks)) ${ON_BOARD}`,
      `assuming (no (objections?|news|reply|response|pushback)|(i|we) (do not|did not) hear (otherwise|back)|silence|that is a yes|it is a yes|a yes)`,
      `(i|we) (figured|figure|reckoned|reckon|assumed|presumed|guessed|took it|take it|understood|gathered)( that)? (you are|you will be|you would be|you have|we are|you were|you had|that is a yes|it is a yes|it is settled|we have a deal) ${ON_BOARD}`,
      `(figured|guessing|assumed|presumed|reckoned|presuming|gathering)( that)? (you are|you will be|you would be|you were|we are|you have|that is a yes|it is a yes|we have a deal) ${ON_BOARD}`,
      `(figured|guessing|assumed|presumed|reckoned|presuming)${WORDS(6)} (suits|suit|works for|work for|is good for|is fine for|is ok for|is okay for|would suit|would work for|is best for|fits) (you|your team|everyone|everybody|all of you|both of you|you all|your \\w+)`,
      `(i am|we are) (assuming|presuming|taking it)${clause(60)}(so )?(that is|that's|which is) what (i|we) (have )?(set up|booked|ordered|gone with|reserved|scheduled|put you down for|signed you up for|arranged|chosen)`,
      // --- moving forward as if agreed ----------------------------------------------------------------
      `(since|now that|as|seeing as|given that|because|with) (we are|we have|you are|you have|everything is|it is all|all is|we will be|you will be|we are now) (now |officially |all )?(moving|going|pushing|pressing|pushing on|cracking on) (forward|ahead|on)`,
      `(since|now that|seeing as|given that|because) (you are|we are|you have|everything is|it is) (now |officially |all )?(all set|on board|signed up|a go|good to go|agreed|decided|confirmed|in agreement|partners|going ahead|happy to (go ahead|proceed|move forward)|in(?=[,.;!?]| and | so ))`,
      `(now that|since|as) (we are|we have|you are|you have) (officially )?(working together|partners|a deal|agreed terms|signed (up|on)|teamed up|a client|our client|a customer|a member)`,
      `consider (it|this|that)( email| message| note| mail)? (done|agreed|settled|confirmed|your confirmation|a confirmation|our agreement|a deal|booked|official|sorted|locked in|a yes)`,
      `(i|we) consider (the|this|our|your) (agreement|deal|contract|matter|order|booking|sale|purchase|arrangement) (as )?(done|agreed|concluded|final|settled|closed|binding|accepted|confirmed|finali[sz]ed|in place|made|struck)`,
      `(once|when|after) (we|you) (go live|are live|are up and running|start working together|officially (start|begin|kick off))`,
      `once you (sign|have signed|e ?sign|have e ?signed)${clause(20)} (we are|we will be|you are|you will be) (officially )?(partners|on board|in business|live|all set|good to go|official|a client|a member|in)`,
      `(gone|went|go|going|goes) ahead and (confirm(ed)? (the|your) (booking|order|reservation|date|slot|place|start|renewal|purchase)|book|booked|booking|schedule|scheduled|reserve|reserved|pencil+ed|pencil|penciled|put (you|us|your)|set (you|your)|create(d)? your|add(ed)? (you|your)|register(ed)?|enrol+(ed)?|sign(ed)? (you|your|us)|submit(ted)?|move(d)? (you|your)|order(ed)?|start(ed)? (on )?(your|the work)|list(ed)?|draft(ed)?|renew(ed)?|block(ed)?|told|tell|charge(d)?|bill(ed)?|invoice(d)?|process(ed)?|lock(ed)?|confirm(ed)? (you|your)|upgrade(d)?|switch(ed)?|raise(d)?|place(d)?|hold|held|secure(d)?|arrange(d)?|buy|bought|purchase(d)?)\\b`,
      '(taken|took|taking) the liberty',
      `(told|mentioned (it )?to|informed|notified|briefed|updated|assured|promised)( the| my| our)?${WORDS(5)}( know)? (that )?(you (are|have|will be|will) (on board|moving (forward|ahead)|going ahead|proceeding|signing|signed|joining|coming on board|a yes|in(?=[,.;!?]|\\s*$| and | so )))`,
      `(put|putting|submitted|submitting|pushed|pushing) (your name|you|your (cv|profile|application|r[eé]sum[eé]|details)) forward (to|for|as)\\b`,
      `(thank ?you|thanks)( so much| again)? for (coming|jumping|climbing|hopping|getting) (on ?board|aboard)`,
      `(a|one|two|three|a few|a couple of|couple of|a quick|some) (initials|signatures?|e ?signature(s)?|clicks|quick signatures?)( here and there)? and (we are|you are|it is|that is|we will be|you will be) (done|all set|good to go|sorted|official|away|live|in business)`,
      `your ${YOUR_THING}( of${WORDS(3)})?( is| are|'s| has gone| have gone| went)( now| already)? (in production|into production|being (made|built|manufactured|printed|produced|fabricated|assembled)|in the works)`,
      '(i am|we are) (counting|putting|marking|pencil+ing|penciling|booking|signing|writing) (you|your team|your name|us) (in|down|up)',
      'counting you in',
      'i will (go ahead|proceed)( with| and|[,.;!]|\\s*$)',
      `(we|i) will (proceed|go ahead|move forward|press on|crack on|push ahead)( \\w+)? (with|as) (the|your)${WORDS(2)} (installation|install|order|booking|rollout|renewal|onboarding|contract|purchase|plan|project|work|translation|delivery|upgrade|migration|paperwork)( as (scheduled|planned|drafted|discussed))?(?! if)`,
      // --- the last step is theirs to do -------------------------------------------------------------
      `(ready|waiting) for (you to sign|your (e ?signature(s)?|signatures?|deposit|payment|card( details)?|sign ?off|autograph|initials))`,
      `(just|only|simply) (need|needs|waiting on|waiting for|missing|need from you) (is )?(your|you to) (signature|sign|card|payment|deposit|bank details|card details|sign ?off|initials|autograph)`,
      `all (that is |that |we |i )?(is )?(left|remaining|needed|that remains|need|needs|we need|i need|that is needed|outstanding|missing) (to do )?(now )?(is|now is) (for you to|your|you to|a quick (signature|sign|signoff)|to (sign|pay|confirm|add your))`,
      `(the )?(only|one|last|final) (thing|step|bit|piece)( left| remaining| missing| outstanding| needed)? (is|now is) (your|for you to|a signature|the signature|to sign)`,
      `(just|simply) (sign|e ?sign|initial) (at the bottom|here|below|on the (dotted )?line|where (it is |they are )?(marked|indicated|highlighted|shown|flagged|tagged)|and (return|send)|it and|off)`,
      `(just|simply|then) (pop|enter|add|put|drop|plug) (in )?(your|the) (card|payment|bank|billing) details`,
      `(just|simply) start using (it|your account|the (account|platform|tool|service))`,
      `to get (you|your (team|account|order|membership|booking|project)|things|this|the ball) (started|set up|going|rolling|moving|onboarded|booked in|signed up|underway|under way)${clause(40)}(deposit|signature|sign|card details|bank details|payment|copy of your (id|passport)|first payment)`,
      'so (i|we) can get (this|things|it|you|your \\w+) (rolling|moving|started|going|booked|scheduled|locked in|signed)',
      '(expect|expecting) (your|a) (deposit|payment|call from|contract|welcome)',
      `(i|we) will (call|ring|phone) you (${DAY}|on|at|this|next)`,
      '(i|we) will (be calling|stop by|drop by|swing by|come by|pop round|come round)',
      'when (would|do|should) (we|you) (start|begin|sign|like to (start|begin|sign))',
      `(cleared|blocked( out| off)?|freed( up)?|set aside|kept|held)${WORDS(4)} (for us to|to) (sign|seal|finali[sz]e|close|make it official)`,
      'for us to (sign|seal|finali[sz]e|make it official)',
      'the (invite|invitation|contract|paperwork|agreement) is already',
      '(the|your) (purchase order|po|order) has been (raised|placed|submitted)',
      // --- welcome, as if they had joined -----------------------------------------------------------
      'welcome aboard',
      '(i am|we are) (so |really |very )?(excited|glad|looking forward|thrilled|delighted|happy|pleased) to (have you|welcome you|work(ing)? together|be working with you|get started with you|start working with you)',
      `(great|good|lovely|wonderful|nice|fantastic|brilliant|excellent|so good|so great|excited|thrilled|delighted|happy|glad|pleased|so glad|looking forward|look forward|can not wait) to (have|having|welcome|welcoming) you (with us|on board|onboard|aboard|as (a|our|an) (new )?(client|customer|member|partner)|join)`,
      'congrat(ulation)?s on (your|the) new (holiday|car|vehicle|membership|plan|package|policy|subscription|kitchen|system|phone|purchase|investment|timeshare|account|upgrade|windows|panels|bathroom|boiler|roof|website|listing|sofa|apartment|unit|plot)',
    ]).map(glue),
    source: 'essay',
  },
];

/** Phrases that deny this tactic ("no rush"); they are read before every rule and count as nothing. */
export const PRESUMPTIVE_NEGATIONS: string[] = [
  // What the recipient asked for is not presumptive (this one cancels presumptive hits in the draft).
  '(as requested|as you (asked|requested|wanted|suggested|instructed|specified|preferred|agreed|mentioned you wanted|asked me to)|as requested|as agreed|as discussed|as we (agreed|discussed)|as per your (request|instructions)|per your (request|instructions)|at your request|following your request|you (have |had )?(asked|requested) (me |us )?(for|to|about)|(which|that) you (asked|requested) for|thanks? (you )?(so much )?for (signing up|registering|your (order|booking|purchase|registration|enquiry|request)|booking|ordering|subscribing|purchasing|enrolling|joining))',
  // Declining to presume.
  '(i am|we are|i will|we will) not (be )?(assuming|going to assume|taking (your|that|this|the|it)|treating|reading|counting|booking|charging|reserving|renewing|signing)',
  'not (assuming|taking) (a yes|anything|your silence|silence|that as)',
  '(i|we) (do not|would not|never|did not) (want to )?(assume|presume|take (it|your silence|that|silence))',
  '(silence|quiet|no (reply|response|answer))( from you)? (is not|does not mean|does not count as|will not count as) (a )?(yes|agreement|consent|a no)',
  '(nothing|none of this) (is|has been|will be) (booked|charged|reserved|signed|set up|ordered|confirmed|final|binding) (yet|until)',
  '(i|we) (have not|will not|did not) (booked|booking|charged|charge|reserved|reserve|signed|ordered|order|committed|commit|renew|renewed|book|set (anything|it) up)',
  // Conditional offers: "if you decide to go ahead, I'll send the contract".
  `(if|whenever|when|once) (you|your team) (decide|want|would like|choose|are happy|are ready|go ahead|like|prefer|are interested|give (me|us) the (go ?ahead|green light|nod))${clause(50)}(i|we) (will|can|could|would|am happy to|are happy to)`,
  `if (that|it|this|either|any of (them|these|those)|one of (them|these|those)) (works|suits|helps|sounds good|sounds right|appeals)${clause(30)}(i|we) (will|can|could)`,
  '(would|do|if|whether|in case) you (would )?(like|want|wish|prefer) (me|us) to (go ahead and )?(book|send|set up|reserve|hold|draw up|prepare|schedule|pencil|put|sign|register|order|confirm|charge|renew)',
  '(happy|glad) to (book|send|set up|reserve|hold|draw up|prepare|schedule|pencil|put)',
];
