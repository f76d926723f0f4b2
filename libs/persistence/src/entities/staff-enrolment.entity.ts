import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `staff_enrolments`: single-use emailed links to set up an account or a new second factor. The
 * token is stored as a keyed hash (to find the link) and sealed (`token_enc`, erased once used).
 */
@Entity({ name: 'staff_enrolments' })
export class StaffEnrolmentEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  /** account or second_factor. */
  @Column({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'token_enc', type: 'bytea', nullable: true })
  tokenEnc!: Buffer | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'totp_secret_enc', type: 'bytea', nullable: true })
  totpSecretEnc!: Buffer | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;
}
