import { Injectable } from '@nestjs/common';
import { Clock } from '@candor/platform';
import { AuditLogRepository, TransactionalConnection } from '@candor/persistence';
import type { Viewer } from '../access/access-policy.js';
import { canDo } from '../access/action-policy.js';
import { DomainError } from '../common/domain-error.js';
import { GENESIS_HASH } from './audit-entry.js';

/** The head of the audit log at one moment: what the Audit Committee chair keeps outside Candor. */
export interface AuditHead {
  /** The seq of the last entry; '0' for an empty log. */
  readonly seq: string;
  /** That entry's hash (the genesis hash for an empty log). */
  readonly hash: string;
  /** When that entry was written; null for an empty log. */
  readonly entryAt: Date | null;
  /** When the head was read. */
  readonly asOf: Date;
  /** The statement for the chair, ready to be mailed, printed or filed (see auditHeadStatement). */
  readonly text: string;
}

/**
 * Reads the head of the chain for the daily email to the Audit Committee chair (scheduled by the
 * notifications worker) and for `audit:head`. A head hash kept outside the database is the only
 * way to notice entries cut from the end or a chain rewritten from the start (AUDIT-CHAIN.md).
 */
@Injectable()
export class AuditHeadService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly auditLog: AuditLogRepository,
    private readonly clock: Clock,
  ) {}

  /** The head, for a signed-in person who may verify the log (the console); not found otherwise. */
  async currentFor(viewer: Viewer): Promise<AuditHead> {
    if (!canDo(viewer, 'audit.verify')) throw new DomainError('not_found', 'not found');
    return this.current();
  }

  async current(now: Date = this.clock.now()): Promise<AuditHead> {
    const row = await this.auditLog.findHead(this.connection.autocommit);
    const seq = row?.seq ?? '0';
    const hash = row?.hash ?? GENESIS_HASH;
    const entryAt = row?.occurred_at ?? null;
    return {
      seq,
      hash,
      entryAt,
      asOf: now,
      text: auditHeadStatement({ seq, hash, entryAt, asOf: now }),
    };
  }
}

/**
 * The signed-off statement of the head. Plain text with no case data at all, so it can travel by
 * email and be filed in the committee's minutes; it says how to check the log against it without
 * relying on anything Candor says about itself.
 */
export function auditHeadStatement(head: {
  seq: string;
  hash: string;
  entryAt: Date | null;
  asOf: Date;
}): string {
  return [
    'Candor audit log: head of the chain',
    '',
    `As of:           ${head.asOf.toISOString()} (UTC)`,
    `Last entry:      ${head.seq}`,
    `Written at:      ${head.entryAt ? head.entryAt.toISOString() : '(the log is empty)'}`,
    `Head hash:       ${head.hash}`,
    'Encoding:        candor-audit-v1, SHA-256 (libs/domain/src/audit/AUDIT-CHAIN.md)',
    '',
    'How to verify:',
    '1. Run `npm run cli -- audit:verify` (or GET /api/v1/audit/verify as a member of the Audit',
    '   Committee or the General Counsel). It must report "valid": true.',
    `2. Confirm that entry ${head.seq} of the log still carries the hash above, for example with`,
    `   SELECT hash FROM audit_log WHERE seq = ${head.seq};`,
    '   or by re-computing the chain with the reference verifier in AUDIT-CHAIN.md.',
    '3. If the entry is missing or its hash differs, the log has been cut back or rewritten since',
    '   this statement: keep this statement and tell the Audit Committee at once.',
    '',
    'Keep this statement outside Candor. It contains no case information.',
    '',
    'Received and filed by the Audit Committee chair:',
    '',
    'Signature: ______________________________    Date: ____________________',
  ].join('\n');
}
