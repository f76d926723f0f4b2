import { isWithinDateRange, parseCalendarDate } from './calendar-date.js';

describe(parseCalendarDate.name, () => {
  it.each([
    ['2026-09-01', '2026-09-01T00:00:00.000Z'],
    ['1900-01-01', '1900-01-01T00:00:00.000Z'],
    ['2999-12-31', '2999-12-31T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseCalendarDate(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['year 0, which PostgreSQL does not have', '0000-01-01'],
    ['a date before 1900', '1899-12-31'],
    ['a date from 3000 on', '3000-01-01'],
    ['a day that does not exist', '2026-02-30'],
    ['a month that does not exist', '2026-13-01'],
    ['a date-time', '2026-09-01T00:00:00Z'],
    ['an expanded year', '+275760-09-13'],
    ['a week date', '2026-W01-1'],
    ['not a string', 20260901],
  ])('refuses %s', (_what, text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });
});

describe(isWithinDateRange.name, () => {
  it.each<[string, number, boolean]>([
    ['now', Date.now(), true],
    ['the largest JavaScript date', 8.64e15, false],
    ['the smallest JavaScript date', -8.64e15, false],
    ['NaN', NaN, false],
  ])('%s', (_what, time, expected) => {
    expect(isWithinDateRange(time)).toBe(expected);
  });
});
