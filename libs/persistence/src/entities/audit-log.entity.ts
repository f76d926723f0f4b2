import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `audit_log`: the append-only, hash-chained audit trail (libs/domain/src/audit/AUDIT-CHAIN.md).
 * The database refuses UPDATE, DELETE and TRUNCATE; entries arrive only through `audit_staged`.
 */
@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  /** bigint: node-postgres returns it as a string. */
  @PrimaryColumn({ name: 'seq', type: 'bigint' })
  seq!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  /** staff, reporter or system. */
  @Column({ name: 'actor_type', type: 'text' })
  actorType!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'action', type: 'text' })
  action!: string;

  @Column({ name: 'case_reference', type: 'text', nullable: true })
  caseReference!: string | null;

  @Column({ name: 'detail', type: 'jsonb' })
  detail!: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ name: 'hash', type: 'text' })
  hash!: string;
}
