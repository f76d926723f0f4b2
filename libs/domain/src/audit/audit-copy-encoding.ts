import { isUtf8 } from 'node:buffer';
import {
  ACTION,
  ACTOR_ID,
  ACTOR_TYPE,
  CASE_REFERENCE,
  type CopyRow,
  DETAIL,
  OCCURRED_AT,
  PREV_HASH,
  SEQ,
  dataViewOf,
  sameBytes,
} from './audit-copy-rows.js';
import {
  AUDIT_ENCODING_VERSION,
  canonicalDetail,
  encodedFieldBytes,
} from './canonical-encoding.js';

/*
 * The canonical encoding of a stored entry (canonical-encoding.ts), built from its binary COPY row
 * (audit-copy-rows.ts): the text fields are copied as they are, length included, and only seq,
 * time, actor id and detail are written in their canonical form, without decoding the row into
 * strings and encoding it again.
 */

/** PostgreSQL counts timestamps in microseconds from 2000-01-01T00:00:00Z. */
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const DETAIL_CACHE_SIZE = 4096;
const DETAIL_CACHE_TEXT = 512;
/** Encodings up to this length are handed out through views made once per length. */
const VIEWED_LENGTH = 4096;
/** jsonb's binary send format: this version byte, then the text. */
const JSONB_VERSION = 1;
const NULL_LENGTH = 0xffffffff;

const VERSION_FIELD = encodedFieldBytes(AUDIT_ENCODING_VERSION);

/** A canonical detail field, and the stored jsonb text it was made from. */
interface CachedDetail {
  stored: DataView;
  field: Buffer | null;
}

/**
 * Encodes rows one after the other into one buffer. Holds one entry's encoding and a bounded cache
 * of details, so memory does not grow with the length of the log.
 *
 * Verification encodes every entry of the log, so this is where `audit:verify` spends most of its
 * time after hashing: bytes are copied four at a time through DataViews (a view of a part of a
 * Buffer, the other way to copy it natively, costs more to make than the copy), and no string or
 * object is made per entry.
 */
export class CopyRowEncoder {
  private readonly writer = new EncodingWriter();
  /**
   * Canonical detail by a hash of the stored jsonb's bytes, the last detail seen with that hash.
   * Most entries carry one of a few details (`{"view": "detail"}` on every read), so each is parsed
   * and written out once; the cache is emptied when full, which bounds its memory.
   */
  private readonly details = new Map<number, CachedDetail>();

  /**
   * The row's canonical encoding, with the stored prev_hash as field 9, or null when a stored field
   * cannot be encoded at all (a tampered row): no hash can match. It is a view of a buffer the next
   * row overwrites: hash it before encoding on.
   *
   * `seq`, when given, is the row's seq, already read and checked by the caller (the verifier
   * knows it: the one after the last valid entry's), and its digits are copied from it.
   */
  encode(row: CopyRow, seq?: SeqField): Uint8Array | null {
    const w = this.writer;
    w.start();
    if (seq === undefined ? !w.seq(row, SEQ) : !w.seqField(seq)) return null;
    if (!w.time(row, OCCURRED_AT)) return null;
    if (!w.text(row, ACTOR_TYPE, false)) return null;
    if (!w.uuid(row, ACTOR_ID)) return null;
    if (!w.text(row, ACTION, false)) return null;
    if (!w.text(row, CASE_REFERENCE, true)) return null;
    const detail = this.detailField(row);
    if (detail === null) return null;
    w.bytes(detail);
    if (!w.text(row, PREV_HASH, false)) return null;
    return w.view();
  }

  /** The detail column (jsonb's binary form: a version byte, then the text) as canonical field. */
  private detailField(row: CopyRow): Buffer | null {
    const input = row.view;
    const column = row.at(DETAIL);
    const length = row.length(DETAIL) - 1;
    if (length < 0 || input.getUint8(column) !== JSONB_VERSION) return null;
    const at = column + 1;
    const key = hashBytes(input, at, length);
    const cached = this.details.get(key);
    if (cached?.stored.byteLength === length && sameBytes(input, at, cached.stored, 0, length)) {
      return cached.field;
    }
    const stored = row.data.subarray(at, at + length);
    // Bytes that are no UTF-8 would decode to U+FFFD: they cannot be what was hashed.
    const field = isUtf8(stored) ? canonicalField(stored) : null;
    if (length <= DETAIL_CACHE_TEXT) {
      if (this.details.size >= DETAIL_CACHE_SIZE) this.details.clear();
      this.details.set(key, { stored: dataViewOf(Buffer.from(stored)), field });
    }
    return field;
  }
}

/** The stored jsonb text as the canonical detail field, or null if it is no JSON object. */
function canonicalField(stored: Buffer): Buffer | null {
  try {
    return encodedFieldBytes(canonicalDetail(JSON.parse(stored.toString('utf8'))));
  } catch {
    return null;
  }
}

/** A 32-bit hash of some bytes (FNV-1a over 32-bit words), to look a detail up by. */
function hashBytes(input: DataView, at: number, length: number): number {
  let hash = 0x811c9dc5 ^ length;
  let index = 0;
  for (; index + 4 <= length; index += 4) {
    hash = Math.imul(hash ^ input.getInt32(at + index), 0x01000193);
  }
  for (; index < length; index += 1) {
    hash = Math.imul(hash ^ input.getUint8(at + index), 0x01000193);
  }
  return hash;
}

/**
 * Copies `length` bytes from `input` to `out`, four at a time; returns whether they were all ASCII.
 */
function copyBytes(input: DataView, from: number, out: DataView, to: number, length: number) {
  let bits = 0;
  let index = 0;
  for (; index + 4 <= length; index += 4) {
    const word = input.getInt32(from + index);
    bits |= word;
    out.setInt32(to + index, word);
  }
  for (; index < length; index += 1) {
    const byte = input.getUint8(from + index);
    bits |= byte;
    out.setUint8(to + index, byte);
  }
  return (bits & 0x80808080) === 0;
}

/** More digits than any int64 has. */
const SEQ_DIGITS = 20;

/**
 * A seq in base 10, as field 2 of the encoding holds it, counted up one at a time: a walk that
 * checks each seq against the one it expects writes the expected one's digits, with no division.
 */
export class SeqField {
  /** The digits, right-aligned, after zeros. */
  readonly digits = Buffer.alloc(SEQ_DIGITS, 0x30);
  length = 1;

  /** Starts at 1, the first entry's seq. */
  constructor() {
    this.digits[SEQ_DIGITS - 1] = 0x31;
  }

  increment(): void {
    const digits = this.digits;
    let index = SEQ_DIGITS - 1;
    while (digits[index] === 0x39) {
      digits[index] = 0x30;
      index -= 1;
    }
    digits[index] = (digits[index] ?? 0x30) + 1;
    if (index < SEQ_DIGITS - this.length) this.length += 1;
  }
}

/** Each byte as its two lowercase hex digits, the first in the high byte: a uuid's text. */
const HEX_PAIRS = Uint16Array.from({ length: 256 }, (_, byte) => {
  return (hexDigit(byte >> 4) << 8) | hexDigit(byte & 15);
});

/**
 * One entry's encoding, written into a buffer reused from row to row, from the bytes of its row.
 * Every encoding starts with the version field, which is written once, with the buffer.
 */
class EncodingWriter {
  private buffer: Buffer = Buffer.allocUnsafe(1024);
  private out = dataViewOf(this.buffer);
  private length = 0;
  /**
   * A view of the buffer's first N bytes at index N, made the first time an encoding is N bytes
   * long: a view made per entry would cost about as much as copying the entry.
   */
  private views: Array<Uint8Array | undefined> = [];
  private day = Number.NaN;
  /** `YYYY-MM-DDT` of the last day written, as bytes. */
  private dayBytes = dataViewOf(Buffer.alloc(0));

  constructor() {
    this.buffer.set(VERSION_FIELD, 0);
  }

  /** Begins an entry, after the version field. */
  start(): void {
    this.length = VERSION_FIELD.length;
  }

  view(): Uint8Array {
    const length = this.length;
    if (length > VIEWED_LENGTH) return this.buffer.subarray(0, length);
    let view = this.views[length];
    if (view === undefined) {
      view = this.buffer.subarray(0, length);
      this.views[length] = view;
    }
    return view;
  }

  bytes(source: Buffer): void {
    this.reserve(source.length);
    this.buffer.set(source, this.length);
    this.length += source.length;
  }

  nullField(): void {
    this.reserve(4);
    this.out.setUint32(this.length, NULL_LENGTH);
    this.length += 4;
  }

  /**
   * A stored text column as it is, its length included: COPY's field and the encoding's are the
   * same bytes. Null (length -1, ff ff ff ff in both) only where the encoding allows it. False for
   * bytes that are not UTF-8 (a database not in UTF8 could hold them): they cannot be encoded.
   */
  text(row: CopyRow, column: number, nullable: boolean): boolean {
    const length = row.length(column);
    if (length < 0) {
      if (!nullable) return false;
      this.nullField();
      return true;
    }
    const at = row.at(column);
    this.reserve(4 + length);
    this.out.setUint32(this.length, length);
    const ascii = copyBytes(row.view, at, this.out, this.length + 4, length);
    if (!ascii && !isUtf8(row.data.subarray(at, at + length))) return false;
    this.length += 4 + length;
    return true;
  }

  /** seq in base 10: digits written straight from the integer, no string made. */
  seq(row: CopyRow, column: number): boolean {
    if (row.length(column) !== 8) return false;
    const at = row.at(column);
    const value = int64Of(row.view, at);
    if (value === null) {
      const big = row.view.getBigInt64(at);
      if (big < 1n) return false;
      this.ascii(big.toString(10));
      return true;
    }
    if (value < 1) return false;
    let digits = 1;
    for (let power = 10; power <= value; power *= 10) digits += 1;
    this.reserve(4 + digits);
    const buffer = this.buffer;
    this.out.setUint32(this.length, digits);
    let rest = value;
    for (let index = this.length + 3 + digits; index > this.length + 3; index -= 1) {
      const next = Math.floor(rest / 10);
      buffer[index] = 0x30 + rest - next * 10;
      rest = next;
    }
    this.length += 4 + digits;
    return true;
  }

  /** A seq from its digits (SeqField). */
  seqField(seq: SeqField): boolean {
    const digits = seq.length;
    this.reserve(4 + digits);
    const buffer = this.buffer;
    this.out.setUint32(this.length, digits);
    const to = this.length + 4 - (SEQ_DIGITS - digits);
    const from = seq.digits;
    for (let index = SEQ_DIGITS - digits; index < SEQ_DIGITS; index += 1) {
      buffer[to + index] = from[index] as number;
    }
    this.length += 4 + digits;
    return true;
  }

  /**
   * The stored time as toISOString() writes it, `YYYY-MM-DDTHH:mm:ss.sssZ`: the date is worked out
   * once a day (entries of a day share it), the rest written digit by digit, in 32-bit integers.
   * Years outside 1970 to 9999 take toISOString() itself; a time Date cannot hold has no encoding.
   */
  time(row: CopyRow, column: number): boolean {
    if (row.length(column) !== 8) return false;
    const at = row.at(column);
    const micros = int64Of(row.view, at);
    // Past 2^53 µs from 2000 (the year 2285) the division is done in bigint, exactly.
    const ms =
      (micros === null
        ? Number(floorDiv(row.view.getBigInt64(at), 1000n))
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
      this.dayBytes = dataViewOf(Buffer.from(dateText(day), 'latin1'));
    }
    this.reserve(4 + ISO_LENGTH);
    const buffer = this.buffer;
    this.out.setUint32(this.length, ISO_LENGTH);
    copyBytes(this.dayBytes, 0, this.out, this.length + 4, DATE_LENGTH);
    const to = this.length + 4 + DATE_LENGTH;
    const msOfDay = (ms - day * DAY_MS) | 0;
    const seconds = (msOfDay / 1000) | 0;
    const minutes = (seconds / 60) | 0;
    const hour = (minutes / 60) | 0;
    const millis = msOfDay - seconds * 1000;
    twoDigits(buffer, to, hour);
    buffer[to + 2] = 0x3a; // :
    twoDigits(buffer, to + 3, minutes - hour * 60);
    buffer[to + 5] = 0x3a;
    twoDigits(buffer, to + 6, seconds - minutes * 60);
    buffer[to + 8] = 0x2e; // .
    const hundreds = (millis / 100) | 0;
    buffer[to + 9] = 0x30 + hundreds;
    twoDigits(buffer, to + 10, millis - hundreds * 100);
    buffer[to + 12] = 0x5a; // Z
    this.length = to + 13;
    return true;
  }

  /** A uuid as its 36-character lowercase text, or null. */
  uuid(row: CopyRow, column: number): boolean {
    const length = row.length(column);
    if (length < 0) {
      this.nullField();
      return true;
    }
    if (length !== 16) return false;
    const input = row.view;
    const at = row.at(column);
    this.reserve(4 + 36);
    const out = this.out;
    const to = this.length;
    out.setUint32(to, 36);
    // 8-4-4-4-12 digits: two per byte, from HEX_PAIRS.
    for (let index = 0; index < 4; index += 1) {
      out.setUint16(to + 4 + index * 2, HEX_PAIRS[input.getUint8(at + index)] as number);
    }
    out.setUint8(to + 12, 0x2d); // -
    out.setUint16(to + 13, HEX_PAIRS[input.getUint8(at + 4)] as number);
    out.setUint16(to + 15, HEX_PAIRS[input.getUint8(at + 5)] as number);
    out.setUint8(to + 17, 0x2d);
    out.setUint16(to + 18, HEX_PAIRS[input.getUint8(at + 6)] as number);
    out.setUint16(to + 20, HEX_PAIRS[input.getUint8(at + 7)] as number);
    out.setUint8(to + 22, 0x2d);
    out.setUint16(to + 23, HEX_PAIRS[input.getUint8(at + 8)] as number);
    out.setUint16(to + 25, HEX_PAIRS[input.getUint8(at + 9)] as number);
    out.setUint8(to + 27, 0x2d);
    for (let index = 0; index < 6; index += 1) {
      out.setUint16(to + 28 + index * 2, HEX_PAIRS[input.getUint8(at + 10 + index)] as number);
    }
    this.length = to + 40;
    return true;
  }

  private ascii(text: string): void {
    this.reserve(4 + text.length);
    this.out.setUint32(this.length, text.length);
    this.length += 4 + this.buffer.write(text, this.length + 4, 'latin1');
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
    this.out = dataViewOf(grown);
    this.views = [];
  }
}

/** The lowercase hex digit of 0 to 15, as a byte. */
function hexDigit(value: number): number {
  return value < 10 ? 0x30 + value : 0x57 + value;
}

const DAY_MS = 86_400_000;
const YEAR_10000_MS = Date.UTC(10000, 0, 1);
/** `YYYY-MM-DDTHH:mm:ss.sssZ` for the years 1970 to 9999, and its `YYYY-MM-DDT`. */
const ISO_LENGTH = 24;
const DATE_LENGTH = 11;

function twoDigits(buffer: Buffer, at: number, value: number): void {
  const tens = (value / 10) | 0;
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
export function int64Of(input: DataView, at: number): number | null {
  const high = input.getInt32(at);
  if (high > 0x1fffff || high < -0x200000) return null;
  return high * 0x1_0000_0000 + input.getUint32(at + 4);
}

/** Division rounding down, as Math.floor does for the numbers above (bigint's rounds to zero). */
function floorDiv(value: bigint, by: bigint): bigint {
  const quotient = value / by;
  return value % by < 0n ? quotient - 1n : quotient;
}
