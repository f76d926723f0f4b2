import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

/** An event to write to the outbox; its payload carries ids, codes, counts and flags only. */
export interface NewOutboxEvent {
  readonly id: string;
  readonly event: string;
  readonly caseId: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** An `outbox` row as the worker reads it back. */
export interface OutboxRow {
  readonly id: string;
  readonly event: string;
  readonly case_id: string | null;
  readonly payload: Record<string, unknown>;
  readonly created_at: Date;
}

/**
 * The `outbox` table (transactional outbox): notification events, written in the transaction of
 * the change that raises them, and moved onto the queues by the worker's relay.
 */
@Injectable()
export class OutboxRepository {
  async insert(tx: SqlRunner, event: NewOutboxEvent): Promise<void> {
    await tx.query(
      `INSERT INTO outbox (id, event, case_id, payload, created_at) VALUES ($1, $2, $3, $4, now())`,
      [event.id, event.event, event.caseId, JSON.stringify(event.payload)],
    );
  }

  /** The event by id; undefined when there is none. */
  async findById(tx: SqlRunner, id: string): Promise<OutboxRow | undefined> {
    const rows = (await tx.query(
      `SELECT id, event, case_id, payload, created_at FROM outbox WHERE id = $1`,
      [id],
    )) as OutboxRow[];
    return rows[0];
  }

  /**
   * Up to `limit` events not yet relayed, oldest first, locked until the transaction ends; rows
   * another relay has locked are skipped, so two workers never relay one event twice.
   */
  async claimUnrelayed(tx: SqlRunner, limit: number): Promise<OutboxRow[]> {
    return (await tx.query(
      `SELECT id, event, case_id, payload, created_at FROM outbox WHERE relayed_at IS NULL
          ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as OutboxRow[];
  }

  /** The events are fanned out or on the queues: the relay will not pick them up again. */
  async markRelayed(tx: SqlRunner, ids: readonly string[]): Promise<void> {
    await tx.query(`UPDATE outbox SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
