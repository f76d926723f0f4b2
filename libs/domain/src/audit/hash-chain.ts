import { hash as oneShotHash } from 'node:crypto';
import {
  type AuditEntry,
  type AuditEntryFields,
  type AuditSeq,
  AuditEntryError,
  GENESIS_HASH,
  auditEntryProblems,
  isAuditHash,
  normalizeSeq,
} from './audit-entry.js';
import type { StoredAuditEntry } from './audit-log-copy.js';
import { canonicalBytes, isAscii } from './canonical-encoding.js';

/** Lowercase hex SHA-256 of the canonical encoding (see canonical-encoding.ts). */
export function hashEntry(prevHash: string, fields: AuditEntryFields): string {
  return sha256Hex(canonicalBytes(prevHash, fields));
}

/**
 * Hashes a binary string (one character per byte) with the one-shot hash, which costs about half
 * of createHash/update/digest per entry. An ASCII string is its own UTF-8, so it is passed as is.
 */
function sha256Hex(bytes: string): string {
  return oneShotHash('sha256', isAscii(bytes) ? bytes : Buffer.from(bytes, 'latin1'), 'hex');
}

/**
 * Seals new fields onto the chain after the entry whose hash is prevHash. The writer's rules are
 * checked here, once, so that no caller can append an entry that names a reporter.
 */
export function sealEntry(prevHash: string, fields: AuditEntryFields): AuditEntry {
  const problems = auditEntryProblems(fields);
  if (!isAuditHash(prevHash)) problems.push('prevHash must be 64 lowercase hex digits');
  if (problems.length > 0) throw new AuditEntryError(problems);
  return { ...fields, prevHash, hash: hashEntry(prevHash, fields) };
}

/**
 * - `sequence_gap`: the entry's seq is not the one after the previous entry's (an entry was
 *   deleted, inserted or moved, or the seq itself was changed);
 * - `prev_hash_mismatch`: the entry does not point at the previous entry's stored hash;
 * - `hash_mismatch`: the entry's own fields no longer produce its stored hash.
 */
export type ChainBreakReason = 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';

export interface ChainVerification {
  /** True when every entry seen links to the one before and matches its own hash. */
  valid: boolean;
  /** Every entry pushed, including those after the first invalid one. */
  entries: number;
  /**
   * The stored hash of the last entry seen, valid or not: what the database says the head is
   * (GENESIS_HASH for an empty log). Comparing it with the head hash mailed to the Audit Committee
   * chair is the only way to notice entries cut from the end, or a chain rewritten from scratch:
   * either still verifies on its own.
   */
  headHash: string;
  /** The first entry that breaks the chain, named by its stored seq. */
  firstInvalidEntry?: { seq: string; reason: ChainBreakReason };
}

/**
 * Walks a chain one entry at a time, in seq order, in constant memory: it keeps only the seq and
 * the hash the next entry must carry, so a cursor over millions of rows never holds more than one.
 *
 * Checks stop at the first invalid entry: after it, what "the previous entry" means is unknowable,
 * and one named break is what an investigator needs to start from.
 */
export class ChainVerifier {
  private expectedSeq = 1n;
  private expectedPrevHash = GENESIS_HASH;
  private seen = 0;
  private lastStoredHash = GENESIS_HASH;
  private firstInvalid: ChainVerification['firstInvalidEntry'];

  /** Returns whether the chain is still valid up to and including this entry. */
  push(entry: AuditEntry): boolean {
    return this.accept(entry.seq, entry.prevHash, entry.hash, () =>
      hashEntry(entry.prevHash, entry),
    );
  }

  /** The same for an entry read back from the log with its encoding (see audit-log-copy.ts). */
  pushStored(entry: StoredAuditEntry): boolean {
    const { encoding } = entry;
    return this.accept(entry.seq, entry.prevHash, entry.hash, () => {
      if (encoding === null) throw new TypeError('unencodable');
      return oneShotHash('sha256', encoding, 'hex');
    });
  }

  result(): ChainVerification {
    const verification: ChainVerification = {
      valid: this.firstInvalid === undefined,
      entries: this.seen,
      headHash: this.lastStoredHash,
    };
    // Left out rather than undefined, so the JSON of a valid chain has no such key at all.
    if (this.firstInvalid !== undefined) verification.firstInvalidEntry = { ...this.firstInvalid };
    return verification;
  }

  private accept(seq: AuditSeq, prevHash: string, hash: string, recompute: () => string): boolean {
    this.seen += 1;
    this.lastStoredHash = hash;
    if (this.firstInvalid !== undefined) return false;
    const reason = this.check(seq, prevHash, hash, recompute);
    if (reason !== undefined) {
      this.firstInvalid = { seq: describeSeq(seq), reason };
      return false;
    }
    this.expectedSeq += 1n;
    this.expectedPrevHash = hash;
    return true;
  }

  private check(
    seqValue: AuditSeq,
    prevHash: string,
    hash: string,
    recompute: () => string,
  ): ChainBreakReason | undefined {
    let seq: bigint;
    try {
      seq = normalizeSeq(seqValue);
    } catch {
      return 'sequence_gap';
    }
    if (seq !== this.expectedSeq) return 'sequence_gap';
    if (prevHash !== this.expectedPrevHash) return 'prev_hash_mismatch';
    let recomputed: string;
    try {
      recomputed = recompute();
    } catch {
      // Fields that cannot even be encoded (a tampered row, say) cannot match any stored hash.
      return 'hash_mismatch';
    }
    return recomputed === hash ? undefined : 'hash_mismatch';
  }
}

export function verifyChain(entries: Iterable<AuditEntry>): ChainVerification {
  const verifier = new ChainVerifier();
  for (const entry of entries) verifier.push(entry);
  return verifier.result();
}

/** For a database cursor: entries are pulled one batch at a time and never collected. */
export async function verifyChainAsync(
  entries: AsyncIterable<AuditEntry>,
): Promise<ChainVerification> {
  const verifier = new ChainVerifier();
  for await (const entry of entries) verifier.push(entry);
  return verifier.result();
}

function describeSeq(seq: AuditSeq): string {
  try {
    return normalizeSeq(seq).toString(10);
  } catch {
    return String(seq);
  }
}
