import {
  type CalendarPeriod,
  FIRST_REPORT_YEAR,
  LAST_REPORT_YEAR,
  parsePeriodLabel,
  PeriodError,
} from '@candor/domain';

/** What the picker offers after the year: the whole year, a quarter, or a month. */
export const PERIOD_PARTS = [
  'year',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  ...Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0')),
] as const;

/** The picker's two fields as the reader chose them (kept as typed when they are wrong). */
export interface PeriodChoice {
  readonly year: string;
  readonly part: string;
}

/** How many years back the picker offers (any year the domain allows can still be linked to). */
const YEARS_OFFERED = 10;

/** The picker's years: this one and the nine before it, newest first. */
export function offeredYears(now: Date): number[] {
  const current = now.getUTCFullYear();
  return Array.from({ length: YEARS_OFFERED }, (_, index) => current - index).filter(
    (year) => year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR,
  );
}

/** This quarter: what the page shows when no period was asked for. */
export function currentQuarter(now: Date): PeriodChoice {
  return { year: String(now.getUTCFullYear()), part: `Q${Math.floor(now.getUTCMonth() / 3) + 1}` };
}

/** The picker's choice as the domain's period label: `2026`, `2026-Q2` or `2026-06`. */
export function choiceLabel(choice: PeriodChoice): string {
  return choice.part === 'year' ? choice.year : `${choice.year}-${choice.part}`;
}

/** A label (`?period=2026-Q2`, as the CSV link and the API use) back as the picker's choice. */
export function choiceOf(label: string): PeriodChoice {
  const [, year, part] = /^(\d{4})(?:-([^-]+))?$/.exec(label) ?? [];
  // Anything else names no period: periodOf refuses an empty part.
  return year !== undefined ? { year, part: part ?? 'year' } : { year: '', part: '' };
}

/** The period the choice names, by the domain's own parser; undefined when it names none. */
export function periodOf(choice: PeriodChoice): CalendarPeriod | undefined {
  if (!(PERIOD_PARTS as readonly string[]).includes(choice.part)) return undefined;
  try {
    return parsePeriodLabel(choiceLabel(choice));
  } catch (error) {
    if (error instanceof PeriodError) return undefined;
    throw error;
  }
}
