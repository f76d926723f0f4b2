import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/**
 * The `notification_triggers` table: one row per notification the scheduled scan raised (a
 * reminder, the audit head, a digest), keyed so that it is raised once however often the scan runs.
 */
@Injectable()
export class NotificationTriggersRepository {
  /** Whether the key was raised before. */
  async exists(tx: SqlRunner, key: string): Promise<boolean> {
    const rows = (await tx.query(`SELECT 1 FROM notification_triggers WHERE key = $1`, [
      key,
    ])) as unknown[];
    return rows.length > 0;
  }

  /** Records the key with its outbox event; a key raised meanwhile fails on the primary key. */
  async insert(tx: SqlRunner, key: string, outboxId: string): Promise<void> {
    await tx.query(
      `INSERT INTO notification_triggers (key, outbox_id, created_at) VALUES ($1, $2, now())`,
      [key, outboxId],
    );
  }
}
