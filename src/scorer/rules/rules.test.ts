import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../types.ts';
import { patternSource } from '../phrases.ts';
import { ALL_RULES } from './index.ts';
import { SOURCES } from './sources.ts';
import { ruleTextKey } from './types.ts';
import english from '../../../_locales/en/messages.json' with { type: 'json' };

const CATALOGUE = english as Record<string, { message: string }>;

describe('rule data', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s is complete and compiles', (_, rule) => {
    expect(CATEGORIES).toContain(rule.category);
    expect(rule.patterns.length).toBeGreaterThan(0);
    // Its words are in the English catalogue, like every user-facing string.
    expect(CATALOGUE[ruleTextKey(rule.id, 'why')]?.message.length).toBeGreaterThan(10);
    expect(CATALOGUE[ruleTextKey(rule.id, 'move')]?.message.length).toBeGreaterThan(5);
    expect(Object.keys(SOURCES)).toContain(rule.source);
    expect(rule.lang).toMatch(/^[a-z]{2}$/);
    expect(rule.weight).not.toBe(0);
    expect(rule.weight < 0).toBe(rule.category === 'value');
    for (const p of rule.patterns) {
      expect(() => new RegExp(patternSource(p), 'giu')).not.toThrow();
      // No pattern may match the empty string (it would flag every position).
      expect(new RegExp(`^(?:${patternSource(p)})$`, 'iu').test('')).toBe(false);
    }
  });

  it('covers every tone category the issue names', () => {
    const categories = new Set(ALL_RULES.map((r) => r.category));
    for (const c of ['pressure', 'guilt', 'empty-bump', 'presumptive', 'self-serving', 'shouting', 'value']) expect(categories).toContain(c);
  });
});
