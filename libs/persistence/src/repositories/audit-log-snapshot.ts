import type { DedicatedConnection } from '../database/dedicated-connection.js';

// The audit log as `audit:verify` reads it, on a connection of its own. Neither Nest nor TypeORM
// is loaded here (types only): the command line verifies on a plain connection and should not pay
// for loading them. The rest of the audit log's SQL is in audit-log.repository.ts.

/**
 * The whole log in PostgreSQL's binary COPY format, in seq order: the columns in the order the
 * chain encodes them, which is the order AuditCopyParser (libs/domain) reads them in.
 */
export const AUDIT_LOG_COPY = `COPY (
  SELECT seq, occurred_at, actor_type, actor_id, action, case_reference, detail, prev_hash, hash
    FROM audit_log ORDER BY audit_log.seq
) TO STDOUT (FORMAT binary)`;

/** Opens the snapshot the log is read in: see inAuditLogSnapshot. */
export const BEGIN_AUDIT_LOG_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/** Where `audit_head` says the chain ends: the seq of the last entry and its hash. */
export const SELECT_AUDIT_HEAD = `SELECT seq::text AS seq, hash FROM audit_head WHERE singleton`;

export interface AuditHeadRow {
  readonly seq: string;
  readonly hash: string;
}

/**
 * Runs `work` in a read-only REPEATABLE READ transaction on `connection`, so that appends made
 * meanwhile neither appear half-way through the log nor move its head, then rolls it back. If
 * `work` throws, the transaction is left as it is (perhaps half-way through a COPY): the caller
 * discards the connection rather than sending it anything more.
 */
export async function inAuditLogSnapshot<T>(
  connection: DedicatedConnection,
  work: () => Promise<T>,
): Promise<T> {
  await connection.query(BEGIN_AUDIT_LOG_SNAPSHOT);
  const result = await work();
  await connection.query('ROLLBACK');
  return result;
}

/** The log through AUDIT_LOG_COPY, chunk by chunk as PostgreSQL sends it. */
export function copyAuditLog(connection: DedicatedConnection): AsyncIterable<Buffer> {
  return connection.copyOut(AUDIT_LOG_COPY);
}

/** The recorded head (SELECT_AUDIT_HEAD); undefined when `audit_head` has no row. */
export async function readAuditHead(
  connection: DedicatedConnection,
): Promise<AuditHeadRow | undefined> {
  const rows = await connection.query<AuditHeadRow>(SELECT_AUDIT_HEAD);
  return rows[0];
}
