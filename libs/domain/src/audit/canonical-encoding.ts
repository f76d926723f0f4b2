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
import {
  type AuditEntryFields,
  type AuditRecordFields,
  type AuditSeq,
  isJsonObject,
  isValidDate,
  normalizeSeq,
} from './audit-entry.js';

export const AUDIT_ENCODING_VERSION = 'candor-audit-v1';

/** Null marker: no text can be this long, so it cannot be mistaken for a length. */
const NULL_LENGTH = 0xffffffff;
const MAX_LENGTH = NULL_LENGTH - 1;

// In a /u pattern a surrogate pair is one code point, so only lone surrogates are Cs.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The texts of fields 3 to 8 (everything but version, seq and prevHash), checked and in canonical
 * form. The database's `audit_append` builds the encoding from these, with seq and prevHash taken
 * from the head of the chain under its lock.
 */
export interface CanonicalRecordTexts {
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  action: string;
  caseReference: string | null;
  detail: string;
}

export function canonicalRecordTexts(fields: AuditRecordFields): CanonicalRecordTexts {
  return {
    occurredAt: encodeTime(fields.occurredAt),
    actorType: text(fields.actorType, 'actorType'),
    actorId: nullableText(fields.actorId, 'actorId'),
    action: text(fields.action, 'action'),
    caseReference: nullableText(fields.caseReference, 'caseReference'),
    detail: encodeDetail(fields.detail),
  };
}

export function canonicalEncode(prevHash: string, fields: AuditEntryFields): Buffer {
  const record = canonicalRecordTexts(fields);
  const values: (string | null)[] = [
    AUDIT_ENCODING_VERSION,
    encodeSeq(fields.seq),
    record.occurredAt,
    record.actorType,
    record.actorId,
    record.action,
    record.caseReference,
    record.detail,
    text(prevHash, 'prevHash'),
  ];
  // One buffer, written in place: verification encodes every entry of the log, and a buffer per
  // field, then per prefix, then a concatenation, was a large part of its cost.
  let total = 0;
  const lengths: number[] = [];
  for (const value of values) {
    const length = value === null ? 0 : Buffer.byteLength(value, 'utf8');
    if (length > MAX_LENGTH) throw new RangeError('audit field is too long to encode');
    lengths.push(length);
    total += 4 + length;
  }
  const bytes = Buffer.allocUnsafe(total);
  let offset = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    offset = bytes.writeUInt32BE(value === null ? NULL_LENGTH : lengths[index], offset);
    if (value !== null) offset += bytes.write(value, offset, 'utf8');
  }
  return bytes;
}

/** Canonical JSON (RFC 8785 for the values JSON from PostgreSQL can hold); see the spec above. */
export function canonicalJson(value: unknown): string {
  return writeJson(value, '$');
}

function encodeSeq(value: AuditSeq): string {
  const seq = normalizeSeq(value);
  if (seq < 1n) throw new RangeError('audit seq must be 1 or more');
  return seq.toString(10);
}

function encodeTime(value: unknown): string {
  if (!isValidDate(value)) throw new TypeError('occurredAt must be a valid Date');
  return value.toISOString();
}

function encodeDetail(value: unknown): string {
  if (!isJsonObject(value)) throw new TypeError('detail must be a JSON object');
  return writeJson(value, 'detail');
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
  assertWellFormed(value, name);
  return value;
}

function nullableText(value: unknown, name: string): string | null {
  return value === null ? null : text(value, name);
}

function assertWellFormed(value: string, where: string): void {
  if (LONE_SURROGATE.test(value)) throw new TypeError(`${where} contains a lone surrogate`);
}

function writeJson(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'string':
      assertWellFormed(value, path);
      return JSON.stringify(value);
    case 'object': {
      // Array.from turns holes into undefined, which is then refused, instead of writing `[,1]`.
      if (Array.isArray(value)) {
        const items = Array.from(value as unknown[], (item, index) =>
          writeJson(item, `${path}[${index}]`),
        );
        return `[${items.join(',')}]`;
      }
      if (!isJsonObject(value)) throw new TypeError(`${path}: only plain objects are JSON objects`);
      const members = Object.keys(value)
        .sort() // UTF-16 code unit order, as RFC 8785 requires
        .map((key) => {
          assertWellFormed(key, `${path} key`);
          return `${JSON.stringify(key)}:${writeJson(value[key], `${path}.${key}`)}`;
        });
      return `{${members.join(',')}}`;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  throw new TypeError(`${path}: ${typeof value} is not a JSON value`);
}
