import type { DedicatedConnection } from '@candor/persistence/database/dedicated-connection.js';
import {
  copyAuditLog,
  inAuditLogSnapshot,
  readAuditHead,
} from '@candor/persistence/repositories/audit-log-snapshot.js';
import { GENESIS_HASH } from './audit-entry.js';
import { AuditCopyVerifier } from './audit-copy-verifier.js';
import type { ChainBreakReason } from './hash-chain.js';

// Neither Nest nor TypeORM is imported here (nor by the part of the audit log's repository used
// here): `audit:verify` runs this on a plain connection and should not pay for loading them.

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

/**
 * The whole verification on a connection of its own (an auditor's tool, the CLI): a read-only
 * REPEATABLE READ transaction around verifyAuditLog. If it throws, the connection may be stopped
 * half-way through the COPY: the caller discards it (closing it rolls the transaction back) rather
 * than sending it anything more.
 */
export async function verifyAuditLogOn(client: DedicatedConnection): Promise<AuditVerification> {
  return inAuditLogSnapshot(client, () => verifyAuditLog(client));
}

/**
 * The walk itself, inside a transaction the caller opened: the log streamed through COPY and
 * parsed as it arrives, so memory stays flat whatever its length; hashing runs while PostgreSQL
 * sends the next chunk.
 */
export async function verifyAuditLog(client: DedicatedConnection): Promise<AuditVerification> {
  const verifier = new AuditCopyVerifier();
  for await (const chunk of copyAuditLog(client)) verifier.push(chunk);
  verifier.end();
  const head = await readAuditHead(client);
  const chain = verifier.result();
  const result: AuditVerification = { ...chain };
  if (chain.valid) {
    const mismatch = headMismatch(verifier.lastSeq(), chain.headHash, head);
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
