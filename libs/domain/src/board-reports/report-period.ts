// The periods a board report may cover: a whole calendar month, quarter or year, in UTC. Arbitrary
// instants would let a reader narrow a period until it holds one case (issue 14), so nothing else
// is accepted; every period of a year is published from one suppression pattern
// (disclosure-control.ts), which is what keeps a year, its quarters and its months from being
// subtracted from one another.

export type PeriodKind = 'year' | 'quarter' | 'month';

export interface CalendarPeriod {
  readonly kind: PeriodKind;
  readonly year: number;
  /** 0 for a year, 1–4 for a quarter, 1–12 for a month. */
  readonly number: number;
  /** `2026`, `2026-Q1` or `2026-03`. */
  readonly label: string;
  /** Inclusive start, midnight UTC. */
  readonly from: Date;
  /** Exclusive end, midnight UTC. */
  readonly to: Date;
}

/** Years a report can be asked for: wide enough for any real history, narrow enough for Date. */
export const FIRST_REPORT_YEAR = 2000;
export const LAST_REPORT_YEAR = 2999;

export const PERIOD_HINT =
  'a whole calendar month, quarter or year (UTC): period=2026, period=2026-Q1 or period=2026-03, ' +
  'or from/to on its first day and the first day after it (from=2026-01-01&to=2026-04-01)';

export class PeriodError extends Error {}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) {
    throw new PeriodError(
      `the year must be between ${FIRST_REPORT_YEAR} and ${LAST_REPORT_YEAR}, got ${year}`,
    );
  }
}

export function yearPeriod(year: number): CalendarPeriod {
  checkYear(year);
  return {
    kind: 'year',
    year,
    number: 0,
    label: String(year),
    from: new Date(Date.UTC(year, 0, 1)),
    to: new Date(Date.UTC(year + 1, 0, 1)),
  };
}

export function quarterPeriod(year: number, quarter: number): CalendarPeriod {
  checkYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new PeriodError(`a quarter is 1 to 4, got ${quarter}`);
  }
  return {
    kind: 'quarter',
    year,
    number: quarter,
    label: `${year}-Q${quarter}`,
    from: new Date(Date.UTC(year, (quarter - 1) * 3, 1)),
    to: new Date(Date.UTC(year, quarter * 3, 1)),
  };
}

export function monthPeriod(year: number, month: number): CalendarPeriod {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new PeriodError(`a month is 1 to 12, got ${month}`);
  }
  return {
    kind: 'month',
    year,
    number: month,
    label: `${year}-${String(month).padStart(2, '0')}`,
    from: new Date(Date.UTC(year, month - 1, 1)),
    to: new Date(Date.UTC(year, month, 1)),
  };
}

/**
 * The 17 periods of a year in the order disclosure control indexes them: the year, its four
 * quarters, its twelve months.
 */
export function periodsOfYear(
  year: number,
): [year: CalendarPeriod, ...quartersAndMonths: CalendarPeriod[]] {
  return [
    yearPeriod(year),
    ...[1, 2, 3, 4].map((quarter) => quarterPeriod(year, quarter)),
    ...Array.from({ length: 12 }, (_, index) => monthPeriod(year, index + 1)),
  ];
}

/** Index of a period within periodsOfYear. */
export function periodIndex(period: Pick<CalendarPeriod, 'kind' | 'number'>): number {
  switch (period.kind) {
    case 'year':
      return 0;
    case 'quarter':
      return period.number;
    case 'month':
      return 4 + period.number;
  }
}

/** `2026`, `2026-Q3` or `2026-07`. */
export function parsePeriodLabel(label: string): CalendarPeriod {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(label);
  if (!match) {
    throw new PeriodError(`period must be ${PERIOD_HINT}; got "${label}"`);
  }
  const year = Number(match[1]);
  if (match[2]) return quarterPeriod(year, Number(match[2]));
  if (match[3]) return monthPeriod(year, Number(match[3]));
  return yearPeriod(year);
}

/**
 * The calendar period that starts at `from` and ends at `to`, or a PeriodError: bounds that are not
 * exactly a month, a quarter or a year are refused rather than widened, so that a figure is never
 * published under bounds other than the ones it describes.
 */
export function periodFromBounds(from: Date, to: Date): CalendarPeriod {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    throw new PeriodError(`from/to must be dates spanning ${PERIOD_HINT}`);
  }
  const refuse = (): never => {
    throw new PeriodError(
      `from/to must span ${PERIOD_HINT}; got ${from.toISOString()} to ${to.toISOString()}`,
    );
  };
  if (
    from.getUTCDate() !== 1 ||
    from.getUTCHours() !== 0 ||
    from.getUTCMinutes() !== 0 ||
    from.getUTCSeconds() !== 0 ||
    from.getUTCMilliseconds() !== 0
  ) {
    refuse();
  }
  const year = from.getUTCFullYear();
  if (year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) refuse();
  const month = from.getUTCMonth() + 1;
  const candidates = [monthPeriod(year, month)];
  if ((month - 1) % 3 === 0) candidates.push(quarterPeriod(year, (month + 2) / 3));
  if (month === 1) candidates.push(yearPeriod(year));
  return candidates.find((period) => period.to.getTime() === to.getTime()) ?? refuse();
}
