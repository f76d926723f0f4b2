import { Injectable } from '@nestjs/common';
import {
  OutboxRepository,
  ReporterIdentityRepository,
  StaffRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { type CaseAccessFacts, isStaffRole } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import { EVENT_RULES, type StaffCandidate, staffRecipients } from './notification-rules.js';
import { isOutboxEvent, OutboxEvent, type OutboxPayload } from './outbox.js';

/** An outbox row as the worker reads it back. */
export interface StoredEvent {
  readonly id: string;
  readonly event: OutboxEvent;
  readonly caseId: string | null;
  readonly payload: OutboxPayload;
  readonly createdAt: Date;
}

/** What the notification rules need of the case an event is about (CaseAccessService.factsOfCase). */
export interface EventCase {
  readonly facts: CaseAccessFacts;
  /** Purged after its retention period: only its tombstone remains. */
  readonly purged: boolean;
}

/** The recipient id of the named reporter (staff recipients are staff ids). */
export const REPORTER_RECIPIENT = 'reporter';

/**
 * Resolves who must be told about an event, from the database as it is now: recipients are
 * resolved when the event is processed and checked again just before each email is sent, so a
 * recusal or a re-route made in between is honoured.
 */
@Injectable()
export class NotificationRecipientsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly outbox: OutboxRepository,
    private readonly staff: StaffRepository,
    private readonly reporters: ReporterIdentityRepository,
    private readonly access: CaseAccessService,
  ) {}

  /** The outbox row, or undefined when it does not exist or names an event this build ignores. */
  async loadEvent(eventId: string, tx: UnitOfWork = this.connection.autocommit) {
    const row = await this.outbox.findById(tx, eventId);
    if (!row || !isOutboxEvent(row.event)) return undefined;
    const event: StoredEvent = {
      id: row.id,
      event: row.event,
      caseId: row.case_id,
      // Written by OutboxService from an OutboxPayload.
      payload: row.payload as OutboxPayload,
      createdAt: row.created_at,
    };
    return event;
  }

  /** Staff ids, and `reporter` for an opted-in named reporter. */
  async recipientsOf(
    event: StoredEvent,
    tx: UnitOfWork = this.connection.autocommit,
  ): Promise<string[]> {
    if (EVENT_RULES[event.event].audience === 'reporter') {
      return (await this.reporterOptedIn(tx, event.caseId)) ? [REPORTER_RECIPIENT] : [];
    }
    return this.staffRecipientsOf(event, await this.caseOf(event, tx), tx);
  }

  /**
   * The case an event is about as the rules see it: undefined for an event about no case, null
   * when its case no longer exists. One read, which a caller that also needs the case's route
   * (UnannouncedEventsService) passes on to staffRecipientsOf.
   */
  async caseOf(event: StoredEvent, tx: UnitOfWork): Promise<EventCase | null | undefined> {
    if (!event.caseId) return undefined;
    return (await this.access.factsOfCase(tx, event.caseId)) ?? null;
  }

  /** The staff who must be told of an event about `subject` (caseOf), from the staff as they are now. */
  async staffRecipientsOf(
    event: StoredEvent,
    subject: EventCase | null | undefined,
    tx: UnitOfWork,
  ): Promise<string[]> {
    if (subject === null) return []; // the case is gone: nobody to tell
    const staff = await this.staff.listNotificationCandidates(tx);
    const candidates: StaffCandidate[] = staff.flatMap((s) =>
      isStaffRole(s.role)
        ? [{ id: s.id, role: s.role, isChair: s.is_chair, disabled: s.disabled }]
        : [],
    );
    return staffRecipients({
      event: event.event,
      payload: event.payload,
      facts: subject?.facts ?? null,
      staff: candidates,
    });
  }

  private async reporterOptedIn(tx: UnitOfWork, caseId: string | null): Promise<boolean> {
    if (!caseId) return false;
    return this.reporters.wantsNews(tx, caseId);
  }
}
