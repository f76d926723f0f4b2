import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@candor/platform';
import {
  NotificationDeliveriesRepository,
  NotificationFactsRepository,
  NotificationTriggersRepository,
  TransactionalConnection,
} from '@candor/persistence';
import type { CaseStatus } from '../cases/case-status.js';
import { TERMINAL_STATUSES } from '../cases/case-status.js';
import {
  ACKNOWLEDGEMENT_PERIOD_DAYS,
  ACKNOWLEDGEMENT_REMINDER_DAYS_BEFORE,
  FEEDBACK_PERIOD_MONTHS,
  FEEDBACK_REMINDER_DAYS_BEFORE,
} from '../cases/deadlines.js';
import { dailySlot, dueReminders, slotDay } from './notification-schedule.js';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from './notification-settings.js';
import { OutboxEvent, type OutboxPayload, OutboxService } from './outbox.js';
import { UnannouncedEventsService } from './unannounced-events.service.js';

const UNIQUE_VIOLATION = '23505';

export interface ScanResult {
  readonly reminders: number;
  readonly auditHead: number;
  readonly digests: number;
  /** Kept events (nobody could receive them) raised again because someone now can. */
  readonly announced: number;
}

/**
 * Raises the notifications that nobody's request raises: deadline reminders and overdue alerts,
 * the daily audit head for the Audit Committee chair, and daily digests. Everything is computed
 * from the database and each notification is raised once (a notification_triggers row with the
 * outbox row, in one transaction), so the scan may run on every worker, as often as it likes, and
 * losing Redis (with its repeatable job) loses nothing: the next scan finds the same work.
 */
@Injectable()
export class NotificationScanService {
  private readonly logger = new Logger(NotificationScanService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly facts: NotificationFactsRepository,
    private readonly deliveries: NotificationDeliveriesRepository,
    private readonly triggers: NotificationTriggersRepository,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    private readonly unannounced: UnannouncedEventsService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async scan(now: Date = this.clock.now()): Promise<ScanResult> {
    const result = {
      reminders: await this.raiseReminders(now),
      auditHead: await this.raiseAuditHead(now),
      digests: await this.raiseDigests(now),
      // Staff changes announce what they allow at once; this catches anything else (a change
      // made outside the services, a fan-out that raced one).
      announced: await this.unannounced.announce(),
    };
    if (result.reminders + result.auditHead + result.digests + result.announced > 0) {
      this.logger.log(
        `scan raised ${result.reminders} reminders, ${result.auditHead} audit head, ${result.digests} digests, ${result.announced} kept events`,
      );
    }
    return result;
  }

  private async raiseReminders(now: Date): Promise<number> {
    // A coarse SQL window keeps the scan to the cases near a deadline; dueReminders (the rules of
    // cases/deadlines.ts) then decides exactly.
    const candidates = await this.facts.reminderCandidates(this.connection.autocommit, {
      now,
      terminalStatuses: TERMINAL_STATUSES,
      acknowledgementDays: ACKNOWLEDGEMENT_PERIOD_DAYS - ACKNOWLEDGEMENT_REMINDER_DAYS_BEFORE,
      feedbackMonths: FEEDBACK_PERIOD_MONTHS,
      feedbackDaysBefore: FEEDBACK_REMINDER_DAYS_BEFORE + 1,
    });
    let raised = 0;
    for (const c of candidates) {
      const due = dueReminders(
        {
          caseId: c.id,
          status: c.status as CaseStatus,
          receivedAt: c.received_at,
          acknowledgedAt: c.acknowledged_at,
          feedbackGivenAt: c.feedback_given_at,
        },
        now,
      );
      for (const reminder of due) {
        const payload = { dueAt: reminder.dueAt.toISOString() };
        if (await this.raiseOnce(reminder.key, reminder.event, reminder.caseId, payload)) {
          raised += 1;
        }
      }
    }
    return raised;
  }

  private async raiseAuditHead(now: Date): Promise<number> {
    const day = slotDay(dailySlot(now, this.settings.digestHourUtc));
    const head = await this.facts.auditHead(this.connection.autocommit);
    if (!head) return 0;
    const raised = await this.raiseOnce(
      `${OutboxEvent.AuditHeadDaily}/${day}`,
      OutboxEvent.AuditHeadDaily,
      null,
      {
        seq: head.seq,
        hash: head.hash,
        day,
      },
    );
    return raised ? 1 : 0;
  }

  /**
   * One digest per person per slot, for what was pending before the slot: items that arrive later
   * wait for the next day's digest, so the digest's time never depends on when events happened.
   */
  private async raiseDigests(now: Date): Promise<number> {
    const slot = dailySlot(now, this.settings.digestHourUtc);
    const day = slotDay(slot);
    const owners = await this.deliveries.listDigestRecipients(this.connection.autocommit, slot);
    let raised = 0;
    for (const recipient of owners) {
      const key = `${OutboxEvent.DailyDigest}/${day}/${recipient}`;
      const payload = { staffId: recipient, slot: slot.toISOString() };
      if (await this.raiseOnce(key, OutboxEvent.DailyDigest, null, payload)) raised += 1;
    }
    return raised;
  }

  /** Writes the trigger and its outbox event together; false when the key was raised before. */
  private async raiseOnce(
    key: string,
    event: OutboxEvent,
    caseId: string | null,
    payload: OutboxPayload,
  ): Promise<boolean> {
    try {
      return await this.connection.transaction(async (tx) => {
        if (await this.triggers.exists(tx, key)) return false;
        const outboxId = randomUUID();
        await this.outbox.recordWithId(tx, outboxId, event, caseId, payload);
        await this.triggers.insert(tx, key, outboxId);
        return true;
      });
    } catch (error) {
      // Another worker's scan raised the same key at the same moment: the primary key let one
      // transaction through and rolled this one back, outbox row included.
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }
}
