import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/**
 * The `notification_unannounced` table: events that found nobody who may receive them, kept until
 * someone can (`body` is the route whose people are missing, or null).
 */
@Injectable()
export class UnannouncedEventsRepository {
  /**
   * Takes the transaction-scoped lock that serialises keeping an event and announcing kept ones
   * (any worker, any staff change): whoever comes second sees what the first committed.
   */
  async lock(tx: SqlRunner): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('candor.notification_unannounced'))`);
  }

  /** Keeps the event; false when it was kept already. */
  async keep(tx: SqlRunner, eventId: string, body: string | null): Promise<boolean> {
    const rows = (await tx.query(
      `INSERT INTO notification_unannounced (event_id, body, created_at) VALUES ($1, $2, now())
         ON CONFLICT (event_id) DO NOTHING RETURNING 1`,
      [eventId, body],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Whether another event for the same body (null included) is still kept. */
  async anotherWaiting(tx: SqlRunner, body: string | null, eventId: string): Promise<boolean> {
    const rows = (await tx.query(
      `SELECT 1 FROM notification_unannounced
          WHERE resolved_at IS NULL AND body IS NOT DISTINCT FROM $1 AND event_id <> $2 LIMIT 1`,
      [body, eventId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The kept events, oldest first, at most `limit`. */
  async listWaiting(tx: SqlRunner, limit: number): Promise<string[]> {
    const rows = (await tx.query(
      `SELECT event_id FROM notification_unannounced WHERE resolved_at IS NULL
        ORDER BY created_at LIMIT $1`,
      [limit],
    )) as Array<{ event_id: string }>;
    return rows.map((row) => row.event_id);
  }

  /** Ends the keeping: announced again (as the outbox event `announcedAs`), or gone. */
  async resolve(
    tx: SqlRunner,
    eventId: string,
    resolution: 'announced' | 'gone',
    announcedAs: string | null,
  ): Promise<void> {
    await tx.query(
      `UPDATE notification_unannounced SET resolved_at = now(), resolution = $2, announced_as = $3
        WHERE event_id = $1`,
      [eventId, resolution, announcedAs],
    );
  }
}
