import { CASE_STATUSES, type CaseStatus } from './case-status.js';
import {
  allowedTransitions,
  CASE_TRANSITIONS,
  checkTransition,
  DISMISSAL_REASONS,
  type TransitionDetails,
} from './workflow.js';

// Written out from product.md §4 (and the reopened decision) rather than read from the map, so the
// test checks the map.
const legal: Record<CaseStatus, CaseStatus[]> = {
  received: ['acknowledged'],
  acknowledged: ['triage'],
  triage: ['investigating', 'dismissed'],
  investigating: ['resolved'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  dismissed: ['reopened'],
  reopened: ['triage', 'investigating'],
};

/** Details that satisfy the reason rules, so the matrix tests only the map. */
const sufficient: TransitionDetails = { reason: 'New evidence', dismissalReason: 'duplicate' };

const matrix = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));
const allowedPairs = matrix.filter(([from, to]) => legal[from].includes(to));
const refusedPairs = matrix.filter(([from, to]) => !legal[from].includes(to));

describe(checkTransition.name, () => {
  it('covers all 64 pairs of statuses', () => {
    expect(allowedPairs.length + refusedPairs.length).toBe(64);
    expect(allowedPairs).toHaveLength(11);
  });

  it.each(allowedPairs)('allows a case to move from %s to %s', (from, to) => {
    expect(checkTransition(from, to, sufficient)).toEqual({ ok: true });
  });

  it.each(refusedPairs)(
    'refuses a move from %s to %s and lists the allowed next statuses',
    (from, to) => {
      const result = checkTransition(from, to, sufficient);
      expect(result).toEqual({
        ok: false,
        code: 'illegal_transition',
        allowed: legal[from],
        message: expect.stringContaining(`from ${from} to ${to}`),
      });
    },
  );

  it.each(DISMISSAL_REASONS)('dismisses a case in triage with the reason %s', (dismissalReason) => {
    expect(checkTransition('triage', 'dismissed', { dismissalReason })).toEqual({ ok: true });
  });

  it.each<[string, TransitionDetails]>([
    ['no details are given', {}],
    ['the dismissal reason is empty', { dismissalReason: '' }],
    ['the dismissal reason is not in the list', { dismissalReason: 'not_interesting' }],
    ['only a free-text reason is given', { reason: 'We do not think so' }],
    ['the reason has the wrong case', { dismissalReason: 'DUPLICATE' }],
  ])('refuses a dismissal without a listed reason when %s', (_when, details) => {
    expect(checkTransition('triage', 'dismissed', details)).toEqual({
      ok: false,
      code: 'reason_required',
      allowed: ['investigating', 'dismissed'],
      message: expect.stringMatching(/outside_code, duplicate, insufficient_information/),
    });
  });

  it.each<CaseStatus>(['resolved', 'closed', 'dismissed'])(
    'reopens a %s case when a reason is given',
    (from) => {
      expect(
        checkTransition(from, 'reopened', { reason: 'The reporter sent new documents' }),
      ).toEqual({ ok: true });
    },
  );

  it.each<[string, TransitionDetails]>([
    ['no reason is given', {}],
    ['the reason is empty', { reason: '' }],
    ['the reason is only whitespace', { reason: ' \t\n ' }],
    ['only a dismissal reason is given', { dismissalReason: 'duplicate' }],
  ])('refuses to reopen a case when %s', (_when, details) => {
    expect(checkTransition('closed', 'reopened', details)).toMatchObject({
      ok: false,
      code: 'reason_required',
      allowed: ['reopened'],
    });
  });

  it('reports an illegal move before a missing reason', () => {
    expect(checkTransition('investigating', 'dismissed')).toMatchObject({
      code: 'illegal_transition',
      allowed: ['resolved'],
    });
  });

  it('refuses an unknown target status as illegal', () => {
    expect(checkTransition('triage', 'archived' as CaseStatus)).toMatchObject({
      ok: false,
      code: 'illegal_transition',
    });
  });

  it('throws for an unknown current status, which can only be corrupt data', () => {
    expect(() => checkTransition('archived' as CaseStatus, 'triage')).toThrow(
      /Unknown case status "archived"/,
    );
  });
});

describe(allowedTransitions.name, () => {
  it.each(CASE_STATUSES)('lists the next statuses from %s', (from) => {
    expect(allowedTransitions(from)).toEqual(legal[from]);
  });

  it('returns a copy, so a caller cannot change the workflow', () => {
    allowedTransitions('triage').push('closed');
    expect(CASE_TRANSITIONS.triage).toEqual(['investigating', 'dismissed']);
  });
});
