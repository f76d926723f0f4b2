import type { AuditActorType, AuditDetail, AuditEntry } from './audit-entry.js';

/**
 * The columns of an audit_log row as read for verification or display: seq and actor id as text
 * (bigint and uuid), in the order the chain encodes them.
 */
export const AUDIT_LOG_COLUMNS = `seq::text AS seq, occurred_at, actor_type, actor_id::text AS actor_id, action,
  case_reference, detail, prev_hash, hash`;

export interface AuditLogRow {
  seq: string;
  occurred_at: Date;
  actor_type: AuditActorType;
  actor_id: string | null;
  action: string;
  case_reference: string | null;
  detail: AuditDetail;
  prev_hash: string;
  hash: string;
}

export function auditEntryOf(row: AuditLogRow): AuditEntry {
  return {
    seq: row.seq,
    occurredAt: row.occurred_at,
    actorType: row.actor_type,
    actorId: row.actor_id,
    action: row.action,
    caseReference: row.case_reference,
    detail: row.detail,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
