import { type CaseStatus } from './case-status.js';
import {
  acknowledgeBy,
  acknowledgementReminderAt,
  addUtcMonthsClamped,
  caseDeadlines,
  type CaseDeadlineFacts,
  feedbackDueAt,
  feedbackReminderAt,
  reminderSchedule,
} from './deadlines.js';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

describe(acknowledgeBy.name, () => {
  it.each([
    ['an ordinary day', '2026-03-02T09:00:00.000Z', '2026-03-09T09:00:00.000Z'],
    ['a month end', '2026-04-27T12:00:00.000Z', '2026-05-04T12:00:00.000Z'],
    ['late December, into the next year', '2026-12-28T16:45:00.000Z', '2027-01-04T16:45:00.000Z'],
    [
      'February of a leap year, onto the 29th',
      '2028-02-22T10:00:00.000Z',
      '2028-02-29T10:00:00.000Z',
    ],
    [
      'February of a leap year, past the 29th',
      '2028-02-25T10:00:00.000Z',
      '2028-03-03T10:00:00.000Z',
    ],
    ['February of a common year', '2027-02-25T10:00:00.000Z', '2027-03-04T10:00:00.000Z'],
    ['the last millisecond of a UTC day', '2026-03-28T23:59:59.999Z', '2026-04-04T23:59:59.999Z'],
    ['the first instant of a UTC day', '2026-03-29T00:00:00.000Z', '2026-04-05T00:00:00.000Z'],
    // Europe changes to summer time on 2026-03-29: a UTC week is still exactly 7 × 24 hours.
    [
      'a week spanning a daylight-saving change',
      '2026-03-25T01:30:00.000Z',
      '2026-04-01T01:30:00.000Z',
    ],
    ['an instant written at UTC−5', '2026-01-31T23:30:00-05:00', '2026-02-08T04:30:00.000Z'],
  ])('is seven days after receipt on %s', (_when, receivedAt, expected) => {
    expect(acknowledgeBy(at(receivedAt)).toISOString()).toBe(expected);
  });

  it('throws for an invalid date', () => {
    expect(() => acknowledgeBy(new Date('not a date'))).toThrow(RangeError);
  });
});

describe(feedbackDueAt.name, () => {
  it.each([
    ['mid-month', '2026-01-15T10:00:00.000Z', '2026-04-15T10:00:00.000Z'],
    ['Jan 31, clamped to Apr 30', '2026-01-31T10:00:00.000Z', '2026-04-30T10:00:00.000Z'],
    ['Mar 31, clamped to Jun 30', '2026-03-31T08:00:00.000Z', '2026-06-30T08:00:00.000Z'],
    [
      'May 31, onto Aug 31 without clamping',
      '2026-05-31T00:00:00.000Z',
      '2026-08-31T00:00:00.000Z',
    ],
    [
      'Nov 30, clamped to Feb 28 of a common year',
      '2026-11-30T08:15:00.000Z',
      '2027-02-28T08:15:00.000Z',
    ],
    [
      'Nov 30, clamped to Feb 29 of a leap year',
      '2027-11-30T08:15:00.000Z',
      '2028-02-29T08:15:00.000Z',
    ],
    ['Nov 29, onto Feb 29 of a leap year', '2027-11-29T08:15:00.000Z', '2028-02-29T08:15:00.000Z'],
    [
      'Nov 29, clamped to Feb 28 of a common year',
      '2028-11-29T08:15:00.000Z',
      '2029-02-28T08:15:00.000Z',
    ],
    ['Feb 29 of a leap year', '2028-02-29T14:00:00.000Z', '2028-05-29T14:00:00.000Z'],
    [
      'Oct 31, into January of the next year',
      '2026-10-31T09:00:00.000Z',
      '2027-01-31T09:00:00.000Z',
    ],
    ['Dec 15, into March of the next year', '2026-12-15T00:00:00.000Z', '2027-03-15T00:00:00.000Z'],
    [
      'Dec 31 at the last millisecond, onto Mar 31',
      '2027-12-31T23:59:59.999Z',
      '2028-03-31T23:59:59.999Z',
    ],
    ['Jan 31 at midnight UTC', '2026-01-31T00:00:00.000Z', '2026-04-30T00:00:00.000Z'],
    ['Aug 31 just before midnight UTC', '2026-08-31T23:59:59.999Z', '2026-11-30T23:59:59.999Z'],
    // 23:30 at UTC−5 is already Feb 1 in UTC: the local date (Jan 31, giving Apr 30) must not leak in.
    ['an instant written at UTC−5', '2026-01-31T23:30:00-05:00', '2026-05-01T04:30:00.000Z'],
    ['an instant written at UTC+14', '2026-03-01T01:00:00+14:00', '2026-05-28T11:00:00.000Z'],
  ])('is three calendar months after acknowledgement for %s', (_when, acknowledgedAt, expected) => {
    expect(feedbackDueAt(at(acknowledgedAt)).toISOString()).toBe(expected);
  });

  it('throws for an invalid date', () => {
    expect(() => feedbackDueAt(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe(addUtcMonthsClamped.name, () => {
  it.each([
    ['2026-03-31T12:00:00.000Z', -1, '2026-02-28T12:00:00.000Z'],
    ['2026-01-15T12:00:00.000Z', -2, '2025-11-15T12:00:00.000Z'],
    ['2026-01-31T12:00:00.000Z', 1, '2026-02-28T12:00:00.000Z'],
    ['2028-01-31T12:00:00.000Z', 1, '2028-02-29T12:00:00.000Z'],
    ['2026-07-31T12:00:00.000Z', 25, '2028-08-31T12:00:00.000Z'],
    ['2026-07-31T12:00:00.000Z', 0, '2026-07-31T12:00:00.000Z'],
  ])('moves %s by %i months to %s', (from, months, expected) => {
    expect(addUtcMonthsClamped(at(from), months).toISOString()).toBe(expected);
  });
});

describe('reminder instants', () => {
  it('reminds about the acknowledgement two days before it is due', () => {
    expect(acknowledgementReminderAt(at('2026-03-02T09:00:00.000Z')).toISOString()).toBe(
      '2026-03-07T09:00:00.000Z',
    );
  });

  it('reminds about feedback fourteen days before it is due', () => {
    expect(feedbackReminderAt(at('2026-01-31T10:00:00.000Z')).toISOString()).toBe(
      '2026-04-16T10:00:00.000Z',
    );
  });

  it('reminds about feedback across a month boundary in a leap year', () => {
    // Due 2028-02-29; fourteen days earlier is 2028-02-15.
    expect(feedbackReminderAt(at('2027-11-30T08:00:00.000Z')).toISOString()).toBe(
      '2028-02-15T08:00:00.000Z',
    );
  });
});

const received = '2026-03-02T09:00:00.000Z';
const ackDue = '2026-03-09T09:00:00.000Z';
const acknowledged = '2026-03-05T11:00:00.000Z';
const feedbackDue = '2026-06-05T11:00:00.000Z';

function facts(
  status: CaseStatus,
  acknowledgedAt?: string,
  feedbackGivenAt?: string,
): CaseDeadlineFacts {
  return {
    status,
    receivedAt: at(received),
    ...(acknowledgedAt ? { acknowledgedAt: at(acknowledgedAt) } : {}),
    ...(feedbackGivenAt ? { feedbackGivenAt: at(feedbackGivenAt) } : {}),
  };
}

describe(caseDeadlines.name, () => {
  it.each<[string, CaseDeadlineFacts, string, string | undefined, string[]]>([
    [
      'an unacknowledged case before its acknowledgement is due',
      facts('received'),
      '2026-03-08T09:00:00.000Z',
      ackDue,
      [],
    ],
    ['an unacknowledged case at the very instant it is due', facts('received'), ackDue, ackDue, []],
    [
      'an unacknowledged case one millisecond after it is due',
      facts('received'),
      '2026-03-09T09:00:00.001Z',
      ackDue,
      ['acknowledgement'],
    ],
    [
      'a case acknowledged late, once acknowledged',
      facts('acknowledged', '2026-03-12T09:00:00.000Z'),
      '2026-03-13T09:00:00.000Z',
      '2026-06-12T09:00:00.000Z',
      [],
    ],
    [
      'an acknowledged case awaiting feedback before it is due',
      facts('investigating', acknowledged),
      '2026-06-05T10:59:59.999Z',
      feedbackDue,
      [],
    ],
    [
      'an acknowledged case with no feedback after it is due',
      facts('investigating', acknowledged),
      '2026-06-05T11:00:00.001Z',
      feedbackDue,
      ['feedback'],
    ],
    [
      'a resolved case, still open, with no feedback after it is due',
      facts('resolved', acknowledged),
      '2026-07-01T00:00:00.000Z',
      feedbackDue,
      ['feedback'],
    ],
    [
      'a reopened case, open again, with no feedback after it is due',
      facts('reopened', acknowledged),
      '2026-07-01T00:00:00.000Z',
      feedbackDue,
      ['feedback'],
    ],
    [
      'a case whose feedback was given after the acknowledgement',
      facts('investigating', acknowledged, '2026-04-01T09:00:00.000Z'),
      '2026-07-01T00:00:00.000Z',
      undefined,
      [],
    ],
    [
      'a case whose only handler message is the acknowledgement itself',
      facts('investigating', acknowledged, acknowledged),
      '2026-07-01T00:00:00.000Z',
      feedbackDue,
      ['feedback'],
    ],
    [
      'a closed case without feedback, long after every deadline',
      facts('closed', acknowledged),
      '2027-01-01T00:00:00.000Z',
      undefined,
      [],
    ],
    [
      'a dismissed case without feedback, long after every deadline',
      facts('dismissed', acknowledged),
      '2027-01-01T00:00:00.000Z',
      undefined,
      [],
    ],
  ])('computes the deadlines of %s', (_case, input, now, nextDueAt, overdueItems) => {
    const result = caseDeadlines(input, at(now));
    expect(iso(result.acknowledgeBy)).toBe(ackDue);
    expect(iso(result.nextDueAt)).toBe(nextDueAt);
    expect(result.overdueItems).toEqual(overdueItems);
    expect(result.overdue).toBe(overdueItems.length > 0);
  });

  it('shows the feedback due date once acknowledged, even after feedback was given', () => {
    const result = caseDeadlines(
      facts('closed', acknowledged, '2026-04-01T09:00:00.000Z'),
      at('2026-05-01T00:00:00.000Z'),
    );
    expect(iso(result.feedbackDueAt)).toBe(feedbackDue);
  });

  it('has no feedback due date before the acknowledgement', () => {
    expect(caseDeadlines(facts('received'), at(received))).not.toHaveProperty('feedbackDueAt');
  });

  it('computes the same deadlines for the same instant written in another offset', () => {
    const utc = caseDeadlines(
      { status: 'received', receivedAt: at('2026-02-01T04:30:00.000Z') },
      at('2026-02-05T00:00:00Z'),
    );
    const offset = caseDeadlines(
      { status: 'received', receivedAt: at('2026-01-31T23:30:00-05:00') },
      at('2026-02-04T19:00:00-05:00'),
    );
    expect(offset).toEqual(utc);
  });

  it('throws for an invalid now', () => {
    expect(() => caseDeadlines(facts('received'), new Date('nope'))).toThrow(RangeError);
  });
});

describe(reminderSchedule.name, () => {
  it('schedules the acknowledgement reminder and alert until the case is acknowledged', () => {
    expect(reminderSchedule(facts('received'))).toEqual([
      {
        item: 'acknowledgement',
        remindAt: at('2026-03-07T09:00:00.000Z'),
        dueAt: at(ackDue),
      },
    ]);
  });

  it('schedules the feedback reminder and alert once acknowledged', () => {
    expect(reminderSchedule(facts('triage', acknowledged))).toEqual([
      { item: 'feedback', remindAt: at('2026-05-22T11:00:00.000Z'), dueAt: at(feedbackDue) },
    ]);
  });

  it.each<[string, CaseDeadlineFacts]>([
    ['feedback was given', facts('investigating', acknowledged, '2026-04-01T09:00:00.000Z')],
    ['the case is closed', facts('closed', acknowledged)],
    ['the case is dismissed', facts('dismissed', acknowledged)],
  ])('schedules nothing once %s', (_when, input) => {
    expect(reminderSchedule(input)).toEqual([]);
  });
});
