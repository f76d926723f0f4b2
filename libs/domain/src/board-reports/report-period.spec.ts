import {
  monthPeriod,
  parsePeriodLabel,
  periodFromBounds,
  PeriodError,
  periodIndex,
  periodsOfYear,
  quarterPeriod,
  yearPeriod,
} from './report-period.js';

const at = (iso: string) => new Date(iso);

describe(parsePeriodLabel.name, () => {
  it.each([
    ['2026', 'year', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['2026-Q1', 'quarter', '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ['2026-Q4', 'quarter', '2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['2026-02', 'month', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    ['2026-12', 'month', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  ])('reads %s as a %s from %s to %s', (label, kind, from, to) => {
    const period = parsePeriodLabel(label);
    expect(period).toMatchObject({ kind, label });
    expect([period.from.toISOString(), period.to.toISOString()]).toEqual([from, to]);
  });

  it.each(['2026-Q5', '2026-13', '2026-00', '26', '2026-1', '2026-H1', '2026-W01', '1999', ''])(
    'refuses %p',
    (label) => {
      expect(() => parsePeriodLabel(label)).toThrow(PeriodError);
    },
  );
});

describe(periodFromBounds.name, () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', '2026'],
    ['2026-04-01T00:00:00Z', '2026-07-01T00:00:00Z', '2026-Q2'],
    ['2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', '2026-04'],
    ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-01'],
    ['2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z', '2026-12'],
  ])('accepts %s to %s as %s', (from, to, label) => {
    expect(periodFromBounds(at(from), at(to)).label).toBe(label);
  });

  it.each([
    ['a millisecond after midnight', '2026-01-01T00:00:00.001Z', '2026-02-01T00:00:00Z'],
    ['an end one millisecond short', '2026-01-01T00:00:00Z', '2026-01-31T23:59:59.999Z'],
    ['two months', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'],
    ['a half year', '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z'],
    ['two years', '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'],
    ['a quarter not starting a quarter', '2026-02-01T00:00:00Z', '2026-05-01T00:00:00Z'],
    ['a day', '2026-03-15T00:00:00Z', '2026-03-16T00:00:00Z'],
    ['an inverted month', '2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z'],
    ['a month at local midnight', '2026-01-01T00:00:00+01:00', '2026-02-01T00:00:00+01:00'],
    ['an invalid date', 'x', '2026-02-01T00:00:00Z'],
  ])('refuses %s rather than widening it', (_what, from, to) => {
    expect(() => periodFromBounds(at(from), at(to))).toThrow(PeriodError);
  });
});

describe(periodsOfYear.name, () => {
  it('lists the year, its quarters and its months, in the order periodIndex gives', () => {
    const periods = periodsOfYear(2026);
    expect(periods.map((period) => period.label)).toEqual([
      '2026',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    periods.forEach((period, index) => expect(periodIndex(period)).toBe(index));
  });

  it.each([
    () => yearPeriod(3000),
    () => quarterPeriod(2026, 0),
    () => monthPeriod(2026, 13),
    () => monthPeriod(2026, 1.5),
  ])('refuses an impossible period (%#)', (make) => {
    expect(make).toThrow(PeriodError);
  });
});
