/**
 * Tone: the phrases in the draft that push, and those that help, read in one pass (phrases.ts).
 * The level follows judgement.md: one clear tactic makes a draft `pushy`; one mild cue (an empty
 * bump, mild impatience) makes it `caution`; weak cues (a negative word, a question after a
 * question, "actually") count by density, capped, so they order drafts within a level and reach
 * `caution` only when dense, never `pushy`; warmth lowers the score but never hides a tactic.
 * Quoted, forwarded, signature, code and log text is not judged as the user's words.
 */
import {
  compileInSteps,
  compilePhrases,
  filePhrases,
  findPhrases,
  literalPattern,
  loadFiled,
  prime,
  type CompiledPhrases,
  type CompileSteps,
  type FiledPhrases,
} from './phrases.ts';
import { ALL_RULES, NEGATIONS } from './rules/index.ts';
import type { RuleKind, RuleTexts, ToneRule } from './rules/types.ts';
import type { CustomPhrase, Level, Reason, RuleOptions, Sensitivity } from './types.ts';

const SENSITIVITY: Record<Sensitivity, number> = { gentle: 0.7, balanced: 1, strict: 1.4 };

/** Same rule again: each repeat counts half the one before, at most four times in all. */
const REPEAT_FACTORS = [1, 0.5, 0.25, 0.125];
/** Weak cues count by density, so their repeats decay more slowly (and are diluted by length). */
const WEAK_REPEAT_FACTORS = [1, 0.8, 0.6, 0.5, 0.4, 0.3, 0.3, 0.3];

/**
 * Weak cues count per word, not per draft: their sum is scaled by DENSITY_WORDS / words once a
 * draft is longer than that, and capped at WEAK_CAP, so a long friendly note with many questions
 * stays what it is. They reach `caution` only at WEAK_CAUTION points (after warmth).
 */
const DENSITY_WORDS = 60;
const WEAK_CAP = 30;
const WEAK_CAUTION = 20;
/** Beyond this many words of their own, a draft is a newsletter or an article rather than a note. */
const LONG_TEXT_WORDS = 250;

/** Negations first: at the same position they win, and they take the words out of the tactics' reach. */
const RULE_ENTRIES = (): string[][] => [...NEGATIONS.map((n) => [n]), ...ALL_RULES.map((r) => r.patterns)];

let steps: CompileSteps | null = null;
let loaded: CompiledPhrases | null = null;
function ruleSteps(): CompileSteps {
  return (steps ??= compileInSteps(RULE_ENTRIES()));
}
function rulesRegex(): CompiledPhrases {
  if (loaded) return loaded;
  const s = ruleSteps();
  s.step(Infinity);
  return s.compiled;
}

/** The built-in rules filed as data: the build does this once (scripts/vite-filed-rules.ts). */
export function fileBuiltInRules(): FiledPhrases {
  return filePhrases(RULE_ENTRIES());
}

/**
 * Use rules the build filed, instead of filing them on first use (which takes a moment). False (and
 * filed on first use as before) when they were filed from other rules.
 */
export function useFiledRules(filed: FiledPhrases): boolean {
  loaded = loadFiled(filed, RULE_ENTRIES());
  return loaded !== null;
}

/**
 * "As you asked", "the rate you asked about", "to answer your question": what they asked for is not
 * a presumptive close, not the sender's pocket pushed at them, and a date they asked for is not an
 * invented deadline. Read on the whole draft, whatever else matched around it.
 */
const ASKED_FOR =
  /\b(?:as you (?:asked|requested|wanted|suggested|instructed|specified|agreed)|you (?:have |had )?(?:asked|requested) (?:me |us )?(?:to|for|about|how|what|why|whether|if)|as (?:requested|agreed|discussed)|as we (?:agreed|discussed)|(?:as )?per your (?:request|instructions)|at your request|following your request|to answer your question|(?:that|which) you (?:asked|requested)|you wanted to know|you wanted the|thanks? (?:you )?(?:so much )?for (?:signing up|registering|booking|ordering|subscribing|enrolling|joining|your (?:order|booking|purchase|registration|enquiry|request)))\b/i;
const answersARequest = (rule: ToneRule) => rule.category === 'presumptive' || rule.category === 'self-serving' || rule.id === 'pressure.deadline';

/** Compile the rules now (V8 compiles a large expression on first use: do it before the first keystroke). */
export function warmUp(): void {
  findPhrases(rulesRegex(), 'warm up');
}

/**
 * Prepare the rules for about `ms` milliseconds; true once all are ready. Filed rules (from the
 * build) are compiled expression by expression; otherwise the rules are filed. The background calls
 * this between messages, so preparing never holds up a judgement.
 */
export function warmUpSlice(ms: number): boolean {
  return loaded ? prime(loaded, ms) : ruleSteps().step(ms);
}

const customCache = new Map<string, { compiled: CompiledPhrases; rules: ToneRule[] }>();

/** The user's own phrases read as a mild cue (`caution`): they know their trade's words, we do not weigh them. */
const CUSTOM_WEIGHT = 25;

function customRules(custom: CustomPhrase[]): { compiled: CompiledPhrases; rules: ToneRule[] } | null {
  const usable = custom.filter((c) => c.phrase.trim().length >= 2).slice(0, 200);
  if (!usable.length) return null;
  const key = JSON.stringify(usable);
  let entry = customCache.get(key);
  if (!entry) {
    const rules: ToneRule[] = usable.map((c, i) => ({
      id: `custom.${i}`,
      category: c.category,
      kind: c.category === 'value' ? 'warm' : 'mild',
      weight: c.category === 'value' ? -CUSTOM_WEIGHT / 2 : CUSTOM_WEIGHT,
      lang: 'und',
      patterns: [literalPattern(c.phrase)],
      phrase: c.phrase.trim(),
      source: 'user',
    }));
    entry = { compiled: compilePhrases(rules.map((r) => r.patterns)), rules };
    if (customCache.size > 20) customCache.clear();
    customCache.set(key, entry);
  }
  return entry;
}

// --- context: quoted text, signatures, forwarded, code and logs; work and billing -------------

const QUOTE_START =
  /^(?:On .{3,200}wrote:\s*$|-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|Begin forwarded message:|From: .+$|Am .{3,120}schrieb .{0,120}:\s*$|El .{3,120}escribió:\s*$)/gim;
const SIGNATURE = /^-- ?$/m;
/** A rule line (a row of dashes or equals signs) after the user's words starts a footer or a pasted block. */
const RULE_LINE = /\n[ \t]*[-_=*~]{6,}[^\n]*(?:\n|$)/;
/**
 * A line that is not prose typed to the recipient: a quoted line, a pasted log or code line, a
 * header, a URL on its own, or an indented block.
 */
const FOREIGN_LINE =
  /^(?:[ \t]*>|[ \t]*\|(?:\s|$)|[ \t]*```|(?: {4}|\t)\S|\s*[[(]?\d{1,4}[-/:.]\d\d[-/:.]\d\d|\s*\[?\d\d:\d\d(?::\d\d)?\]?\s|\s*(?:[$#%] |\w+(?:\.\w+)*\(.*\)\s*;?\s*$|[{}();]+\s*$)|.*[;{}]\s*$|\s*(?:https?:\/\/|www\.)\S+\s*$|\s*(?:Date|From|To|Cc|Subject|Message-ID|Sent|Reply-To|URL|Content-Type):\s)/;
/** A news dateline ("MOSCOW (AP) -", "LONDON (Reuters) --"): what follows is a pasted article. */
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu} .,'-]{2,40}(?:\([\p{L} .&-]{2,20}\))?\s*(?:-{1,2}|—|–)\s/mu;

/**
 * Ranges of the body that are not the user's own words, in order: quoted earlier messages, a
 * forwarded block, the signature, a pasted article after its dateline, and lines of code or logs.
 */
function foreignRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Cheap checks first: most drafts have no quote, no signature marker and few lines.
  const mayQuote = /wrote:|---|From: |forwarded|schrieb|escribió/i.test(body);
  QUOTE_START.lastIndex = 0;
  const quote = mayQuote ? QUOTE_START.exec(body) : null;
  const sig = body.includes('--') ? SIGNATURE.exec(body) : null;
  const rule = /--|__|==|\*\*\*|~~/.test(body) ? RULE_LINE.exec(body) : null;
  // A rule line near the top is decoration; only one below the user's words starts a footer.
  const footer = rule && rule.index > 200 ? rule.index : Infinity;
  const dateline = body.includes('(') || body.includes('--') ? DATELINE.exec(body) : null;
  const cut = Math.min(quote ? quote.index : Infinity, sig ? sig.index : Infinity, dateline ? dateline.index : Infinity, footer);
  let start = 0;
  let fenced = false;
  const end = Math.min(cut, body.length);
  if (body.indexOf('\n') >= 0 || /^\s*>/.test(body)) {
    while (start < end) {
      let stop = body.indexOf('\n', start);
      if (stop < 0) stop = body.length;
      const line = body.slice(start, stop);
      const fence = line.trimStart().startsWith('```');
      if (fence) fenced = !fenced;
      if (fence || fenced || (line.length > 1 && FOREIGN_LINE.test(line))) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] >= start - 1) last[1] = stop;
        else ranges.push([start, stop]);
      }
      start = stop + 1;
    }
  }
  if (cut < Infinity) ranges.push([cut, body.length]);
  return ranges;
}

const BILLING = /\b(invoices?|payments?|overdue|past due|outstanding balance|amount due|remittance|receipt|bill|billing)\b/i;
const WORK =
  /\b(report|deck|slides|review|sprint|ticket|pull request|PR|agenda|standup|deliverables?|project|deploy|release|board meeting|timesheet|expenses?|our team|the team|handover|migration|contract renewal|onboarding|client|build|budget)\b/i;
const SALES = /(\b(offer|discount|deal|promo|promotion|sale|buy|purchase|subscribe|subscription|trial|spots?|seats?|sign up|pricing|price|rate)\b|%\s*off\b)/i;

/** A deadline between colleagues or an unpaid invoice is not sales pressure. */
function isWorkOrBilling(text: string): boolean {
  return (BILLING.test(text) || WORK.test(text)) && !SALES.test(text);
}

// --- capitals and punctuation -------------------------------------------------------------------

const CAPS_WORD = /(?<![\p{L}\p{N}_'’-])\p{Lu}{2,}(?:['’]\p{Lu}+)?(?![\p{L}\p{N}_-])/gu;
/** Words in capitals that are emphasis, not acronyms. */
const EMPHATIC = new Set(
  (
    'NOW URGENT TODAY IMMEDIATELY MUST FINAL LAST HURRY NEVER STOP DEADLINE REALLY NEED IMPORTANT ONLY EXPIRES ENDS LIMITED NOT SO VERY ' +
    'HUGE MASSIVE FREE BEST BIGGEST GREATEST LOWEST GREAT LOVE HATE WOW ALL EVERY EVERYTHING EVERYONE EVERYBODY NOBODY NOTHING ANYONE ' +
    "ALWAYS DON'T WON'T CAN'T ISN'T DIDN'T HAVEN'T YOU YOUR PLEASE ANSWER REPLY RESPOND CALL ACT MISS BIG NO YES MORE MUCH MOST TEN " +
    'ABSOLUTELY TOTALLY DEFINITELY SERIOUSLY HONESTLY LITERALLY TRULY EXTREMELY SUPER PERFECT AMAZING INCREDIBLE AWESOME FANTASTIC ' +
    'UNBELIEVABLE INSANE UNREAL CRAZY EXCLUSIVE SPECIAL EXCITING EXCITED CHANGED CHANGE GUARANTEED SAVE WIN WINNER CASH MONEY BONUS ' +
    'FAST QUICK QUICKLY HUGELY DOUBLE TRIPLE ATTENTION RIGHT WRONG SURE REAL ANY THIS THE THAT ' +
    'STUNNING BRILLIANT GORGEOUS EPIC LEGENDARY MASSIVELY INSANELY SERIOUS SERIOUSLY CRUCIAL CRITICAL VITAL ESSENTIAL NEEDS NEEDED ' +
    'AMAZED BLOWN AWAY DOUBLED TRIPLED ZERO NOTHING EXACTLY RESULTS WORLD SINGLE FIXED GUARANTEE LOVED RAVED WOW GAME CHANGER ' +
    'BRAINER OBSESSED PERFECTLY TOTAL DEFINITELY CERTAINLY LAST ONLY MISSING MISS HURRY'
  ).split(' '),
);
const PUNCT_RUN = /[!?¡¿]{2,}|!(?:\s*!)+/g;

const builtIn = (id: string, kind: RuleKind, weight: number): ToneRule => ({
  id,
  category: 'shouting',
  kind,
  weight,
  lang: 'und',
  patterns: [],
  source: 'politeness',
});
/** Words in capitals for emphasis: a clear tactic. Long words in capitals that may be emphasis: a weak cue. */
const SHOUT_RULE = builtIn('shouting.capitals', 'tactic', 50);
const SHOUT_WEAK: ToneRule = { ...SHOUT_RULE, kind: 'weak', weight: 6 };
/** "!!!", "???", "?!": a clear tactic; "!!" or "??": a weak cue. */
const PUNCT_RULE = builtIn('shouting.punctuation', 'tactic', 50);
const PUNCT_WEAK: ToneRule = { ...PUNCT_RULE, kind: 'weak', weight: 8 };
const QUESTIONS_RULE = builtIn('shouting.questions', 'weak', 3);
export const BUILT_IN_EXTRA_RULES: ToneRule[] = [SHOUT_RULE, PUNCT_RULE, QUESTIONS_RULE];

/** The second and later questions in a draft. */
function questions(body: string, inForeign: (i: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  let seen = 0;
  for (let i = body.indexOf('?'); i >= 0; i = body.indexOf('?', i + 1)) {
    if (body[i + 1] === '?' || body[i - 1] === '?' || body[i + 1] === '!' || body[i - 1] === '!' || inForeign(i)) continue;
    // A question mark inside a word or a link (?id=) is not a question.
    if (/[\p{L}\p{N}=&]/u.test(body[i + 1] ?? '')) continue;
    // A "?" alone on its line is a bump (and reported as one), not a second question.
    if (lineAround(body, i).trim() === '?') continue;
    if (++seen > 1) hits.push({ rule: QUESTIONS_RULE, start: i, end: i + 1 });
  }
  return hits;
}

/** The switched-off rules as a set, made once per list (the same settings serve every keystroke). */
let lastDisabled: { list: readonly string[] | undefined; set: Set<string> } = { list: undefined, set: new Set() };
function disabledSet(list: readonly string[] | undefined): Set<string> {
  if (list !== lastDisabled.list) lastDisabled = { list, set: new Set(list ?? []) };
  return lastDisabled.set;
}

interface Hit {
  rule: ToneRule;
  start: number;
  end: number;
}

const lineAround = (body: string, i: number) => {
  const a = body.lastIndexOf('\n', i) + 1;
  const b = body.indexOf('\n', i);
  return body.slice(a, b < 0 ? body.length : b);
};
const lowerLetters = (text: string) => (text.match(/\p{Ll}/gu) ?? []).length;
const upperLetters = (text: string) => (text.match(/\p{Lu}/gu) ?? []).length;
const VOWELS = /[AEIOUY]/g;
/** A line in capitals that is a sentence, not a heading: it ends in ! or ?, or runs to six words. */
const SHOUTED_LINE = /^(?:[\p{Lu}'’]{2,}[\s,.!?-]+){3,}[\p{Lu}'’]{2,}.*[!?]$|^(?:[\p{Lu}'’]{2,}[\s,-]+){5,}[\p{Lu}'’]{2,}/u;

/**
 * Capitals for emphasis ("this is HUGE", "you will NOT want to miss this") are a tactic; acronyms
 * (CEO, PDF, GDPR), headings and lines in capitals, labels ("NOTE:") and datelines are not.
 */
function capitals(body: string, inForeign: (i: number) => boolean): Hit[] {
  if (!/\p{Lu}\p{Lu}/u.test(body)) return [];
  const hits: Hit[] = [];
  let lastLine = -1;
  for (const m of body.matchAll(CAPS_WORD)) {
    const word = m[0].toUpperCase();
    const at = m.index;
    if (inForeign(at)) continue;
    const next = body[at + word.length] ?? '';
    const before = body[at - 1] ?? '';
    if (next === ':' || next === '(' || next === '@' || next === ']' || before === '[' || before === '@' || before === '.' || /\d/.test(before)) continue;
    const line = lineAround(body, at);
    // A heading is not emphasis; a whole sentence in capitals ("IS YOUR BUSINESS MAKING MONEY!") is
    // shouting, counted once per line.
    if (upperLetters(line) > lowerLetters(line)) {
      const lineStart = body.lastIndexOf('\n', at) + 1;
      if (lastLine !== lineStart && SHOUTED_LINE.test(line.trim())) {
        lastLine = lineStart;
        hits.push({ rule: SHOUT_RULE, start: at, end: at + m[0].length });
      }
      continue;
    }
    const vowels = (word.match(VOWELS) ?? []).length;
    const wordLike = word.length >= 4 && vowels >= 1 && vowels / word.length >= 0.25 && !/(.)\1\1/.test(word);
    // Emphasis is a word everyone knows; a long word in capitals may be a name or a file (INSTALL).
    if (EMPHATIC.has(word)) hits.push({ rule: SHOUT_RULE, start: at, end: at + m[0].length });
    else if (wordLike) hits.push({ rule: SHOUT_WEAK, start: at, end: at + m[0].length });
  }
  return hits;
}

const MAY_HAVE_RUN = /[!?¡¿]\s*[!?¡¿]/;
const AIMED = /\b(?:you|your|yours|u|please|pls|hello|anyone|anybody|let me know|reply|answer)\b/i;
/** A note that opens by greeting someone ("Hi Sam,", "Dear Ms Chen"): written to a person. */
const GREETING = /^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|morning|hiya|greetings)\b/i;
const GLAD = /(?:thanks?(?: you)?(?: so much)?|congrat\w*|happy birthday|cheers|yay|hooray|woo+hoo+|well done)\s*$/i;
const REPLY_SUBJECT = /^\s*(?:re|fwd?|aw|wg|sv|vs|tr|rv)\s*(?:\[\d+\])?:/i;

function punctuation(body: string, inForeign: (i: number) => boolean): Hit[] {
  if (!MAY_HAVE_RUN.test(body)) return [];
  const hits: Hit[] = [];
  for (const m of body.matchAll(PUNCT_RUN)) {
    if (inForeign(m.index)) continue;
    const marks = m[0].replace(/\s/g, '');
    // "Thanks!!!" and "Congrats!!!" are delight, not shouting.
    if (!marks.includes('?') && GLAD.test(body.slice(Math.max(0, m.index - 24), m.index))) continue;
    const clear = marks.length >= 3 || (marks.includes('?') && marks.includes('!'));
    hits.push({ rule: clear ? PUNCT_RULE : PUNCT_WEAK, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = c > 32;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

// --- scoring --------------------------------------------------------------------------------------

export interface ToneResult {
  /** The level the words give, by the policy above. */
  level: Level;
  /** Points after repeats, density, relief and sensitivity; may be negative for a warm draft. */
  points: number;
  reasons: Reason[];
  /** Suggestions of the rules that pushed, strongest first. */
  suggestions: string[];
}

export interface ToneInput {
  body: string;
  subject?: string;
  rules?: RuleOptions;
  /** The words for each rule, in the user's language. */
  texts: RuleTexts;
}

export function scoreTone({ body, subject = '', rules = {}, texts }: ToneInput): ToneResult {
  const disabled = disabledSet(rules.disabled);
  const factor = SENSITIVITY[rules.sensitivity ?? 'balanced'] ?? 1;
  const foreign = foreignRanges(body);
  const inForeign = foreign.length === 0 ? () => false : (i: number) => foreign.some(([a, b]) => i >= a && i < b);
  let workOrBilling: boolean | undefined;
  const notSales = () => (workOrBilling ??= isWorkOrBilling(body) && !SALES.test(subject));

  const hits: Hit[] = [];
  const negations = NEGATIONS.length;
  const collect = (compiled: CompiledPhrases, table: ToneRule[], skip: number, text: string, offset: number) => {
    for (const match of findPhrases(compiled, text)) {
      if (offset >= 0 && inForeign(match.start)) continue;
      if (match.entry < skip) continue;
      const rule = table[match.entry - skip]!;
      if (rule.salesOnly && notSales()) continue;
      hits.push({ rule, start: offset < 0 ? -1 : match.start, end: offset < 0 ? -1 : match.end });
    }
  };
  collect(rulesRegex(), ALL_RULES, negations, body, 0);
  const requested = ASKED_FOR.test(body);
  const custom = customRules(rules.custom ?? []);
  if (custom) collect(custom.compiled, custom.rules, 0, body, 0);
  hits.push(...capitals(body, inForeign), ...punctuation(body, inForeign), ...questions(body, inForeign));
  // A reply's subject ("Re: ...") was written by whoever started the thread: only a new subject is judged.
  if (subject && !REPLY_SUBJECT.test(subject)) {
    // The subject is judged too; its reasons carry no offsets into the body.
    collect(rulesRegex(), ALL_RULES, negations, subject, -1);
    // A subject in capitals is a headline (a weak cue); "!!!" in it is shouting.
    for (const hit of capitals(subject, () => false)) hits.push({ ...hit, rule: SHOUT_WEAK, start: -1, end: -1 });
    for (const hit of punctuation(subject, () => false)) hits.push({ ...hit, start: -1, end: -1 });
  }

  // Weak cues and warmth count by density: a long draft's words dilute them.
  let ownWords = countWords(body);
  for (const [a, b] of foreign) ownWords -= countWords(body.slice(a, b));
  const density = Math.min(1, DENSITY_WORDS / Math.max(ownWords, 1));

  // Emphasis (capitals, "!!!") is shouting when it is dense, as in a short note; one such word in
  // a long text is a weak cue ("a lone capitalised word", judgement.md).
  // Emphasis aimed at the reader ("did you see my email???", "you will NOT want to miss this"), or
  // in a note that greets them, is shouting; one loud word about the world ("on Bush???", "then it
  // REALLY matters") is a weak cue, and so is emphasis diluted in a long text.
  const loud = hits.filter((h) => h.rule === SHOUT_RULE || h.rule === PUNCT_RULE);
  const personal = GREETING.test(body);
  const aimed = (h: Hit) => {
    if (h.start < 0) return h.rule === PUNCT_RULE;
    const from = Math.max(0, h.start - 120, ...['.', '!', '?', '\n'].map((c) => body.lastIndexOf(c, h.start - 1) + 1));
    const stop = body.slice(h.end).search(/[.!?\n]/);
    return AIMED.test(body.slice(from, stop < 0 ? body.length : h.end + stop));
  };
  for (const h of loud) {
    const shouting = loud.length * density >= 1 && (loud.length >= 2 || personal || aimed(h));
    if (!shouting) h.rule = h.rule === SHOUT_RULE ? SHOUT_WEAK : PUNCT_WEAK;
  }

  const seen = new Map<string, number>();
  const sums: Record<RuleKind, number> = { tactic: 0, mild: 0, weak: 0, warm: 0 };
  const counted: { hit: Hit; weight: number }[] = [];
  hits.sort((a, b) => a.start - b.start);
  for (const hit of hits) {
    const { rule } = hit;
    if (disabled.has(rule.id)) continue;
    // What they asked for is not a presumptive close.
    if (requested && answersARequest(rule)) continue;
    const n = seen.get(rule.id) ?? 0;
    seen.set(rule.id, n + 1);
    const weight = Math.abs(rule.weight) * ((rule.kind === 'weak' || rule.kind === 'warm' ? WEAK_REPEAT_FACTORS : REPEAT_FACTORS)[n] ?? 0);
    sums[rule.kind] += weight;
    counted.push({ hit, weight });
  }
  const weak = Math.min(WEAK_CAP, sums.weak * density * factor);
  const weakScale = sums.weak > 0 ? weak / sums.weak : 0;
  // Warmth orders drafts (the warmer, the lower), counted like weak cues; it never changes a tactic's level.
  const relief = sums.warm * density;
  const reliefScale = sums.warm > 0 ? relief / sums.warm : 0;
  const push = (sums.tactic + sums.mild) * factor + weak;

  // A newsletter or a long article with one sales line in it is ordinary mail (judgement.md): in a
  // long text, tactics must be frequent to make it pushy; a lone one there is a caution.
  const tactics = counted.filter((c) => c.hit.rule.kind === 'tactic').length;
  const sparse = ownWords > LONG_TEXT_WORDS && (tactics * LONG_TEXT_WORDS) / ownWords < 1;
  const level: Level = sums.tactic > 0 && !sparse ? 'pushy' : sums.tactic > 0 || sums.mild > 0 || weak - relief >= WEAK_CAUTION ? 'caution' : 'ok';

  const reasons: Reason[] = [];
  const weights = new Map<string, number>();
  for (const { hit, weight } of counted) {
    const { rule } = hit;
    const shown = rule.kind === 'weak' ? weight * weakScale : rule.kind === 'warm' ? -weight * reliefScale : weight * factor;
    weights.set(rule.id, (weights.get(rule.id) ?? 0) + shown * (rule.kind === 'tactic' ? 100 : rule.kind === 'mild' ? 10 : 1));
    const inSubject = hit.start < 0;
    const words = texts.rule(rule.id, rule.phrase);
    reasons.push({
      rule: rule.id,
      category: rule.category,
      message: inSubject ? texts.inSubject(words.why) : words.why,
      start: inSubject ? null : hit.start,
      end: inSubject ? null : hit.end,
      weight: Math.round(shown * 10) / 10,
      suggestion: words.move,
    });
  }
  const suggestions = [...weights.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => reasons.find((r) => r.rule === id)!.suggestion!)
    .filter((s, i, all) => all.indexOf(s) === i);
  return { level, points: push - relief, reasons, suggestions };
}
