import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** Every event that notifies someone. Payloads carry ids only, never content or identities. */
export enum OutboxEvent {
  CaseCreated = 'case.created',
  CaseRerouted = 'case.rerouted',
  ReporterMessage = 'case.reporter_message',
  ReporterNews = 'case.reporter_news',
  IdentityRevealed = 'case.identity_revealed',
  LegalHoldPlaced = 'case.legal_hold_placed',
  LegalHoldReleased = 'case.legal_hold_released',
  RetaliationReviewRequired = 'retaliation.review_required',
}

/**
 * Writes a notification event in the caller's transaction (transactional outbox): it commits with
 * the change or not at all, and the worker's relay delivers it whenever Redis is reachable.
 */
export async function recordOutboxEvent(
  tx: EntityManager,
  event: OutboxEvent,
  caseId: string | null,
  payload: Record<string, string | number | boolean | null> = {},
): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO outbox (id, event, case_id, payload, created_at) VALUES ($1, $2, $3, $4, now())`,
    [id, event, caseId, JSON.stringify(payload)],
  );
  return id;
}
