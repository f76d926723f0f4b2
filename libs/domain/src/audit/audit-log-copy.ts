import { isUtf8 } from 'node:buffer';
import { must } from '@candor/platform/checks/must.js';
import {
  AUDIT_ENCODING_VERSION,
  canonicalDetail,
  encodedFieldBytes,
} from './canonical-encoding.js';

/*
 * The audit log as PostgreSQL's binary COPY writes it (AUDIT_LOG_COPY, in libs/persistence's
 * audit-log-snapshot.ts), read for verification. COPY costs the server about a third of what a
 * cursor's FETCH costs per row, and in binary every field arrives as a 4-byte big-endian length
 * and its bytes, with -1 for null: for a text column that is already the field as the canonical
 * encoding writes it (canonical-encoding.ts), UTF-8 included. So the verifier builds each entry's
 * encoding from the row's own bytes, copying the text fields as they are and writing only seq,
 * time, actor id and detail in their canonical form, without decoding the row into strings and
 * encoding it again.
 */

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

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const COLUMNS = 9;
// The columns, in AUDIT_LOG_COPY's order.
const SEQ = 0;
const OCCURRED_AT = 1;
const ACTOR_TYPE = 2;
const ACTOR_ID = 3;
const ACTION = 4;
const CASE_REFERENCE = 5;
const DETAIL = 6;
const PREV_HASH = 7;
const HASH = 8;
/** PostgreSQL counts timestamps in microseconds from 2000-01-01T00:00:00Z. */
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const DETAIL_CACHE_SIZE = 4096;
const DETAIL_CACHE_TEXT = 512;
/** A field's bytes up to this length are copied byte by byte, checked for ASCII on the way. */
const SHORT_FIELD = 128;
/** jsonb's binary send format: this version byte, then the text. */
const JSONB_VERSION = 1;

const VERSION_FIELD = encodedFieldBytes(AUDIT_ENCODING_VERSION);
const NULL_FIELD = encodedFieldBytes(null);

export class AuditCopyFormatError extends Error {
  constructor(problem: string) {
    super(`unexpected COPY data from audit_log: ${problem}`);
    this.name = 'AuditCopyFormatError';
  }
}

/** Where a column of the row starts in the data, as readRow found it (the row is all there). */
function fieldAt(bounds: Int32Array, column: number): number {
  return must(bounds[column * 2], 'the start of a column readRow found');
}

/** The length of a column of the row, -1 for null. */
function fieldLength(bounds: Int32Array, column: number): number {
  return must(bounds[column * 2 + 1], 'the length of a column readRow found');
}

/**
 * Parses the stream one chunk at a time; rows may straddle chunks. Holds only the unparsed tail of
 * the last chunk and one entry's encoding, so memory does not grow with the length of the log.
 */
export class AuditCopyParser {
  private tail: Buffer = Buffer.alloc(0);
  private headerRead = false;
  private ended = false;
  private readonly bounds = new Int32Array(COLUMNS * 2);
  private readonly writer = new EncodingWriter();
  /**
   * Canonical detail (as an encoded field) by the stored jsonb's bytes. Most entries carry one of a
   * few details (`{"view": "detail"}` on every read), so each is parsed and written out once; the
   * cache is emptied when full, which bounds its memory.
   */
  private readonly details = new Map<string, Buffer | null>();

  constructor(private readonly onEntry: (entry: StoredAuditEntry) => void) {}

  push(chunk: Buffer): void {
    const data = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    let offset = this.headerRead ? 0 : this.readHeader(data);
    if (offset < 0) {
      this.tail = data;
      return;
    }
    for (;;) {
      const next = this.readRow(data, offset);
      if (next < 0) break;
      offset = next;
    }
    this.tail = data.subarray(offset);
  }

  /** Throws when the stream stopped short of COPY's trailer. */
  end(): void {
    if (!this.ended || this.tail.length > 0) throw new AuditCopyFormatError('truncated');
  }

  /** Offset after the header, or -1 when it is not all here yet. */
  private readHeader(data: Buffer): number {
    if (data.length < SIGNATURE.length + 8) return -1;
    if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
      throw new AuditCopyFormatError('no binary COPY signature');
    }
    const extension = data.readUInt32BE(SIGNATURE.length + 4);
    const end = SIGNATURE.length + 8 + extension;
    if (data.length < end) return -1;
    this.headerRead = true;
    return end;
  }

  /** Offset after the row at offset, or -1 when it is not all here yet (or after the trailer). */
  private readRow(data: Buffer, start: number): number {
    if (this.ended || data.length < start + 2) return -1;
    const fields = data.readInt16BE(start);
    if (fields === -1) {
      this.ended = true;
      return start + 2;
    }
    if (fields !== COLUMNS) throw new AuditCopyFormatError(`${fields} columns in a row`);
    // Find every field first: only a complete row is decoded.
    const bounds = this.bounds;
    let offset = start + 2;
    for (let column = 0; column < COLUMNS; column += 1) {
      if (data.length < offset + 4) return -1;
      const length = data.readInt32BE(offset);
      offset += 4;
      bounds[column * 2] = offset;
      bounds[column * 2 + 1] = length;
      if (length > 0) offset += length;
      if (data.length < offset) return -1;
    }
    this.onEntry(this.entryOf(data, bounds));
    return offset;
  }

  private entryOf(data: Buffer, bounds: Int32Array): StoredAuditEntry {
    const hashText = (column: number): string => {
      const length = fieldLength(bounds, column);
      const at = fieldAt(bounds, column);
      return length < 0 ? '' : data.toString('utf8', at, at + length);
    };
    return {
      seq: fieldLength(bounds, SEQ) === 8 ? data.readBigInt64BE(fieldAt(bounds, SEQ)) : '',
      encoding: this.encode(data, bounds),
      prevHash: hashText(PREV_HASH),
      hash: hashText(HASH),
    };
  }

  /** The row's canonical encoding (see canonical-encoding.ts), or null if it has none. */
  private encode(data: Buffer, bounds: Int32Array): Uint8Array | null {
    const at = (column: number) => fieldAt(bounds, column);
    const length = (column: number) => fieldLength(bounds, column);
    const w = this.writer;
    w.reset();
    w.bytes(VERSION_FIELD);
    if (length(SEQ) !== 8 || !w.seq(data, at(SEQ))) return null;
    if (length(OCCURRED_AT) !== 8 || !w.time(data, at(OCCURRED_AT))) return null;
    if (!w.text(data, at(ACTOR_TYPE), length(ACTOR_TYPE), false)) return null;
    if (length(ACTOR_ID) < 0) w.nullField();
    else if (length(ACTOR_ID) !== 16) return null;
    else w.uuid(data, at(ACTOR_ID));
    if (!w.text(data, at(ACTION), length(ACTION), false)) return null;
    if (!w.text(data, at(CASE_REFERENCE), length(CASE_REFERENCE), true)) return null;
    const detail =
      length(DETAIL) >= 1 &&
      must(data[at(DETAIL)], 'the version byte of a jsonb field') === JSONB_VERSION
        ? this.detailField(data, at(DETAIL) + 1, length(DETAIL) - 1)
        : null;
    if (detail === null) return null;
    w.bytes(detail);
    if (!w.text(data, at(PREV_HASH), length(PREV_HASH), false)) return null;
    return w.view();
  }

  private detailField(data: Buffer, at: number, length: number): Buffer | null {
    const stored = data.toString('latin1', at, at + length);
    let field = this.details.get(stored);
    if (field === undefined) {
      // Bytes that are no UTF-8 would decode to U+FFFD: they cannot be what was hashed.
      field = isUtf8(data.subarray(at, at + length)) ? canonicalField(data, at, length) : null;
      if (length <= DETAIL_CACHE_TEXT) {
        if (this.details.size >= DETAIL_CACHE_SIZE) this.details.clear();
        this.details.set(stored, field);
      }
    }
    return field;
  }
}

/** The stored jsonb text as the canonical detail field, or null if it is no JSON object. */
function canonicalField(data: Buffer, at: number, length: number): Buffer | null {
  try {
    return encodedFieldBytes(canonicalDetail(JSON.parse(data.toString('utf8', at, at + length))));
  } catch {
    return null;
  }
}

/** One entry's encoding, written into a buffer reused from row to row. */
class EncodingWriter {
  private buffer = Buffer.allocUnsafe(1024);
  private length = 0;
  private day = Number.NaN;
  /** `YYYY-MM-DDT` of the last day written, as bytes. */
  private dayBytes = Buffer.alloc(0);

  reset(): void {
    this.length = 0;
  }

  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  bytes(source: Buffer): void {
    this.reserve(source.length);
    // TypedArray's set: Buffer's copy costs more in its checks than in copying these few bytes.
    this.buffer.set(source, this.length);
    this.length += source.length;
  }

  nullField(): void {
    this.bytes(NULL_FIELD);
  }

  /**
   * A stored text field as it is, its length included: COPY's field and the encoding's are the
   * same bytes. Null (length -1, ff ff ff ff in both) only where the encoding allows it. False for
   * bytes that are not UTF-8 (a database not in UTF8 could hold them): they cannot be encoded.
   */
  text(data: Buffer, at: number, length: number, nullable: boolean): boolean {
    if (length < 0) {
      if (!nullable) return false;
      this.nullField();
      return true;
    }
    this.reserve(4 + length);
    const buffer = this.buffer;
    let to = this.length;
    if (length <= SHORT_FIELD) {
      let high = 0;
      for (let from = at - 4; from < at + length; from += 1) {
        const byte = must(data[from], 'a byte of a complete row');
        if (from >= at) high |= byte;
        buffer[to] = byte;
        to += 1;
      }
      if (high >= 0x80 && !isUtf8(data.subarray(at, at + length))) return false;
    } else {
      if (!isUtf8(data.subarray(at, at + length))) return false;
      buffer.set(data.subarray(at - 4, at + length), to);
      to += 4 + length;
    }
    this.length = to;
    return true;
  }

  /** seq in base 10: digits written straight from the integer, no string made. */
  seq(data: Buffer, at: number): boolean {
    const value = int64At(data, at);
    if (value === null) {
      const big = data.readBigInt64BE(at);
      if (big < 1n) return false;
      this.ascii(big.toString(10));
      return true;
    }
    if (value < 1) return false;
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
    this.reserve(4 + digits);
    const buffer = this.buffer;
    buffer.writeUInt32BE(digits, this.length);
    let rest = value;
    for (let index = this.length + 3 + digits; index > this.length + 3; index -= 1) {
      const next = Math.floor(rest / 10);
      buffer[index] = 0x30 + rest - next * 10;
      rest = next;
    }
    this.length += 4 + digits;
    return true;
  }

  /**
   * The stored time as toISOString() writes it, `YYYY-MM-DDTHH:mm:ss.sssZ`: the date is worked out
   * once a day (entries of a day share it), the rest written digit by digit. Years outside 1970 to
   * 9999 take toISOString() itself; a time Date cannot hold has no encoding.
   */
  time(data: Buffer, at: number): boolean {
    const micros = int64At(data, at);
    // Past 2^53 µs from 2000 (the year 2285) the division is done in bigint, exactly.
    const ms =
      (micros === null
        ? Number(floorDiv(data.readBigInt64BE(at), 1000n))
        : Math.floor(micros / 1000)) + PG_EPOCH_MS;
    if (!(ms >= 0 && ms < YEAR_10000_MS)) {
      const date = new Date(ms);
      if (Number.isNaN(date.getTime())) return false;
      this.ascii(date.toISOString());
      return true;
    }
    const day = Math.floor(ms / DAY_MS);
    if (day !== this.day) {
      this.day = day;
      this.dayBytes = Buffer.from(dateText(day), 'latin1');
    }
    this.reserve(4 + ISO_LENGTH);
    const buffer = this.buffer;
    buffer.writeUInt32BE(ISO_LENGTH, this.length);
    buffer.set(this.dayBytes, this.length + 4);
    const to = this.length + 4 + this.dayBytes.length;
    let rest = ms - day * DAY_MS;
    const millis = rest % 1000;
    rest = (rest - millis) / 1000;
    const second = rest % 60;
    rest = (rest - second) / 60;
    const minute = rest % 60;
    const hour = (rest - minute) / 60;
    twoDigits(buffer, to, hour);
    buffer[to + 2] = 0x3a; // :
    twoDigits(buffer, to + 3, minute);
    buffer[to + 5] = 0x3a;
    twoDigits(buffer, to + 6, second);
    buffer[to + 8] = 0x2e; // .
    buffer[to + 9] = 0x30 + Math.floor(millis / 100);
    twoDigits(buffer, to + 10, millis % 100);
    buffer[to + 12] = 0x5a; // Z
    this.length = to + 13;
    return true;
  }

  /** A uuid as its 36-character lowercase text. */
  uuid(data: Buffer, at: number): void {
    this.reserve(4 + 36);
    const buffer = this.buffer;
    buffer.writeUInt32BE(36, this.length);
    let to = this.length + 4;
    for (let index = 0; index < 16; index += 1) {
      if (index === 4 || index === 6 || index === 8 || index === 10) {
        buffer[to] = 0x2d; // -
        to += 1;
      }
      const byte = must(data[at + index], 'a byte of an actor id');
      buffer[to] = must(HEX_DIGITS[byte >> 4], 'a hex digit');
      buffer[to + 1] = must(HEX_DIGITS[byte & 15], 'a hex digit');
      to += 2;
    }
    this.length = to;
  }

  private ascii(text: string): void {
    this.reserve(4 + text.length);
    this.buffer.writeUInt32BE(text.length, this.length);
    this.length += 4 + this.buffer.write(text, this.length + 4, 'latin1');
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

const DAY_MS = 86_400_000;
const YEAR_10000_MS = Date.UTC(10000, 0, 1);
/** `YYYY-MM-DDTHH:mm:ss.sssZ` for the years 1970 to 9999. */
const ISO_LENGTH = 24;

function twoDigits(buffer: Buffer, at: number, value: number): void {
  const tens = Math.floor(value / 10);
  buffer[at] = 0x30 + tens;
  buffer[at + 1] = 0x30 + value - tens * 10;
}

/**
 * `YYYY-MM-DDT` of a day since 1970 (before the year 10000), as toISOString() writes it: days to a
 * civil date as in Howard Hinnant's date algorithms.
 */
function dateText(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T`;
}

/** A big-endian int64 as a number, or null beyond 2^53 where a number loses digits. */
function int64At(data: Buffer, at: number): number | null {
  const high = data.readInt32BE(at);
  if (high > 0x1fffff || high < -0x200000) return null;
  return high * 0x1_0000_0000 + data.readUInt32BE(at + 4);
}

/** Division rounding down, as Math.floor does for the numbers above (bigint's rounds to zero). */
function floorDiv(value: bigint, by: bigint): bigint {
  const quotient = value / by;
  return value % by < 0n ? quotient - 1n : quotient;
}
