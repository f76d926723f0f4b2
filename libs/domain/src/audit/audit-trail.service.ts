import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditActorType, AuditDetail } from './audit-entry.js';
import { sealEntry } from './hash-chain.js';

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
 * the change it records; appends lock the head row, so concurrent transactions queue here and the
 * chain never forks. Call it last in a transaction to keep that lock short.
 */
@Injectable()
export class AuditTrail {
  async append(
    tx: EntityManager,
    actor: AuditActor,
    record: AuditRecord,
  ): Promise<{ seq: string; hash: string }> {
    const [head] = await tx.query<
      Array<{
        seq: string;
        hash: string;
      }>
    >(`SELECT seq::text AS seq, hash FROM audit_head WHERE singleton FOR UPDATE`);
    if (!head) throw new Error('audit_head is missing: run db:migrate');
    const seq = BigInt(head.seq) + 1n;
    const actorType: AuditActorType = actor.type;
    const entry = sealEntry(head.hash, {
      seq,
      occurredAt: new Date(),
      actorType,
      actorId: actor.type === 'staff' ? actor.id : null,
      action: record.action,
      caseReference: record.caseReference ?? null,
      detail: record.detail ?? {},
    });
    await tx.query(
      `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, action, case_reference, detail, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        seq.toString(),
        entry.occurredAt,
        entry.actorType,
        entry.actorId,
        entry.action,
        entry.caseReference,
        JSON.stringify(entry.detail),
        entry.prevHash,
        entry.hash,
      ],
    );
    await tx.query(`UPDATE audit_head SET seq = $1, hash = $2 WHERE singleton`, [
      seq.toString(),
      entry.hash,
    ]);
    return { seq: seq.toString(), hash: entry.hash };
  }
}
