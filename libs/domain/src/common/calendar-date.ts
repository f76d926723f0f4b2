/**
 * The dates Candor accepts wherever a person or a client gives one: far wider than any real use,
 * and inside what both PostgreSQL and JavaScript can hold. Without a bound, `0000-01-01` (no year 0
 * in PostgreSQL) or `+275760-09-13` (a valid JavaScript date) reached the database and failed there.
 */
export const DATE_RANGE = { earliest: '1900-01-01', latest: '2999-12-31' } as const;

const EARLIEST = Date.parse(`${DATE_RANGE.earliest}T00:00:00Z`);
const LATEST_EXCLUSIVE = Date.parse('3000-01-01T00:00:00Z');
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a point in time (milliseconds) is within DATE_RANGE. */
export function isWithinDateRange(time: number): boolean {
  return Number.isFinite(time) && time >= EARLIEST && time < LATEST_EXCLUSIVE;
}

/** `YYYY-MM-DD` naming a real day within DATE_RANGE, as midnight UTC; undefined otherwise. */
export function parseCalendarDate(text: unknown): Date | undefined {
  if (typeof text !== 'string' || !CALENDAR_DATE_PATTERN.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  if (!isWithinDateRange(date.getTime())) return undefined;
  // 2026-02-30 would roll over into March.
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

export function calendarDateMessage(name: string): string {
  return `${name} must be a date, YYYY-MM-DD, from ${DATE_RANGE.earliest} to ${DATE_RANGE.latest}`;
}
