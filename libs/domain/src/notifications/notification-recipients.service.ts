import { Injectable } from '@nestjs/common';
import {
  NotificationFactsRepository,
  OutboxRepository,
  ReporterIdentityRepository,
  StaffRepository,
  TransactionalConnection,
  type UnitOfWork,
} from '@candor/persistence';
import { isStaffRole } from '../access/access-policy.js';
import { CaseAccessService } from '../access/case-access.service.js';
import type { Route } from '../routing/routing.types.js';
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
    private readonly facts: NotificationFactsRepository,
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
    const facts = event.caseId ? await this.factsOf(tx, event.caseId) : null;
    if (event.caseId && !facts) return []; // the case is gone (purged): nobody to tell
    const staff = await this.staff.listNotificationCandidates(tx);
    const candidates: StaffCandidate[] = staff.flatMap((s) =>
      isStaffRole(s.role)
        ? [{ id: s.id, role: s.role, isChair: s.is_chair, disabled: s.disabled }]
        : [],
    );
    return staffRecipients({
      event: event.event,
      payload: event.payload,
      facts,
      staff: candidates,
    });
  }

  private async factsOf(tx: UnitOfWork, caseId: string) {
    const record = await this.facts.caseRoute(tx, caseId);
    return record
      ? this.access.factsOf(tx, {
          id: record.id,
          routed_to: record.routed_to as Route,
          handled_by: record.handled_by as Route,
        })
      : null;
  }

  private async reporterOptedIn(tx: UnitOfWork, caseId: string | null): Promise<boolean> {
    if (!caseId) return false;
    return this.reporters.wantsNews(tx, caseId);
  }
}
