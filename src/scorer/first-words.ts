/**
 * Which words a phrase pattern can start with. The phrase matcher files each pattern under its
 * possible first words, so that at each word of a draft it tries only the few patterns that can
 * start there: one hash lookup per word instead of hundreds of alternatives per position.
 *
 * Understands the regex subset our phrase data uses (literals, groups, alternation, `?`, small
 * character classes, `\d`, `\s`, lookarounds). Anything it cannot enumerate answers null, and the
 * pattern is then tried at every word.
 */

/** Words are runs of letters, digits and apostrophes; a number's key is NUMBER. */
export const NUMBER = '#num';
/** How many first words (or first pairs) a pattern may be filed under before it is filed by its first word alone. */
const MAX_WORDS = 300;
const MAX_FIRST_WORDS = 3000;

type Node =
  | { t: 'char'; c: string }
  | { t: 'class'; chars: string[] | null }
  | { t: 'digit' }
  | { t: 'space' }
  | { t: 'gap' }
  | { t: 'empty' }
  | { t: 'opaque' }
  | { t: 'alt'; alts: Node[][] }
  | { t: 'opt'; node: Node }
  | { t: 'many'; node: Node };

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Node[][] {
    const alts = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') seq.push(this.quantified());
    return seq;
  }

  quantified(): Node {
    const node = this.atom();
    const q = this.s[this.i];
    let out = node;
    if (q === '?') out = { t: 'opt', node };
    else if (q === '*') out = { t: 'opt', node: { t: 'many', node } };
    else if (q === '+' || q === '{') {
      if (q === '{') this.i = this.s.indexOf('}', this.i);
      out = { t: 'many', node };
    } else return node;
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    return out;
  }

  atom(): Node {
    const c = this.s[this.i]!;
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (this.s.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.s.slice(this.i, this.i + 3))) {
        zeroWidth = true;
        this.i += this.s[this.i + 1] === '<' ? 3 : 2;
      }
      const alts = this.alternation();
      this.i++;
      return zeroWidth ? { t: 'empty' } : { t: 'alt', alts };
    }
    if (c === '[') {
      let k = this.i + 1;
      for (; k < this.s.length && this.s[k] !== ']'; k++) if (this.s[k] === '\\') k++;
      const body = this.s.slice(this.i + 1, k);
      this.i = k + 1;
      // White space or a hyphen, as a pattern's space becomes (phrases.ts): a gap between words.
      if (/^\\s(?:\\-|‐|–)*$/.test(body)) return { t: 'space' };
      // "Anything but these" ([^.!?\n]) in our patterns stands for the rest of a sentence: it
      // ends the word it follows (a match that runs on inside a longer word is not looked for),
      // and what comes after it cannot be told.
      if (body.startsWith('^')) return { t: 'gap' };
      if (/\\[pPwWdDsS]|.-./.test(body)) return { t: 'class', chars: null };
      return { t: 'class', chars: [...body.replace(/\\(.)/g, '$1')] };
    }
    this.i++;
    if (c === '\\') {
      const e = this.s[this.i++]!;
      if (e === 'd') return { t: 'digit' };
      if (e === 's') return { t: 'space' };
      if (e === 'b' || e === 'B') return { t: 'empty' };
      if (e === 'p' || e === 'P') {
        this.i = this.s.indexOf('}', this.i) + 1;
        return { t: 'opaque' };
      }
      if (/[wWDSux]/.test(e)) return { t: 'opaque' };
      return { t: 'char', c: e };
    }
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '.') return { t: 'opaque' };
    return { t: 'char', c };
  }
}

/** Letters, digits and apostrophes continue a word; anything else ends it. */
function isWordChar(c: string): boolean {
  return c === "'" || c === '’' || /[\p{L}\p{N}]/u.test(c);
}

/**
 * A partial enumeration: the first word, the second word, and where we are: 0 in the first word,
 * 1 between the words, 2 in the second word, 3 done.
 */
interface State {
  w1: string;
  w2: string;
  phase: 0 | 1 | 2 | 3;
}

class TooMany extends Error {}

const DIGIT = /[0-9]/;

function key(s: State): string {
  return `${s.phase}\u0000${s.w1}\u0000${s.w2}`;
}

let limit = MAX_WORDS;
function add(out: Map<string, State>, s: State): void {
  out.set(key(s), s);
  if (out.size > limit) throw new TooMany();
}

/** `maxWords` 1 or 2: how many leading words to enumerate. */
function step(node: Node, states: State[], maxWords: number): State[] {
  const out = new Map<string, State>();
  const live = states.filter((s) => s.phase !== 3);
  for (const s of states) if (s.phase === 3) add(out, s);
  if (!live.length) return [...out.values()];
  const endWord = (s: State): State => {
    if (s.phase === 0) {
      if (s.w1 === '') throw new TooMany(); // starts with punctuation or space: no first word
      return { ...s, phase: maxWords === 1 ? 3 : 1 };
    }
    return s.phase === 2 ? { ...s, phase: 3 } : s;
  };
  const wordChar = (s: State, c: string): State => {
    const ch = c === '’' ? "'" : c.toLowerCase();
    if (s.phase === 0) return s.w1 === NUMBER ? s : { ...s, w1: s.w1 === '' && DIGIT.test(ch) ? NUMBER : s.w1 + ch };
    if (s.phase === 1) return { ...s, w2: DIGIT.test(ch) ? NUMBER : ch, phase: 2 };
    return s.w2 === NUMBER ? s : { ...s, w2: s.w2 + ch };
  };
  const push = (c: string) => {
    for (const s of live) add(out, isWordChar(c) ? wordChar(s, c) : endWord(s));
  };
  switch (node.t) {
    case 'char':
      push(node.c);
      break;
    case 'class':
      if (!node.chars || node.chars.length > 8) throw new TooMany();
      for (const c of node.chars) push(c);
      break;
    case 'space':
      for (const s of live) add(out, endWord(s));
      break;
    case 'gap':
      // Ends the first word; a second word after it is unknown (two-word keys give up).
      for (const s of live) {
        if (s.phase === 0 && maxWords === 1) add(out, endWord(s));
        else if (s.phase === 2) add(out, endWord(s));
        else throw new TooMany();
      }
      break;
    case 'digit':
      push('0');
      break;
    case 'empty':
      for (const s of live) add(out, s);
      break;
    case 'many':
      // Runs of white space or digits behave like one: a gap, or a number.
      if (node.node.t === 'space' || node.node.t === 'digit') return step(node.node, states, maxWords);
      if (node.node.t === 'gap') {
        for (const s of live) add(out, s);
        for (const s of step(node.node, live, maxWords)) add(out, s);
        break;
      }
      // A run of further words ("( \\p{L}+){0,4}") after the first word: it ends the first word,
      // or is skipped; in one-word mode what follows does not matter.
      if (maxWords === 1 && node.node.t === 'alt' && node.node.alts.every((a) => a[0]?.t === 'space' || (a[0]?.t === 'many' && a[0].node.t === 'space'))) {
        for (const s of live) {
          add(out, s);
          add(out, endWord(s));
        }
        break;
      }
      // "enrol+": one or two of the letter.
      if (node.node.t === 'char') {
        for (const s of step(node.node, states, maxWords)) add(out, s);
        for (const s of step(node.node, step(node.node, states, maxWords), maxWords)) add(out, s);
        break;
      }
      throw new TooMany();
    case 'opaque':
      throw new TooMany();
    case 'opt':
      for (const s of live) add(out, s);
      for (const s of step(node.node, live, maxWords)) add(out, s);
      break;
    case 'alt':
      for (const alt of node.alts) for (const s of alt.reduce((acc, n) => step(n, acc, maxWords), live)) add(out, s);
      break;
  }
  return [...out.values()];
}

/**
 * The first word, or the first two words, a pattern can start with. Keys are "w1" for a pattern
 * of one word and "w1 w2" for longer ones; a number is NUMBER. Null when it cannot tell.
 */
export function leadingWords(source: string, maxWords: 1 | 2 = 2): Set<string> | null {
  try {
    limit = maxWords === 1 ? MAX_FIRST_WORDS : MAX_WORDS;
    const parser = new Parser(source);
    const alts = parser.alternation();
    if (parser.i < source.length) return null;
    const states = step({ t: 'alt', alts }, [{ w1: '', w2: '', phase: 0 }], maxWords);
    const keys = new Set<string>();
    for (const s of states) {
      if (s.w1 === '') return null;
      keys.add(s.w2 === '' ? s.w1 : `${s.w1} ${s.w2}`);
    }
    return keys;
  } catch {
    return maxWords === 2 ? leadingWords(source, 1) : null;
  }
}
