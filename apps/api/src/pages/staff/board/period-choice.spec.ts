import { choiceLabel, choiceOf, currentQuarter, offeredYears, periodOf } from './period-choice.js';

describe(periodOf.name, () => {
  it.each([
    [{ year: '2026', part: 'year' }, '2026'],
    [{ year: '2026', part: 'Q2' }, '2026-Q2'],
    [{ year: '2026', part: '07' }, '2026-07'],
  ])('reads %j as the period %s', (choice, label) => {
    expect(periodOf(choice)?.label).toBe(label);
  });

  it.each([
    [{ year: '1999', part: 'Q1' }],
    [{ year: '2026', part: 'Q5' }],
    [{ year: '2026', part: '13' }],
    [{ year: '2026', part: '' }],
    [{ year: 'abcd', part: 'year' }],
    [{ year: '2026', part: 'Q1-extra' }],
  ])('names no period for %j', (choice) => {
    expect(periodOf(choice)).toBeUndefined();
  });
});

describe(choiceOf.name, () => {
  it.each(['2026', '2026-Q3', '2026-11'])('gives back the label %s', (label) => {
    expect(choiceLabel(choiceOf(label))).toBe(label);
    expect(periodOf(choiceOf(label))?.label).toBe(label);
  });

  it.each(['2026-Q3-x', ' 2026', '2026-', 'Q3'])('names no period for "%s"', (label) => {
    expect(periodOf(choiceOf(label))).toBeUndefined();
  });
});

describe(currentQuarter.name, () => {
  it('is the quarter of the day, in UTC', () => {
    expect(currentQuarter(new Date('2026-12-01T00:30:00Z'))).toEqual({ year: '2026', part: 'Q4' });
    expect(currentQuarter(new Date('2027-03-31T23:59:59Z'))).toEqual({ year: '2027', part: 'Q1' });
  });

  it('offers this year and the nine before it, newest first', () => {
    const years = offeredYears(new Date('2026-06-01T00:00:00Z'));
    expect(years[0]).toBe(2026);
    expect(years).toHaveLength(10);
    expect(years.at(-1)).toBe(2017);
  });
});
