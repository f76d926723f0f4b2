import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `audit_staged`: audit entries written by a transaction and sealed onto the chain at COMMIT by a
 * deferred trigger, which then deletes them. The application may only insert; `occurred_at` is set
 * by the database, and `occurred_at` and `detail` are the texts of the canonical encoding.
 */
@Entity({ name: 'audit_staged' })
export class AuditStagedEntity {
  /** GENERATED ALWAYS AS IDENTITY; bigint, so a string. */
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'text' })
  occurredAt!: string;

  @Column({ name: 'actor_type', type: 'text' })
  actorType!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'action', type: 'text' })
  action!: string;

  @Column({ name: 'case_reference', type: 'text', nullable: true })
  caseReference!: string | null;

  /** Canonical JSON (RFC 8785) of an object, as text. */
  @Column({ name: 'detail', type: 'text' })
  detail!: string;
}
