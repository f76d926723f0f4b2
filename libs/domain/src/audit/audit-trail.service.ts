import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  assertAuditRecordFields,
  type AuditDetail,
  type AuditRecordFields,
} from './audit-entry.js';
import { canonicalRecordTexts } from './canonical-encoding.js';

/** Who did it. A reporter is never identified: the actor is just "reporter". */
export type AuditActor =
  | { readonly type: 'staff'; readonly id: string }
  | { readonly type: 'reporter' }
  | { readonly type: 'system' };

export const REPORTER: AuditActor = { type: 'reporter' };
export const SYSTEM: AuditActor = { type: 'system' };

export interface AuditRecord {
  readonly action: string;
  readonly caseReference?: string | null;
  /** Small, content-free facts: ids, codes, counts. Never report text or identities. */
  readonly detail?: AuditDetail;
}

/**
 * The one way anything is written to the audit log. It must be called inside the transaction of
 * the change it records. The database's `audit_append` locks the head of the chain, seals the entry
 * onto it and moves the head, in one statement; the lock is held until the transaction ends, so
 * concurrent transactions queue there and the chain never forks. Call it last in a transaction to
 * keep that wait short.
 */
@Injectable()
export class AuditTrail {
  async append(
    tx: EntityManager,
    actor: AuditActor,
    record: AuditRecord,
  ): Promise<{ seq: string; hash: string }> {
    const fields: AuditRecordFields = {
      occurredAt: new Date(),
      actorType: actor.type,
      actorId: actor.type === 'staff' ? actor.id : null,
      action: record.action,
      caseReference: record.caseReference ?? null,
      detail: record.detail ?? {},
    };
    // The writer's rules are checked here, so that no caller can append an entry naming a reporter.
    assertAuditRecordFields(fields);
    const texts = canonicalRecordTexts(fields);
    const [sealed] = await tx.query<Array<{ seq: string; hash: string }>>(
      `SELECT seq::text AS seq, hash FROM audit_append($1, $2, $3, $4, $5, $6)`,
      [
        texts.occurredAt,
        texts.actorType,
        texts.actorId,
        texts.action,
        texts.caseReference,
        texts.detail,
      ],
    );
    if (!sealed) throw new Error('audit_append returned nothing');
    return sealed;
  }
}
