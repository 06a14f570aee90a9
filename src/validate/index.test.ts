import { describe, expect, it } from 'vitest';
import { InvalidMessage, isOneOf, num, obj, oneOf, orDefault, refine, str, validItems } from './index.ts';

const item = obj({ id: str(10), kind: oneOf('a', 'b') });

describe('lenient reading with the strict checks', () => {
  it('keeps the items that pass and drops an almost-valid one with one bad field', () => {
    expect(validItems([{ id: 'x', kind: 'a' }, { id: 'y', kind: 'c' }, { id: 'z', kind: 'b', extra: 1 }, 'nope'], item)).toEqual([{ id: 'x', kind: 'a' }]);
    expect(validItems({ 0: { id: 'x', kind: 'a' } }, item)).toEqual([]);
  });

  it('falls back to the default only when the check fails', () => {
    expect(orDefault(num(0, 10), 4, 1)).toBe(4);
    expect(orDefault(num(0, 10), 11, 1)).toBe(1);
    expect(orDefault(oneOf('a', 'b'), 'c', 'a')).toBe('a');
  });

  it('refines a check, and a closed list gives its guard', () => {
    const phrase = refine(str(20), (s) => s.trim().length >= 2, 'too short');
    expect(() => phrase(' x ', 'phrase')).toThrow(InvalidMessage);
    expect(phrase(' ok ', 'phrase')).toBe(' ok ');
    const isKind = isOneOf(['a', 'b'] as const);
    expect([isKind('a'), isKind('c'), isKind(undefined)]).toEqual([true, false, false]);
  });
});
