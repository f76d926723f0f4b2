import { Injectable } from '@nestjs/common';
import { AuditLogRepository, type UnitOfWork } from '@candor/persistence';
import {
  assertAuditStagedFields,
  type AuditDetail,
  type AuditStagedFields,
} from './audit-entry.js';
import type { AuditAction } from './audit-actions.js';
import { canonicalStagedTexts } from './canonical-encoding.js';

/** Who did it. A reporter is never identified: the actor is just "reporter". */
export type AuditActor =
  | { readonly type: 'staff'; readonly id: string }
  | { readonly type: 'reporter' }
  | { readonly type: 'system' };

export const REPORTER: AuditActor = { type: 'reporter' };
export const SYSTEM: AuditActor = { type: 'system' };

export interface AuditRecord {
  /** One of AUDIT_ACTIONS: the compiler refuses an action that is not listed. */
  readonly action: AuditAction;
  readonly caseReference?: string | null;
  /** Small, content-free facts: ids, codes, counts. Never report text or identities. */
  readonly detail?: AuditDetail;
}

/**
 * The one way anything is written to the audit log. It must be called inside the transaction of
 * the change it records. The entry is written to `audit_staged`, where the database stamps its
 * time and refuses a detail that is not canonical JSON (migration 1763713000000); at COMMIT a
 * deferred trigger seals it onto the chain with the database's `audit_append`, which locks the
 * head of the chain, hashes the entry onto it and moves the head (migration 1763712800000). The
 * lock is taken and held only inside COMMIT, so transactions queue there for the seal alone, never
 * for a round trip to the application; the chain never forks, and once COMMIT returns the entry is
 * on it. If the seal fails, COMMIT fails and the change is not written either.
 */
@Injectable()
export class AuditTrailService {
  constructor(private readonly auditLog: AuditLogRepository) {}

  async append(tx: UnitOfWork, actor: AuditActor, record: AuditRecord): Promise<void> {
    const fields: AuditStagedFields = {
      actorType: actor.type,
      actorId: actor.type === 'staff' ? actor.id : null,
      action: record.action,
      caseReference: record.caseReference ?? null,
      detail: record.detail ?? {},
    };
    // The writer's rules are checked here, so that no caller can append an entry naming a reporter.
    assertAuditStagedFields(fields);
    // No occurred_at: the database stamps the entry with its own clock as it stages it.
    await this.auditLog.stage(tx, canonicalStagedTexts(fields));
  }
}
