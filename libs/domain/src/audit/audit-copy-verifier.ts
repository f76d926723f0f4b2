import { hash as oneShotHash } from 'node:crypto';
import { GENESIS_HASH } from './audit-entry.js';
import { CopyRowEncoder, int64Of } from './audit-copy-encoding.js';
import {
  AuditCopyRows,
  type CopyRow,
  HASH,
  PREV_HASH,
  SEQ,
  dataViewOf,
} from './audit-copy-rows.js';
import type { ChainBreakReason, ChainVerification } from './hash-chain.js';

/** A hash as the bytes of its 64 hex digits: what a row's hash columns hold when they match it. */
class HashText {
  readonly bytes: Buffer;
  readonly view: DataView;

  constructor(hex: string) {
    this.bytes = Buffer.from(hex, 'latin1');
    this.view = dataViewOf(this.bytes);
  }
}

/**
 * Verifies the chain from the log's binary COPY stream, each row where it lies in its chunk. The
 * rules and the result are ChainVerifier's (hash-chain.ts; AUDIT-CHAIN.md, "Verifying the chain"):
 * seq, then prev_hash, then the recomputed hash, checks stopping at the first invalid entry and
 * counting going on. Only the cost differs, and it is most of `audit:verify`'s: no object, string
 * or bigint is kept per entry. seq is compared as a number, the stored hashes as bytes, and only
 * the last entry's seq and hash are read out as values, for the result.
 */
export class AuditCopyVerifier {
  private readonly rows = new AuditCopyRows((row) => this.check(row));
  private readonly encoder = new CopyRowEncoder();
  /** A number, and exact: it is never more than one past the count of rows read. */
  private expectedSeq = 1;
  /** The hash of the last valid entry (its stored hash, which is its recomputed one). */
  private expectedPrevHash = new HashText(GENESIS_HASH);
  /** Each entry's recomputed hash; it becomes expectedPrevHash when the stored one matches it. */
  private recomputed = new HashText(GENESIS_HASH);
  private seen = 0;
  private firstInvalid: ChainVerification['firstInvalidEntry'];
  /** The chunk of the last row read, and where its seq (-1: none) and hash lie in it. */
  private last: Buffer | undefined;
  private lastSeqAt = -1;
  private lastHashAt = 0;
  private lastHashLength = -1;

  push(chunk: Buffer): void {
    this.rows.push(chunk);
  }

  /** Throws when the stream stopped short of COPY's trailer. */
  end(): void {
    this.rows.end();
  }

  result(): ChainVerification {
    const verification: ChainVerification = {
      valid: this.firstInvalid === undefined,
      entries: this.seen,
      headHash: this.lastStoredHash(),
    };
    // Left out rather than undefined, so the JSON of a valid chain has no such key at all.
    if (this.firstInvalid !== undefined) verification.firstInvalidEntry = { ...this.firstInvalid };
    return verification;
  }

  /** The stored seq of the last entry read; 0 for an empty log, or one with no 8-byte seq. */
  lastSeq(): bigint {
    if (this.last === undefined || this.lastSeqAt < 0) return 0n;
    return this.last.readBigInt64BE(this.lastSeqAt);
  }

  /** As ChainVerification's headHash: the stored hash of the last entry read, valid or not. */
  private lastStoredHash(): string {
    if (this.last === undefined) return GENESIS_HASH;
    if (this.lastHashLength < 0) return '';
    return this.last.toString('utf8', this.lastHashAt, this.lastHashAt + this.lastHashLength);
  }

  private check(row: CopyRow): void {
    this.seen += 1;
    this.last = row.data;
    this.lastSeqAt = row.length(SEQ) === 8 ? row.at(SEQ) : -1;
    this.lastHashAt = row.at(HASH);
    this.lastHashLength = row.length(HASH);
    if (this.firstInvalid !== undefined) return;
    const reason = this.breakIn(row);
    if (reason === undefined) return;
    const seq = this.lastSeqAt < 0 ? '' : row.data.readBigInt64BE(this.lastSeqAt).toString(10);
    this.firstInvalid = { seq, reason };
  }

  /** Why the row breaks the chain, or undefined when it is the next valid entry. */
  private breakIn(row: CopyRow): ChainBreakReason | undefined {
    const seq = this.lastSeqAt < 0 ? null : int64Of(row.view, this.lastSeqAt);
    if (seq !== this.expectedSeq) return 'sequence_gap';
    if (!row.holds(PREV_HASH, this.expectedPrevHash.view)) return 'prev_hash_mismatch';
    const encoding = this.encoder.encode(row);
    // Fields that cannot even be encoded (a tampered row, say) cannot match any stored hash.
    if (encoding === null) return 'hash_mismatch';
    this.recomputed.bytes.write(oneShotHash('sha256', encoding, 'hex'), 'latin1');
    if (!row.holds(HASH, this.recomputed.view)) return 'hash_mismatch';
    const valid = this.recomputed;
    this.recomputed = this.expectedPrevHash;
    this.expectedPrevHash = valid;
    this.expectedSeq += 1;
    return undefined;
  }
}
