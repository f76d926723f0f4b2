import { isDueForPurge, retentionCutoff } from './retention-policy.js';

describe(retentionCutoff.name, () => {
  it('goes back whole calendar years in UTC', () => {
    expect(retentionCutoff(new Date('2033-05-10T08:00:00.000Z'), 7)).toEqual(
      new Date('2026-05-10T08:00:00.000Z'),
    );
  });

  it('clamps 29 February to 28 February in a common year', () => {
    expect(retentionCutoff(new Date('2032-02-29T00:00:00.000Z'), 7)).toEqual(
      new Date('2025-02-28T00:00:00.000Z'),
    );
  });
});

describe(isDueForPurge.name, () => {
  const cutoff = new Date('2026-01-01T00:00:00.000Z');
  const old = new Date('2025-12-31T23:59:59.999Z');

  it.each([
    ['a case closed before the cutoff', true, { status: 'closed', closedAt: old, purgedAt: null }],
    [
      'a dismissed case closed before the cutoff',
      true,
      { status: 'dismissed', closedAt: old, purgedAt: null },
    ],
    [
      'a case closed exactly at the cutoff',
      false,
      { status: 'closed', closedAt: cutoff, purgedAt: null },
    ],
    ['a case reopened after closing', false, { status: 'reopened', closedAt: old, purgedAt: null }],
    ['an open case', false, { status: 'investigating', closedAt: null, purgedAt: null }],
    [
      'a dismissed case without a closing time',
      false,
      { status: 'dismissed', closedAt: null, purgedAt: null },
    ],
    ['a case purged already', false, { status: 'closed', closedAt: old, purgedAt: old }],
  ])('purges %s: %s', (_case, expected, facts) => {
    expect(isDueForPurge(facts, cutoff)).toBe(expected);
  });
});
