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
  [new RegExp(`(?<=[\\p{L})]) not${BOUNDARY_AFTER}`, 'gu'), "( not|n't)"],
  // irregular ones, on the result of the line above
  [new RegExp(`(?<![\\p{L}'])will\\( not\\|n't\\)${BOUNDARY_AFTER}`, 'gu'), "(will( not|n't)|won't)"],
  [new RegExp(`(?<![\\p{L}'])can\\( not\\|n't\\)${BOUNDARY_AFTER}`, 'gu'), "(can( not|n't)|cannot)"],
  [new RegExp(`(?<![\\p{L}'])shall\\( not\\|n't\\)${BOUNDARY_AFTER}`, 'gu'), "(shall( not|n't)|shan't)"],
  // an auxiliary after a word or a group: i am → i'm, you are → you're, (i|we) will → we'll ...
  [new RegExp(`(?<=[\\p{L})])( (?:am|are|will|have|would|is))${BOUNDARY_AFTER}`, 'gu'), '($1|CONTRACT$1)'],
  [new RegExp(`(?<![\\p{L}'])let us${BOUNDARY_AFTER}`, 'gu'), "(let us|let's)"],
  // the same, optional: "(i|we) (have )?booked" also reads "we've booked"
  [/(?<=[\p{L})]) \((am|are|will|have|would|is) \)\?/gu, "( $1|CONTRACT $1)? "],
];
const SHORT: Record<string, string> = { am: "'m", are: "'re", will: "'ll", have: "'ve", would: "'d", is: "'s" };

const AUXILIARY = /^(am|are|will|have|would|is)(?= |$)/;

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
    if (pattern[i] === ' ' && pattern[i + 1] === '(' && pattern[i + 2] !== '?' && /[\p{L})]/u.test(pattern[i - 1] ?? '')) {
      let depth = 0;
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) break;
      }
      const options = alternatives(pattern.slice(i + 2, j));
      // An optional group ("(have )?") is left to the rules below, which keep its spacing.
      if (pattern[j + 1] !== '?' && options.some((o) => AUXILIARY.test(o))) {
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
  return normalizeContractions(pattern)
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

interface Bucket {
  /** Sticky: tried only at the start of a word. One capturing group per pattern. */
  regex: RegExp;
  /** For each capturing group (1-based), the entry it belongs to. */
  groupEntry: number[];
}

export interface CompiledPhrases {
  /** Patterns filed by a hash of their first word, or of their first two words. */
  byKey: Map<number, Bucket>;
  /** Patterns whose first words cannot be told: tried at every word. */
  anywhere: Bucket | null;
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

/**
 * Compile entries (each a list of patterns) for `findPhrases`. Each pattern is filed under the
 * first word, or first two words, it can start with (see first-words.ts); at each word of a text
 * only those patterns are tried, in entry order, so the first entry that matches at a position
 * wins, as in one big alternation, at a fraction of the cost.
 */
export function compilePhrases(entries: readonly (readonly string[])[], flags = 'giu'): CompiledPhrases {
  const stickyFlags = `${flags.replace(/[gy]/g, '')}y`;
  const files = new Map<number, { entry: number; source: string }[]>();
  const anywhere: { entry: number; source: string }[] = [];
  entries.forEach((patterns, entry) => {
    for (const pattern of patterns) {
      const source = patternSource(pattern);
      const keys = leadingWords(source);
      if (keys === null) anywhere.push({ entry, source });
      else for (const k of new Set([...keys].map(keyOf))) (files.get(k) ?? files.set(k, []).get(k)!).push({ entry, source });
    }
  });
  const bucket = (items: { entry: number; source: string }[]): Bucket => {
    const ordered = [...items].sort((x, y) => x.entry - y.entry);
    return {
      regex: new RegExp(`(?:${ordered.map((x) => `(${x.source})`).join('|')})${AFTER}`, stickyFlags),
      groupEntry: [0, ...ordered.map((x) => x.entry)],
    };
  };
  const byKey = new Map<number, Bucket>();
  for (const [k, items] of files) byKey.set(k, bucket(items));
  return { byKey, anywhere: anywhere.length ? bucket(anywhere) : null };
}

function tryAt(b: Bucket | null | undefined, text: string, at: number, best: PhraseMatch | null): PhraseMatch | null {
  if (!b) return best;
  b.regex.lastIndex = at;
  const m = b.regex.exec(text);
  if (!m || m[0].length === 0) return best;
  let group = 1;
  while (group < m.length && m[group] === undefined) group++;
  const entry = b.groupEntry[group] ?? 0;
  return best && best.entry <= entry ? best : { entry, start: at, end: at + m[0].length };
}

export function findPhrases(compiled: CompiledPhrases, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const { byKey, anywhere } = compiled;
  const n = text.length;
  // Words are read one ahead: a word is tried once the hash of the word after it is known.
  let prevStart = -1;
  let prevHash = 0;
  let skipUntil = 0;
  let i = 0;
  for (;;) {
    let start = -1;
    let hash = 0;
    while (i < n) {
      const first = text.charCodeAt(i);
      let w = first < 128 ? ASCII_WORD[first]! : wordCode(first);
      if (w === 0) {
        i++;
        continue;
      }
      start = i;
      let h = FNV_OFFSET;
      do {
        h = Math.imul(h ^ w, FNV_PRIME);
        if (++i >= n) break;
        const c = text.charCodeAt(i);
        w = c < 128 ? ASCII_WORD[c]! : wordCode(c);
      } while (w !== 0);
      hash = first >= 48 && first <= 57 ? NUMBER_HASH : h & SMALL;
      break;
    }
    if (prevStart >= 0 && prevStart >= skipUntil) {
      let best = tryAt(byKey.get(prevHash), text, prevStart, null);
      if (start >= 0) best = tryAt(byKey.get(pairKey(prevHash, hash)), text, prevStart, best);
      if (anywhere) best = tryAt(anywhere, text, prevStart, best);
      if (best) {
        out.push(best);
        skipUntil = best.end;
      }
    }
    if (start < 0) return out;
    prevStart = start;
    prevHash = hash;
  }
}
