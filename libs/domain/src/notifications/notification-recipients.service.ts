import { Injectable } from '@nestjs/common';
import {
  NotificationFactsRepository,
  OutboxRepository,
  type OutboxRow,
  ReporterIdentityRepository,
  type StaffNotificationCandidateRow,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { must } from '@candor/platform';
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

/** An outbox row as an event, or undefined when it names an event this build ignores. */
export function storedEvent(row: OutboxRow): StoredEvent | undefined {
  if (!isOutboxEvent(row.event)) return undefined;
  return {
    id: row.id,
    event: row.event,
    caseId: row.case_id,
    // Written by OutboxService from an OutboxPayload.
    payload: row.payload as OutboxPayload,
    createdAt: row.created_at,
  };
}

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
    private readonly reporters: ReporterIdentityRepository,
    private readonly facts: NotificationFactsRepository,
  ) {}

  /** The outbox row, or undefined when it does not exist or names an event this build ignores. */
  async loadEvent(
    eventId: string,
    tx: UnitOfWork = this.connection.autocommit,
  ): Promise<StoredEvent | undefined> {
    const row = await this.outbox.findById(tx, eventId);
    return row && storedEvent(row);
  }

  /** Staff ids, and `reporter` for an opted-in named reporter. */
  async recipientsOf(
    event: StoredEvent,
    tx: UnitOfWork = this.connection.autocommit,
  ): Promise<string[]> {
    return must((await this.recipientsOfEach([event], tx))[0], 'the recipients of the one event');
  }

  /**
   * The recipients of each event, in the order given: the staff of all of them from one read
   * (factsOfEach), the opted-in reporter event by event.
   */
  async recipientsOfEach(events: readonly StoredEvent[], tx: UnitOfWork): Promise<string[][]> {
    const forStaff = events.filter((e) => EVENT_RULES[e.event].audience !== 'reporter');
    const read = await this.factsOfEach(forStaff, tx);
    const facts = new Map(forStaff.map((event, i) => [event, read[i]]));
    const recipients: string[][] = [];
    for (const event of events) {
      const staffFacts = facts.get(event);
      if (staffFacts) recipients.push(this.staffRecipientsOf(event, staffFacts));
      else
        recipients.push((await this.reporterOptedIn(tx, event.caseId)) ? [REPORTER_RECIPIENT] : []);
    }
    return recipients;
  }

  /**
   * What the rules need to resolve each event for staff, in the order given, read in one round
   * trip whatever their number: the cases they are about and the staff as they are now. A caller
   * that also needs a case's route (UnannouncedEventsService) reads them once and passes them to
   * staffRecipientsOf.
   */
  async factsOfEach(events: readonly StoredEvent[], tx: UnitOfWork): Promise<EventFacts[]> {
    if (events.length === 0) return [];
    const caseIds = [...new Set(events.flatMap((e) => (e.caseId ? [e.caseId] : [])))];
    const read = await this.facts.eventFacts(tx, caseIds, RECUSING_PARTY_ROLES);
    const cases = new Map(read.cases.map((row) => [row.id, row]));
    return events.map((event): EventFacts => {
      if (!event.caseId) return { case: undefined, staff: read.staff };
      const row = cases.get(event.caseId);
      if (!row) return { case: null, staff: [] };
      return { case: { facts: accessFacts(row, row), purged: row.purged }, staff: read.staff };
    });
  }

  /** The staff who must be told of an event, given its facts (factsOfEach). */
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
