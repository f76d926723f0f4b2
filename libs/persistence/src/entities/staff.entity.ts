import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `staff`: staff accounts. An account waiting for enrolment has no password hash and no TOTP secret
 * until its holder sets them through the emailed link.
 */
@Entity({ name: 'staff' })
export class StaffEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  /** Lower-cased, unique. */
  @Column({ name: 'email', type: 'text' })
  email!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  /** general_counsel, cfo, audit_committee, board, investigator, hr or admin. */
  @Column({ name: 'role', type: 'text' })
  role!: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'totp_secret_enc', type: 'bytea', nullable: true })
  totpSecretEnc!: Buffer | null;

  /** The last TOTP time step accepted (no code is accepted twice); bigint, so a string. */
  @Column({ name: 'totp_last_step', type: 'bigint', default: 0 })
  totpLastStep!: string;

  @Column({ name: 'name_index', type: 'bytea' })
  nameIndex!: Buffer;

  @Column({ name: 'email_index', type: 'bytea' })
  emailIndex!: Buffer;

  @Column({ name: 'is_chair', type: 'boolean', default: false })
  isChair!: boolean;

  /** immediate or daily_digest. */
  @Column({ name: 'notification_mode', type: 'text', default: 'immediate' })
  notificationMode!: string;

  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
