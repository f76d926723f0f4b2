import { addUtcMonthsClamped } from '../cases/deadlines.js';
import { TERMINAL_STATUSES } from '../cases/case-status.js';

/** The last closing time that is old enough to purge: closed strictly before it. */
export function retentionCutoff(now: Date, retentionYears: number): Date {
  return addUtcMonthsClamped(now, -12 * retentionYears);
}

export interface RetentionFacts {
  readonly status: string;
  readonly closedAt: Date | null;
  readonly purgedAt: Date | null;
}

/**
 * Whether a case has reached the end of its retention period (product.md §8): at rest (closed or
 * dismissed, not reopened), closed before the cutoff, and not purged already. Legal holds are
 * checked separately, because a held case must also leave a trace of the refused purge.
 */
export function isDueForPurge(facts: RetentionFacts, cutoff: Date): boolean {
  return (
    facts.purgedAt === null &&
    (TERMINAL_STATUSES as readonly string[]).includes(facts.status) &&
    facts.closedAt !== null &&
    facts.closedAt.getTime() < cutoff.getTime()
  );
}
