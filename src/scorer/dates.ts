/**
 * Finds the time a reply points to ("try me in March", "back on December 3", "next quarter") and
 * turns it into a date after the reply was written. English first; other languages add month and
 * phrase tables. Works in UTC days so results do not depend on the machine's time zone.
 */

const DAY_MS = 86_400_000;

const MONTHS: Record<string, number> = {
  jan: 0,
  january: 0,
  feb: 1,
  february: 1,
  mar: 2,
  march: 2,
  apr: 3,
  april: 3,
  may: 4,
  jun: 5,
  june: 5,
  jul: 6,
  july: 6,
  aug: 7,
  august: 7,
  sep: 8,
  sept: 8,
  september: 8,
  oct: 9,
  october: 9,
  nov: 10,
  november: 10,
  dec: 11,
  december: 11,
  // German and Spanish month names, so replies in those languages are read too.
  januar: 0,
  februar: 1,
  märz: 2,
  maerz: 2,
  mai: 4,
  juni: 5,
  juli: 6,
  oktober: 9,
  dezember: 11,
  enero: 0,
  febrero: 1,
  marzo: 2,
  abril: 3,
  mayo: 4,
  junio: 5,
  julio: 6,
  agosto: 7,
  septiembre: 8,
  octubre: 9,
  noviembre: 10,
  diciembre: 11,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, few: 3, several: 3 };

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES})\\b(?:\\.?,?\\s+(?:de\\s+)?(\\d{4}))?`, 'i');
const MONTH_ONLY = new RegExp(
  `\\b(?:in|until|till|after|from|by|around|early|mid|late|end of|im|en|a partir de|después de|nach|ab)\\s+(?:-\\s*)?(${MONTH_NAMES})\\b(?:\\s+(\\d{4}))?`,
  'i',
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const RELATIVE =
  /\b(?:in|within|after)\s+(?:the\s+)?(?:next\s+)?(a|an|one|two|three|four|five|six|couple(?:\s+of)?|few|several|\d{1,2})\s+(day|week|month|year)s?\b/i;
const NEXT = /\bnext\s+(week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)\b/i;
const QUARTER = /\b(?:in\s+|after\s+|until\s+)?q([1-4])\b/i;
const WEEKDAY = /\b(?:on|until|till|back|return(?:ing)?)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const NEW_YEAR = /\b(?:after|in|until)\s+the\s+(?:new\s+year|holidays)\b/i;
const TOMORROW = /\btomorrow\b/i;

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

/** The first time this month (and day) comes after the reference date. */
function nextMonthDay(ref: Date, month: number, day: number, year?: number): Date {
  if (year) return utcDay(year, month, day);
  const candidate = utcDay(ref.getUTCFullYear(), month, day);
  return candidate.getTime() < ref.getTime() - DAY_MS ? utcDay(ref.getUTCFullYear() + 1, month, day) : candidate;
}

function addMonths(ref: Date, months: number): Date {
  return utcDay(ref.getUTCFullYear(), ref.getUTCMonth() + months, 1);
}

const SEASONS: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };

/** The date a text points to, relative to `ref`, or null when it names none. */
export function findReturnDate(text: string, ref: Date): Date | null {
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) return utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if ((m = MONTH_DAY.exec(text))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month !== undefined) return nextMonthDay(ref, month, Number(m[2]), m[3] ? Number(m[3]) : undefined);
  }
  if ((m = DAY_MONTH.exec(text))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month !== undefined) return nextMonthDay(ref, month, Number(m[1]), m[3] ? Number(m[3]) : undefined);
  }
  if ((m = MONTH_ONLY.exec(text))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month !== undefined) {
      if (m[2]) return utcDay(Number(m[2]), month, 1);
      // "in March" written in March means next March only if the month has already begun long ago.
      const sameYear = utcDay(ref.getUTCFullYear(), month, 1);
      return month > ref.getUTCMonth() ? sameYear : utcDay(ref.getUTCFullYear() + 1, month, 1);
    }
  }
  if ((m = RELATIVE.exec(text))) {
    const word = m[1]!.toLowerCase().replace(/\s+of$/, '');
    const n = NUMBERS[word] ?? Number(word);
    const unit = m[2]!.toLowerCase();
    if (unit === 'day') return new Date(ref.getTime() + n * DAY_MS);
    if (unit === 'week') return new Date(ref.getTime() + n * 7 * DAY_MS);
    if (unit === 'month') return utcDay(ref.getUTCFullYear(), ref.getUTCMonth() + n, ref.getUTCDate());
    return utcDay(ref.getUTCFullYear() + n, ref.getUTCMonth(), ref.getUTCDate());
  }
  if ((m = NEXT.exec(text))) {
    const what = m[1]!.toLowerCase();
    if (what === 'week') return new Date(ref.getTime() + ((8 - ref.getUTCDay()) % 7 || 7) * DAY_MS);
    if (what === 'month') return addMonths(ref, 1);
    if (what === 'quarter') return utcDay(ref.getUTCFullYear(), Math.floor(ref.getUTCMonth() / 3) * 3 + 3, 1);
    if (what === 'year') return utcDay(ref.getUTCFullYear() + 1, 0, 1);
    if (what in SEASONS) {
      const month = SEASONS[what]!;
      return month > ref.getUTCMonth() ? utcDay(ref.getUTCFullYear(), month, 1) : utcDay(ref.getUTCFullYear() + 1, month, 1);
    }
    const weekday = WEEKDAYS[what]!;
    return new Date(ref.getTime() + (((weekday - ref.getUTCDay() + 7) % 7) + 7) * DAY_MS);
  }
  if ((m = QUARTER.exec(text))) {
    const start = (Number(m[1]) - 1) * 3;
    return start > ref.getUTCMonth() ? utcDay(ref.getUTCFullYear(), start, 1) : utcDay(ref.getUTCFullYear() + 1, start, 1);
  }
  if ((m = WEEKDAY.exec(text))) {
    const weekday = WEEKDAYS[m[1]!.toLowerCase()]!;
    return new Date(ref.getTime() + ((weekday - ref.getUTCDay() + 7) % 7 || 7) * DAY_MS);
  }
  if (NEW_YEAR.test(text)) return utcDay(ref.getUTCFullYear() + (ref.getUTCMonth() >= 10 ? 1 : 0), 0, 5);
  if (TOMORROW.test(text)) return new Date(ref.getTime() + DAY_MS);
  return null;
}
