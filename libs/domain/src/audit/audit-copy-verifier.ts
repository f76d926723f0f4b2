import { hash as oneShotHash } from 'node:crypto';
import { GENESIS_HASH } from './audit-entry.js';
import { CopyRowEncoder, SeqField, int64Of } from './audit-copy-encoding.js';
import {
  AuditCopyRows,
  type CopyRow,
  HASH,
  PREV_HASH,
  SEQ,
  dataViewOf,
  sameBytes,
} from './audit-copy-rows.js';
import type { ChainBreakReason, ChainVerification } from './hash-chain.js';

/** GENESIS_HASH as bytes: what the first entry's prev_hash column holds. */
const GENESIS = dataViewOf(Buffer.from(GENESIS_HASH, 'latin1'));
const HASH_LENGTH = GENESIS.byteLength;

type Latin1Slice = (this: Buffer, start: number, end: number) => string;

/**
 * Bytes as text, one character per byte: what `toString('latin1', start, end)` ends up calling,
 * without looking the encoding up and checking the range first (those cost more than the slice,
 * once per entry). Node defines it on every Buffer, though its documentation does not name it.
 */
const latin1Slice: Latin1Slice =
  (Buffer.prototype as unknown as { latin1Slice?: Latin1Slice }).latin1Slice ??
  function (this: Buffer, start: number, end: number) {
    return this.toString('latin1', start, end);
  };

/**
 * Verifies the chain from the log's binary COPY stream, each row where it lies in its chunk. The
 * rules and the result are ChainVerifier's (hash-chain.ts; AUDIT-CHAIN.md, "Verifying the chain"):
 * seq, then prev_hash, then the recomputed hash, checks stopping at the first invalid entry and
 * counting going on. Only the cost differs, and it is most of `audit:verify`'s: no object or bigint
 * is made per entry, and one string, the stored hash's text to compare with the digest's. seq is
 * compared as a number and encoded from the digits of the one expected; prev_hash is compared, as
 * bytes, with the last valid entry's stored hash where that lies; only the last entry's seq and
 * hash are read out as values, for the result.
 */
export class AuditCopyVerifier {
  private readonly rows = new AuditCopyRows((row) => this.check(row));
  private readonly encoder = new CopyRowEncoder();
  /** A number, and exact: it is never more than one past the count of rows read. */
  private expectedSeq = 1;
  /** expectedSeq as the canonical encoding writes it: the seq of a row that passed the check. */
  private readonly seqField = new SeqField();
  /**
   * The hash the next entry must point at, where it lies: the stored hash of the last valid entry
   * (which is its recomputed one), in the chunk it arrived in, or GENESIS. Chunks are not written
   * to once they are pushed, so it stays there.
   */
  private expectedPrevHash = GENESIS;
  private expectedPrevHashAt = 0;
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
    if (
      row.length(PREV_HASH) !== HASH_LENGTH ||
      !sameBytes(
        row.view,
        row.at(PREV_HASH),
        this.expectedPrevHash,
        this.expectedPrevHashAt,
        HASH_LENGTH,
      )
    ) {
      return 'prev_hash_mismatch';
    }
    const encoding = this.encoder.encode(row, this.seqField);
    // Fields that cannot even be encoded (a tampered row, say) cannot match any stored hash.
    if (encoding === null) return 'hash_mismatch';
    // The stored hash as text, compared with the digest's: cheaper than writing the digest into a
    // buffer to compare bytes, or comparing it character by character.
    const hashAt = row.at(HASH);
    if (
      row.length(HASH) !== HASH_LENGTH ||
      latin1Slice.call(row.data, hashAt, hashAt + HASH_LENGTH) !==
        oneShotHash('sha256', encoding, 'hex')
    ) {
      return 'hash_mismatch';
    }
    this.expectedPrevHash = row.view;
    this.expectedPrevHashAt = hashAt;
    this.expectedSeq += 1;
    this.seqField.increment();
    return undefined;
  }
}
