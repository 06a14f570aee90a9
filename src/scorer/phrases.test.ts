import { describe, expect, it } from 'vitest';
import { compileInSteps, compilePhrases, findPhrases, normalizeContractions, patternSource } from './phrases.ts';
import { ALL_RULES, NEGATIONS } from './rules/index.ts';

describe('the phrase matcher', () => {
  it('reads contractions, curly quotes and hyphens as the full forms a rule is written in', () => {
    const match = (pattern: string, text: string) => new RegExp(`^(?:${patternSource(pattern)})$`, 'iu').test(text);
    expect(match('this offer will not last', 'This offer won’t last')).toBe(true);
    expect(match('(i|we) (have )?booked', "we've booked")).toBe(true);
    expect(match('(i|we) (have )?booked', 'I booked')).toBe(true);
    expect(match('you (are|have been) busy', "you've been busy")).toBe(true);
    expect(match('follow up', 'follow-up')).toBe(true);
    expect(match('follow ?up', 'followup')).toBe(true);
    expect(normalizeContractions('let us (talk|have)')).toBe("(let us|let's) (talk|have)");
  });

  it('filed a slice at a time, finds exactly what it finds filed at once', () => {
    const entries = [...NEGATIONS.map((n) => [n]), ...ALL_RULES.map((r) => r.patterns)];
    const whole = compilePhrases(entries);
    const steps = compileInSteps(entries);
    let slices = 0;
    while (!steps.step(0)) slices++;
    expect(slices).toBeGreaterThan(10);
    for (const text of [
      "Hi Sam, I've gone ahead and booked us for Thursday. The offer expires tonight!",
      'Thanks for the notes, see you on Monday.',
      'I need this deal to hit my quota.',
    ]) {
      expect(findPhrases(steps.compiled, text)).toEqual(findPhrases(whole, text));
    }
  });
});
