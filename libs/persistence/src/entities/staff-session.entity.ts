import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `staff_sessions`: server-side sessions behind API tokens and browser cookies. A browser session
 * is found by the keyed hash of its cookie and has a `last_seen_at` for the idle timeout.
 */
@Entity({ name: 'staff_sessions' })
export class StaffSessionEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  /** api or browser. */
  @Column({ name: 'kind', type: 'text', default: 'api' })
  kind!: string;

  @Column({ name: 'token_hash', type: 'bytea', nullable: true })
  tokenHash!: Buffer | null;

  @Column({ name: 'last_seen_at', type: 'timestamptz', precision: 3, nullable: true })
  lastSeenAt!: Date | null;
}
