import { type CaseStatus, isTerminal } from './case-status.js';

// Deadlines are instants computed in UTC. Timestamps are stored in UTC and a deadline must not move
// with the server's time zone or a daylight-saving change, so only getUTC* / Date.UTC are used here.

const DAY_MS = 24 * 60 * 60 * 1000;

/** EU Directive 2019/1937 art. 9(1)(b): acknowledgement within seven days of receipt. */
export const ACKNOWLEDGEMENT_PERIOD_DAYS = 7;
/** EU Directive 2019/1937 art. 9(1)(f): feedback within three months of the acknowledgement. */
export const FEEDBACK_PERIOD_MONTHS = 3;
/** Reminders go out this long before a deadline (product.md §4: "before a deadline"). */
export const ACKNOWLEDGEMENT_REMINDER_DAYS_BEFORE = 2;
export const FEEDBACK_REMINDER_DAYS_BEFORE = 14;

export const DEADLINE_ITEMS = ['acknowledgement', 'feedback'] as const;
export type DeadlineItem = (typeof DEADLINE_ITEMS)[number];

export interface CaseDeadlineFacts {
  readonly receivedAt: Date;
  readonly acknowledgedAt?: Date | null;
  /**
   * The first message from a handler to the reporter after the acknowledgement. The acknowledgement
   * message itself is not feedback; a value not later than acknowledgedAt is therefore ignored, so a
   * caller passing the acknowledgement message by mistake does not silence the feedback deadline.
   */
  readonly feedbackGivenAt?: Date | null;
  readonly status: CaseStatus;
}

export interface CaseDeadlines {
  readonly acknowledgeBy: Date;
  /** Known once the case is acknowledged; shown even after feedback was given. */
  readonly feedbackDueAt?: Date;
  /** The earliest deadline still pending; absent when nothing is due. */
  readonly nextDueAt?: Date;
  readonly overdue: boolean;
  readonly overdueItems: DeadlineItem[];
}

export interface ReminderScheduleEntry {
  readonly item: DeadlineItem;
  /** When to send the "due soon" reminder. */
  readonly remindAt: Date;
  /** The deadline itself; the overdue alert goes out once it has passed. */
  readonly dueAt: Date;
}

function assertValidDate(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

/** Adds whole days of 24 hours; UTC has no daylight-saving days of 23 or 25 hours. */
export function addUtcDays(date: Date, days: number): Date {
  assertValidDate(date, 'date');
  return new Date(date.getTime() + days * DAY_MS);
}

function daysInUtcMonth(year: number, monthIndex: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC normalises month overflow.
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Adds calendar months, keeping the UTC time of day and clamping the day to the end of the target
 * month (Jan 31 + 1 month = Feb 28 or 29), as people count "three months" and as the Directive's
 * deadline is read; plain Date arithmetic would overflow into the following month instead.
 */
export function addUtcMonthsClamped(date: Date, months: number): Date {
  assertValidDate(date, 'date');
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInUtcMonth(year, targetMonth));
  return new Date(
    Date.UTC(
      year,
      targetMonth,
      day,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

export function acknowledgeBy(receivedAt: Date): Date {
  assertValidDate(receivedAt, 'receivedAt');
  return addUtcDays(receivedAt, ACKNOWLEDGEMENT_PERIOD_DAYS);
}

export function feedbackDueAt(acknowledgedAt: Date): Date {
  assertValidDate(acknowledgedAt, 'acknowledgedAt');
  return addUtcMonthsClamped(acknowledgedAt, FEEDBACK_PERIOD_MONTHS);
}

export function acknowledgementReminderAt(receivedAt: Date): Date {
  return addUtcDays(acknowledgeBy(receivedAt), -ACKNOWLEDGEMENT_REMINDER_DAYS_BEFORE);
}

export function feedbackReminderAt(acknowledgedAt: Date): Date {
  return addUtcDays(feedbackDueAt(acknowledgedAt), -FEEDBACK_REMINDER_DAYS_BEFORE);
}

/** The deadlines still pending for a case, earliest first; none for a closed or dismissed case. */
function pendingDeadlines(facts: CaseDeadlineFacts): ReminderScheduleEntry[] {
  assertValidDate(facts.receivedAt, 'receivedAt');
  if (isTerminal(facts.status)) {
    return [];
  }
  const { acknowledgedAt, feedbackGivenAt } = facts;
  if (!acknowledgedAt) {
    return [
      {
        item: 'acknowledgement',
        remindAt: acknowledgementReminderAt(facts.receivedAt),
        dueAt: acknowledgeBy(facts.receivedAt),
      },
    ];
  }
  assertValidDate(acknowledgedAt, 'acknowledgedAt');
  if (feedbackGivenAt && feedbackGivenAt.getTime() > acknowledgedAt.getTime()) {
    return [];
  }
  return [
    {
      item: 'feedback',
      remindAt: feedbackReminderAt(acknowledgedAt),
      dueAt: feedbackDueAt(acknowledgedAt),
    },
  ];
}

/**
 * The due dates of a case and whether it is overdue at `now` (passed in, so the rule is pure and
 * the same instant is used for a whole list). A deadline is met by anything up to and including its
 * instant; it is overdue strictly after.
 */
export function caseDeadlines(facts: CaseDeadlineFacts, now: Date): CaseDeadlines {
  assertValidDate(now, 'now');
  const pending = pendingDeadlines(facts);
  const overdueItems = pending
    .filter((entry) => now.getTime() > entry.dueAt.getTime())
    .map((entry) => entry.item);
  return {
    acknowledgeBy: acknowledgeBy(facts.receivedAt),
    ...(facts.acknowledgedAt ? { feedbackDueAt: feedbackDueAt(facts.acknowledgedAt) } : {}),
    ...(pending[0] ? { nextDueAt: pending[0].dueAt } : {}),
    overdue: overdueItems.length > 0,
    overdueItems,
  };
}

/**
 * The reminders to schedule for a case: one "due soon" reminder per pending deadline, and the
 * deadline itself for the overdue alert. Recompute after every status change, acknowledgement or
 * handler message; an empty list means cancel whatever was scheduled.
 */
export function reminderSchedule(facts: CaseDeadlineFacts): ReminderScheduleEntry[] {
  return pendingDeadlines(facts);
}
