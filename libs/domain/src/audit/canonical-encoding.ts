/**
 * Canonical encoding of an audit entry, version `candor-audit-v1`.
 *
 * This is the byte string whose SHA-256 is an entry's hash. It is specified here, and with worked
 * examples in AUDIT-CHAIN.md, so that an outside auditor can recompute every hash without our code.
 * Changing anything below breaks every stored hash: a new encoding needs a new version tag.
 *
 * The encoding is the concatenation of nine fields, always all nine, in this order:
 *
 *   1. version        the ASCII text `candor-audit-v1`
 *   2. seq            the sequence number in base 10, ASCII digits, no sign, no leading zeros
 *   3. occurredAt     the UTC time as ECMAScript Date.prototype.toISOString() writes it:
 *                     `YYYY-MM-DDTHH:mm:ss.sssZ`, always with three digits of milliseconds and `Z`
 *   4. actorType      `staff`, `reporter` or `system`
 *   5. actorId        the staff member's id, or null (always null for `reporter` and `system`)
 *   6. action         e.g. `case.viewed`
 *   7. caseReference  e.g. `CND-2026-000123`, or null
 *   8. detail         canonical JSON of the detail object (below)
 *   9. prevHash       the previous entry's hash as 64 lowercase hex digits; for seq 1, 64 zeros
 *
 * Each field is written as a 4-byte unsigned big-endian length N followed by N bytes of UTF-8 text.
 * Null (allowed only for actorId and caseReference) is written as the length 0xFFFFFFFF followed by
 * no bytes, so that null and the empty string (length 0) hash differently. Length prefixes make the
 * encoding unambiguous: no choice of field values can shift bytes from one field into the next.
 *
 * Canonical JSON of detail: the JSON Canonicalization Scheme (RFC 8785) for the values allowed
 * here, which is:
 *   - objects: members sorted by key, comparing keys as sequences of UTF-16 code units (the
 *     default JavaScript sort; not the order of code points, which differs above U+FFFF), written
 *     `{"key":value,...}` with no whitespace;
 *   - arrays in their own order, `[a,b]`, no whitespace;
 *   - strings and keys as JSON.stringify writes them: `"` and `\` escaped, \b \f \n \r \t as
 *     two-character escapes, other controls below U+0020 as \u00XX with lowercase hex, every other
 *     character as itself (UTF-8 in the output);
 *   - numbers as JSON.stringify writes them (the shortest text that reads back as the same double,
 *     e.g. `1`, `0.1`, `1e+21`, `-0` as `0`); NaN and the infinities are refused;
 *   - `true`, `false`, `null`.
 *
 * The top level of detail must be an object. Text anywhere in an entry must be well-formed Unicode
 * (no lone surrogates): UTF-8 cannot carry them, and replacing them would let two different texts
 * encode alike.
 *
 * The entry hash is the SHA-256 of this encoding, written as 64 lowercase hex digits.
 */
import { must } from '@candor/platform/checks/must.js';
import {
  type AuditEntryFields,
  type AuditRecordFields,
  type AuditSeq,
  type AuditStagedFields,
  isJsonObject,
  isValidDate,
  normalizeSeq,
} from './audit-entry.js';

export const AUDIT_ENCODING_VERSION = 'candor-audit-v1';

/** Null marker (length 0xffffffff): no text can be this long, so it cannot pass for a length. */
const NULL_FIELD = '\xff\xff\xff\xff';
const MAX_LENGTH = 0xfffffffe;

// ASCII text is its own UTF-8, and holds no surrogate: both checks below start with this one.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const CANONICAL_SEQ = /^[1-9][0-9]{0,15}$/;
const VERSION_FIELD = encodedField(AUDIT_ENCODING_VERSION);

// In a /u pattern a surrogate pair is one code point, so only lone surrogates are Cs.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The texts of fields 4 to 8, checked and in canonical form: what an append stages. The database
 * adds occurredAt (field 3) as it stages them, and refuses a detail that is not in canonical form;
 * its `audit_append` builds the encoding from these, with seq and prevHash taken from the head of
 * the chain under its lock.
 */
export interface CanonicalStagedTexts {
  actorType: string;
  actorId: string | null;
  action: string;
  caseReference: string | null;
  detail: string;
}

/** The texts of fields 3 to 8 (everything but version, seq and prevHash), as the verifier needs. */
export interface CanonicalRecordTexts extends CanonicalStagedTexts {
  occurredAt: string;
}

export function canonicalStagedTexts(fields: AuditStagedFields): CanonicalStagedTexts {
  return {
    actorType: text(fields.actorType, 'actorType'),
    actorId: nullableText(fields.actorId, 'actorId'),
    action: text(fields.action, 'action'),
    caseReference: nullableText(fields.caseReference, 'caseReference'),
    detail: canonicalDetail(fields.detail),
  };
}

export function canonicalRecordTexts(fields: AuditRecordFields): CanonicalRecordTexts {
  return { occurredAt: encodeTime(fields.occurredAt), ...canonicalStagedTexts(fields) };
}

export function canonicalEncode(prevHash: string, fields: AuditEntryFields): Buffer {
  return Buffer.from(canonicalBytes(prevHash, fields), 'latin1');
}

/**
 * The encoding as a binary string, one character per byte (what `Buffer.from(…, 'latin1')` and
 * `hash.update(…, 'latin1')` read). Verification encodes every entry of the log, so this is built
 * as one string and handed to the hash in one call: texts that are ASCII, nearly all of them, are
 * already their own UTF-8 bytes; only the others go through a UTF-8 conversion.
 */
export function canonicalBytes(prevHash: string, fields: AuditEntryFields): string {
  return canonicalBytesOfTexts(
    encodeSeq(fields.seq),
    canonicalRecordTexts(fields),
    text(prevHash, 'prevHash'),
  );
}

/** The same from texts already in canonical form: seq in base 10 and the record's texts. */
function canonicalBytesOfTexts(
  seq: string,
  record: CanonicalRecordTexts,
  prevHash: string,
): string {
  return (
    VERSION_FIELD +
    encodedField(seq) +
    encodedField(record.occurredAt) +
    encodedField(record.actorType) +
    encodedField(record.actorId) +
    encodedField(record.action) +
    encodedField(record.caseReference) +
    encodedField(record.detail) +
    encodedField(prevHash)
  );
}

/** Field 8: the canonical JSON of a detail object; anything but a plain object is refused. */
export function canonicalDetail(value: unknown): string {
  if (!isJsonObject(value)) throw new TypeError('detail must be a JSON object');
  return withJsonPath('detail', () => writeJson(value));
}

/** Canonical JSON (RFC 8785 for the values JSON from PostgreSQL can hold); see the spec above. */
export function canonicalJson(value: unknown): string {
  return withJsonPath('$', () => writeJson(value));
}

/** One field of the encoding as bytes (the verifier assembles entries from these). */
export function encodedFieldBytes(value: string | null): Buffer {
  return Buffer.from(encodedField(value), 'latin1');
}

/** A field: its length as 4 big-endian bytes, then its UTF-8 bytes; null is ff ff ff ff alone. */
function encodedField(value: string | null): string {
  if (value === null) return NULL_FIELD;
  const bytes = ASCII.test(value) ? value : Buffer.from(value, 'utf8').toString('latin1');
  const length = bytes.length;
  if (length > MAX_LENGTH) throw new RangeError('audit field is too long to encode');
  return (
    String.fromCharCode(
      length >>> 24,
      (length >>> 16) & 0xff,
      (length >>> 8) & 0xff,
      length & 0xff,
    ) + bytes
  );
}

function encodeSeq(value: AuditSeq): string {
  // The form node-postgres reads a bigint in, already canonical: nothing to convert.
  if (typeof value === 'string' && CANONICAL_SEQ.test(value)) return value;
  const seq = normalizeSeq(value);
  if (seq < 1n) throw new RangeError('audit seq must be 1 or more');
  return seq.toString(10);
}

function encodeTime(value: unknown): string {
  if (!isValidDate(value)) throw new TypeError('occurredAt must be a valid Date');
  return value.toISOString();
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
  assertWellFormed(value, name);
  return value;
}

function nullableText(value: unknown, name: string): string | null {
  return value === null ? null : text(value, name);
}

/** Whether a text is all ASCII: then it is its own UTF-8 (and latin1), and holds no surrogate. */
export function isAscii(value: string): boolean {
  return ASCII.test(value);
}

function hasLoneSurrogate(value: string): boolean {
  return !ASCII.test(value) && LONE_SURROGATE.test(value);
}

function assertWellFormed(value: string, where: string): void {
  if (hasLoneSurrogate(value)) throw new TypeError(`${where} contains a lone surrogate`);
}

/**
 * A value JSON cannot carry. Its path (`detail.a[2]`) is put together only when one is thrown, as
 * the error unwinds, so that encoding valid detail builds no path strings at all.
 */
class JsonValueError extends Error {
  readonly segments: string[] = [];
  constructor(readonly problem: string) {
    super(problem);
  }
}

function withJsonPath(root: string, write: () => string): string {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof JsonValueError)) throw error;
    throw new TypeError(`${root}${error.segments.reverse().join('')}${error.problem}`);
  }
}

function inJson<T>(segment: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof JsonValueError) error.segments.push(segment);
    throw error;
  }
}

function jsonString(value: string): string {
  if (hasLoneSurrogate(value)) throw new JsonValueError(' contains a lone surrogate');
  return JSON.stringify(value);
}

function writeJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new JsonValueError(`: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'string':
      return jsonString(value);
    case 'object': {
      if (Array.isArray(value)) {
        const items = value as unknown[];
        let out = '[';
        // Indexed up to length, so holes read as undefined and are refused instead of `[,1]`.
        for (let index = 0; index < items.length; index += 1) {
          if (index > 0) out += ',';
          out += inJson(`[${index}]`, () => writeJson(items[index]));
        }
        return `${out}]`;
      }
      if (!isJsonObject(value)) throw new JsonValueError(': only plain objects are JSON objects');
      const keys = Object.keys(value).sort(); // UTF-16 code unit order, as RFC 8785 requires
      let out = '{';
      for (let index = 0; index < keys.length; index += 1) {
        const key = must(keys[index], 'an object key');
        if (index > 0) out += ',';
        out += inJson(' key', () => jsonString(key));
        out += ':';
        out += inJson(`.${key}`, () => writeJson(value[key]));
      }
      return `${out}}`;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  throw new JsonValueError(`: ${typeof value} is not a JSON value`);
}
