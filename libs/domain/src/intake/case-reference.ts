import { randomInt } from 'node:crypto';

/**
 * `CND-<year>-<6 digits>`, drawn at random within the year so that a reference says nothing about
 * how many cases exist or in what order they came. Uniqueness is enforced by the database; the
 * caller draws again on a collision.
 */
export function randomCaseReference(now: Date): string {
  return formatCaseReference(now.getUTCFullYear(), randomInt(0, 1_000_000));
}

export function formatCaseReference(year: number, serial: number): string {
  return `CND-${year}-${String(serial).padStart(6, '0')}`;
}

export const CASE_REFERENCE_PATTERN = /^CND-\d{4}-\d{6}$/;
