import type { CaseStatus } from '../cases/case-status.js';
import { reminderSchedule } from '../cases/deadlines.js';
import { OutboxEvent } from './outbox.js';

// What the periodic scan raises. Pure functions of the database's facts and a `now`, so the scan
// can run on any worker, any number of times, and after any outage: a reminder is due or it is
// not, and its key says whether it was already raised.

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The latest instant at `hourUtc`:00 UTC not after `now`: the digest slot `now` belongs to. */
export function dailySlot(now: Date, hourUtc: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc);
  return new Date(today <= now.getTime() ? today : today - DAY_MS);
}

/** `YYYY-MM-DD` of a slot, as shown in emails and used in trigger keys. */
export function slotDay(slot: Date): string {
  return slot.toISOString().slice(0, 10);
}

export interface ReminderFacts {
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly receivedAt: Date;
  readonly acknowledgedAt: Date | null;
  readonly feedbackGivenAt: Date | null;
}

export interface DueReminder {
  readonly event: OutboxEvent;
  readonly caseId: string;
  readonly dueAt: Date;
  /** Unique per case, kind and deadline: a new deadline (a reopened case) is a new reminder. */
  readonly key: string;
}

/**
 * The reminder a case needs at `now`, if any: "due soon" from the reminder instant until the
 * deadline, "overdue" strictly after it (the rules of cases/deadlines.ts). When the due-soon window
 * was missed (the worker was down), only the overdue alert is raised.
 */
export function dueReminders(facts: ReminderFacts, now: Date): DueReminder[] {
  return reminderSchedule({
    receivedAt: facts.receivedAt,
    acknowledgedAt: facts.acknowledgedAt,
    feedbackGivenAt: facts.feedbackGivenAt,
    status: facts.status,
  }).flatMap((entry) => {
    const overdue = now.getTime() > entry.dueAt.getTime();
    if (!overdue && now.getTime() < entry.remindAt.getTime()) return [];
    const event =
      entry.item === 'acknowledgement'
        ? overdue
          ? OutboxEvent.AcknowledgementOverdue
          : OutboxEvent.AcknowledgementDueSoon
        : overdue
          ? OutboxEvent.FeedbackOverdue
          : OutboxEvent.FeedbackDueSoon;
    return [
      {
        event,
        caseId: facts.caseId,
        dueAt: entry.dueAt,
        key: `${event}/${facts.caseId}/${entry.dueAt.toISOString()}`,
      },
    ];
  });
}
