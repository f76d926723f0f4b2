import type { CaseAccessFacts } from '../access/access-policy.js';
import type { Route } from '../routing/routing.types.js';
import {
  EVENT_RULES,
  reasonFor,
  type StaffCandidate,
  staffRecipients,
} from './notification-rules.js';
import { OUTBOX_EVENTS, OutboxEvent, type OutboxPayload } from './outbox.js';

// One person of each kind, named by what they are.
const person = (
  id: string,
  role: StaffCandidate['role'],
  extra: Partial<StaffCandidate> = {},
): StaffCandidate => ({ id, role, isChair: false, disabled: false, ...extra });

const STAFF: StaffCandidate[] = [
  person('gc', 'general_counsel'),
  person('gc-recused', 'general_counsel'),
  person('cfo', 'cfo'),
  person('ac-chair', 'audit_committee', { isChair: true }),
  person('ac-member', 'audit_committee'),
  person('ac-disabled', 'audit_committee', { disabled: true }),
  person('director', 'board'),
  person('investigator', 'investigator'),
  person('investigator-unassigned', 'investigator'),
  person('hr', 'hr'),
  person('admin', 'admin'),
];

function facts(routedTo: Route, handledBy: Route = routedTo): CaseAccessFacts {
  return {
    routedTo,
    handledBy,
    assigneeIds: ['investigator'],
    recusedStaffIds: ['gc-recused'],
  };
}

const recipients = (
  event: OutboxEvent,
  caseFacts: CaseAccessFacts | null,
  payload: OutboxPayload = {},
  staff: StaffCandidate[] = STAFF,
) => staffRecipients({ event, payload, facts: caseFacts, staff }).sort();

describe(staffRecipients.name, () => {
  it.each([
    // [event, case, expected]
    [OutboxEvent.CaseCreated, facts('general_counsel'), ['cfo', 'gc', 'investigator']],
    [OutboxEvent.CaseCreated, facts('audit_committee'), ['ac-chair', 'ac-member', 'investigator']],
    [
      OutboxEvent.CaseCreated,
      facts('board', 'audit_committee'),
      ['ac-chair', 'ac-member', 'director', 'investigator'],
    ],
    [OutboxEvent.CaseCreated, facts('board', 'board'), ['director', 'investigator']],
    [OutboxEvent.CaseRerouted, facts('audit_committee'), ['ac-chair', 'ac-member', 'investigator']],
    [OutboxEvent.ReporterMessage, facts('general_counsel'), ['cfo', 'gc', 'investigator']],
    // Directors watch a Board case their committee handles; they do not handle its messages.
    [
      OutboxEvent.ReporterMessage,
      facts('board', 'audit_committee'),
      ['ac-chair', 'ac-member', 'investigator'],
    ],
    [OutboxEvent.AcknowledgementDueSoon, facts('general_counsel'), ['cfo', 'gc', 'investigator']],
    [OutboxEvent.FeedbackOverdue, facts('board', 'board'), ['director', 'investigator']],
    [OutboxEvent.LegalHoldPlaced, facts('general_counsel'), ['cfo', 'gc']],
    [OutboxEvent.LegalHoldReleased, facts('board', 'audit_committee'), ['ac-chair', 'ac-member']],
    [OutboxEvent.IdentityRevealed, facts('general_counsel'), ['ac-chair']],
    [OutboxEvent.RetaliationReviewRequired, facts('general_counsel'), ['gc']],
    [OutboxEvent.RetaliationReviewRequired, facts('audit_committee'), ['ac-chair', 'ac-member']],
    [OutboxEvent.AuditHeadDaily, null, ['ac-chair']],
    [OutboxEvent.ReporterNews, facts('general_counsel'), []],
  ])('sends %s on a %j case to %j', (event, caseFacts, expected) => {
    expect(recipients(event, caseFacts)).toEqual(expected);
  });

  it('never notifies HR, an administrator, a disabled account or a recused person, whatever the event', () => {
    // The one exception, the administrators' alert that names no case, has its own test below.
    for (const event of OUTBOX_EVENTS.filter((e) => e !== OutboxEvent.NobodyToTell)) {
      for (const route of ['general_counsel', 'audit_committee', 'board'] as const) {
        const caseFacts = {
          ...facts(route),
          recusedStaffIds: ['gc-recused', 'ac-chair', 'director'],
        };
        const payload = {
          reviewerIds: STAFF.map((s) => s.id),
          staffId: 'ac-disabled',
        };
        expect(recipients(event, caseFacts, payload)).not.toEqual(
          expect.arrayContaining([expect.stringMatching(/^(hr|admin|ac-disabled|gc-recused)$/)]),
        );
        for (const recused of caseFacts.recusedStaffIds) {
          expect(recipients(event, caseFacts, payload)).not.toContain(recused);
        }
      }
    }
  });

  it('sends nothing about a case to anyone when the case is gone', () => {
    for (const event of OUTBOX_EVENTS.filter((e) => EVENT_RULES[e].needsCase)) {
      expect(recipients(event, null)).toEqual([]);
    }
  });

  it('tells every committee member when no chair is set, and the others when the chair is recused', () => {
    const noChair = STAFF.map((s) => ({ ...s, isChair: false }));
    expect(recipients(OutboxEvent.AuditHeadDaily, null, {}, noChair)).toEqual([
      'ac-chair',
      'ac-member',
    ]);
    const chairRecused = { ...facts('general_counsel'), recusedStaffIds: ['ac-chair'] };
    expect(recipients(OutboxEvent.IdentityRevealed, chairRecused)).toEqual(['ac-member']);
  });

  it('sends a retaliation review to the named reviewers who may see the case', () => {
    const payload = { reviewerIds: ['cfo', 'ac-chair', 'hr', 'gc-recused'] };
    expect(
      recipients(OutboxEvent.RetaliationReviewRequired, facts('general_counsel'), payload),
    ).toEqual(['cfo']);
    // Raised without a case (as the retaliation service does): any named reviewer with a
    // case-handling role, never HR or admin.
    expect(recipients(OutboxEvent.RetaliationReviewRequired, null, payload)).toEqual([
      'ac-chair',
      'cfo',
      'gc-recused',
    ]);
  });

  it('alerts only active administrators that a notification has nobody to receive it, and names no case', () => {
    const admins = [...STAFF, person('admin-disabled', 'admin', { disabled: true })];
    expect(recipients(OutboxEvent.NobodyToTell, null, { body: 'audit_committee' }, admins)).toEqual(
      ['admin'],
    );
    expect(EVENT_RULES[OutboxEvent.NobodyToTell]).toMatchObject({
      audience: 'administrators',
      needsCase: false,
    });
    expect(OUTBOX_EVENTS.filter((e) => EVENT_RULES[e].audience === 'administrators')).toEqual([
      OutboxEvent.NobodyToTell,
    ]);
  });

  it('addresses a digest to its owner only while their account is active', () => {
    expect(recipients(OutboxEvent.DailyDigest, null, { staffId: 'cfo' })).toEqual(['cfo']);
    expect(recipients(OutboxEvent.DailyDigest, null, { staffId: 'ac-disabled' })).toEqual([]);
  });

  it('tells the owner of a paused account, whatever their role, and nobody else', () => {
    for (const owner of ['gc', 'hr', 'admin', 'investigator']) {
      expect(recipients(OutboxEvent.SignInPaused, null, { staffId: owner })).toEqual([owner]);
    }
    expect(recipients(OutboxEvent.SignInPaused, null, { staffId: 'ac-disabled' })).toEqual([]);
    expect(recipients(OutboxEvent.SignInPaused, null, {})).toEqual([]);
    expect(EVENT_RULES[OutboxEvent.SignInPaused]).toMatchObject({ digestible: false });
  });

  it('sends an enrolment link to the account it is for, and to nobody once it is disabled', () => {
    const payload = { staffId: 'hr', enrolmentId: 'e-1' };
    expect(recipients(OutboxEvent.StaffEnrolment, null, payload)).toEqual(['hr']);
    expect(
      recipients(OutboxEvent.StaffEnrolment, null, { ...payload, staffId: 'ac-disabled' }),
    ).toEqual([]);
  });
});

describe(reasonFor.name, () => {
  it('says a file was added when the reporter sent files, and nothing more', () => {
    expect(reasonFor(OutboxEvent.ReporterMessage, {})).toBe('The reporter sent a message.');
    expect(reasonFor(OutboxEvent.ReporterMessage, { files: 2 })).toBe('The reporter added a file.');
  });

  it('names the body that has nobody to receive a notification, and nothing else', () => {
    expect(reasonFor(OutboxEvent.NobodyToTell, { body: 'audit_committee', about: 'case' })).toBe(
      'A case for the Audit Committee has nobody who can receive it.',
    );
    expect(
      reasonFor(OutboxEvent.NobodyToTell, { body: 'audit_committee', about: 'notification' }),
    ).toBe('A notification for the Audit Committee has nobody who can receive it.');
    expect(reasonFor(OutboxEvent.NobodyToTell, { body: 'general_counsel', about: 'case' })).toBe(
      'A case for the General Counsel has nobody who can receive it.',
    );
    expect(reasonFor(OutboxEvent.NobodyToTell, { body: null })).toBe(
      'A notification has nobody who can receive it.',
    );
  });

  it('has a one-line reason for every event', () => {
    for (const event of OUTBOX_EVENTS) {
      expect(reasonFor(event, {})).toMatch(/^[A-Z][^\n]{10,80}\.$/);
    }
  });
});
