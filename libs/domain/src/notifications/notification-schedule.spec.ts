import { must } from '@candor/platform/checks/must.js';
import { dailySlot, dueReminders, type ReminderFacts, slotDay } from './notification-schedule.js';
import { OutboxEvent } from './outbox.js';

const at = (iso: string) => new Date(iso);

describe(dailySlot.name, () => {
  it.each([
    ['2026-05-10T07:00:00.000Z', 7, '2026-05-10T07:00:00.000Z'],
    ['2026-05-10T09:30:00.000Z', 7, '2026-05-10T07:00:00.000Z'],
    ['2026-05-10T06:59:59.999Z', 7, '2026-05-09T07:00:00.000Z'],
    ['2026-01-01T00:10:00.000Z', 23, '2025-12-31T23:00:00.000Z'],
    ['2026-03-29T12:00:00.000Z', 0, '2026-03-29T00:00:00.000Z'],
  ])('puts %s in the slot of %i h UTC that started at %s', (now, hour, slot) => {
    expect(dailySlot(at(now), hour).toISOString()).toBe(slot);
  });

  it('names a slot by its UTC day', () => {
    expect(slotDay(at('2026-05-09T07:00:00.000Z'))).toBe('2026-05-09');
  });
});

describe(dueReminders.name, () => {
  const received = '2026-04-01T10:00:00.000Z'; // acknowledgement due 2026-04-08T10:00Z
  const open = (extra: Partial<ReminderFacts> = {}): ReminderFacts => ({
    caseId: 'case-1',
    status: 'received',
    receivedAt: at(received),
    acknowledgedAt: null,
    feedbackGivenAt: null,
    ...extra,
  });
  const events = (facts: ReminderFacts, now: string) =>
    dueReminders(facts, at(now)).map((r) => r.event);

  it.each([
    ['2026-04-06T09:59:59.999Z', []],
    ['2026-04-06T10:00:00.000Z', [OutboxEvent.AcknowledgementDueSoon]],
    ['2026-04-08T10:00:00.000Z', [OutboxEvent.AcknowledgementDueSoon]],
    ['2026-04-08T10:00:00.001Z', [OutboxEvent.AcknowledgementOverdue]],
  ])('for an unacknowledged case at %s raises %j', (now, expected) => {
    expect(events(open(), now)).toEqual(expected);
  });

  it.each([
    // acknowledged 2026-04-03T10:00Z: feedback due 2026-07-03T10:00Z, reminder from 2026-06-19
    ['2026-06-19T09:59:59.999Z', []],
    ['2026-06-19T10:00:00.000Z', [OutboxEvent.FeedbackDueSoon]],
    ['2026-07-03T10:00:00.001Z', [OutboxEvent.FeedbackOverdue]],
  ])('for an acknowledged case at %s raises %j', (now, expected) => {
    const facts = open({ status: 'acknowledged', acknowledgedAt: at('2026-04-03T10:00:00.000Z') });
    expect(events(facts, now)).toEqual(expected);
  });

  it('raises nothing once feedback was given or the case is closed', () => {
    const acknowledgedAt = at('2026-04-03T10:00:00.000Z');
    const later = '2026-08-01T00:00:00.000Z';
    expect(
      events(
        open({
          status: 'investigating',
          acknowledgedAt,
          feedbackGivenAt: at('2026-05-01T00:00:00Z'),
        }),
        later,
      ),
    ).toEqual([]);
    expect(events(open({ status: 'closed' }), later)).toEqual([]);
    expect(events(open({ status: 'dismissed' }), later)).toEqual([]);
  });

  it('keys a reminder by kind, case and deadline, so a new deadline is a new reminder', () => {
    const reminder = must(dueReminders(open(), at('2026-04-07T00:00:00.000Z'))[0], 'the reminder');
    expect(reminder.key).toBe('case.acknowledgement_due_soon/case-1/2026-04-08T10:00:00.000Z');
  });
});
