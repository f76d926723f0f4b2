import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

export type NotificationDeliveryStatus = 'sent' | 'digest_pending' | 'skipped';

/** What became of one (event, recipient), as it is recorded. */
export interface NotificationDeliveryRecord {
  readonly eventId: string;
  readonly recipient: string;
  readonly event: string;
  readonly caseId: string | null;
  readonly status: NotificationDeliveryStatus;
  /** The Message-ID of a sent email; null otherwise. */
  readonly messageId: string | null;
}

/**
 * The `notification_deliveries` table: one row per (event, recipient) once it is handled (sent,
 * skipped, or waiting for a digest), so that nothing is sent twice and digests know what to list.
 */
@Injectable()
export class NotificationDeliveriesRepository {
  /** Whether the (event, recipient) was handled already. */
  async exists(tx: SqlRunner, eventId: string, recipient: string): Promise<boolean> {
    const rows = (await tx.query(
      `SELECT 1 FROM notification_deliveries WHERE event_id = $1 AND recipient = $2`,
      [eventId, recipient],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Records what became of the (event, recipient), over any earlier record of it. */
  async record(tx: SqlRunner, delivery: NotificationDeliveryRecord): Promise<void> {
    await tx.query(
      `INSERT INTO notification_deliveries (event_id, recipient, event, case_id, status, message_id, created_at, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), CASE WHEN $5 = 'sent' THEN now() END)
       ON CONFLICT (event_id, recipient) DO UPDATE
         SET status = EXCLUDED.status, message_id = EXCLUDED.message_id, sent_at = EXCLUDED.sent_at`,
      [
        delivery.eventId,
        delivery.recipient,
        delivery.event,
        delivery.caseId,
        delivery.status,
        delivery.messageId,
      ],
    );
  }

  /**
   * Records the (event, recipient) as sent with this Message-ID, keeping the first time it was
   * sent, with the event's name and case read from the outbox row. False when that row is gone.
   */
  async recordSent(
    tx: SqlRunner,
    eventId: string,
    recipient: string,
    messageId: string,
  ): Promise<boolean> {
    const rows = (await tx.query(
      `INSERT INTO notification_deliveries (event_id, recipient, event, case_id, status, message_id, created_at, sent_at)
       SELECT id, $2, event, case_id, 'sent', $3, now(), now() FROM outbox WHERE id = $1
       ON CONFLICT (event_id, recipient) DO UPDATE
         SET status = 'sent', message_id = EXCLUDED.message_id, sent_at = coalesce(notification_deliveries.sent_at, EXCLUDED.sent_at)
       RETURNING 1`,
      [eventId, recipient, messageId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The recipients with items waiting for a digest that arrived before `before`. */
  async listDigestRecipients(tx: SqlRunner, before: Date): Promise<string[]> {
    const rows = (await tx.query(
      `SELECT DISTINCT recipient FROM notification_deliveries
        WHERE status = 'digest_pending' AND created_at < $1`,
      [before],
    )) as Array<{ recipient: string }>;
    return rows.map((row) => row.recipient);
  }

  /** Claims for the digest event the recipient's waiting items that arrived before `before`. */
  async claimForDigest(
    tx: SqlRunner,
    digestEventId: string,
    recipient: string,
    before: string | Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE notification_deliveries SET status = 'digested', digest_event_id = $1
        WHERE recipient = $2 AND status = 'digest_pending' AND created_at < $3`,
      [digestEventId, recipient, before],
    );
  }

  /** The events a digest claimed for the recipient, oldest first. */
  async listDigested(tx: SqlRunner, digestEventId: string, recipient: string): Promise<string[]> {
    const rows = (await tx.query(
      `SELECT event_id FROM notification_deliveries
        WHERE digest_event_id = $1 AND recipient = $2 ORDER BY created_at`,
      [digestEventId, recipient],
    )) as Array<{ event_id: string }>;
    return rows.map((row) => row.event_id);
  }
}
