import type { AuditLogRow } from '@candor/persistence';
import type { AuditEntry } from './audit-entry.js';

/** An audit_log row as the audit log's repository reads it (AUDIT_LOG_COLUMNS), as an entry. */
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
