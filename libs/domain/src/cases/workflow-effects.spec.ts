import { OutboxEvent } from '../notifications/outbox.js';
import { acknowledgementMessage } from './case-messages.js';
import { CASE_STATUSES, type CaseStatus } from './case-status.js';
import { acknowledgeBy, caseDeadlines, feedbackDueAt } from './deadlines.js';
import {
  CASE_TRANSITIONS,
  checkOutcomeStatus,
  checkTransition,
  effectsOf,
  feedbackGiven,
  mayRecordOutcome,
  nextDueAt,
  OUTCOME_STATUSES,
  statusChange,
  TRANSITION_EFFECTS,
  type WorkflowCase,
  type WorkflowFields,
} from './workflow.js';

const at = (iso: string) => new Date(iso);

const RECEIVED = at('2026-03-02T09:00:00.000Z');
const ACKNOWLEDGED = at('2026-03-04T10:00:00.000Z');
const FEEDBACK_DUE = feedbackDueAt(ACKNOWLEDGED);
const EARLIER = at('2026-04-01T08:00:00.000Z');
const NOW = at('2026-05-06T14:30:00.000Z');

/** A case in `status` with every workflow timestamp it could have, so a test sees what is kept. */
function caseIn(status: CaseStatus, overrides: Partial<WorkflowCase> = {}): WorkflowCase {
  return {
    status,
    handled_by: 'audit_committee',
    received_at: RECEIVED,
    acknowledged_at: status === 'received' ? null : ACKNOWLEDGED,
    feedback_due_at: status === 'received' ? null : FEEDBACK_DUE,
    feedback_given_at: null,
    resolved_at: ['resolved', 'closed', 'reopened'].includes(status) ? EARLIER : null,
    closed_at: ['closed', 'dismissed', 'reopened'].includes(status) ? EARLIER : null,
    dismissal_reason: status === 'dismissed' ? 'duplicate' : null,
    ...overrides,
  };
}

const details = { reason: 'New evidence', dismissalReason: 'outside_code' };

describe('TRANSITION_EFFECTS', () => {
  it('declares the effects of a move to every status, and nothing else', () => {
    expect(Object.keys(TRANSITION_EFFECTS).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('declares what every move raises: news for the reporter', () => {
    for (const status of CASE_STATUSES) {
      expect(effectsOf(status).raises).toBe(OutboxEvent.ReporterNews);
    }
  });

  it('asks for a detail only when dismissing (a listed reason) or reopening (a reason)', () => {
    const requiring = CASE_STATUSES.filter((status) => effectsOf(status).requires);
    expect(requiring).toEqual(['dismissed', 'reopened']);
    expect(effectsOf('dismissed').requires?.detail).toBe('dismissalReason');
    expect(effectsOf('reopened').requires?.detail).toBe('reason');
  });

  it('refuses a move without its required detail with the declared message', () => {
    expect(checkTransition('triage', 'dismissed', {})).toEqual({
      ok: false,
      code: 'reason_required',
      allowed: ['investigating', 'dismissed'],
      message:
        'Dismissing a case needs a dismissal reason: one of outside_code, duplicate, insufficient_information.',
    });
    expect(checkTransition('closed', 'reopened', {})).toEqual({
      ok: false,
      code: 'reason_required',
      allowed: ['reopened'],
      message: 'Reopening a case needs a reason saying why.',
    });
  });

  it('sends a message to the reporter only with the acknowledgement', () => {
    const messaging = CASE_STATUSES.filter((status) => effectsOf(status).messagesReporter);
    expect(messaging).toEqual(['acknowledged']);
  });

  it('throws for an unknown status, which can only be corrupt data', () => {
    expect(() => effectsOf('archived' as CaseStatus)).toThrow(/Unknown case status "archived"/);
  });
});

describe(statusChange.name, () => {
  /** The fields a case in `from` keeps when a move changes nothing but its status. */
  function unchanged(from: CaseStatus, to: CaseStatus): WorkflowFields {
    const record = caseIn(from);
    return {
      status: to,
      acknowledgedAt: record.acknowledged_at,
      feedbackDueAt: record.feedback_due_at,
      resolvedAt: record.resolved_at,
      closedAt: record.closed_at,
      dismissalReason: record.dismissal_reason,
      nextDueAt: record.acknowledged_at ? FEEDBACK_DUE : acknowledgeBy(RECEIVED),
    };
  }

  const legalMoves = CASE_STATUSES.flatMap((from) =>
    (CASE_TRANSITIONS[from] as readonly CaseStatus[]).map((to) => [from, to] as const),
  );

  // Every legal move, with what it writes (product.md §4 and the deadlines of the Directive).
  const expected: Record<string, WorkflowFields> = {
    'received→acknowledged': {
      ...unchanged('received', 'acknowledged'),
      acknowledgedAt: NOW,
      feedbackDueAt: feedbackDueAt(NOW),
      nextDueAt: feedbackDueAt(NOW),
    },
    'acknowledged→triage': unchanged('acknowledged', 'triage'),
    'triage→investigating': unchanged('triage', 'investigating'),
    'triage→dismissed': {
      ...unchanged('triage', 'dismissed'),
      closedAt: NOW,
      dismissalReason: 'outside_code',
      nextDueAt: null,
    },
    'investigating→resolved': { ...unchanged('investigating', 'resolved'), resolvedAt: NOW },
    'resolved→closed': { ...unchanged('resolved', 'closed'), closedAt: NOW, nextDueAt: null },
    'resolved→reopened': { ...unchanged('resolved', 'reopened'), resolvedAt: null, closedAt: null },
    'closed→reopened': { ...unchanged('closed', 'reopened'), resolvedAt: null, closedAt: null },
    // The dismissal reason stays on record when a dismissed case is reopened.
    'dismissed→reopened': { ...unchanged('dismissed', 'reopened'), closedAt: null },
    'reopened→triage': unchanged('reopened', 'triage'),
    'reopened→investigating': unchanged('reopened', 'investigating'),
  };

  it('has an expectation for every legal move', () => {
    expect(legalMoves.map(([from, to]) => `${from}→${to}`).sort()).toEqual(
      Object.keys(expected).sort(),
    );
  });

  it.each(legalMoves)('moves a case from %s to %s with the declared effects', (from, to) => {
    const change = statusChange(caseIn(from), to, details, NOW);
    expect(change.fields).toEqual(expected[`${from}→${to}`]);
    expect(change.raises).toBe(OutboxEvent.ReporterNews);
    if (to !== 'acknowledged') expect(change.message).toBeUndefined();
  });

  it('acknowledges with a message naming the handling body and the feedback deadline', () => {
    const change = statusChange(caseIn('received'), 'acknowledged', {}, NOW);
    expect(change.message).toEqual({
      kind: 'acknowledgement',
      body: acknowledgementMessage('audit_committee', feedbackDueAt(NOW)),
    });
  });

  it('records no dismissal reason when none was given (checkTransition refuses that move)', () => {
    const change = statusChange(caseIn('triage'), 'dismissed', {}, NOW);
    expect(change.fields.dismissalReason).toBeNull();
  });

  it('leaves nothing due once feedback was given, even when the case is reopened', () => {
    const record = caseIn('closed', { feedback_given_at: at('2026-04-10T09:00:00.000Z') });
    expect(statusChange(record, 'reopened', details, NOW).fields.nextDueAt).toBeNull();
  });

  it('does not change the record it is given', () => {
    const record = caseIn('resolved');
    const copy = { ...record };
    statusChange(record, 'closed', details, NOW);
    expect(record).toEqual(copy);
  });
});

describe(nextDueAt.name, () => {
  const facts = (status: CaseStatus, acknowledged: Date | null, feedbackGiven: Date | null) => ({
    status,
    received_at: RECEIVED,
    acknowledged_at: acknowledged,
    feedback_given_at: feedbackGiven,
  });

  it.each<[string, ReturnType<typeof facts>, Date | null]>([
    [
      'the acknowledgement while unacknowledged',
      facts('received', null, null),
      acknowledgeBy(RECEIVED),
    ],
    ['the feedback once acknowledged', facts('triage', ACKNOWLEDGED, null), FEEDBACK_DUE],
    ['nothing once feedback was given', facts('investigating', ACKNOWLEDGED, EARLIER), null],
    ['nothing for a closed case', facts('closed', ACKNOWLEDGED, null), null],
    ['nothing for a dismissed case', facts('dismissed', null, null), null],
    [
      'the feedback when the only message predates the acknowledgement',
      facts('resolved', ACKNOWLEDGED, RECEIVED),
      FEEDBACK_DUE,
    ],
  ])('is %s', (_what, record, due) => {
    expect(nextDueAt(record)).toEqual(due);
  });

  it.each(CASE_STATUSES)('agrees with caseDeadlines for a %s case', (status) => {
    for (const [acknowledged, given] of [
      [null, null],
      [ACKNOWLEDGED, null],
      [ACKNOWLEDGED, EARLIER],
    ] as const) {
      const record = facts(status, acknowledged, given);
      const deadlines = caseDeadlines(
        {
          receivedAt: RECEIVED,
          acknowledgedAt: acknowledged,
          feedbackGivenAt: given,
          status,
        },
        NOW,
      );
      expect(nextDueAt(record)).toEqual(deadlines.nextDueAt ?? null);
    }
  });
});

describe('the outcome gate', () => {
  it('lets an outcome be recorded during or after the investigation', () => {
    expect(OUTCOME_STATUSES).toEqual(['investigating', 'resolved', 'reopened']);
  });

  it.each(CASE_STATUSES)('decides for a %s case', (status) => {
    const allowed = (OUTCOME_STATUSES as readonly CaseStatus[]).includes(status);
    expect(mayRecordOutcome(status)).toBe(allowed);
    expect(checkOutcomeStatus(status)).toEqual(
      allowed
        ? { ok: true }
        : {
            ok: false,
            message: `an outcome is recorded during or after the investigation, not while the case is ${status}`,
          },
    );
  });

  it('refuses an unknown status', () => {
    expect(mayRecordOutcome('archived')).toBe(false);
  });
});

describe(feedbackGiven.name, () => {
  const record = (acknowledged: Date | null, given: Date | null) => ({
    status: 'investigating' as CaseStatus,
    received_at: RECEIVED,
    acknowledged_at: acknowledged,
    feedback_given_at: given,
  });

  it('settles the feedback deadline with the first message after the acknowledgement', () => {
    expect(feedbackGiven(record(ACKNOWLEDGED, null), NOW)).toEqual({
      feedbackGivenAt: NOW,
      nextDueAt: null,
    });
  });

  it('changes no deadline before the acknowledgement', () => {
    expect(feedbackGiven(record(null, null), NOW)).toBeNull();
  });

  it('changes no deadline once feedback was given', () => {
    expect(feedbackGiven(record(ACKNOWLEDGED, EARLIER), NOW)).toBeNull();
  });
});
