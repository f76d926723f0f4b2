import { must } from '@candor/platform/checks/must.js';

/*
 * The audit log as PostgreSQL's binary COPY writes it (AUDIT_LOG_COPY, in libs/persistence's
 * audit-log-snapshot.ts), cut into rows. COPY costs the server about a third of what a cursor's
 * FETCH costs per row, and in binary every field arrives as a 4-byte big-endian length and its
 * bytes, with -1 for null: for a text column that is already the field as the canonical encoding
 * writes it (canonical-encoding.ts), UTF-8 included. So rows are handed on where they lie in the
 * chunk, for the encoder (audit-copy-encoding.ts) to copy from, and nothing is decoded that does
 * not have to be.
 */

/** The columns, in AUDIT_LOG_COPY's order. */
export const COPY_COLUMNS = 9;
export const SEQ = 0;
export const OCCURRED_AT = 1;
export const ACTOR_TYPE = 2;
export const ACTOR_ID = 3;
export const ACTION = 4;
export const CASE_REFERENCE = 5;
export const DETAIL = 6;
export const PREV_HASH = 7;
export const HASH = 8;

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const NOTHING = Buffer.alloc(0);
/** Bytes of the next chunk first joined to a row cut between chunks (rows are ~300 bytes). */
const CUT_ROW_GUESS = 1024;

export class AuditCopyFormatError extends Error {
  constructor(problem: string) {
    super(`unexpected COPY data from audit_log: ${problem}`);
    this.name = 'AuditCopyFormatError';
  }
}

export function dataViewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Whether `length` bytes at `at` in `a` and at `bAt` in `b` are the same. Compared four at a time
 * through DataViews: neither a view of part of a Buffer nor a string needs to be made.
 */
export function sameBytes(a: DataView, at: number, b: DataView, bAt: number, length: number) {
  let index = 0;
  for (; index + 4 <= length; index += 4) {
    if (a.getInt32(at + index) !== b.getInt32(bAt + index)) return false;
  }
  for (; index < length; index += 1) {
    if (a.getUint8(at + index) !== b.getUint8(bAt + index)) return false;
  }
  return true;
}

/**
 * The row being read, where it lies: the chunk, a DataView of it, and where each column starts
 * and how long it is (-1 for null). One object, reused from row to row: valid until the next row.
 */
export class CopyRow {
  data: Buffer = NOTHING;
  view: DataView = dataViewOf(NOTHING);
  /** Start and length of each column, in turn; written by AuditCopyRows. */
  readonly bounds = new Int32Array(COPY_COLUMNS * 2);

  /** Where a column starts in the data (the row is all there). */
  at(column: number): number {
    return must(this.bounds[column * 2], 'the start of a column of a complete row');
  }

  /** The length of a column, -1 for null. */
  length(column: number): number {
    return must(this.bounds[column * 2 + 1], 'the length of a column of a complete row');
  }

  /** A text column as a string; the empty string for null. */
  text(column: number): string {
    const length = this.length(column);
    const at = this.at(column);
    return length < 0 ? '' : this.data.toString('utf8', at, at + length);
  }

  /** The rows read next are in `data`. */
  readFrom(data: Buffer): void {
    this.data = data;
    this.view = dataViewOf(data);
  }
}

/**
 * Cuts the COPY stream into rows, one chunk at a time, and hands each complete row to onRow in the
 * chunk it arrived in. A row cut between two chunks is put together from its two parts, in a
 * buffer of its own; nothing else is copied. Only that cut row is kept between chunks, so memory
 * does not grow with the length of the log.
 */
export class AuditCopyRows {
  private readonly row = new CopyRow();
  private tail: Buffer = NOTHING;
  private headerRead = false;
  private ended = false;

  constructor(private readonly onRow: (row: CopyRow) => void) {}

  push(chunk: Buffer): void {
    let offset = 0;
    if (this.tail.length > 0) {
      offset = this.finishCutRow(chunk);
      if (offset < 0) return;
    }
    this.row.readFrom(chunk);
    for (;;) {
      const next = this.readNext(offset);
      if (next < 0) break;
      offset = next;
    }
    this.tail = chunk.subarray(offset);
  }

  /** Throws when the stream stopped short of COPY's trailer. */
  end(): void {
    if (!this.ended || this.tail.length > 0) throw new AuditCopyFormatError('truncated');
  }

  /**
   * Reads the row (or header) the last chunk cut, joined to as much of this chunk as it needs.
   * Returns where in the chunk the rows after it start, or -1 when the chunk ended first (the
   * chunk then joins the tail).
   */
  private finishCutRow(chunk: Buffer): number {
    const carried = this.tail.length;
    let take = Math.min(chunk.length, CUT_ROW_GUESS);
    for (;;) {
      const joined = Buffer.concat([this.tail, chunk.subarray(0, take)]);
      this.row.readFrom(joined);
      const next = this.readNext(0);
      if (next >= 0) {
        this.tail = NOTHING;
        return next - carried;
      }
      if (take === chunk.length) {
        this.tail = joined;
        return -1;
      }
      take = Math.min(chunk.length, take * 2);
    }
  }

  /** Offset after the header or row at start, or -1 when it is not all here (or after the end). */
  private readNext(start: number): number {
    return this.headerRead ? this.readRow(start) : this.readHeader(start);
  }

  private readHeader(start: number): number {
    const data = this.row.data;
    if (data.length < start + SIGNATURE.length + 8) return -1;
    if (!data.subarray(start, start + SIGNATURE.length).equals(SIGNATURE)) {
      throw new AuditCopyFormatError('no binary COPY signature');
    }
    const extension = data.readUInt32BE(start + SIGNATURE.length + 4);
    const end = start + SIGNATURE.length + 8 + extension;
    if (data.length < end) return -1;
    this.headerRead = true;
    return end;
  }

  private readRow(start: number): number {
    const { data, view, bounds } = this.row;
    const end = data.length;
    if (this.ended || end < start + 2) return -1;
    const fields = view.getInt16(start);
    if (fields === -1) {
      this.ended = true;
      return start + 2;
    }
    if (fields !== COPY_COLUMNS) throw new AuditCopyFormatError(`${fields} columns in a row`);
    // Find every field first: only a complete row is handed on.
    let offset = start + 2;
    for (let column = 0; column < COPY_COLUMNS * 2; column += 2) {
      if (end < offset + 4) return -1;
      const length = view.getInt32(offset);
      offset += 4;
      bounds[column] = offset;
      bounds[column + 1] = length;
      if (length > 0) offset += length;
    }
    if (end < offset) return -1;
    this.onRow(this.row);
    return offset;
  }
}
