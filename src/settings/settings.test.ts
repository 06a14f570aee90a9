import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.ts';

describe('settings', () => {
  it('gives typed defaults for nothing or garbage', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('nope')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and repairs absurd ones', () => {
    const s = normalizeSettings({
      limits: { maxUnanswered: -4, minDaysBetween: 5, maxPer30Days: 1e9, respectNo: 'yes', notNowDays: 14 },
      sensitivity: 'strict',
      disabledRules: ['bump.checking-in', 'bump.checking-in', 7],
      customPhrases: [
        { phrase: ' synergy ', category: 'pressure' },
        { phrase: 'x', category: 'pressure' },
        { phrase: 'ok', category: 'cadence' },
      ],
      retentionMonths: 999,
    });
    expect(s.limits).toEqual({ maxUnanswered: 1, minDaysBetween: 5, maxPer30Days: 100, respectNo: true, notNowDays: 14 });
    expect(s.sensitivity).toBe('strict');
    expect(s.disabledRules).toEqual(['bump.checking-in']);
    expect(s.customPhrases).toEqual([{ phrase: 'synergy', category: 'pressure' }]);
    expect(s.retentionMonths).toBe(120);
  });
});
