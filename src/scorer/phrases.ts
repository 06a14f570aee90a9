/**
 * Turns phrase patterns (written for people: lower case, plain spaces, straight apostrophes) into
 * one compiled regular expression per phrase set, with one capturing group per entry. One pass of
 * one expression finds every rule's phrases (far cheaper than a loop of regexes; see
 * shared toolchain.md), and the group that matched says which entry it was.
 */

/** Letters and digits on either side of a phrase mean it is part of a longer word. */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * One phrase pattern to regex source. Patterns are regular-expression fragments with three
 * conveniences: a space matches any run of white space, an apostrophe matches ' or ’, and plain
 * parentheses do not capture.
 */
export function patternSource(pattern: string): string {
  return pattern
    .replace(/\\\(|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m))
    .replace(/'/g, "['’]")
    .replace(/ +/g, '\\s+');
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

export interface CompiledPhrases {
  regex: RegExp;
  size: number;
}

export function compilePhrases(entries: readonly (readonly string[])[], flags = 'giu'): CompiledPhrases {
  const groups = entries.map((patterns) => `(${patterns.map(patternSource).join('|')})`);
  const source = groups.length ? `${BEFORE}(?:${groups.join('|')})${AFTER}` : '(?!)';
  return { regex: new RegExp(source, flags), size: entries.length };
}

export function findPhrases(compiled: CompiledPhrases, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const { regex } = compiled;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    let entry = 1;
    while (entry <= compiled.size && m[entry] === undefined) entry++;
    out.push({ entry: entry - 1, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
