import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../database/returning.js';

export type AuditLogActorType = 'staff' | 'reporter' | 'system';

export type AuditLogJson =
  null | boolean | number | string | AuditLogJson[] | { [key: string]: AuditLogJson };

/**
 * The columns of an audit_log row as read for verification or display: seq and actor id as text
 * (bigint and uuid), in the order the chain encodes them.
 */
export const AUDIT_LOG_COLUMNS = `seq::text AS seq, occurred_at, actor_type, actor_id::text AS actor_id, action,
  case_reference, detail, prev_hash, hash`;

/** An audit_log row as AUDIT_LOG_COLUMNS reads it. */
export interface AuditLogRow {
  seq: string;
  occurred_at: Date;
  actor_type: AuditLogActorType;
  actor_id: string | null;
  action: string;
  case_reference: string | null;
  detail: { [key: string]: AuditLogJson };
  prev_hash: string;
  hash: string;
}

/**
 * An entry as it is staged, every field already in its canonical text (canonicalStagedTexts in
 * libs/domain): the database checks that the detail is canonical JSON and stamps the time.
 */
export interface StagedAuditEntry {
  readonly actorType: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly caseReference: string | null;
  readonly detail: string;
}

/**
 * The one statement that writes to the audit log. No occurred_at: the database stamps the entry
 * with its own clock as it stages it, and at COMMIT a deferred trigger seals it onto the chain
 * (migrations 1763712800000 and 1763713000000).
 */
export const STAGE_AUDIT_ENTRY = `INSERT INTO audit_staged (actor_type, actor_id, action, case_reference, detail)
       VALUES ($1, $2, $3, $4, $5)`;

/** The head of the chain with the time of its entry, as the Audit Committee chair is sent it. */
export interface AuditHeadEntryRow {
  readonly seq: string;
  readonly hash: string;
  readonly occurred_at: Date | null;
}

/**
 * The append-only audit log: entries staged for the seal at COMMIT, read back by case, and its
 * head. Verification reads the whole log on a connection of its own (audit-log-snapshot.ts).
 */
@Injectable()
export class AuditLogRepository {
  /** Stages an entry (STAGE_AUDIT_ENTRY), inside the transaction of the change it records. */
  async stage(tx: SqlRunner, entry: StagedAuditEntry): Promise<void> {
    await tx.query(STAGE_AUDIT_ENTRY, [
      entry.actorType,
      entry.actorId,
      entry.action,
      entry.caseReference,
      entry.detail,
    ]);
  }

  /** Up to `limit` entries of one case after seq `afterSeq` (a decimal string), oldest first. */
  async listForCase(
    tx: SqlRunner,
    caseReference: string,
    afterSeq: string,
    limit: number,
  ): Promise<AuditLogRow[]> {
    return (await tx.query(
      `SELECT ${AUDIT_LOG_COLUMNS}
           FROM audit_log
          WHERE case_reference = $1 AND seq > $2::bigint
          ORDER BY audit_log.seq
          LIMIT $3`,
      [caseReference, afterSeq, limit],
    )) as AuditLogRow[];
  }

  /** The head of the chain and when its entry was written; undefined when there is no head row. */
  async findHead(tx: SqlRunner): Promise<AuditHeadEntryRow | undefined> {
    const rows = (await tx.query(
      `SELECT h.seq::text AS seq, h.hash, l.occurred_at
         FROM audit_head h LEFT JOIN audit_log l ON l.seq = h.seq
        WHERE h.singleton`,
    )) as AuditHeadEntryRow[];
    return rows[0];
  }
}
