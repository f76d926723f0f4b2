import { CopyRowEncoder } from './audit-copy-encoding.js';
import { AuditCopyRows, type CopyRow, HASH, PREV_HASH, SEQ } from './audit-copy-rows.js';

export { AuditCopyFormatError } from './audit-copy-rows.js';

/** One stored entry: its seq, the canonical encoding of its stored fields, the two hashes. */
export interface StoredAuditEntry {
  /** As stored; the empty string when the column holds no 8-byte integer (it cannot be in order). */
  seq: bigint | '';
  /**
   * The canonical encoding of the stored row, with the stored prev_hash as field 9. It is a view of
   * a buffer the next row overwrites: hash it before parsing on. Null when a stored field cannot be
   * encoded at all (a tampered row): no hash can match.
   */
  encoding: Uint8Array | null;
  prevHash: string;
  hash: string;
}

/**
 * The log's binary COPY stream (audit-copy-rows.ts) as one StoredAuditEntry per row, for
 * ChainVerifier.pushStored. `audit:verify` checks the rows where they lie instead
 * (AuditCopyVerifier), with the same encoder, without making these objects.
 */
export class AuditCopyParser {
  private readonly rows = new AuditCopyRows((row) => this.onEntry(this.entryOf(row)));
  private readonly encoder = new CopyRowEncoder();

  constructor(private readonly onEntry: (entry: StoredAuditEntry) => void) {}

  push(chunk: Buffer): void {
    this.rows.push(chunk);
  }

  /** Throws when the stream stopped short of COPY's trailer. */
  end(): void {
    this.rows.end();
  }

  private entryOf(row: CopyRow): StoredAuditEntry {
    return {
      seq: row.length(SEQ) === 8 ? row.view.getBigInt64(row.at(SEQ)) : '',
      encoding: this.encoder.encode(row),
      prevHash: row.text(PREV_HASH),
      hash: row.text(HASH),
    };
  }
}
