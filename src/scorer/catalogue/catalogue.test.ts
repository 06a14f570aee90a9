import { describe, expect, it } from 'vitest';
import english from '../../../_locales/en/messages.json' with { type: 'json' };
import { LEVELS, REPLY_KINDS, STATUSES } from '../types.ts';
import { LEVEL_KEYS, REPLY_KIND_KEYS, STATUS_KEYS } from './keys.ts';
import { substitute } from './substitute.ts';

const CATALOGUE = english as Record<string, { message: string }>;

describe('catalogue keys for the closed lists', () => {
  it.each([
    ['levels', LEVELS, LEVEL_KEYS],
    ['reply kinds', REPLY_KINDS, REPLY_KIND_KEYS],
    ['statuses', STATUSES, STATUS_KEYS],
  ] as const)('every one of the %s has words in the English catalogue', (_, list, keys) => {
    expect(Object.keys(keys).sort()).toEqual([...list].sort());
    for (const key of Object.values(keys)) expect(CATALOGUE[key]?.message, key).toBeTruthy();
  });
});

describe('substitute', () => {
  it('fills numbered slots, and leaves missing ones empty', () => {
    expect(substitute('$1 of $2 ($3)', ['3', '5'])).toBe('3 of 5 ()');
    expect(substitute('Hi $1', 'Dana')).toBe('Hi Dana');
    expect(substitute('costs $ 5')).toBe('costs $ 5');
  });
});
