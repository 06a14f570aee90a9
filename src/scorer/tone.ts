/**
 * Tone: the phrases in the draft that push, and those that help. One compiled expression finds every
 * rule's phrases in one pass; capitals and runs of ! or ? are found by two small expressions.
 */
import { compilePhrases, findPhrases, literalPattern, type CompiledPhrases } from './phrases.ts';
import { ALL_RULES } from './rules/index.ts';
import type { RuleTexts, ToneRule } from './rules/types.ts';
import type { CustomPhrase, Reason, RuleOptions, Sensitivity } from './types.ts';

const SENSITIVITY: Record<Sensitivity, number> = { gentle: 0.7, balanced: 1, strict: 1.4 };

/** Same rule again: each repeat counts half the one before, at most four times in all. */
const REPEAT_FACTORS = [1, 0.5, 0.25, 0.125];

/**
 * What lowers the score (value, an easy out, courtesy) can cancel light pressure entirely, but takes
 * at most 40 % off strong pressure: warmth must not hide a false deadline. A draft with no pressure
 * at all can go at most 30 points below neutral.
 */
const MAX_RELIEF = 0.4;
const MAX_RELIEF_ALONE = 30;

let compiledRules: CompiledPhrases | null = null;
function rulesRegex(): CompiledPhrases {
  return (compiledRules ??= compilePhrases(ALL_RULES.map((r) => r.patterns)));
}

/** Compile the rules now (V8 compiles a large expression on first use: do it before the first keystroke). */
export function warmUp(): void {
  findPhrases(rulesRegex(), 'warm up');
}

const customCache = new Map<string, { compiled: CompiledPhrases; rules: ToneRule[] }>();

const CUSTOM_WEIGHT = 22;

function customRules(custom: CustomPhrase[]): { compiled: CompiledPhrases; rules: ToneRule[] } | null {
  const usable = custom.filter((c) => c.phrase.trim().length >= 2).slice(0, 200);
  if (!usable.length) return null;
  const key = JSON.stringify(usable);
  let entry = customCache.get(key);
  if (!entry) {
    const rules: ToneRule[] = usable.map((c, i) => ({
      id: `custom.${i}`,
      category: c.category,
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

// --- context: quoted text, signatures, work and billing ----------------------------------------

const QUOTE_START = /^(?:On .{3,200}wrote:\s*$|-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|From: .+$|Am .{3,120}schrieb .{0,120}:\s*$|El .{3,120}escribió:\s*$)/gim;
const QUOTED_LINE = /^[ \t]*>.*$/gm;
const SIGNATURE = /^-- ?$/m;

/** Ranges of the body that are not the user's own words: quoted earlier messages and the signature. */
export function foreignRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Cheap checks first: most drafts have no quote, no signature marker and no quoted lines.
  const mayQuote = /wrote:|---|From: |schrieb|escribió/.test(body);
  QUOTE_START.lastIndex = 0;
  const quote = mayQuote ? QUOTE_START.exec(body) : null;
  const sig = body.includes('--') ? SIGNATURE.exec(body) : null;
  if (!body.includes('>') && !sig && !quote) return ranges;
  const cut = Math.min(quote ? quote.index : Infinity, sig ? sig.index : Infinity);
  if (cut < Infinity) ranges.push([cut, body.length]);
  QUOTED_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_LINE.exec(body)) !== null) {
    if (m.index >= cut) break;
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

const BILLING = /\b(invoices?|payments?|overdue|past due|outstanding balance|amount due|remittance|receipt|bill|billing)\b/i;
const WORK = /\b(report|deck|slides|review|sprint|ticket|pull request|agenda|standup|deliverables?|project|deploy|release|board meeting|timesheet|expenses?|our team|the team|handover|migration|contract renewal|onboarding)\b/i;
const SALES = /(\b(offer|discount|deal|promo|promotion|sale|buy|purchase|subscribe|subscription|trial|spots?|seats?|sign up|pricing)\b|%\s*off\b)/i;

/** A deadline between colleagues or an unpaid invoice is not sales pressure. */
export function isWorkOrBilling(text: string): boolean {
  return (BILLING.test(text) || WORK.test(text)) && !SALES.test(text);
}

// --- capitals and punctuation -------------------------------------------------------------------

const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:['’]\p{Lu}+)?(?![\p{L}\p{N}])/gu;
const EMPHATIC = new Set(['NOW', 'URGENT', 'ASAP', 'TODAY', 'IMMEDIATELY', 'MUST', 'FINAL', 'LAST', 'HURRY', 'NEVER', 'STOP', 'DEADLINE', 'REALLY', 'NEED', 'IMPORTANT', 'ONLY', 'EXPIRES', 'ENDS', 'LIMITED']);
const PUNCT_RUN = /[!?¡¿]{2,}|!(?:\s*!)+/g;

const SHOUT_RULE: ToneRule = {
  id: 'shouting.capitals',
  category: 'shouting',
  weight: 12,
  lang: 'und',
  patterns: [],
  source: 'politeness',
};
const PUNCT_RULE: ToneRule = {
  id: 'shouting.punctuation',
  category: 'shouting',
  weight: 10,
  lang: 'und',
  patterns: [],
  source: 'politeness',
};
const QUESTIONS_RULE: ToneRule = {
  id: 'shouting.questions',
  category: 'shouting',
  weight: 5,
  lang: 'und',
  patterns: [],
  source: 'politeness',
};
export const BUILT_IN_EXTRA_RULES: ToneRule[] = [SHOUT_RULE, PUNCT_RULE, QUESTIONS_RULE];

/** The second and later questions in a draft. */
function questions(body: string, inForeign: (i: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  let seen = 0;
  for (let i = body.indexOf('?'); i >= 0; i = body.indexOf('?', i + 1)) {
    if (inForeign(i) || body[i + 1] === '?' || body[i - 1] === '?') continue;
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

function capitals(body: string, inForeign: (i: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  let letters = 0;
  let upper = 0;
  for (const m of body.matchAll(CAPS_WORD)) {
    if (inForeign(m.index)) continue;
    upper += m[0].length;
    const word = m[0].toUpperCase();
    // Short capitals are usually acronyms (CEO, PDF, EU); long ones and a few words read as shouting.
    if (EMPHATIC.has(word) || m[0].length >= 5) hits.push({ rule: SHOUT_RULE, start: m.index, end: m.index + m[0].length });
  }
  if (hits.length === 0) return hits;
  for (const ch of body) if (/\p{L}/u.test(ch)) letters++;
  // A text that is nearly all capitals (an old template, a heading) counts once, not per word.
  return upper / Math.max(1, letters) > 0.6 ? hits.slice(0, 1) : hits;
}

const MAY_HAVE_RUN = /[!?¡¿]\s*[!?¡¿]/;

function punctuation(body: string, inForeign: (i: number) => boolean): Hit[] {
  if (!MAY_HAVE_RUN.test(body)) return [];
  return [...body.matchAll(PUNCT_RUN)]
    .filter((m) => !inForeign(m.index))
    .map((m) => ({ rule: PUNCT_RULE, start: m.index, end: m.index + m[0].length }));
}

// --- scoring --------------------------------------------------------------------------------------

export interface ToneResult {
  /** Points after repeats, relief and sensitivity; may be negative for a warm draft. */
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
  const inForeign = (i: number) => foreign.some(([a, b]) => i >= a && i < b);
  let workOrBilling: boolean | undefined;
  const notSales = () => (workOrBilling ??= isWorkOrBilling(body) && !SALES.test(subject));

  const hits: Hit[] = [];
  const collect = (compiled: CompiledPhrases, table: ToneRule[], text: string, offset: number) => {
    for (const match of findPhrases(compiled, text)) {
      const rule = table[match.entry]!;
      if (offset >= 0 && inForeign(match.start)) continue;
      if (rule.salesOnly && notSales()) continue;
      hits.push({ rule, start: offset < 0 ? -1 : match.start, end: offset < 0 ? -1 : match.end });
    }
  };
  collect(rulesRegex(), ALL_RULES, body, 0);
  const custom = customRules(rules.custom ?? []);
  if (custom) collect(custom.compiled, custom.rules, body, 0);
  hits.push(...capitals(body, inForeign), ...punctuation(body, inForeign), ...questions(body, inForeign));
  if (subject) {
    // The subject is judged too; its reasons carry no offsets into the body.
    collect(rulesRegex(), ALL_RULES, subject, -1);
    for (const hit of [...capitals(subject, () => false), ...punctuation(subject, () => false)]) hits.push({ ...hit, start: -1, end: -1 });
  }

  const seen = new Map<string, number>();
  let push = 0;
  let relief = 0;
  const reasons: Reason[] = [];
  const weights = new Map<string, number>();
  hits.sort((a, b) => a.start - b.start);
  for (const hit of hits) {
    if (disabled.has(hit.rule.id)) continue;
    const n = seen.get(hit.rule.id) ?? 0;
    seen.set(hit.rule.id, n + 1);
    const weight = hit.rule.weight * (REPEAT_FACTORS[n] ?? 0);
    if (weight > 0) push += weight;
    else relief -= weight;
    weights.set(hit.rule.id, (weights.get(hit.rule.id) ?? 0) + weight);
    const inSubject = hit.start < 0;
    const words = texts.rule(hit.rule.id, hit.rule.phrase);
    reasons.push({
      rule: hit.rule.id,
      category: hit.rule.category,
      message: inSubject ? texts.inSubject(words.why) : words.why,
      start: inSubject ? null : hit.start,
      end: inSubject ? null : hit.end,
      weight: Math.round(weight * 10) / 10,
      suggestion: words.move,
    });
  }
  push *= factor;
  relief = Math.min(relief, Math.max(push * MAX_RELIEF, MAX_RELIEF_ALONE - push));
  const suggestions = [...weights.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => reasons.find((r) => r.rule === id)!.suggestion!)
    .filter((s, i, all) => all.indexOf(s) === i);
  return { points: push - relief, reasons, suggestions };
}
