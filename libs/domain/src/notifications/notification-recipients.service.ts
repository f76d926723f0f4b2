import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isStaffRole } from '../access/access-policy.js';
import { CaseAccess } from '../access/case-access.service.js';
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
export class NotificationRecipients {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
  ) {}

  /** The outbox row, or undefined when it does not exist or names an event this build ignores. */
  async loadEvent(eventId: string, tx: EntityManager = this.dataSource.manager) {
    const [row] = await tx.query<
      Array<{
        id: string;
        event: string;
        case_id: string | null;
        payload: OutboxPayload;
        created_at: Date;
      }>
    >(`SELECT id, event, case_id, payload, created_at FROM outbox WHERE id = $1`, [eventId]);
    if (!row || !isOutboxEvent(row.event)) return undefined;
    const event: StoredEvent = {
      id: row.id,
      event: row.event,
      caseId: row.case_id,
      payload: row.payload,
      createdAt: row.created_at,
    };
    return event;
  }

  /** Staff ids, and `reporter` for an opted-in named reporter. */
  async recipientsOf(
    event: StoredEvent,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    if (EVENT_RULES[event.event].audience === 'reporter') {
      return (await this.reporterOptedIn(tx, event.caseId)) ? [REPORTER_RECIPIENT] : [];
    }
    const facts = event.caseId ? await this.factsOf(tx, event.caseId) : null;
    if (event.caseId && !facts) return []; // the case is gone (purged): nobody to tell
    const staff = await tx.query<
      Array<{ id: string; role: string; is_chair: boolean; disabled: boolean }>
    >(
      `SELECT id, role, is_chair, disabled_at IS NOT NULL AS disabled FROM staff ORDER BY created_at, id`,
    );
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

  private async factsOf(tx: EntityManager, caseId: string) {
    const [record] = await tx.query<Array<{ id: string; routed_to: Route; handled_by: Route }>>(
      `SELECT id, routed_to, handled_by FROM cases WHERE id = $1`,
      [caseId],
    );
    return record ? this.access.factsOf(tx, record) : null;
  }

  private async reporterOptedIn(tx: EntityManager, caseId: string | null): Promise<boolean> {
    if (!caseId) return false;
    const rows = await tx.query<unknown[]>(
      `SELECT 1 FROM case_reporters WHERE case_id = $1 AND email_enc IS NOT NULL AND news_opt_in`,
      [caseId],
    );
    return rows.length > 0;
  }
}
