/**
 * Turns phrase patterns (written for people: lower case, plain spaces, straight apostrophes) into a
 * matcher that reads a text once, word by word: each pattern is filed under the first word (or two)
 * it can start with, so at each word only the few patterns that can start there are tried. One big
 * alternation tried at every position was 4x slower, and a loop of separate expressions slower still
 * (shared toolchain.md).
 */
import { leadingWords, NUMBER } from './first-words.ts';

/** A letter or digit right after a phrase means it is part of a longer word. */
const AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * Contractions, written once in their full form in the rule data and matched in every spelling:
 * "will not" also matches "won't", "you are" "you're", "do not" "don't" (see `normalizeContractions`).
 * A rule writer writes what the words mean; the matcher meets the text as the user typed it, so
 * offsets always point at the user's own characters.
 */
const BOUNDARY_AFTER = '(?=[ )|?]|$)';
const CONTRACTIONS: [RegExp, string][] = [
  // " not" after a word or a group: do not → don't, is not → isn't, could not → couldn't ...
  [new RegExp(`(?<=[\\p{L})]) not${BOUNDARY_AFTER}`, 'gu'), "( not|n't|nt)"],
  // irregular ones, on the result of the line above
  [new RegExp(`(?<![\\p{L}'])will\\( not\\|n't\\|nt\\)${BOUNDARY_AFTER}`, 'gu'), "(will not|won't|wont)"],
  [new RegExp(`(?<![\\p{L}'])can\\( not\\|n't\\|nt\\)${BOUNDARY_AFTER}`, 'gu'), "(can not|cannot|can't|cant)"],
  [new RegExp(`(?<![\\p{L}'])shall\\( not\\|n't\\|nt\\)${BOUNDARY_AFTER}`, 'gu'), "(shall not|shan't)"],
  // an auxiliary after a word or a group: i am → i'm, you are → you're, (i|we) will → we'll ...
  [new RegExp(`(?<=[\\p{L})])( (?:am|are|will|have|would|is))${BOUNDARY_AFTER}`, 'gu'), '($1|CONTRACT$1)'],
  [new RegExp(`(?<![\\p{L}'])let us${BOUNDARY_AFTER}`, 'gu'), "(let us|let's)"],
  // the same, optional: "(i|we) (have )?booked" also reads "we've booked"
  [/(?<=[\p{L})]) \((am|are|will|have|would|is) \)\?/gu, '( $1|CONTRACT $1)? '],
];
const SHORT: Record<string, string> = { am: "'m", are: "'re", will: "'ll", have: "'ve", would: "'d", is: "'s" };

const AUXILIARY = /^(am|are|will|have|would|is)(?= |$)/;
const PRONOUN = '(?:i|you|we|they|he|she|it|that|there|who|what|here|this)';
/** A subject right before a group: "you (are|have been)", "(i|we) (will|would)". */
const SUBJECT_BEFORE = new RegExp(`(?:^|[\\s(|])${PRONOUN}$|\\((?:[^()]*\\|)?${PRONOUN}(?:\\|[^()]*)?\\)$`);

/** Splits a group's body at its top-level bars. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/**
 * "you (are|have been) busy": a group after a word whose alternatives start with an auxiliary gets
 * the contracted forms too ("you're busy", "you've been busy").
 */
function contractGroups(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === ' ' && pattern[i + 1] === '(' && pattern[i + 2] !== '?' && SUBJECT_BEFORE.test(pattern.slice(Math.max(0, i - 200), i))) {
      let depth = 0;
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) break;
      }
      const options = alternatives(pattern.slice(i + 2, j));
      const optional = pattern[j + 1] === '?';
      // "(have |had )?booked": an optional group whose options end in a space keeps that spacing.
      if (optional && options.every((o) => o.endsWith(' ')) && options.some((o) => AUXILIARY.test(o))) {
        const spelled = options.flatMap((o) => {
          const word = o.trimEnd();
          const aux = AUXILIARY.exec(word)?.[1];
          return aux ? [` ${word}`, `${SHORT[aux]}${word.slice(aux.length)}`] : [` ${word}`];
        });
        out += `(${spelled.join('|')})? `;
        i = j + 1;
        continue;
      }
      if (!optional && options.some((o) => AUXILIARY.test(o))) {
        const spelled = options.flatMap((o) => {
          const aux = AUXILIARY.exec(o)?.[1];
          return aux ? [` ${o}`, `${SHORT[aux]}${o.slice(aux.length)}`] : [` ${o}`];
        });
        out += `(${spelled.join('|')})`;
        i = j;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

/** Rewrites full forms in a pattern so that their contracted spellings match too. */
export function normalizeContractions(pattern: string): string {
  let out = contractGroups(pattern);
  for (const [find, replace] of CONTRACTIONS) out = out.replace(find, replace);
  return out.replace(/CONTRACT (\w+)/g, (_, word: string) => SHORT[word] ?? ` ${word}`);
}

/**
 * One phrase pattern to regex source. Patterns are regular-expression fragments written in plain
 * lower case, with these conveniences: a space matches any run of white space or a hyphen
 * ("follow up" = "follow-up"), " ?" also matches nothing ("follow ?up" = "followup"), an apostrophe matches ' or ’, full forms match their contractions,
 * and plain parentheses do not capture.
 */
export function patternSource(pattern: string): string {
  return normalizedSource(normalizeContractions(pattern));
}

/** patternSource for a pattern whose contractions are already spelled out. */
function normalizedSource(normalized: string): string {
  return normalized
    .replace(/\\\(|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m))
    .replace(/'/g, "['’]")
    .replace(/ \?/g, '[\\s\\-‐–]*')
    .replace(/ +/g, '[\\s\\-‐–]+');
}

/** Escape a user's literal phrase for use as a pattern. */
export function literalPattern(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "'");
}

export interface PhraseMatch {
  /** Index of the entry whose pattern matched. */
  entry: number;
  start: number;
  end: number;
}

interface Phrase {
  /** The pattern; its expression (sticky: tried only at the start of a word) is built on first use. */
  pattern: string;
  regex: RegExp | null;
  flags: string;
  /** Index of the entry the pattern belongs to. */
  entry: number;
  /**
   * Words (16-bit hashes) of which at least one must occur somewhere in the text for the pattern
   * to match; null when it has none. Lets a pattern filed under a common first word ("i", "you")
   * stay untried in a text without "booked" or "quota".
   */
  anchors: Int32Array | null;
  /** The call whose text was last checked against the anchors, and the answer. */
  checkedIn: number;
  allowed: boolean;
}

export interface CompiledPhrases {
  /** Patterns filed by a hash of their first word, or of their first two words, in entry order. */
  byKey: Map<number, Phrase[]>;
  /** Patterns whose first words cannot be told: tried at every word. */
  anywhere: Phrase[] | null;
  /** Every pattern, and how many of them `prime` has compiled. */
  all: Phrase[];
  primed: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Keys stay within V8's small integers, so Map lookups never box a number. */
const SMALL = 0x3fffffff;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * For ASCII: 0 when the character is not part of a word, else its lower-case code. Beyond ASCII a
 * slower test runs (rare in English text).
 */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = c;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = c;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = c + 32;
ASCII_WORD[APOSTROPHE] = APOSTROPHE;

/** The lower-case code of a word character, or 0 for anything that ends a word. */
function wordCode(code: number): number {
  if (code < 128) return ASCII_WORD[code]!;
  if (code === RIGHT_QUOTE) return APOSTROPHE;
  const ch = String.fromCharCode(code);
  return LETTER_OR_DIGIT.test(ch) ? ch.toLowerCase().charCodeAt(0) : 0;
}

function lowerCode(code: number): number {
  return wordCode(code) || code;
}

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ lowerCode(word.charCodeAt(k)), FNV_PRIME);
  return h & SMALL;
}

const NUMBER_HASH = hashWord(NUMBER);

/** Key of a word pair; distinct from single-word keys (which are plain word hashes). */
function pairKey(h1: number, h2: number): number {
  return (Math.imul(h1 ^ 0x9e3779b9, 0x85ebca6b) ^ h2) & SMALL;
}

function keyOf(words: string): number {
  const space = words.indexOf(' ');
  return space < 0 ? hashWord(words) : pairKey(hashWord(words.slice(0, space)), hashWord(words.slice(space + 1)));
}

/** Words too common to tell a text apart: never chosen as a pattern's anchor. */
const COMMON = new Set(
  (
    'a an the i you we they he she it this that these those my your our their me us him her them is are was were be been am ' +
    'have has had do does did will would can could should shall may might must to of in on at by for with from up out about ' +
    'as and or but if so not no yes just all any some more most very what when how why who which where there here now then ' +
    "get got go going let please thanks thank hi hello one two like know think want need make see time one one's it's " +
    "i'm you're we're they're i've you've we've i'll you'll we'll i'd you'd we'd don't won't can't isn't aren't didn't " +
    'also again back over into than too only well still even really'
  ).split(/\s+/),
);

/** Splits a pattern's top level into words and groups, with the quantifier after each group. */
function topLevel(pattern: string): { text: string; group: boolean; optional: boolean }[] {
  const items: { text: string; group: boolean; optional: boolean }[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === ' ') {
      // "kick ?off" also reads "kickoff": the word before " ?" is not a whole word.
      if (pattern[i + 1] === '?' && items.length) {
        items[items.length - 1]!.optional = true;
        i++;
      }
      i++;
      continue;
    }
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) break;
      }
      const q = pattern[j + 1];
      const glued = pattern[j + 1] !== undefined && pattern[j + 1] !== ' ' && !'?*{'.includes(q!);
      const optional = q === '?' || q === '*' || (q === '{' && pattern[j + 2] === '0');
      items.push({ text: pattern.slice(i + 1, j), group: true, optional: optional || glued || /[a-z']/.test(pattern[i - 1] ?? '') });
      i = j + 1;
      while (i < pattern.length && pattern[i] !== ' ' && pattern[i] !== '(') i++;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] !== ' ' && pattern[j] !== '(') j++;
    // A word glued to a group ("expir(e|es)"): one token, spelled out by spelled() when it can be.
    if (pattern[j] === '(') {
      let depth = 0;
      let k = j;
      for (; k < pattern.length; k++) {
        if (pattern[k] === '(') depth++;
        else if (pattern[k] === ')' && --depth === 0) break;
      }
      while (k + 1 < pattern.length && pattern[k + 1] !== ' ' && pattern[k + 1] !== '(') k++;
      items.push({ text: pattern.slice(i, k + 1), group: false, optional: false });
      i = k + 1;
      continue;
    }
    items.push({ text: pattern.slice(i, j), group: false, optional: false });
    i = j;
  }
  return items;
}

/**
 * The words of which one must appear in any text the pattern matches, chosen to be rare: a whole
 * word, or a group of alternatives each starting with a whole word, past the first item (which
 * files the pattern already). Null when there is no such choice that avoids common words.
 */
/** Whole words a piece of pattern can be, when it is plain letters with at most one group of letters. */
function spelled(token: string): string[] | null {
  const m = /^([a-z']*)(?:\(([a-z'|]+)\)(\?)?)?([a-z']*)(\?)?$/.exec(token);
  if (!m) return null;
  const [, head = '', group, optional, tail = '', lastOptional] = m;
  let forms = group ? group.split('|').map((g) => head + g + tail) : [head + tail];
  if (optional) forms.push(head + tail);
  // "targets?": the last letter may be missing.
  if (lastOptional) forms = forms.flatMap((f) => [f, f.slice(0, -1)]);
  return forms.every((f) => /^[a-z][a-z']+$/.test(f)) ? forms : null;
}

/**
 * Words of which one must occur in any text this sequence matches: the rarest such choice among
 * its mandatory parts (a whole word, or a group each of whose alternatives has such words).
 * `skipFirst`: the first part files the pattern already and is not worth choosing.
 */
function requiredWords(sequence: string, skipFirst = false): string[] | null {
  let best: string[] | null = null;
  const items = topLevel(sequence);
  items.forEach((item, index) => {
    if (item.optional || (skipFirst && index === 0)) return;
    let words: string[] | null;
    if (!item.group) words = spelled(item.text);
    else if (/^\?[:=!<]/.test(item.text)) words = null;
    else {
      const options = alternatives(item.text).map((o) => requiredWords(o));
      words = options.every((o): o is string[] => o !== null) ? [...new Set(options.flat())] : null;
    }
    if (!words || words.length > 40 || words.some((w) => COMMON.has(w) || w.length < 3)) return;
    if (!best || words.length < best.length) best = words;
  });
  return best;
}

/** Anchor hashes are the low 16 bits of a word's hash, marked per call in a table of stamps. */
const ANCHOR_MASK = 0xffff;
const stamps = new Uint32Array(ANCHOR_MASK + 1);
let call = 0;

/**
 * Compile entries (each a list of patterns) for `findPhrases`. Each pattern is filed under the
 * first word, or first two words, it can start with (see first-words.ts); at each word of a text
 * only those patterns are tried, in entry order, so the first entry that matches at a position
 * wins, as in one big alternation, at a fraction of the cost.
 */
export function compilePhrases(entries: readonly (readonly string[])[], flags = 'giu'): CompiledPhrases {
  const steps = compileInSteps(entries, flags);
  steps.step(Infinity);
  return steps.compiled;
}

export interface CompileSteps {
  /** Filled in as the steps run; complete once `step` has returned true. */
  compiled: CompiledPhrases;
  /** Files patterns for about `ms` milliseconds; true when every pattern is filed. */
  step(ms: number): boolean;
}

/**
 * The same compilation a slice at a time, so that a page can file a thousand patterns in its idle
 * moments instead of in one long task.
 */
export function compileInSteps(entries: readonly (readonly string[])[], flags = 'giu'): CompileSteps {
  const filed: FiledPhrases = { flags, fingerprint: 0, patterns: [] };
  const patterns: string[] = [];
  const compiled: CompiledPhrases = { byKey: new Map(), anywhere: null, all: [], primed: 0 };
  let entry = 0;
  let index = 0;
  let added = 0;
  return {
    compiled,
    step(ms: number): boolean {
      const until = ms === Infinity ? Infinity : performance.now() + ms;
      while (entry < entries.length) {
        const list = entries[entry]!;
        while (index < list.length) {
          patterns.push(list[index]!);
          filed.patterns.push(filePattern(list[index++]!, entry));
          if ((index & 3) === 0 && performance.now() > until) {
            added = addFiled(compiled, filed, patterns, added);
            return false;
          }
        }
        entry++;
        index = 0;
      }
      added = addFiled(compiled, filed, patterns, added);
      return true;
    },
  };
}

/**
 * Filing as plain data (JSON): per pattern, its entry, the keys it is filed under (null: tried at
 * every word) and its anchor hashes (null: none). Filing a thousand patterns takes a noticeable
 * moment; a build files them once (`filePhrases`) and the extension loads the result with the same
 * entries (`loadFiled`). Each expression is built from its pattern when it is first tried.
 */
export interface FiledPhrases {
  flags: string;
  /** A hash of every pattern, so data filed from other rules is never used with these. */
  fingerprint: number;
  patterns: [entry: number, keys: number[] | null, anchors: number[] | null][];
}

const expression = (pattern: string) => `(?:${normalizedSource(normalizeContractions(pattern))})${AFTER}`;

function fingerprint(entries: readonly (readonly string[])[]): number {
  let h = FNV_OFFSET;
  for (const patterns of entries) {
    for (const p of [...patterns, '\u0000']) for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

function filePattern(pattern: string, entry: number): FiledPhrases['patterns'][number] {
  const normalized = normalizeContractions(pattern);
  const keys = leadingWords(normalizedSource(normalized));
  const words = requiredWords(normalized, true);
  return [entry, keys === null ? null : [...new Set([...keys].map(keyOf))], words ? [...new Set(words.map((w) => hashWord(w) & ANCHOR_MASK))] : null];
}

export function filePhrases(entries: readonly (readonly string[])[], flags = 'giu'): FiledPhrases {
  return { flags, fingerprint: fingerprint(entries), patterns: entries.flatMap((patterns, entry) => patterns.map((p) => filePattern(p, entry))) };
}

/** The compiled form of `entries` from their filing; null when `filed` was made from other entries. */
export function loadFiled(filed: FiledPhrases, entries: readonly (readonly string[])[]): CompiledPhrases | null {
  if (filed.fingerprint !== fingerprint(entries) || filed.patterns.length !== entries.reduce((n, e) => n + e.length, 0)) return null;
  const compiled: CompiledPhrases = { byKey: new Map(), anywhere: null, all: [], primed: 0 };
  addFiled(compiled, filed, entries.flat(), 0);
  return compiled;
}

/** Adds the filed patterns from `from` on to `compiled`; returns how many are in it now. */
function addFiled(compiled: CompiledPhrases, filed: FiledPhrases, patterns: readonly string[], from: number): number {
  const stickyFlags = `${filed.flags.replace(/[gy]/g, '')}y`;
  const { byKey } = compiled;
  for (let i = from; i < filed.patterns.length; i++) {
    const [entry, keys, anchors] = filed.patterns[i]!;
    const phrase: Phrase = {
      pattern: patterns[i]!,
      flags: stickyFlags,
      regex: null,
      entry,
      anchors: anchors ? Int32Array.from(anchors) : null,
      checkedIn: -1,
      allowed: true,
    };
    compiled.all.push(phrase);
    if (keys === null) (compiled.anywhere ??= []).push(phrase);
    else for (const k of keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(phrase);
  }
  return filed.patterns.length;
}

/**
 * Builds and runs each expression once, for about `ms` milliseconds at a time, so that the first
 * judgement does not pay for it; true when all are done. Matching is the same either way.
 */
export function prime(compiled: CompiledPhrases, ms: number): boolean {
  const until = performance.now() + ms;
  while (compiled.primed < compiled.all.length) {
    const p = compiled.all[compiled.primed++]!;
    (p.regex ??= new RegExp(expression(p.pattern), p.flags)).exec(' ');
    if (performance.now() > until) break;
  }
  return compiled.primed >= compiled.all.length;
}

function anchored(p: Phrase): boolean {
  if (p.anchors === null) return true;
  if (p.checkedIn !== call) {
    p.checkedIn = call;
    p.allowed = false;
    for (let k = 0; k < p.anchors.length; k++) {
      if (stamps[p.anchors[k]!] === call) {
        p.allowed = true;
        break;
      }
    }
  }
  return p.allowed;
}

/** The first phrase (in entry order) that matches at `at`, unless `best` already has an earlier entry. */
function tryAll(phrases: Phrase[] | null | undefined, text: string, at: number, best: PhraseMatch | null): PhraseMatch | null {
  if (!phrases) return best;
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i]!;
    if (best && best.entry <= p.entry) return best;
    if (!anchored(p)) continue;
    const regex = (p.regex ??= new RegExp(expression(p.pattern), p.flags));
    regex.lastIndex = at;
    const m = regex.exec(text);
    if (m && m[0].length > 0) return { entry: p.entry, start: at, end: at + m[0].length };
  }
  return best;
}

/** Word starts and hashes of the text being read, reused between calls. */
let starts = new Int32Array(4096);
let hashes = new Int32Array(4096);

/** Reads the words of a text once: their starts and hashes, each marked in the stamp table. */
function tokenize(text: string): number {
  if (++call === 0xffffffff) {
    stamps.fill(0);
    call = 1;
  }
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    let w = first < 128 ? ASCII_WORD[first]! : wordCode(first);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ w, FNV_PRIME);
      if (++i >= n) break;
      const c = text.charCodeAt(i);
      w = c < 128 ? ASCII_WORD[c]! : wordCode(c);
    } while (w !== 0);
    const hash = first >= 48 && first <= 57 ? NUMBER_HASH : h & SMALL;
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownHashes = new Int32Array(count * 2);
      grownHashes.set(hashes);
      hashes = grownHashes;
    }
    starts[count] = start;
    hashes[count] = hash;
    stamps[h & SMALL & ANCHOR_MASK] = call;
    count++;
  }
  return count;
}

export function findPhrases(compiled: CompiledPhrases, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const { byKey, anywhere } = compiled;
  const count = tokenize(text);
  let skipUntil = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k]!;
    if (start < skipUntil) continue;
    const hash = hashes[k]!;
    let best = tryAll(byKey.get(hash), text, start, null);
    if (k + 1 < count) best = tryAll(byKey.get(pairKey(hash, hashes[k + 1]!)), text, start, best);
    if (anywhere) best = tryAll(anywhere, text, start, best);
    if (best) {
      out.push(best);
      skipUntil = best.end;
    }
  }
  return out;
}
