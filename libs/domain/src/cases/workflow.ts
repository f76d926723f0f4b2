import type { CaseStatusChange } from '@candor/persistence';
import { OutboxEvent } from '../notifications/outbox.js';
import type { Route } from '../routing/routing.types.js';
import { acknowledgementMessage } from './case-messages.js';
import { type CaseStatus, isCaseStatus } from './case-status.js';
import { feedbackDueAt, reminderSchedule } from './deadlines.js';

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

/** A timestamp of the case that a move sets to its instant, or clears. */
export type WorkflowTimestamp = 'acknowledgedAt' | 'resolvedAt' | 'closedAt';

/** A detail a move needs besides being allowed by the map, and the refusal when it is missing. */
export interface TransitionRequirement {
  readonly detail: keyof TransitionDetails;
  readonly refusal: string;
}

/**
 * What a move to a status needs and what it does, besides changing the status. Every move also
 * recomputes the case's next deadline (`nextDueAt`), keeps the reason given as a note on the case,
 * and is audited; the service applies these effects in one transaction with the change.
 */
export interface TransitionEffects {
  /** The detail the move cannot be made without. */
  readonly requires?: TransitionRequirement;
  /** Timestamps set to the instant of the move. */
  readonly stamps?: readonly WorkflowTimestamp[];
  /** Timestamps cleared: the case is open again. */
  readonly clears?: readonly WorkflowTimestamp[];
  /** The deadline the move starts: feedback is due three months after the acknowledgement. */
  readonly starts?: 'feedback_deadline';
  /** The move records the listed dismissal reason it was given. */
  readonly recordsDismissalReason?: boolean;
  /** The message the reporter receives with the move. */
  readonly messagesReporter?: 'acknowledgement';
  /** The notification event raised: the reporter is told that there is news on their report. */
  readonly raises: OutboxEvent;
}

/**
 * Each move's effects, declared per target status beside the map above (vendure's order process
 * keeps its hooks beside its transitions the same way). A move to a status has the same effects
 * wherever it comes from.
 */
export const TRANSITION_EFFECTS = {
  // Nothing leads back to `received` (see the map); declared so that every status has an entry.
  received: { raises: OutboxEvent.ReporterNews },
  acknowledged: {
    stamps: ['acknowledgedAt'],
    starts: 'feedback_deadline',
    messagesReporter: 'acknowledgement',
    raises: OutboxEvent.ReporterNews,
  },
  triage: { raises: OutboxEvent.ReporterNews },
  investigating: { raises: OutboxEvent.ReporterNews },
  resolved: { stamps: ['resolvedAt'], raises: OutboxEvent.ReporterNews },
  closed: { stamps: ['closedAt'], raises: OutboxEvent.ReporterNews },
  dismissed: {
    requires: {
      detail: 'dismissalReason',
      refusal: `Dismissing a case needs a dismissal reason: one of ${DISMISSAL_REASONS.join(', ')}.`,
    },
    stamps: ['closedAt'],
    recordsDismissalReason: true,
    raises: OutboxEvent.ReporterNews,
  },
  reopened: {
    requires: { detail: 'reason', refusal: 'Reopening a case needs a reason saying why.' },
    clears: ['closedAt', 'resolvedAt'],
    raises: OutboxEvent.ReporterNews,
  },
} as const satisfies Record<CaseStatus, TransitionEffects>;

/** Whether the details give what a requirement asks: a listed dismissal reason, or a reason. */
function meets(requirement: TransitionRequirement, details: TransitionDetails): boolean {
  return requirement.detail === 'dismissalReason'
    ? isDismissalReason(details.dismissalReason)
    : (details.reason ?? '').trim() !== '';
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
  const requirement: TransitionRequirement | undefined = effectsOf(to).requires;
  if (requirement && !meets(requirement, details)) {
    return { ok: false, code: 'reason_required', allowed, message: requirement.refusal };
  }
  return { ok: true };
}

/** The declared effects of a move to `to`. */
export function effectsOf(to: CaseStatus): TransitionEffects {
  if (!isCaseStatus(to)) throw new Error(`Unknown case status "${String(to)}"`);
  return TRANSITION_EFFECTS[to];
}

/** What the workflow reads of a case to move it: its status, timestamps and handling body. */
export interface WorkflowCase {
  readonly status: string;
  readonly handled_by: Route;
  readonly received_at: Date;
  readonly acknowledged_at: Date | null;
  readonly feedback_due_at: Date | null;
  readonly feedback_given_at: Date | null;
  readonly resolved_at: Date | null;
  readonly closed_at: Date | null;
  readonly dismissal_reason: string | null;
}

/** The columns a move writes, as the cases repository takes them (its CaseStatusChange). */
export interface WorkflowFields extends Omit<CaseStatusChange, 'caseId' | 'status'> {
  readonly status: CaseStatus;
}

/** A move with its declared effects worked out for one case at one instant. */
export interface StatusChange {
  readonly fields: WorkflowFields;
  /** The message the reporter receives with the move, if it sends one. */
  readonly message?: { readonly kind: 'acknowledgement'; readonly body: string };
  readonly raises: OutboxEvent;
}

/**
 * Works out a move that checkTransition allowed: the timestamps the move sets or clears, the
 * deadline it starts, the dismissal reason it records, the case's next deadline after it, and the
 * message and notification it sends. Other timestamps, and the dismissal reason of any other move,
 * stay as they were.
 */
export function statusChange(
  record: WorkflowCase,
  to: CaseStatus,
  details: TransitionDetails,
  now: Date,
): StatusChange {
  const effects = effectsOf(to);
  const times: Record<WorkflowTimestamp, Date | null> = {
    acknowledgedAt: record.acknowledged_at,
    resolvedAt: record.resolved_at,
    closedAt: record.closed_at,
  };
  for (const stamp of effects.stamps ?? []) times[stamp] = now;
  for (const cleared of effects.clears ?? []) times[cleared] = null;
  const feedbackDue =
    effects.starts === 'feedback_deadline' ? feedbackDueAt(now) : record.feedback_due_at;
  const fields: WorkflowFields = {
    status: to,
    acknowledgedAt: times.acknowledgedAt,
    feedbackDueAt: feedbackDue,
    resolvedAt: times.resolvedAt,
    closedAt: times.closedAt,
    dismissalReason: effects.recordsDismissalReason
      ? (details.dismissalReason ?? null)
      : record.dismissal_reason,
    nextDueAt: nextDueAt({
      status: to,
      received_at: record.received_at,
      acknowledged_at: times.acknowledgedAt,
      feedback_given_at: record.feedback_given_at,
    }),
  };
  if (!effects.messagesReporter) return { fields, raises: effects.raises };
  // The acknowledgement tells the reporter when feedback is due, so it needs that deadline.
  if (!feedbackDue) throw new Error(`A move to ${to} sends an acknowledgement without a deadline`);
  return {
    fields,
    message: {
      kind: 'acknowledgement',
      body: acknowledgementMessage(record.handled_by, feedbackDue),
    },
    raises: effects.raises,
  };
}

/**
 * The next pending deadline of a case, as the triage list sorts by it (stored in `next_due_at`):
 * recomputed by every move and when the reporter is first given feedback.
 */
export function nextDueAt(
  record: Pick<WorkflowCase, 'received_at' | 'acknowledged_at' | 'feedback_given_at' | 'status'>,
): Date | null {
  // The pending deadlines, earliest first; which one is next does not depend on the time now.
  return (
    reminderSchedule({
      receivedAt: record.received_at,
      acknowledgedAt: record.acknowledged_at,
      feedbackGivenAt: record.feedback_given_at,
      status: record.status as CaseStatus,
    })[0]?.dueAt ?? null
  );
}

/**
 * The deadline effect of a message to the reporter: the first one after the acknowledgement is
 * the feedback the Directive asks for, which settles the feedback deadline. Null when the message
 * changes no deadline (the case is not acknowledged yet, or feedback was already given).
 */
export function feedbackGiven(
  record: Pick<WorkflowCase, 'received_at' | 'acknowledged_at' | 'feedback_given_at' | 'status'>,
  now: Date,
): { readonly feedbackGivenAt: Date; readonly nextDueAt: Date | null } | null {
  if (!record.acknowledged_at || record.feedback_given_at) return null;
  return { feedbackGivenAt: now, nextDueAt: nextDueAt({ ...record, feedback_given_at: now }) };
}

/** The statuses in which an outcome may be recorded: during or after the investigation. */
export const OUTCOME_STATUSES = [
  'investigating',
  'resolved',
  'reopened',
] as const satisfies readonly CaseStatus[];

export function mayRecordOutcome(status: string): boolean {
  return (OUTCOME_STATUSES as readonly string[]).includes(status);
}

/** Whether an outcome may be recorded on a case in `status`, and the refusal if not. */
export function checkOutcomeStatus(
  status: CaseStatus,
): { readonly ok: true } | { readonly ok: false; readonly message: string } {
  return mayRecordOutcome(status)
    ? { ok: true }
    : {
        ok: false,
        message: `an outcome is recorded during or after the investigation, not while the case is ${status}`,
      };
}
