// Data the scenarios share: the report every intake request sends, and a deterministic generator of
// audit entries (the seeder and the SHA-256 baseline must produce the very same canonical bytes).

/** An anonymous report about a conflict of interest: routed to the General Counsel. */
export const REPORT = {
  concernType: 'conflict_of_interest',
  title: 'Procurement contract awarded to a relative of the buyer',
  description:
    'The regional buyer approved a three-year supply contract with a firm owned by his brother-in-law. ' +
    'The tender was not advertised and two cheaper quotes were set aside without a written reason. ' +
    'Invoices have been paid since March; the approvals are in the procurement system under the ' +
    'facilities cost centre. I raised it with my manager, who told me to leave it alone.',
  occurredAt: '2026-03-02',
  location: 'Lyon office, procurement',
  anonymous: true,
  implicated: [{ role: 'employee', name: 'R. Buyer' }],
  witnesses: [{ name: 'A. Colleague', contact: 'a.colleague@example.com' }],
};

const BASE_TIME = Date.UTC(2024, 0, 1);
const STAFF = Array.from(
  { length: 12 },
  (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
);
const STATUSES = ['received', 'acknowledged', 'triage', 'investigating', 'resolved', 'closed'];
const CONCERNS = ['accounting', 'conflict_of_interest', 'improper_payments', 'health_safety'];

function reference(n) {
  return `CND-${2016 + (n % 10)}-${String(Math.floor(n / 10) % 1_000_000).padStart(6, '0')}`;
}

/**
 * The fields of audit entry `seq`: a plausible mix of what the application writes (case creation
 * by a reporter, staff reads and status changes, reporter and staff sign-ins, notes), with the
 * detail objects the services record. Same input, same output, in any process.
 */
export function auditEntryFields(seq) {
  const occurredAt = new Date(BASE_TIME + seq * 997);
  const kind = (seq * 7919) % 20;
  const caseReference = reference((seq * 104_729) % 1_000_000);
  const staffId = STAFF[seq % STAFF.length];
  if (kind < 4) {
    return {
      seq,
      occurredAt,
      actorType: 'reporter',
      actorId: null,
      action: 'case.created',
      caseReference,
      detail: {
        channel: 'web',
        concernType: CONCERNS[seq % CONCERNS.length],
        anonymous: seq % 3 !== 0,
        routedTo: 'general_counsel',
        handledBy: 'general_counsel',
        ruleId: 'default-route',
        policyVersion: '2026-11.1',
        implicated: 1 + (seq % 2),
        witnesses: seq % 3,
        files: seq % 4,
        relatedCase: null,
      },
    };
  }
  if (kind < 11) {
    return {
      seq,
      occurredAt,
      actorType: 'staff',
      actorId: staffId,
      action: 'case.viewed',
      caseReference,
      detail: { by: 'staff', view: 'detail' },
    };
  }
  if (kind < 14) {
    return {
      seq,
      occurredAt,
      actorType: 'reporter',
      actorId: null,
      action: 'reporter.signed_in',
      caseReference,
      detail: {},
    };
  }
  if (kind < 17) {
    const from = STATUSES[seq % (STATUSES.length - 1)];
    const to = STATUSES[(seq % (STATUSES.length - 1)) + 1];
    return {
      seq,
      occurredAt,
      actorType: 'staff',
      actorId: staffId,
      action: 'case.status_changed',
      caseReference,
      detail: { from, to, reason: null },
    };
  }
  if (kind < 19) {
    return {
      seq,
      occurredAt,
      actorType: 'staff',
      actorId: staffId,
      action: 'staff.signed_in',
      caseReference: null,
      detail: {},
    };
  }
  return {
    seq,
    occurredAt,
    actorType: 'system',
    actorId: null,
    action: 'notification.sent',
    caseReference,
    detail: { event: 'case.created', recipients: 1 + (seq % 3) },
  };
}
