import { type CaseStatus, isCaseStatus } from './case-status.js';

/**
 * The declared workflow (product.md §4): every legal move is listed here and nowhere else.
 *
 * `reopened` leads back to `triage` (new information may change the scope, the route or whether the
 * case is within the Code at all) or straight to `investigating` (the same investigation simply
 * resumes). It never leads directly to `resolved` or `closed`: a case is reopened because something
 * must be looked at again, so the record must show that work before a new outcome. A reopened case
 * that turns out to need dismissal is dismissed from `triage`, where the dismissal reason is asked.
 */
export const CASE_TRANSITIONS = {
  received: ['acknowledged'],
  acknowledged: ['triage'],
  triage: ['investigating', 'dismissed'],
  investigating: ['resolved'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  dismissed: ['reopened'],
  reopened: ['triage', 'investigating'],
} as const satisfies Record<CaseStatus, readonly CaseStatus[]>;

/** The reasons the product allows for a dismissal; a free-text reason is not enough. */
export const DISMISSAL_REASONS = ['outside_code', 'duplicate', 'insufficient_information'] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

export function isDismissalReason(value: unknown): value is DismissalReason {
  return typeof value === 'string' && (DISMISSAL_REASONS as readonly string[]).includes(value);
}

export interface TransitionDetails {
  /** Why the case is reopened; required for `reopened`. */
  readonly reason?: string;
  /** Required for `dismissed`: one of DISMISSAL_REASONS. */
  readonly dismissalReason?: string;
}

export type TransitionErrorCode = 'illegal_transition' | 'reason_required';

export type TransitionCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: TransitionErrorCode;
      /** The statuses the case may move to from where it is; the API returns them with the 409. */
      readonly allowed: CaseStatus[];
      readonly message: string;
    };

/** The statuses a case may move to next. A fresh array, so callers may not alter the map. */
export function allowedTransitions(from: CaseStatus): CaseStatus[] {
  // A status read from storage that is not in the map is corrupt data, not a refusal to report.
  if (!isCaseStatus(from)) {
    throw new Error(`Unknown case status "${String(from)}"`);
  }
  return [...CASE_TRANSITIONS[from]];
}

/** Decides whether a case may move from `from` to `to` with the details given. */
export function checkTransition(
  from: CaseStatus,
  to: CaseStatus,
  details: TransitionDetails = {},
): TransitionCheck {
  const allowed = allowedTransitions(from);
  if (!allowed.includes(to)) {
    return {
      ok: false,
      code: 'illegal_transition',
      allowed,
      message: `A case cannot move from ${from} to ${String(to)}; allowed next: ${
        allowed.join(', ') || 'none'
      }.`,
    };
  }
  if (to === 'dismissed' && !isDismissalReason(details.dismissalReason)) {
    return {
      ok: false,
      code: 'reason_required',
      allowed,
      message: `Dismissing a case needs a dismissal reason: one of ${DISMISSAL_REASONS.join(', ')}.`,
    };
  }
  if (to === 'reopened' && (details.reason ?? '').trim() === '') {
    return {
      ok: false,
      code: 'reason_required',
      allowed,
      message: 'Reopening a case needs a reason saying why.',
    };
  }
  return { ok: true };
}
