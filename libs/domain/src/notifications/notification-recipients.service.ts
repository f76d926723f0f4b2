import { Injectable } from '@nestjs/common';
import {
  NotificationFactsRepository,
  OutboxRepository,
  ReporterIdentityRepository,
  StaffRepository,
  type StaffNotificationCandidateRow,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { type CaseAccessFacts, isStaffRole } from '../access/access-policy.js';
import { accessFacts, RECUSING_PARTY_ROLES } from '../access/case-access.service.js';
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

/** What the notification rules need of the case an event is about. */
export interface EventCase {
  readonly facts: CaseAccessFacts;
  /** Purged after its retention period: only its tombstone remains. */
  readonly purged: boolean;
}

/** What the notification rules need to resolve an event for staff. */
export interface EventFacts {
  /** Undefined for an event about no case; null when its case no longer exists. */
  readonly case: EventCase | null | undefined;
  readonly staff: readonly StaffNotificationCandidateRow[];
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
    private readonly facts: NotificationFactsRepository,
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
    return this.staffRecipientsOf(event, await this.factsOf(event, tx));
  }

  /**
   * What the rules need to resolve an event for staff, read in one round trip: the case it is
   * about and the staff as they are now. A caller that also needs the case's route
   * (UnannouncedEventsService) reads them once and passes them to staffRecipientsOf.
   */
  async factsOf(event: StoredEvent, tx: UnitOfWork): Promise<EventFacts> {
    if (!event.caseId) {
      return { case: undefined, staff: await this.staff.listNotificationCandidates(tx) };
    }
    const row = await this.facts.eventFacts(tx, event.caseId, RECUSING_PARTY_ROLES);
    if (!row) return { case: null, staff: [] };
    return { case: { facts: accessFacts(row, row), purged: row.purged }, staff: row.staff };
  }

  /** The staff who must be told of an event, given its facts (factsOf). */
  staffRecipientsOf(event: StoredEvent, facts: EventFacts): string[] {
    if (facts.case === null) return []; // the case is gone: nobody to tell
    const candidates: StaffCandidate[] = facts.staff.flatMap((s) =>
      isStaffRole(s.role)
        ? [{ id: s.id, role: s.role, isChair: s.is_chair, disabled: s.disabled }]
        : [],
    );
    return staffRecipients({
      event: event.event,
      payload: event.payload,
      facts: facts.case?.facts ?? null,
      staff: candidates,
    });
  }

  private async reporterOptedIn(tx: UnitOfWork, caseId: string | null): Promise<boolean> {
    if (!caseId) return false;
    return this.reporters.wantsNews(tx, caseId);
  }
}
