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

  /**
   * Keeps the event, and says whether another event for the same body (null included) is still
   * kept; undefined when this one was kept already.
   */
  async keep(
    tx: SqlRunner,
    eventId: string,
    body: string | null,
  ): Promise<{ anotherWaiting: boolean } | undefined> {
    // RETURNING's subquery reads the rows as they were before this INSERT: the others.
    const rows = (await tx.query(
      `INSERT INTO notification_unannounced (event_id, body, created_at) VALUES ($1, $2, now())
         ON CONFLICT (event_id) DO NOTHING
         RETURNING EXISTS (SELECT 1 FROM notification_unannounced
                            WHERE resolved_at IS NULL AND body IS NOT DISTINCT FROM $2
                              AND event_id <> $1) AS "anotherWaiting"`,
      [eventId, body],
    )) as Array<{ anotherWaiting: boolean }>;
    return rows[0];
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
