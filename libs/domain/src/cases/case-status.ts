// The statuses of a case (product.md §4). The union is paired with a readonly array so that DTO
// validation and database enums check input against the same list the type is built from.

export const CASE_STATUSES = [
  'received',
  'acknowledged',
  'triage',
  'investigating',
  'resolved',
  'closed',
  'dismissed',
  'reopened',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Statuses in which a case is at rest: nothing is due, no deadline can be missed. They are not
 * final: both can be reopened, which is why this is not called "final".
 */
export const TERMINAL_STATUSES = ['closed', 'dismissed'] as const satisfies readonly CaseStatus[];

/**
 * Statuses in which a case is open. "For the life of the case" (product.md §6) means while it is
 * open, so protection of reporters and helpers is measured from the moment the case leaves this
 * set. `resolved` is still open: the outcome is decided but the case is not closed, and the reporter
 * may still be owed feedback.
 */
export const OPEN_STATUSES = CASE_STATUSES.filter(
  (status): status is Exclude<CaseStatus, (typeof TERMINAL_STATUSES)[number]> =>
    !(TERMINAL_STATUSES as readonly CaseStatus[]).includes(status),
);

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

export function isTerminal(status: CaseStatus): boolean {
  return (TERMINAL_STATUSES as readonly CaseStatus[]).includes(status);
}

export function isOpen(status: CaseStatus): boolean {
  return !isTerminal(status);
}
