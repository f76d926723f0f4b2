/**
 * One entry of the append-only audit log, as plain data. The hash chain over these entries is
 * specified in canonical-encoding.ts and AUDIT-CHAIN.md; this file holds the shapes and the rules a
 * writer must respect before an entry is sealed onto the chain.
 */

export const AUDIT_ACTOR_TYPES = ['staff', 'reporter', 'system'] as const;

/**
 * `reporter` stands for a receipt session and carries no id at all: the log is evidence that staff
 * can read, so it must never help anyone identify the reporter.
 */
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

/** Prefixed with Audit so that `export *` from @candor/domain cannot collide with another concept. */
export type AuditJsonValue =
  null | boolean | number | string | AuditJsonValue[] | { [key: string]: AuditJsonValue };

export type AuditDetail = { [key: string]: AuditJsonValue };

/**
 * A sequence number as it reaches us: bigint in our own code, a decimal string from a PostgreSQL
 * `bigint` column through node-postgres, a number in tests and small literals. All three forms of
 * the same value hash identically (see normalizeSeq).
 */
export type AuditSeq = bigint | number | string;

export interface AuditEntryFields {
  /** Gap-free, starting at 1. */
  seq: AuditSeq;
  /** Hashed at millisecond precision in UTC, so the stored value must not carry more. */
  occurredAt: Date;
  actorType: AuditActorType;
  /** The staff member's id; null for `reporter` and `system`. */
  actorId: string | null;
  action: string;
  caseReference: string | null;
  /** Small, and never report text or anything identifying a reporter. */
  detail: AuditDetail;
}

export interface AuditEntry extends AuditEntryFields {
  /** Lowercase hex SHA-256 of the previous entry, GENESIS_HASH for seq 1. */
  prevHash: string;
  /** Lowercase hex SHA-256 of canonicalEncode(prevHash, fields). */
  hash: string;
}

/** The "previous hash" of the first entry: there is nothing before it to point at. */
export const GENESIS_HASH = '0'.repeat(64);

const HASH_PATTERN = /^[0-9a-f]{64}$/;
const DECIMAL_PATTERN = /^-?[0-9]+$/;

export function isAuditHash(value: unknown): value is string {
  return typeof value === 'string' && HASH_PATTERN.test(value);
}

/**
 * Brings every representation of a sequence number to one bigint, so that 5, 5n and '5' compare
 * and hash alike. Throws on anything that is not an integer rather than guessing.
 */
export function normalizeSeq(seq: AuditSeq): bigint {
  if (typeof seq === 'bigint') return seq;
  if (typeof seq === 'number') {
    // Beyond 2^53 a number has already lost digits; refusing beats hashing the wrong value.
    if (!Number.isSafeInteger(seq)) throw new RangeError(`audit seq ${seq} is not a safe integer`);
    return BigInt(seq);
  }
  if (typeof seq === 'string' && DECIMAL_PATTERN.test(seq)) return BigInt(seq);
  throw new RangeError(`audit seq ${String(seq)} is not a decimal integer`);
}

/** A writer broke a rule of the log; the entry must not be written. */
export class AuditEntryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid audit entry: ${problems.join('; ')}`);
    this.name = 'AuditEntryError';
  }
}

/**
 * The rules a writer must respect. The verifier does not apply them: it proves that stored entries
 * are unchanged, whatever they say, and a hash over bad data is still a valid hash.
 */
export function auditEntryProblems(fields: AuditEntryFields): string[] {
  const problems: string[] = [];
  let seq: bigint | undefined;
  try {
    seq = normalizeSeq(fields.seq);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (seq !== undefined && seq < 1n) problems.push('seq must be 1 or more');
  return [...problems, ...auditRecordProblems(fields)];
}

/** The fields an append brings; seq (and the previous hash) come from the head of the chain. */
export type AuditRecordFields = Omit<AuditEntryFields, 'seq'>;

/**
 * What an append brings: the database sets occurredAt when the entry is staged (migration
 * 1763713000000), and seq and the previous hash when it seals it.
 */
export type AuditStagedFields = Omit<AuditRecordFields, 'occurredAt'>;

/** The writer's rules for everything but seq. */
export function auditRecordProblems(fields: AuditRecordFields): string[] {
  return [
    ...(isValidDate(fields.occurredAt) ? [] : ['occurredAt must be a valid Date']),
    ...auditStagedProblems(fields),
  ];
}

/** The writer's rules for what an append brings: what it checks before the database stages it. */
export function auditStagedProblems(fields: AuditStagedFields): string[] {
  const problems: string[] = [];
  if (!(AUDIT_ACTOR_TYPES as readonly unknown[]).includes(fields.actorType)) {
    problems.push(`actorType must be one of ${AUDIT_ACTOR_TYPES.join(', ')}`);
  } else if (fields.actorType === 'staff') {
    if (!isNonEmptyString(fields.actorId)) problems.push('actorId is required for a staff actor');
  } else if (fields.actorId !== null) {
    problems.push(`actorId must be null for a ${fields.actorType} actor`);
  }
  if (!isNonEmptyString(fields.action)) problems.push('action is required');
  if (fields.caseReference !== null && !isNonEmptyString(fields.caseReference)) {
    problems.push('caseReference must be null or a non-empty string');
  }
  if (!isJsonObject(fields.detail)) problems.push('detail must be a JSON object');
  return problems;
}

/** The shapes `audit_staged` accepts (migration 1763713000000): `area.what_happened`, a reference. */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
export const AUDIT_ACTION_MAX_LENGTH = 100;
const AUDIT_CASE_REFERENCE_PATTERN = /^CND-[0-9]{4}-[0-9]{6}$/;

/**
 * Throws AuditEntryError naming every rule the fields break: the append's check. Beyond the
 * writer's rules, the shapes the database refuses, so that a new action with the wrong shape
 * fails here with its name rather than as a check violation at the INSERT.
 */
export function assertAuditStagedFields(fields: AuditStagedFields): void {
  const problems = auditStagedProblems(fields);
  if (
    typeof fields.action === 'string' &&
    (!AUDIT_ACTION_PATTERN.test(fields.action) || fields.action.length > AUDIT_ACTION_MAX_LENGTH)
  ) {
    problems.push(
      `action ${JSON.stringify(fields.action)} must look like area.what_happened (lowercase, at most ${AUDIT_ACTION_MAX_LENGTH} characters)`,
    );
  }
  if (
    typeof fields.caseReference === 'string' &&
    !AUDIT_CASE_REFERENCE_PATTERN.test(fields.caseReference)
  ) {
    problems.push('caseReference must be a case reference (CND-YYYY-NNNNNN)');
  }
  if (problems.length > 0) throw new AuditEntryError(problems);
}

/** Tag check rather than instanceof: Jest and some drivers build Dates in another realm. */
export function isValidDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' &&
    !Number.isNaN((value as Date).getTime())
  );
}

/**
 * A plain object (including one with a null prototype, or one from another realm), as opposed to an
 * array, a Date, a Map or a class instance, none of which has one obvious JSON form.
 */
export function isJsonObject(value: unknown): value is AuditDetail {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
