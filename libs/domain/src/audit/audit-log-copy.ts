import { type CanonicalRecordTexts, canonicalDetail } from './canonical-encoding.js';

/**
 * The audit log as PostgreSQL's binary COPY writes it, read for verification. COPY costs the
 * server about a third of what a cursor's FETCH costs per row, and in binary every field arrives
 * as a 4-byte length and its bytes, nothing to unescape; the verifier turns each row into the
 * texts the canonical encoding is built from, without the Date, bigint and object detours a row
 * from node-postgres would take.
 */
export const AUDIT_LOG_COPY = `COPY (
  SELECT seq, occurred_at, actor_type, actor_id, action, case_reference, detail, prev_hash, hash
    FROM audit_log ORDER BY audit_log.seq
) TO STDOUT (FORMAT binary)`;

/** One stored entry: its seq in base 10, its fields in canonical form, the two hashes. */
export interface StoredAuditEntry {
  seq: string;
  /** Null when a stored field cannot be encoded at all (a tampered row): no hash can match. */
  record: CanonicalRecordTexts | null;
  prevHash: string;
  hash: string;
}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const COLUMNS = 9;
/** PostgreSQL counts timestamps in microseconds from 2000-01-01T00:00:00Z. */
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const DETAIL_CACHE_SIZE = 4096;
const DETAIL_CACHE_TEXT = 512;

export class AuditCopyFormatError extends Error {
  constructor(problem: string) {
    super(`unexpected COPY data from audit_log: ${problem}`);
    this.name = 'AuditCopyFormatError';
  }
}

/**
 * Parses the stream one chunk at a time; rows may straddle chunks. Holds only the unparsed tail of
 * the last chunk, so memory does not grow with the length of the log.
 */
export class AuditCopyParser {
  private tail: Buffer = Buffer.alloc(0);
  private headerRead = false;
  private ended = false;
  private second = Number.NaN;
  private secondText = '';
  private readonly bounds = new Int32Array(COLUMNS * 2);
  /**
   * Canonical detail by stored jsonb text. Most entries carry one of a few details (`{"by":
   * "staff", "view": "detail"}` on every read), so each is parsed and written out once; the cache
   * is emptied when full, which bounds its memory.
   */
  private readonly details = new Map<string, string | null>();

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
    const at = (column: number) => bounds[column * 2];
    const length = (column: number) => bounds[column * 2 + 1];
    const text = (column: number): string | null =>
      length(column) < 0 ? null : data.toString('utf8', at(column), at(column) + length(column));
    const seq = length(0) === 8 ? seqText(data, at(0)) : '';
    const actorType = text(2);
    const action = text(4);
    const occurredAt = length(1) === 8 ? this.isoTime(data, at(1)) : null;
    const actorId = length(3) === 16 ? uuidText(data, at(3)) : length(3) < 0 ? null : undefined;
    const detail =
      length(6) >= 1 && data[at(6)] === 1 ? this.detailText(data, at(6), length(6)) : null;
    const record =
      actorType === null ||
      action === null ||
      occurredAt === null ||
      actorId === undefined ||
      detail === null
        ? null
        : { occurredAt, actorType, actorId, action, caseReference: text(5), detail };
    return { seq, record, prevHash: text(7) ?? '', hash: text(8) ?? '' };
  }

  /** toISOString() of the stored time; consecutive entries often share their second. */
  private isoTime(data: Buffer, at: number): string | null {
    const micros = int64At(data, at);
    // Past 2^53 µs from 2000 (the year 2285) the division is done in bigint, exactly.
    const ms =
      (micros === null
        ? Number(floorDiv(data.readBigInt64BE(at), 1000n))
        : Math.floor(micros / 1000)) + PG_EPOCH_MS;
    const second = Math.floor(ms / 1000);
    if (second !== this.second) {
      const text = secondText(second);
      if (text === null) return null;
      this.second = second;
      this.secondText = text;
    }
    return `${this.secondText}${MILLIS[ms - second * 1000]}Z`;
  }

  private detailText(data: Buffer, at: number, length: number): string | null {
    const stored = data.toString('utf8', at + 1, at + length);
    let canonical = this.details.get(stored);
    if (canonical === undefined) {
      try {
        canonical = canonicalDetail(JSON.parse(stored));
      } catch {
        canonical = null;
      }
      if (stored.length <= DETAIL_CACHE_TEXT) {
        if (this.details.size >= DETAIL_CACHE_SIZE) this.details.clear();
        this.details.set(stored, canonical);
      }
    }
    return canonical;
  }
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const YEAR_10000_S = Date.UTC(10000, 0, 1) / 1000;

/**
 * `YYYY-MM-DDTHH:mm:ss.` of a second since 1970, as toISOString() writes it: by arithmetic for
 * years 1970 to 9999 (days to a civil date as in Howard Hinnant's date algorithms), through Date
 * for any other, and null where Date has no valid time at all.
 */
function secondText(second: number): string | null {
  if (!(second >= 0 && second < YEAR_10000_S)) {
    const date = new Date(second * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, -4);
  }
  const days = Math.floor(second / 86_400);
  const daySecond = second - days * 86_400;
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
  const hour = Math.floor(daySecond / 3600);
  const minute = Math.floor((daySecond - hour * 3600) / 60);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[daySecond - hour * 3600 - minute * 60]}.`;
}

const MILLIS = Array.from({ length: 1000 }, (_, ms) => String(ms).padStart(3, '0'));

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

/**
 * Through bigint on purpose: String(number) goes through V8's number-to-string cache, which lives in
 * the old generation, so each seq converted that way left its string there as garbage (about 25
 * bytes an entry), and the walk's RSS grew with the length of the log.
 */
function seqText(data: Buffer, at: number): string {
  return data.readBigInt64BE(at).toString(10);
}

function uuidText(data: Buffer, at: number): string {
  const hex = data.toString('hex', at, at + 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
