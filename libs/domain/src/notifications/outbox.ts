import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OutboxRepository, type UnitOfWork } from '@candor/persistence';

/** Every event that notifies someone. Payloads carry ids only, never content or identities. */
export enum OutboxEvent {
  CaseCreated = 'case.created',
  CaseRerouted = 'case.rerouted',
  ReporterMessage = 'case.reporter_message',
  ReporterNews = 'case.reporter_news',
  IdentityRevealed = 'case.identity_revealed',
  LegalHoldPlaced = 'case.legal_hold_placed',
  LegalHoldReleased = 'case.legal_hold_released',
  /** Payload: `reviewerIds` (staff ids), optional; without it the handling body's Legal contact. */
  RetaliationReviewRequired = 'retaliation.review_required',
  // Raised by the worker's scheduled scan (notification-scan.service.ts), never by a request.
  AcknowledgementDueSoon = 'case.acknowledgement_due_soon',
  AcknowledgementOverdue = 'case.acknowledgement_overdue',
  FeedbackDueSoon = 'case.feedback_due_soon',
  FeedbackOverdue = 'case.feedback_overdue',
  /** Payload: `seq` and `hash` of the audit head when the scan raised it. */
  AuditHeadDaily = 'audit.head_daily',
  /** Payload: `staffId` and `slot` (the digest hour it belongs to). */
  DailyDigest = 'notifications.daily_digest',
  /** Payload: `staffId`, whose sign-in was paused after wrong one-time codes, for `minutes`. */
  SignInPaused = 'staff.sign_in_paused',
  /**
   * Payload: `staffId` and `enrolmentId`. The link's token is not in it: the worker opens the
   * copy sealed on the enrolment row when it renders the email.
   */
  StaffEnrolment = 'staff.enrolment',
  /**
   * Raised by the worker when an event finds nobody who may receive it (unannounced-events
   * service). Payload: `body` (the route whose people are missing, or null) and `about` ('case' or
   * 'notification'); never a case id, a reference or anything else about the case.
   */
  NobodyToTell = 'notifications.nobody_to_tell',
}

export const OUTBOX_EVENTS: readonly OutboxEvent[] = Object.values(OutboxEvent);

export function isOutboxEvent(value: unknown): value is OutboxEvent {
  return typeof value === 'string' && (OUTBOX_EVENTS as readonly string[]).includes(value);
}

/** Ids, codes, counts and flags only: the payload is copied into queues that are not encrypted. */
export type OutboxPayload = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * Notification events, written in the caller's transaction (transactional outbox): an event
 * commits with the change that raises it or not at all, and the worker's relay delivers it
 * whenever Redis is reachable.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  /** Records an event under a new id, and answers the id. */
  async record(
    tx: UnitOfWork,
    event: OutboxEvent,
    caseId: string | null,
    payload: OutboxPayload = {},
  ): Promise<string> {
    const id = randomUUID();
    await this.recordWithId(tx, id, event, caseId, payload);
    return id;
  }

  /** The same with an id chosen by the caller (the scan records the id in its trigger row first). */
  async recordWithId(
    tx: UnitOfWork,
    id: string,
    event: OutboxEvent,
    caseId: string | null,
    payload: OutboxPayload,
  ): Promise<void> {
    await this.outbox.insert(tx, { id, event, caseId, payload });
  }
}
