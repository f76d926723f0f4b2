import {
  assertAuditStagedFields,
  type AuditActor,
  type AuditRecord,
  type AuditStagedFields,
  type AuditTrail,
  canonicalStagedTexts,
} from '@candor/domain';
import type { InMemoryDatabase } from './in-memory-database.js';
import type { RepositoryContract } from './fake-case-repositories.js';

/**
 * AuditTrail over the in-memory database: the writer's rules and the canonical encoding are the
 * real ones (an entry the database would refuse fails here too), and the entry is staged in the
 * caller's unit of work, so it is kept when the transaction commits and gone when it rolls back.
 */
export class FakeAuditTrail implements RepositoryContract<AuditTrail> {
  constructor(private readonly db: InMemoryDatabase) {}

  append(
    tx: Parameters<AuditTrail['append']>[0],
    actor: AuditActor,
    record: AuditRecord,
  ): Promise<void> {
    const fields: AuditStagedFields = {
      actorType: actor.type,
      actorId: actor.type === 'staff' ? actor.id : null,
      action: record.action,
      caseReference: record.caseReference ?? null,
      detail: record.detail ?? {},
    };
    assertAuditStagedFields(fields);
    const texts = canonicalStagedTexts(fields);
    this.db.audit.insert(tx, {
      seq: this.db.audit.all().length + 1,
      actorType: actor.type,
      actorId: texts.actorId,
      action: texts.action,
      caseReference: texts.caseReference,
      detail: JSON.parse(texts.detail) as Record<string, unknown>,
    });
    return Promise.resolve();
  }
}
