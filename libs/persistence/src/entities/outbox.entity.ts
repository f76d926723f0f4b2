import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `outbox`: events that must notify someone, written in the same transaction as the change. */
@Entity({ name: 'outbox' })
export class OutboxEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'event', type: 'text' })
  event!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'payload', type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** When the worker's relay passed it on; null while pending. */
  @Column({ name: 'relayed_at', type: 'timestamptz', precision: 3, nullable: true })
  relayedAt!: Date | null;
}
