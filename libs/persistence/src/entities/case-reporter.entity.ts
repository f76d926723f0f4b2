import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `case_reporters`: the identity a named reporter gave, sealed; one row per case at most. */
@Entity({ name: 'case_reporters' })
export class CaseReporterEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'name_enc', type: 'bytea' })
  nameEnc!: Buffer;

  @Column({ name: 'email_enc', type: 'bytea', nullable: true })
  emailEnc!: Buffer | null;

  @Column({ name: 'phone_enc', type: 'bytea', nullable: true })
  phoneEnc!: Buffer | null;

  /** Keyed HMAC of the name, for matching; never plaintext. */
  @Column({ name: 'name_index', type: 'bytea', nullable: true })
  nameIndex!: Buffer | null;

  /** Keyed HMAC of the email address, for matching; never plaintext. */
  @Column({ name: 'email_index', type: 'bytea', nullable: true })
  emailIndex!: Buffer | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Opt-in for the "there is news" email; off unless the reporter asks. */
  @Column({ name: 'news_opt_in', type: 'boolean', default: false })
  newsOptIn!: boolean;
}
