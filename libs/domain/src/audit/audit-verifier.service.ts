import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '@candor/persistence';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/access-policy.js';
import { DomainError } from '../common/domain-error.js';
import { GENESIS_HASH } from './audit-entry.js';
import { type ChainBreakReason, ChainVerifier } from './hash-chain.js';
import { AUDIT_LOG_COLUMNS, auditEntryOf, AuditLogRow } from './audit-log-row.js';

/**
 * `head_mismatch`: the chain verifies on its own but does not end where `audit_head` (written in
 * the same transaction as every append) says it ends: entries were cut from the end, or added
 * after it by someone who bypassed the append service.
 */
export type AuditBreakReason = ChainBreakReason | 'head_mismatch';

/** The result of `GET /api/v1/audit/verify` and `audit:verify`. */
export interface AuditVerification {
  valid: boolean;
  entries: number;
  headHash: string;
  firstInvalidEntry?: { seq: string; reason: AuditBreakReason };
}

/** Who may run the whole-log verification: the bodies that oversee the log (product.md §5). */
export const AUDIT_VERIFIER_ROLES = ['audit_committee', 'general_counsel'] as const;

/** Rows fetched per round trip: memory stays bounded by this, whatever the length of the log. */
export const AUDIT_VERIFY_BATCH = 500;

/**
 * Walks the whole audit log through a server-side cursor, one batch at a time, into the
 * ChainVerifier, then compares the last entry with `audit_head`. It runs in one REPEATABLE READ
 * transaction, so appends made meanwhile neither appear half-way nor move the head under it.
 */
@Injectable()
export class AuditVerifier {
  constructor(private readonly dataSource: DataSource) {}

  /** The API's entry point: the oversight roles only; anyone else is told the route is not there. */
  async verifyFor(viewer: Viewer): Promise<AuditVerification> {
    if (!(AUDIT_VERIFIER_ROLES as readonly string[]).includes(viewer.role)) {
      throw new DomainError('not_found', 'not found');
    }
    return this.verify();
  }

  async verify(batchSize = AUDIT_VERIFY_BATCH): Promise<AuditVerification> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      try {
        await runner.query('SET TRANSACTION READ ONLY');
        return await verifyAuditLog(runner, batchSize);
      } finally {
        await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }
}

/**
 * The walk itself, on any connection already inside a transaction (a cursor lives only there).
 * Exported so that an auditor's tool can run it on its own connection.
 */
export async function verifyAuditLog(
  runner: SqlRunner,
  batchSize = AUDIT_VERIFY_BATCH,
): Promise<AuditVerification> {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize');
  // Ordered by the bigint column: the text alias `seq` would sort 10 before 2.
  await runner.query(
    `DECLARE candor_audit_verify NO SCROLL CURSOR FOR
       SELECT ${AUDIT_LOG_COLUMNS}
         FROM audit_log ORDER BY audit_log.seq`,
  );
  const verifier = new ChainVerifier();
  let lastSeq: bigint = 0n;
  const fetchBatch = () =>
    runner.query(`FETCH FORWARD ${batchSize} FROM candor_audit_verify`) as Promise<AuditLogRow[]>;
  let next = fetchBatch();
  for (;;) {
    const rows = await next;
    const more = rows.length === batchSize;
    // Ask for the next batch before hashing this one: PostgreSQL reads it while we hash.
    if (more) next = fetchBatch();
    for (const row of rows) verifier.push(auditEntryOf(row));
    const last = rows[rows.length - 1];
    if (last !== undefined) lastSeq = BigInt(last.seq);
    if (!more) break;
  }
  await runner.query('CLOSE candor_audit_verify');
  const [head] = (await runner.query(
    `SELECT seq::text AS seq, hash FROM audit_head WHERE singleton`,
  )) as Array<{ seq: string; hash: string }>;
  const chain = verifier.result();
  const result: AuditVerification = { ...chain };
  if (chain.valid) {
    const mismatch = headMismatch(lastSeq, chain.headHash, head);
    if (mismatch !== undefined) {
      result.valid = false;
      result.firstInvalidEntry = { seq: mismatch.toString(10), reason: 'head_mismatch' };
    }
  }
  return result;
}

/**
 * The first seq at which a valid chain and the recorded head disagree, or undefined when they
 * agree: the first missing entry when the chain is shorter, the first extra one when it is longer,
 * the head entry itself when only its hash differs.
 */
export function headMismatch(
  lastSeq: bigint,
  lastHash: string,
  head: { seq: string; hash: string } | undefined,
): bigint | undefined {
  const headSeq = head ? BigInt(head.seq) : 0n;
  const headHash = head?.hash ?? GENESIS_HASH;
  if (lastSeq < headSeq) return lastSeq + 1n;
  if (lastSeq > headSeq) return headSeq + 1n;
  return lastHash === headHash ? undefined : headSeq;
}
