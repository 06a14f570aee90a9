import { describe, expect, it } from 'vitest';
import { findReturnDate } from './dates.ts';

const REF = new Date('2026-11-03T09:00:00Z'); // a Tuesday
const day = (text: string) => findReturnDate(text, REF)?.toISOString().slice(0, 10) ?? null;

describe('findReturnDate', () => {
  it.each([
    ['try me in March', '2027-03-01'],
    ['back on December 3', '2026-12-03'],
    ['back on 3rd December', '2026-12-03'],
    ['until 2027-01-15', '2027-01-15'],
    ['next quarter', '2027-01-01'],
    ['next month', '2026-12-01'],
    ['next year', '2027-01-01'],
    ['in two weeks', '2026-11-17'],
    ['in 3 days', '2026-11-06'],
    ['after the holidays', '2027-01-05'],
    ['in Q2', '2027-04-01'],
    ['back Monday', '2026-11-09'],
    ['tomorrow', '2026-11-04'],
    ['ab 5. Dezember', '2026-12-05'],
    ['a partir de enero', '2027-01-01'],
    ['no date here', null],
  ])('%s -> %s', (text, expected) => expect(day(text)).toBe(expected));

  it('a month already passed this year means next year', () => {
    expect(day('in October')).toBe('2027-10-01');
  });
});
